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
};
