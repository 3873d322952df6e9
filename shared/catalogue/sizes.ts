/**
 * `Dimensioni` → the engine's size classes (2003/361/EC, shared/eligibility/size-class.ts). The portal's
 * "Non classificabile/classificato" (bodies with no size class: associations, public bodies, persons) is
 * not a size class; it is kept as a flag so a call open only to them is not read as open to no one.
 */
import { SIZE_CLASSES, type SizeClass } from '../eligibility/size-class';
import { vocabulary } from './vocabulary';

export const UNCLASSIFIED_SIZE_LABEL = 'Non classificabile/classificato';

export const sizeVocabulary = vocabulary<SizeClass>('Dimensioni', SIZE_CLASSES, [
  { source: 'Microimpresa', codes: ['micro'] },
  { source: 'Piccola Impresa', codes: ['small'] },
  { source: 'Media Impresa', codes: ['medium'] },
  { source: 'Grande Impresa', codes: ['large'] },
  { source: UNCLASSIFIED_SIZE_LABEL, codes: [] },
]);
