/**
 * `Costi_Ammessi` → cost families: a small closed list, one per portal value. The engine's spend
 * taxonomy (what a plan line is) maps onto them, so a catalogue call that only names families can say
 * which of a plan's lines might count — coarsely; the call's own text decides.
 */
import type { SpendTaxonomy } from '../eligibility/taxonomy';
import { type Labels, vocabulary } from './vocabulary';

export const COST_FAMILIES = [
  'services-ip',
  'equipment',
  'overheads',
  'buildings-land',
  'personnel',
  'training',
  'materials',
] as const;
export type CostFamily = (typeof COST_FAMILIES)[number];

export const COST_FAMILY_LABELS: Readonly<Record<CostFamily, Labels & { source: string }>> = {
  'services-ip': {
    source: 'Servizi, brevetti e licenze',
    it: 'Servizi, brevetti e licenze',
    en: 'Services, patents and licences',
    nl: 'Diensten, octrooien en licenties',
  },
  equipment: {
    source: 'Impianti/Macchinari/Attrezzature',
    it: 'Impianti, macchinari e attrezzature',
    en: 'Plant, machinery and equipment',
    nl: 'Installaties, machines en uitrusting',
  },
  overheads: {
    source: 'Spese generali/altri oneri',
    it: 'Spese generali e altri oneri',
    en: 'Overheads and other charges',
    nl: 'Algemene kosten en andere lasten',
  },
  'buildings-land': {
    source: 'Fabbricati e terreni',
    it: 'Fabbricati e terreni',
    en: 'Buildings and land',
    nl: 'Gebouwen en gronden',
  },
  personnel: {
    source: 'Costo del personale',
    it: 'Costo del personale',
    en: 'Staff costs',
    nl: 'Personeelskosten',
  },
  training: {
    source: 'Formazione Professionale',
    it: 'Formazione professionale',
    en: 'Vocational training',
    nl: 'Beroepsopleiding',
  },
  materials: {
    source: 'Materie prime, di consumo e merci',
    it: 'Materie prime, di consumo e merci',
    en: 'Raw materials, consumables and goods',
    nl: 'Grondstoffen, verbruiksgoederen en handelswaar',
  },
};

// Labels contain commas ("Servizi, brevetti e licenze"): they are matched whole, never split.
export const costFamilyVocabulary = vocabulary<CostFamily>(
  'Costi_Ammessi',
  COST_FAMILIES,
  COST_FAMILIES.map((code) => ({ source: COST_FAMILY_LABELS[code].source, codes: [code] })),
);

/**
 * Which families a plan line of each taxonomy category can fall under. Software, cloud, consulting,
 * web, security, connectivity and marketing are bought as services or licences; hardware is
 * equipment; R&D is mostly staff and bought-in services. `other` says nothing, so it maps to none.
 */
export const TAXONOMY_COST_FAMILIES: Readonly<Record<SpendTaxonomy, readonly CostFamily[]>> = {
  hardware: ['equipment'],
  'software-licence': ['services-ip'],
  'saas-cloud': ['services-ip'],
  consulting: ['services-ip'],
  training: ['training'],
  'web-ecommerce': ['services-ip'],
  cybersecurity: ['services-ip', 'equipment'],
  connectivity: ['services-ip'],
  'digital-marketing': ['services-ip'],
  catering: ['overheads'],
  'feasibility-study': ['services-ip'],
  'research-development': ['personnel', 'services-ip'],
  other: [],
};
