/**
 * Gives a call's freed grants (withdrawals, reservations of submits that died) to its waitlist in
 * receipt order: each waitlisted application whose grant fits in what was freed is reserved, in one
 * transaction with the freed total, so two promotions racing never promote one application twice or
 * spend more than was freed. Nobody is promoted from the first receipt still in flight that will be
 * waitlisted (it would be overtaken); once no waitlisted application fits and nothing was received
 * meanwhile, the rest goes back to new applicants. Promoted applicants see their status change to
 * reserved, with an audit entry saying why.
 */
import type { Application } from '../../shared/applications/application-schema';
import { auditEntry } from '../audit/audit-entry';
import type { AuthUser } from '../auth/token-verifier';
import type { ApplicationStore, BudgetStore } from './application-ports';

export interface PromotionDeps {
  applications: Pick<ApplicationStore, 'waitlist' | 'promote'>;
  budgets: Pick<BudgetStore, 'allocation' | 'returnToPool'>;
  now: () => Date;
}

/** The actor of changes the system makes on its own (promotions, released reservations). */
export const SYSTEM_ACTOR: AuthUser = { sub: 'system', orgId: 'system', roles: [] };

/** Waitlisted applications read per page. */
const PAGE = 50;

export async function promoteWaitlist(deps: PromotionDeps, callId: string): Promise<Application[]> {
  const promoted: Application[] = [];
  // Each pass reads the freed total and walks the waitlist; a lost race (another promotion took an
  // application or the freed grants) starts a new pass. Bounded so one call cannot hold the job.
  for (let pass = 0; pass < 20; pass++) {
    const state = await deps.budgets.allocation(callId);
    if (!state || state.freedCents <= 0) return promoted;
    let freed = state.freedCents;
    let raced = false;
    let cursor: string | undefined;
    let frozen = false;
    do {
      const page = await deps.applications.waitlist(callId, { limit: PAGE, cursor });
      for (const candidate of page.items) {
        if (
          state.waitlistFrozenFrom !== undefined &&
          candidate.receipt.receiptNo >= state.waitlistFrozenFrom
        ) {
          frozen = true;
          break;
        }
        if (candidate.requestedGrantCents <= 0 || candidate.requestedGrantCents > freed) continue;
        const at = deps.now().toISOString();
        const { report: _before, ...before } = candidate;
        const next = await deps.applications.promote(candidate, ({ report: _after, ...after }) =>
          auditEntry(SYSTEM_ACTOR, 'application', candidate.id, 'promoted_from_waitlist', before, after, at),
        );
        if (!next) {
          raced = true;
          break;
        }
        promoted.push(next);
        freed -= next.reservedCents;
        if (freed <= 0) return promoted;
      }
      cursor = page.cursor;
    } while (cursor && !raced && !frozen);
    if (raced) continue;
    // Nobody waiting fits what is left (or someone in flight must be written first): give it back to
    // new applicants only when nobody is in flight to the waitlist and nothing was received since.
    if (!frozen) await deps.budgets.returnToPool(callId, freed, state.received);
    return promoted;
  }
  return promoted;
}
