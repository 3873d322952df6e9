/**
 * How much of a call's budget is still free for a new applicant and how many receipts it has given, for
 * everyone on the call's public page. Read from the budget item's counters (AP8), which never grow with
 * the applications (ADR 0012); answered for a few seconds from the edge on click day.
 */
import { isOpen } from '../../shared/calls/is-open';
import type { AppDeps } from '../api/app-deps';
import type { BudgetStore } from '../applications/application-ports';
import { NotFoundError } from '../errors/use-case-errors';
import type { CallStore } from './call-store';

export interface CallAvailability {
  budgetCents: number;
  /** Whether new applications are taken now: published and before the deadline. */
  open: boolean;
  /**
   * What a new applicant can still be reserved: the budget less every reservation (and grants kept for
   * the waitlist). Only first-come calls reserve on arrival; for the others, and once closed, absent.
   */
  remainingCents?: number;
  /** Receipts given so far: every submit that got its place in the queue, withdrawn or unfinished too. */
  receipts: number;
  /** When these figures were read (ISO-8601, UTC). */
  asOf: string;
}

export async function callAvailability(
  deps: Pick<AppDeps, 'now'> & { calls: Pick<CallStore, 'get'>; budgets: Pick<BudgetStore, 'get'> },
  callId: string,
): Promise<CallAvailability> {
  const [call, totals] = await Promise.all([
    deps.calls.get(callId),
    deps.budgets.get(callId, { recent: true }),
  ]);
  // Drafts are private to their association: to everyone else they do not exist.
  if (!call || call.status === 'draft')
    throw new NotFoundError('not_found', 'No published call has this id.');
  const now = deps.now();
  const open = isOpen(call, now);
  const budgetCents = totals?.budgetCents ?? call.budgetCents;
  const reservesOnArrival = call.rules?.allocation.mode === 'first-come';
  return {
    budgetCents,
    open,
    ...(open && reservesOnArrival
      ? { remainingCents: Math.max(0, budgetCents - (totals?.reservedCents ?? 0)) }
      : {}),
    receipts: totals?.received ?? 0,
    asOf: now.toISOString(),
  };
}
