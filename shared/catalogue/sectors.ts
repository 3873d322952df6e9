/**
 * `Settore_Attivita` → macro-sectors, with the ATECO divisions each one plausibly covers. The divisions
 * are only used to flag a record whose sector tags and ATECO list disagree (the ATECO list, when there
 * is one, is authoritative); "Artigianato" and "Altri servizi" cut across divisions, so they are not
 * checked. Division numbers are the same in the 2007 and 2025 editions for these groupings.
 */
import { type Labels, vocabulary } from './vocabulary';

interface SectorDef {
  code: string;
  source: string;
  name: Labels;
  /** undefined: spans the whole classification, not checked. */
  divisions?: readonly string[];
}

const SECTOR_DEFS = [
  {
    code: 'agriculture',
    source: 'Agricoltura, silvicoltura e pesca',
    name: {
      it: 'Agricoltura, silvicoltura e pesca',
      en: 'Agriculture, forestry and fishing',
      nl: 'Landbouw, bosbouw en visserij',
    },
    divisions: ['01', '02', '03'],
  },
  {
    code: 'agrifood',
    source: 'Agroalimentare',
    name: { it: 'Agroalimentare', en: 'Agri-food', nl: 'Agrovoeding' },
    divisions: ['01', '10', '11', '12'],
  },
  {
    code: 'hotels',
    source: 'Alberghiero',
    name: { it: 'Alberghiero', en: 'Hotels', nl: 'Hotels' },
    divisions: ['55'],
  },
  {
    code: 'other-services',
    source: 'Altri servizi',
    name: { it: 'Altri servizi', en: 'Other services', nl: 'Andere diensten' },
  },
  { code: 'crafts', source: 'Artigianato', name: { it: 'Artigianato', en: 'Crafts', nl: 'Ambachten' } },
  {
    code: 'vehicles',
    source: 'Autoveicoli e altri mezzi di trasporto',
    name: {
      it: 'Autoveicoli e altri mezzi di trasporto',
      en: 'Vehicles and other transport equipment',
      nl: 'Voertuigen en andere transportmiddelen',
    },
    divisions: ['29', '30', '45'],
  },
  {
    code: 'chemicals-pharma',
    source: 'Chimica e Farmaceutica',
    name: { it: 'Chimica e Farmaceutica', en: 'Chemicals and pharmaceuticals', nl: 'Chemie en farmacie' },
    divisions: ['19', '20', '21', '22'],
  },
  {
    code: 'trade',
    source: 'Commercio',
    name: { it: 'Commercio', en: 'Trade', nl: 'Handel' },
    divisions: ['45', '46', '47'],
  },
  {
    code: 'culture',
    source: 'Cultura',
    name: { it: 'Cultura', en: 'Culture', nl: 'Cultuur' },
    divisions: ['58', '59', '60', '74', '85', '90', '91', '93'],
  },
  {
    code: 'construction',
    source: 'Edilizia',
    name: { it: 'Edilizia', en: 'Construction', nl: 'Bouw' },
    divisions: ['41', '42', '43'],
  },
  {
    code: 'electronics',
    source: 'Elettronica',
    name: { it: 'Elettronica', en: 'Electronics', nl: 'Elektronica' },
    divisions: ['26', '27'],
  },
  {
    code: 'energy-water-waste',
    source: 'Fornitura Energia, Acqua e gestione Rifiuti',
    name: { it: 'Energia, acqua e rifiuti', en: 'Energy, water and waste', nl: 'Energie, water en afval' },
    divisions: ['35', '36', '37', '38', '39'],
  },
  {
    code: 'ict',
    source: 'ICT',
    name: { it: 'ICT', en: 'ICT', nl: 'ICT' },
    divisions: ['26', '58', '59', '60', '61', '62', '63', '95'],
  },
  {
    code: 'machinery',
    source: 'Meccanica',
    name: { it: 'Meccanica', en: 'Machinery', nl: 'Machinebouw' },
    divisions: ['25', '28', '33'],
  },
  {
    code: 'metals',
    source: 'Metallurgia',
    name: { it: 'Metallurgia', en: 'Metals', nl: 'Metaal' },
    divisions: ['24', '25'],
  },
  {
    code: 'furniture-wood-paper',
    source: 'Mobili, Legno e Carta',
    name: { it: 'Mobili, legno e carta', en: 'Furniture, wood and paper', nl: 'Meubelen, hout en papier' },
    divisions: ['16', '17', '18', '31'],
  },
  {
    code: 'fashion-textiles',
    source: 'Moda e Tessile',
    name: { it: 'Moda e tessile', en: 'Fashion and textiles', nl: 'Mode en textiel' },
    divisions: ['13', '14', '15'],
  },
  {
    code: 'restaurants',
    source: 'Ristorazione',
    name: { it: 'Ristorazione', en: 'Restaurants and catering', nl: 'Horeca en catering' },
    divisions: ['56'],
  },
  {
    code: 'health',
    source: 'Salute',
    name: { it: 'Salute', en: 'Health', nl: 'Gezondheid' },
    divisions: ['21', '32', '75', '86', '87', '88'],
  },
  {
    code: 'transport-services',
    source: 'Servizi di trasporto',
    name: { it: 'Servizi di trasporto', en: 'Transport services', nl: 'Vervoersdiensten' },
    divisions: ['49', '50', '51', '52', '53'],
  },
  {
    code: 'tourism',
    source: 'Turismo',
    name: { it: 'Turismo', en: 'Tourism', nl: 'Toerisme' },
    divisions: ['55', '56', '79', '91', '93'],
  },
] as const satisfies readonly SectorDef[];

export type Sector = (typeof SECTOR_DEFS)[number]['code'];
export const SECTORS: readonly Sector[] = SECTOR_DEFS.map((s) => s.code);

export const sectorByCode: ReadonlyMap<Sector, SectorDef> = new Map(SECTOR_DEFS.map((s) => [s.code, s]));

// Labels contain commas ("Mobili, Legno e Carta"): matched whole, never split.
export const sectorVocabulary = vocabulary<Sector>(
  'Settore_Attivita',
  SECTORS,
  SECTOR_DEFS.map((s) => ({ source: s.source, codes: [s.code] })),
);
