/**
 * Which calls a plan misses by changes it can make, and those changes. A call is a near miss when
 * every refusal of the company has a next step (a declaration to give, a site to add…) and every
 * blocker of the grant is lifted by a hint's step (the engine says how much spend to add); otherwise
 * it folds away with the rest. A call that grants nothing only because lines are refused is a near miss
 * when the API proved that fixing those lines earns a grant; a call whose yearly ceiling or de minimis
 * headroom the company has used up is none. A call in another country is never a
 * near miss: its area is no site a company adds for one voucher. Pure.
 */
import type { Explanation } from '../../../../../shared/eligibility/explanation';
import type { RefusedLineFixes } from '../../../../../shared/eligibility/line-fix';
import { applicantNextStep, hintNextStep, lineFixStep, type NextStep } from '../../../lib/next-steps';

/** What of a call's match this reads. */
export interface MatchSummary {
  callId: string;
  canApply: boolean;
  /** Why the company cannot apply or, when it can, what blocks the grant. */
  reasons: readonly Explanation[];
  hints: readonly Explanation[];
  /** The company's room for the call is used up (yearly ceiling, de minimis): nothing earns a grant. */
  roomClosed?: boolean;
  /** On a call that grants nothing: the refused lines whose fixes are proven to make the plan earn one. */
  lineFixes?: readonly RefusedLineFixes[];
}

/** A step of a near miss; a line's step names the line in the SME's own words and the refusal it fixes. */
export type NearMissStep = NextStep & { line?: string; reason?: Explanation };

/** A blocker of the grant, and the hints whose step lifts it (with the amount that suffices). */
const LIFTED_BY: ReadonlyMap<string, readonly string[]> = new Map([
  ['SHARE_RANGE', ['SHARE_RANGE_LOW', 'SHARE_RANGE_HIGH']],
  ['BELOW_PROJECT_MINIMUM', ['BELOW_PROJECT_MINIMUM']],
]);

/** A region code's country: its first two letters ('IT-BG' and 'ITC4' are in 'IT', 'BE-VLG' in 'BE'). */
const countryOf = (code: string) => code.slice(0, 2);

/** Whether a refusal by area names only places in countries where the company is not. */
function inAnotherCountry(reason: Explanation): boolean {
  if (reason.code !== 'REGION') return false;
  const company = reason.params?.regions;
  const call = reason.params?.callRegions;
  if (!Array.isArray(company) || !Array.isArray(call)) return false;
  const countries = new Set(company.map(countryOf));
  return !call.some((code) => countries.has(countryOf(code)));
}

/** The changes that would open the call, one per place to make them; undefined when it is no near miss. */
export function nearMissSteps(match: MatchSummary, planId: string): NearMissStep[] | undefined {
  // Nothing is left to grant this company: no change earns a grant.
  if (match.roomClosed) return undefined;
  // The API proved these fixes alone make the plan earn a grant: they are the steps (a hint to add
  // spend was measured on the plan before them).
  if (match.canApply && match.lineFixes && match.lineFixes.length > 0)
    return match.lineFixes.flatMap((line) =>
      line.fixes.map(({ reason, fix }) => ({
        ...lineFixStep(fix, planId, match.callId, line.lineId),
        line: line.description,
        reason,
      })),
    );
  const hintSteps = match.canApply
    ? match.hints.map((hint) => ({
        code: hint.code,
        // A range that more spend cannot meet (a maximum of 0 %) says "add €0": no step.
        step: hint.params?.addCents === 0 ? undefined : hintNextStep(hint, planId, match.callId),
      }))
    : [];
  if (hintSteps.some((h) => h.step === undefined)) return undefined;
  const steps: NearMissStep[] = [];
  for (const reason of match.reasons) {
    if (inAnotherCountry(reason)) return undefined;
    const step = applicantNextStep(reason);
    if (step) {
      steps.push(step);
      continue;
    }
    const lifting = LIFTED_BY.get(reason.code);
    if (!lifting || !hintSteps.some((h) => lifting.includes(h.code))) return undefined;
  }
  for (const { step } of hintSteps) if (step) steps.push(step);
  // Two hints that both ask for more spend link to the same place: one step.
  const unique = [...new Map(steps.map((s) => [`${s.code} ${s.href}`, s])).values()];
  return unique.length > 0 ? unique : undefined;
}
