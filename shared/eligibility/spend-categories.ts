/**
 * The standard taxonomy of digital spend that plan lines use: each call maps its own spend categories
 * onto these, so one plan can be checked against any call. A plain list, free of the schema library, so
 * the plan editor can offer the choices without loading the validation code.
 */
export const SPEND_CATEGORIES = [
  'hardware',
  'software-licence',
  'saas-cloud',
  'consulting',
  'training',
  'web-ecommerce',
  'cybersecurity',
  'connectivity',
  'digital-marketing',
  'catering',
  'feasibility-study',
  'research-development',
  'other',
] as const;
export type SpendTaxonomy = (typeof SPEND_CATEGORIES)[number];
