/** Nederlands, rules namespace: same keys as ./en.ts. */
import type { Messages } from './en';

export const messages: Messages = {
  loading: 'Laden…',
  title: 'Regels van {{title}}',
  notFound: 'U hebt geen oproep met deze code.',
  draftIntro:
    'Schrijf de regels waarmee de rekenmodule elk plan nakijkt. Niets is openbaar tot u de oproep publiceert.',
  erratumIntro:
    'Deze oproep is gepubliceerd (versie {{version}}). Bewaren publiceert een erratum: een nieuwe versie; aanvragen houden de versie waarmee ze nagekeken zijn.',
  template: 'Vertrek van een bestaande regeling',
  templateNone: 'De huidige regels behouden',
  json: 'Regels (JSON)',
  jsonHint:
    'Bedragen in cent, percentages in basispunten (50 % = 5000), datums als JJJJ-MM-DD; elke regel verwijst naar haar artikel.',
  check: 'De regels nakijken',
  problems_one: '{{count}} probleem op te lossen:',
  problems_other: '{{count}} problemen op te lossen:',
  valid: 'De regels zijn geldig: voorbeeld',
  sample: 'Voorbeeldonderneming en -plan',
  previewGrant: 'Dit voorbeeld zou {{grant}} krijgen op {{eligible}} subsidiabele uitgaven.',
  previewCannotApply: 'Dit voorbeeld kan niet deelnemen.',
  description: 'Omschrijving van de oproep na het erratum',
  descriptionHint: 'Zeg wat er verandert en vanaf wanneer.',
  confirmErratum: 'Dit erratum publiceren als nieuwe versie van de oproep? Kmo’s zien het meteen.',
  issueErratum: 'Het erratum publiceren',
  saveDraft: 'De regels in het ontwerp bewaren',
  erratumIssued: 'Erratum gepubliceerd: de oproep staat nu op versie {{version}}.',
  draftSaved: 'Regels bewaard in het ontwerp.',
  figures: {
    legend: 'Kerncijfers',
    hint: 'Wijzig hier de gebruikelijke cijfers; ze worden in de regels hieronder geschreven. Bedragen in euro, percentages in %.',
    unreadable:
      'De regels hieronder zijn geen geldige JSON, dus de kerncijfers kunnen niet getoond worden: verbeter de JSON of start van een regeling.',
    rate: 'Steunpercentage (%)',
    minProject: 'Minimale projectkost (€)',
    maxProject: 'Maximale projectkost (€)',
    maxGrant: 'Maximale steun (€)',
    spendFrom: 'Uitgavenperiode van',
    spendTo: 'Uitgavenperiode tot',
    regions: 'Regio’s die mogen aanvragen (codes, gescheiden door komma’s; leeg = overal)',
    category: 'Categorie: {{name}}',
    categoryRate: 'Eigen steunpercentage (%; leeg = dat van de oproep)',
    categoryCap: 'Plafond (€; leeg = geen plafond)',
    problems: {
      money: 'Geef een bedrag in euro, bv. 1500 of 1.500,50.',
      percent: 'Geef een percentage van 0 tot 100, bv. 50 of 37,5.',
      date: 'Geef een datum als JJJJ-MM-DD.',
      required: 'Dit cijfer is verplicht.',
    },
  },
};
