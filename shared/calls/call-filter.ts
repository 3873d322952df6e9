/** Filters for browsing calls: does a call admit this region, size class, sector, spend category, deadline? */
import * as z from 'zod';
import { sizeClassSchema } from '../eligibility/call-rules-schema';
import { spendTaxonomySchema } from '../eligibility/taxonomy';
import { isoDateTimeSchema } from '../time/zoned-date-time';
import type { Call } from './call-schema';

export const callFilterSchema = z.object({
  region: z
    .string()
    .regex(/^[A-Z0-9-]{2,10}$/, { error: 'must be a region code such as IT-MI' })
    .optional(),
  sizeClass: sizeClassSchema.optional(),
  sector: z
    .string()
    .regex(/^[A-Z]?\d{2}(\.\d{1,2}){0,2}$/, { error: 'must be a NACE/ATECO code' })
    .optional(),
  category: spendTaxonomySchema.optional(),
  closesBefore: isoDateTimeSchema.optional(),
});
export type CallFilter = z.infer<typeof callFilterSchema>;

const startsWithAny = (code: string, prefixes: readonly string[]) => prefixes.some((p) => code.startsWith(p));

/** Calls without structured rules pass every rule filter: nothing says they would not fit. */
export function callMatchesFilter(call: Pick<Call, 'rules' | 'closesAt'>, filter: CallFilter): boolean {
  if (filter.closesBefore && Date.parse(call.closesAt) >= Date.parse(filter.closesBefore)) return false;
  const rules = call.rules;
  if (!rules) return true;
  const { regions, sectors, sizeClasses } = rules.applicant;
  if (filter.region) {
    // A region matches when the call's area contains it or lies inside it (IT-MI ⊂ IT).
    const inArea = (code: string) =>
      code.startsWith(filter.region ?? '') || (filter.region ?? '').startsWith(code);
    if (regions.include.length > 0 && !regions.include.some(inArea)) return false;
    if (startsWithAny(filter.region, regions.exclude)) return false;
  }
  if (filter.sizeClass && !sizeClasses.includes(filter.sizeClass)) return false;
  if (filter.sector) {
    const sector = filter.sector.replace(/^[A-Z]/, '');
    if (sectors.include.length > 0 && !startsWithAny(sector, sectors.include)) return false;
    if (startsWithAny(sector, sectors.exclude)) return false;
  }
  if (filter.category && !rules.categories.some((c) => c.taxonomy.includes(filter.category as never)))
    return false;
  return true;
}
