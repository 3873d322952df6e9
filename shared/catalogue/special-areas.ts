/** `Ambito_territoriale` → special areas; "Non applicabile" means none. */
import { type Labels, vocabulary } from './vocabulary';

export const SPECIAL_AREAS = [
  'inner-areas',
  'special-economic-zone',
  'seismic-zone',
  'free-zone',
  'climate-emergency',
] as const;
export type SpecialArea = (typeof SPECIAL_AREAS)[number];

export const specialAreaVocabulary = vocabulary<SpecialArea>('Ambito_territoriale', SPECIAL_AREAS, [
  { source: 'Aree interne', codes: ['inner-areas'] },
  { source: 'ZES', codes: ['special-economic-zone'] },
  { source: 'Zone sismiche', codes: ['seismic-zone'] },
  { source: 'Zone franche', codes: ['free-zone'] },
  { source: 'Emergenza climatica', codes: ['climate-emergency'] },
  { source: 'Non applicabile', codes: [] },
]);

export const SPECIAL_AREA_LABELS: Readonly<Record<SpecialArea, Labels>> = {
  'inner-areas': { it: 'Aree interne', en: 'Inner areas', nl: 'Binnengebieden' },
  'special-economic-zone': { it: 'ZES', en: 'Special economic zone', nl: 'Speciale economische zone' },
  'seismic-zone': { it: 'Zone sismiche', en: 'Earthquake zones', nl: 'Aardbevingsgebieden' },
  'free-zone': { it: 'Zone franche', en: 'Free zones', nl: 'Vrije zones' },
  'climate-emergency': { it: 'Emergenza climatica', en: 'Climate emergency', nl: 'Klimaatnoodtoestand' },
};
