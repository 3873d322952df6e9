/** The spend taxonomy (spend-categories.ts) as a schema, and the tags plan lines carry. */
import * as z from 'zod';
import { SPEND_CATEGORIES, type SpendTaxonomy } from './spend-categories';

export const spendTaxonomySchema = z.enum(SPEND_CATEGORIES);
export type { SpendTaxonomy };

/** Free-form but constrained tags on a plan line ('technology:crm', 'smartphone', 'cybersecurity'…). */
export const tagSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:[-:][a-z0-9]+)*$/, { error: 'must be lowercase words joined by - or :' })
  .max(60);
