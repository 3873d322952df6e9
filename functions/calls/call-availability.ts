/**
 * How much of a call's budget is still free for a new applicant and how many applications it has, for
 * everyone on the call's public page. Read from the budget item's counters (AP8), which never grow with
 * the applications (ADR 0012); answered for a few seconds from the edge on click day.
 */
import type { AppDeps } from '../api/app-deps';
import { ApiError } from '../api/errors';

export interface CallAvailability {
  budgetCents: number;
  /** What a new applicant can still be granted: the budget less every reservation (and grants kept for the waitlist). */
  remainingCents: number;
  /** Receipts given so far, withdrawn applications included. */
  applications: number;
  /** When these figures were read (ISO-8601, UTC). */
  asOf: string;
}

export async function callAvailability(
  deps: Pick<AppDeps, 'calls' | 'budgets' | 'now'>,
  callId: string,
): Promise<CallAvailability> {
  const [call, totals] = await Promise.all([deps.calls.get(callId), deps.budgets.get(callId)]);
  // Drafts are private to their association: to everyone else they do not exist.
  if (!call || call.status === 'draft')
    throw new ApiError(404, 'not_found', 'No published call has this id.');
  const budgetCents = totals?.budgetCents ?? call.budgetCents;
  return {
    budgetCents,
    remainingCents: Math.max(0, budgetCents - (totals?.reservedCents ?? 0)),
    applications: totals?.received ?? 0,
    asOf: deps.now().toISOString(),
  };
}
