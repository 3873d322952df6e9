/**
 * `Tipologia_Soggetto` → applicant types. "Impresa - SU/PMI innovativa" joins two legal statuses (start-up
 * innovativa and PMI innovativa, each with its own register), so it maps to both codes.
 */
import { type Labels, vocabulary } from './vocabulary';

export const APPLICANT_TYPES = [
  'enterprise',
  'innovative-startup',
  'innovative-sme',
  'women-led-enterprise',
  'youth-led-enterprise',
  'enterprise-to-be-formed',
  'women-led-enterprise-to-be-formed',
  'youth-led-enterprise-to-be-formed',
  'consortium',
  'business-network',
  'cooperative-non-profit',
  'professional',
  'citizen',
  'public-body',
  'university-research',
  'financial-institution',
] as const;
export type ApplicantType = (typeof APPLICANT_TYPES)[number];

export const INNOVATIVE_LABEL = 'Impresa - SU/PMI innovativa';

export const applicantTypeVocabulary = vocabulary<ApplicantType>('Tipologia_Soggetto', APPLICANT_TYPES, [
  { source: 'Impresa', codes: ['enterprise'] },
  { source: INNOVATIVE_LABEL, codes: ['innovative-startup', 'innovative-sme'] },
  { source: 'Impresa - prevalenza femminile', codes: ['women-led-enterprise'] },
  { source: 'Impresa - prevalenza giovanile', codes: ['youth-led-enterprise'] },
  { source: 'Impresa da costituire - Altro', codes: ['enterprise-to-be-formed'] },
  { source: 'Impresa da costituire - Femminile', codes: ['women-led-enterprise-to-be-formed'] },
  { source: 'Impresa da costituire - Giovanile', codes: ['youth-led-enterprise-to-be-formed'] },
  { source: 'Consorzio', codes: ['consortium'] },
  { source: "Rete d'impresa", codes: ['business-network'] },
  { source: 'Cooperative/Associazioni Non Profit', codes: ['cooperative-non-profit'] },
  { source: 'Professionista', codes: ['professional'] },
  { source: 'Cittadino', codes: ['citizen'] },
  { source: 'Ente Pubblico', codes: ['public-body'] },
  { source: 'Università/Ente di Ricerca', codes: ['university-research'] },
  { source: 'Istituto finanziario', codes: ['financial-institution'] },
]);

export const APPLICANT_TYPE_LABELS: Readonly<Record<ApplicantType, Labels>> = {
  enterprise: { it: 'Impresa', en: 'Enterprise', nl: 'Onderneming' },
  'innovative-startup': { it: 'Start-up innovativa', en: 'Innovative start-up', nl: 'Innovatieve start-up' },
  'innovative-sme': { it: 'PMI innovativa', en: 'Innovative SME', nl: 'Innovatieve kmo' },
  'women-led-enterprise': {
    it: 'Impresa a prevalenza femminile',
    en: 'Women-led enterprise',
    nl: 'Onderneming geleid door vrouwen',
  },
  'youth-led-enterprise': {
    it: 'Impresa a prevalenza giovanile',
    en: 'Youth-led enterprise',
    nl: 'Onderneming geleid door jongeren',
  },
  'enterprise-to-be-formed': {
    it: 'Impresa da costituire',
    en: 'Enterprise to be formed',
    nl: 'Op te richten onderneming',
  },
  'women-led-enterprise-to-be-formed': {
    it: 'Impresa femminile da costituire',
    en: 'Women-led enterprise to be formed',
    nl: 'Op te richten onderneming geleid door vrouwen',
  },
  'youth-led-enterprise-to-be-formed': {
    it: 'Impresa giovanile da costituire',
    en: 'Youth-led enterprise to be formed',
    nl: 'Op te richten onderneming geleid door jongeren',
  },
  consortium: { it: 'Consorzio', en: 'Consortium', nl: 'Consortium' },
  'business-network': { it: "Rete d'impresa", en: 'Business network', nl: 'Ondernemingsnetwerk' },
  'cooperative-non-profit': {
    it: 'Cooperative/Associazioni non profit',
    en: 'Cooperative or non-profit association',
    nl: 'Coöperatie of vereniging zonder winstoogmerk',
  },
  professional: { it: 'Professionista', en: 'Self-employed professional', nl: 'Vrije beroeper' },
  citizen: { it: 'Cittadino', en: 'Citizen', nl: 'Burger' },
  'public-body': { it: 'Ente pubblico', en: 'Public body', nl: 'Overheidsinstantie' },
  'university-research': {
    it: 'Università/Ente di ricerca',
    en: 'University or research body',
    nl: 'Universiteit of onderzoeksinstelling',
  },
  'financial-institution': {
    it: 'Istituto finanziario',
    en: 'Financial institution',
    nl: 'Financiële instelling',
  },
};
