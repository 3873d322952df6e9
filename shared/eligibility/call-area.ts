/**
 * Where a call admits companies: a company's region codes name every level of its places (country,
 * region, NUTS area, province), and a call's area lists code prefixes to include or exclude.
 */
import type { CallRules } from './call-rules-schema';

/** Whether `code` starts with one of `prefixes` (region codes, or NACE/ATECO sector codes). */
export const matchesPrefix = (code: string, prefixes: readonly string[]) =>
  prefixes.some((p) => code.startsWith(p));

/**
 * Whether a company with these region codes lies in the call's area, as checkApplicant reads it. A
 * company that has not said where it is yet may be anywhere: it is not kept out.
 */
export function mayBeInCallArea(
  regionCodes: readonly string[],
  area: CallRules['applicant']['regions'],
): boolean {
  if (regionCodes.length === 0) return true;
  if (area.include.length > 0 && !regionCodes.some((code) => matchesPrefix(code, area.include))) return false;
  return !regionCodes.some((code) => matchesPrefix(code, area.exclude));
}
