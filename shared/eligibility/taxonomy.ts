/**
 * The standard taxonomy of digital spend that plan lines use. Each call maps its own spend
 * categories onto these, so one plan can be checked against any call.
 */
import * as z from 'zod';

export const spendTaxonomySchema = z.enum([
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
]);
export type SpendTaxonomy = z.infer<typeof spendTaxonomySchema>;

/** Free-form but constrained tags on a plan line ('technology:crm', 'smartphone', 'cybersecurity'…). */
export const tagSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:[-:][a-z0-9]+)*$/, { error: 'must be lowercase words joined by - or :' })
  .max(60);
