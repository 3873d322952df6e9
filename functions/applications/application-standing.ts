/**
 * Where an application stands in its call, for the applicant's receipt: its grant set aside
 * (reserved), or its place in the waitlist — how many applications are ahead, the grants they ask,
 * what has been given back so far for the waitlist, and about how much more would have to be given
 * back for its turn. Read-only and approximate by a few seconds: the queue comes from an index a moment
 * behind the table (AP24) and is kept per call for a few seconds per warm function, so a crowd polling
 * one call's waitlist reads it once per window, not once per applicant. Promotion never uses it.
 */
import type { ApplicationStatus } from '../../shared/applications/application-schema';
import { BUDGET_MAX_AGE_SECONDS } from '../../shared/hosting/budget-freshness';
import type { AuthUser } from '../auth/token-verifier';
import { NotFoundError } from '../errors/use-case-errors';
import type { ApplicationStore, BudgetStore, WaitlistEntry } from './application-ports';

export interface WaitlistStanding {
  /** 1 for the first in line. */
  position: number;
  aheadCount: number;
  /** What the applications ahead ask in total. */
  aheadCents: number;
  grantCents: number;
  /** Grants given back (withdrawals, unfinished submits) and kept for the waitlist right now. */
  givenBackCents: number;
  /**
   * How much more would have to be given back for everyone ahead and this application to be served in
   * receipt order (0: its turn is due at the next promotion). An estimate: a smaller grant behind a
   * larger one is served first when only it fits, and what fits nobody goes back to new applicants.
   */
  shortCents: number;
}

export interface ApplicationStanding {
  applicationId: string;
  status: ApplicationStatus;
  receiptNo: number;
  reservedCents: number;
  /** Only while waitlisted. */
  waitlist?: WaitlistStanding;
}

interface Queue {
  readAt: number;
  /** Receipt numbers in order, and the grants asked up to and including each. */
  receipts: number[];
  cumulativeCents: number[];
}

/** Calls whose queue a warm function keeps at once; the oldest read goes first. */
const MAX_CALLS = 100;

/** A warm function's copies of calls' waitlists, each kept at most as long as the public budget figures. */
export class WaitlistQueues {
  private readonly queues = new Map<string, Promise<Queue>>();

  constructor(
    private readonly read: (callId: string) => Promise<WaitlistEntry[]>,
    private readonly now: () => Date,
    private readonly maxAgeMs = BUDGET_MAX_AGE_SECONDS * 1000,
  ) {}

  async get(callId: string): Promise<Queue> {
    const kept = this.queues.get(callId);
    if (kept) {
      const queue = await kept.catch(() => undefined);
      if (queue && this.now().getTime() - queue.readAt < this.maxAgeMs) return queue;
      if (this.queues.get(callId) !== kept) return this.get(callId);
    }
    // One read per call at a time: requests arriving meanwhile wait for it.
    const reading = this.load(callId);
    this.queues.delete(callId);
    this.queues.set(callId, reading);
    while (this.queues.size > MAX_CALLS) this.queues.delete(this.queues.keys().next().value as string);
    reading.catch(() => {
      if (this.queues.get(callId) === reading) this.queues.delete(callId);
    });
    return reading;
  }

  private async load(callId: string): Promise<Queue> {
    const readAt = this.now().getTime();
    const entries = [...(await this.read(callId))].sort((a, b) => a.receiptNo - b.receiptNo);
    let total = 0;
    return {
      readAt,
      receipts: entries.map((e) => e.receiptNo),
      cumulativeCents: entries.map((e) => {
        total += e.grantCents;
        return total;
      }),
    };
  }
}

/** How many receipts in the sorted list come before `receiptNo`. */
function countBefore(receipts: number[], receiptNo: number): number {
  let low = 0;
  let high = receipts.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((receipts[mid] as number) < receiptNo) low = mid + 1;
    else high = mid;
  }
  return low;
}

export interface StandingDeps {
  applications: Pick<ApplicationStore, 'get'>;
  budgets: Pick<BudgetStore, 'get'>;
  queues: WaitlistQueues;
}

export async function applicationStanding(
  deps: StandingDeps,
  user: AuthUser,
  applicationId: string,
): Promise<ApplicationStanding> {
  const application = await deps.applications.get(user.orgId, applicationId);
  if (!application) throw new NotFoundError('not_found', 'You have no application with this id.');
  const standing: ApplicationStanding = {
    applicationId: application.id,
    status: application.status,
    receiptNo: application.receipt.receiptNo,
    reservedCents: application.reservedCents,
  };
  if (application.status !== 'waitlisted') return standing;
  const [queue, budget] = await Promise.all([
    deps.queues.get(application.callId),
    deps.budgets.get(application.callId, { recent: true }),
  ]);
  const aheadCount = countBefore(queue.receipts, application.receipt.receiptNo);
  const aheadCents = aheadCount > 0 ? (queue.cumulativeCents[aheadCount - 1] as number) : 0;
  const grantCents = application.requestedGrantCents;
  const givenBackCents = budget?.freedCents ?? 0;
  return {
    ...standing,
    waitlist: {
      position: aheadCount + 1,
      aheadCount,
      aheadCents,
      grantCents,
      givenBackCents,
      shortCents: Math.max(0, aheadCents + grantCents - givenBackCents),
    },
  };
}
