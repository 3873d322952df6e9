/**
 * Where an application stands in its call, for the applicant's receipt: its grant set aside
 * (reserved), or its place in the waitlist and about how much more would have to be given back for its
 * turn. Read-only and approximate by a few seconds: the queue comes from an index a moment behind the
 * table (AP24) and, with the budget's freed grants, is kept per call for a few seconds per warm
 * function, so a crowd polling one call's waitlist reads the queue and the hot budget item once per
 * window, not once per applicant. Promotion never uses it.
 *
 * Other applicants' grants are not disclosed: no sum of what those ahead ask is answered, and the
 * amount short is rounded up to the next €1,000 and given only when several are ahead (with one or two
 * ahead it would tell their requests to the euro).
 */
import type { ApplicationStatus } from '../../shared/applications/application-schema';
import type { AuthUser } from '../auth/token-verifier';
import { NotFoundError } from '../errors/use-case-errors';
import type { ApplicationStore, BudgetStore } from './application-ports';

export interface WaitlistStanding {
  /** 1 for the first in line. */
  position: number;
  aheadCount: number;
  /**
   * About how much more would have to be given back (withdrawals, unfinished submits) for everyone
   * ahead and this application to be served in receipt order; 0 when its turn is due at the next
   * promotion. Exact when nobody is ahead, rounded up to the next €1,000 with three or more ahead, and
   * absent with one or two ahead. An estimate either way: a smaller grant behind a larger one is served
   * first when only it fits, and what fits nobody goes back to new applicants.
   */
  shortCents?: number;
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
  /** The call's grants given back and kept for the waitlist, read with the queue. */
  givenBackCents: number;
}

/** How long a warm function keeps a call's queue: a place a few seconds old is fine to show. */
export const QUEUE_MAX_AGE_MS = 10_000;
/** Fewer ahead than this and the amount short would disclose their requests. */
const FEWEST_AHEAD_FOR_AN_AMOUNT = 3;
const ROUND_UP_TO_CENTS = 1_000_00;

/** Calls whose queue a warm function keeps at once; the oldest read goes first. */
const MAX_CALLS = 100;

export interface QueueSources {
  applications: Pick<ApplicationStore, 'waitlistQueue'>;
  budgets: Pick<BudgetStore, 'get'>;
}

/** A warm function's copies of calls' waitlists and freed grants, each kept `maxAgeMs`. */
export class WaitlistQueues {
  private readonly queues = new Map<string, Promise<Queue>>();

  constructor(
    private readonly sources: QueueSources,
    private readonly now: () => Date,
    private readonly maxAgeMs = QUEUE_MAX_AGE_MS,
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
    const [read, budget] = await Promise.all([
      this.sources.applications.waitlistQueue(callId),
      this.sources.budgets.get(callId, { recent: true }),
    ]);
    const entries = [...read].sort((a, b) => a.receiptNo - b.receiptNo);
    let total = 0;
    return {
      readAt,
      givenBackCents: budget?.freedCents ?? 0,
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
  queues: WaitlistQueues;
}

function amountShort(aheadCount: number, cents: number): number | undefined {
  if (aheadCount === 0 || cents === 0) return cents;
  if (aheadCount < FEWEST_AHEAD_FOR_AN_AMOUNT) return undefined;
  return Math.ceil(cents / ROUND_UP_TO_CENTS) * ROUND_UP_TO_CENTS;
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
  const queue = await deps.queues.get(application.callId);
  const receiptNo = application.receipt.receiptNo;
  const aheadCount = countBefore(queue.receipts, receiptNo);
  // Not in the queue read: just waitlisted (the index lags a moment) or stored before AP24 existed.
  // No place is better than a wrong one; the receipt asks again.
  if (queue.receipts[aheadCount] !== receiptNo) return standing;
  const aheadCents = aheadCount > 0 ? (queue.cumulativeCents[aheadCount - 1] as number) : 0;
  const short = Math.max(0, aheadCents + application.requestedGrantCents - queue.givenBackCents);
  const shortCents = amountShort(aheadCount, short);
  return {
    ...standing,
    waitlist: { position: aheadCount + 1, aheadCount, ...(shortCents === undefined ? {} : { shortCents }) },
  };
}
