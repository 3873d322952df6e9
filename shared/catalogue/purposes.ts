/** `Obiettivo_Finalita` → purposes, for search filters. */
import { type Labels, vocabulary } from './vocabulary';

export const PURPOSES = [
  'digitalisation',
  'innovation-research',
  'investment',
  'green-transition',
  'startup-growth',
  'internationalisation',
  'liquidity',
  'business-crisis',
  'women-entrepreneurship',
  'youth-entrepreneurship',
  'social-inclusion',
] as const;
export type Purpose = (typeof PURPOSES)[number];

export const PURPOSE_LABELS: Readonly<Record<Purpose, Labels & { source: string }>> = {
  digitalisation: {
    source: 'Digitalizzazione',
    it: 'Digitalizzazione',
    en: 'Digitalisation',
    nl: 'Digitalisering',
  },
  'innovation-research': {
    source: 'Innovazione e ricerca',
    it: 'Innovazione e ricerca',
    en: 'Innovation and research',
    nl: 'Innovatie en onderzoek',
  },
  investment: {
    source: 'Sostegno investimenti',
    it: 'Sostegno investimenti',
    en: 'Investment support',
    nl: 'Steun voor investeringen',
  },
  'green-transition': {
    source: 'Transizione ecologica',
    it: 'Transizione ecologica',
    en: 'Green transition',
    nl: 'Groene transitie',
  },
  'startup-growth': {
    source: "Start up/Sviluppo d'impresa",
    it: "Start up/Sviluppo d'impresa",
    en: 'Start-up and business growth',
    nl: 'Start-up en bedrijfsgroei',
  },
  internationalisation: {
    source: 'Internazionalizzazione',
    it: 'Internazionalizzazione',
    en: 'Internationalisation',
    nl: 'Internationalisering',
  },
  liquidity: {
    source: 'Sostegno liquidità',
    it: 'Sostegno liquidità',
    en: 'Liquidity support',
    nl: 'Liquiditeitssteun',
  },
  'business-crisis': {
    source: "Crisi d'impresa",
    it: "Crisi d'impresa",
    en: 'Business in crisis',
    nl: 'Bedrijven in moeilijkheden',
  },
  'women-entrepreneurship': {
    source: 'Imprenditoria femminile',
    it: 'Imprenditoria femminile',
    en: "Women's entrepreneurship",
    nl: 'Vrouwelijk ondernemerschap',
  },
  'youth-entrepreneurship': {
    source: 'Imprenditoria giovanile',
    it: 'Imprenditoria giovanile',
    en: 'Youth entrepreneurship',
    nl: 'Jong ondernemerschap',
  },
  'social-inclusion': {
    source: 'Inclusione sociale',
    it: 'Inclusione sociale',
    en: 'Social inclusion',
    nl: 'Sociale inclusie',
  },
};

export const purposeVocabulary = vocabulary<Purpose>(
  'Obiettivo_Finalita',
  PURPOSES,
  PURPOSES.map((code) => ({ source: PURPOSE_LABELS[code].source, codes: [code] })),
);
