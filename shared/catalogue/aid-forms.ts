/**
 * `Forma_agevolazione` → forms of aid. Each form also has the words its own description would use, so a
 * label the text does not bear out (a loan ticked on a tax-relief text) is flagged, never dropped.
 */
import { type Labels, vocabulary } from './vocabulary';

export const AID_FORMS = [
  'grant',
  'loan',
  'tax-relief',
  'guarantee',
  'equity',
  'social-security-relief',
] as const;
export type AidForm = (typeof AID_FORMS)[number];

export const aidFormVocabulary = vocabulary<AidForm>('Forma_agevolazione', AID_FORMS, [
  { source: 'Contributo/Fondo perduto', codes: ['grant'] },
  { source: 'Prestito/Anticipo rimborsabile', codes: ['loan'] },
  { source: 'Agevolazione fiscale', codes: ['tax-relief'] },
  { source: 'Interventi a garanzia', codes: ['guarantee'] },
  { source: 'Capitale di rischio', codes: ['equity'] },
  { source: 'Riduzione dei contributi di previdenza sociale', codes: ['social-security-relief'] },
]);

export const AID_FORM_LABELS: Readonly<Record<AidForm, Labels>> = {
  grant: { it: 'Contributo a fondo perduto', en: 'Grant', nl: 'Subsidie' },
  loan: {
    it: 'Prestito/Anticipo rimborsabile',
    en: 'Loan or repayable advance',
    nl: 'Lening of terugvorderbaar voorschot',
  },
  'tax-relief': { it: 'Agevolazione fiscale', en: 'Tax relief', nl: 'Belastingvoordeel' },
  guarantee: { it: 'Garanzia', en: 'Guarantee', nl: 'Waarborg' },
  equity: { it: 'Capitale di rischio', en: 'Equity', nl: 'Risicokapitaal' },
  'social-security-relief': {
    it: 'Riduzione dei contributi previdenziali',
    en: 'Social-security contribution relief',
    nl: 'Vermindering van sociale bijdragen',
  },
};

/**
 * Words (lower case, Italian stems) a description uses for each form. A grant is not checked: every kind
 * of text says "contributo", so its absence says nothing.
 */
export const AID_FORM_EVIDENCE: ReadonlyMap<AidForm, RegExp> = new Map<AidForm, RegExp>([
  ['loan', /prestit|finanziament|mutu[oi]|rimborsabil|anticip|tasso|credito/],
  [
    'tax-relief',
    /credito d.imposta|fiscal|impost|deduzion|detrazion|esenzion|\birap\b|\bires\b|\bimu\b|tribut/,
  ],
  ['guarantee', /garanzi|confidi/],
  ['equity', /capitale|equity|partecipazion|quote|investiment/],
  ['social-security-relief', /contributi? (previdenzial|inps)|previdenz|decontribuzion|esonero contributiv/],
]);
