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
    shareRange: 'Aandeel: {{name}}',
    shareRangeMin: 'Minstens dit aandeel van de in aanmerking komende uitgaven (%; leeg = 0)',
    shareRangeMax: 'Hoogstens dit aandeel van de in aanmerking komende uitgaven (%; leeg = 100)',
    problems: {
      money: 'Geef een bedrag in euro, bv. 1500 of 1.500,50.',
      percent: 'Geef een percentage van 0 tot 100, bv. 50 of 37,5.',
      date: 'Geef een datum als JJJJ-MM-DD.',
      required: 'Dit cijfer is verplicht.',
      shareRangeOrder: 'Het kleinste aandeel mag niet boven het grootste liggen.',
    },
  },
  choices: {
    legend: 'Regels in gewone woorden',
    hint: 'Antwoord wat de tekst van de oproep zegt; elk antwoord wordt in de regels hieronder geschreven, met het artikel dat het noemt.',
    costBasis: 'De minimale en maximale projectkost worden gemeten op',
    costBasisHint: 'Wat de tekst van de oproep met haar grenzen vergelijkt.',
    costBases: {
      eligible: 'de in aanmerking komende uitgaven (wat de oproep aanvaardt)',
      requested: 'het hele project zoals de onderneming het indient',
    },
    otherAid: 'Andere steun op dezelfde kost',
    otherAidPolicy: 'Mag een kost die deze oproep betaalt ook andere overheidssteun krijgen?',
    otherAidHint:
      'Bijvoorbeeld een regionale subsidie of een belastingvoordeel op dezelfde factuur (EU-de-minimisverordening 2023/2831, artikel 5).',
    otherAidChoices: {
      unchecked: 'De oproep zegt er niets over: niet controleren',
      none: 'Nee: geen andere steun op dezelfde kost',
      'general-tax-incentives-only':
        'Alleen algemene fiscale maatregelen voor elke onderneming, geen andere staatssteun',
      'max-intensity': 'Ja, zolang alle steun op de kost samen binnen een maximaal aandeel blijft',
    },
    intensity: 'Alle steun op één kost samen hoogstens (% van de kost)',
    article: 'Artikel van de oproep dat dit zegt',
    timingArticle: 'Artikel van de oproep voor de datumregels die je hier toevoegt',
    timingArticleHint:
      'Elke regel die er al is houdt haar eigen artikel; leeg gelaten noemt een nieuwe regel het artikel van de uitgavenperiode.',
    timingLegend: 'Datums gemeten vanaf de aanvraag',
    timing: {
      notStarted: 'Het project mag niet begonnen zijn vóór de aanvraag',
      costsAfter: 'Alleen kosten gefactureerd vanaf de dag na de aanvraag tellen',
    },
    applyWithin: 'Aanvragen binnen zoveel dagen na de start van een dienst',
    applyWithinHint: 'Laat leeg als de oproep zo’n grens niet stelt (KMO-portefeuille: 14 dagen).',
    daysProblem: 'Geef een geheel aantal dagen van 0 tot 3650, of laat het leeg.',
    outside: 'Als een plan buiten het aandeel “{{name}}” valt',
    outsideChoices: {
      refuse: 'het plan weigeren tot het binnen het aandeel valt',
      cap: 'de uitgaven maar tellen tot het aandeel',
    },
  },
  deMinimis: {
    legend: 'De-minimissteun',
    regulation: 'Is de subsidie de-minimissteun?',
    regulationHint:
      'Dan laat de andere de-minimissteun van de onderneming over drie jaar, en die van de ondernemingen die ermee verbonden zijn, haar een beperkte ruimte.',
    regulations: {
      none: 'Nee, of de oproep zegt het niet',
      'EU-2023/2831': 'Ja, volgens Verordening (EU) 2023/2831 (vanaf 2024; € 300.000 over drie jaar)',
      'EU-1407/2013': 'Ja, volgens Verordening (EU) 1407/2013 (tot 2023; € 200.000 over drie boekjaren)',
    },
    onExcess: 'Als de subsidie de ruimte van de onderneming zou overschrijden',
    excessChoices: {
      cut: 'de subsidie verlagen tot de ruimte',
      refuse: 'de aanvraag weigeren',
    },
    article: 'Artikel van de oproep dat dit zegt',
    ceilingsHint:
      'Sommige verordeningen leggen een lager plafond op voor een sector, bv. € 100.000 voor goederenvervoer over de weg voor rekening van derden onder Verordening 1407/2013.',
    ceiling: 'Lager plafond {{n}} voor sommige sectoren',
    sectors: 'Sectoren (NACE-codes, gescheiden door komma’s)',
    sectorsHint: 'Typ een code zoals 49.41, of kies er een uit de lijst.',
    sectorsRead: 'Gelezen als: {{names}}',
    sectorsProblem: 'Geef minstens één sectorcode, zoals 49.41, gescheiden door komma’s.',
    ceilingAmount: 'Plafond over de drie jaar (€)',
    amountMissing: 'Geef het plafond in euro, bv. 100.000.',
    amountNotLower: 'Een lager plafond moet onder het plafond van de verordening liggen, {{ceiling}}.',
    articleMissing: 'Noem het artikel van de oproep dat dit zegt.',
    noCeilings2023:
      'Verordening 2023/2831 kent geen lager plafond per sector (dat voor goederenvervoer over de weg stond in Verordening 1407/2013): behoud een plafond alleen als de oproep het oplegt.',
    ceilingArticle: 'Artikel dat dit plafond vastlegt (leeg: het artikel hierboven)',
    addCeiling: 'Een lager plafond voor sommige sectoren toevoegen',
    removeCeiling: 'Lager plafond {{n}} verwijderen',
  },
};
