/**
 * A call's budget and receipt counter in memory (AP8's twin): counters, and the markers of submits in
 * flight. Every change checks its condition and writes in one synchronous step, as one conditional
 * UpdateItem does on DynamoDB. The application store's transactions reach the budget through the
 * `check…`/`apply…` pairs below, so a transaction checks every condition before it writes anything.
 */
import type {
  AllocationState,
  BudgetStore,
  BudgetTotals,
  ReceiptOutcome,
} from '../applications/application-ports';

interface Budget {
  budgetCents: number;
  reservedCents: number;
  received: number;
  freedCents: number;
  /** Listed among the budgets with grants freed for their waitlist (AP18). */
  listedAsFreed: boolean;
  /** In-flight markers by application id: receipt number, and the reservation when there is one. */
  pending: Map<string, ReceiptOutcome>;
}

export class InMemoryBudgetStore implements BudgetStore {
  private readonly budgets = new Map<string, Budget>();

  async open(callId: string, budgetCents: number): Promise<void> {
    if (this.budgets.has(callId)) return;
    this.budgets.set(callId, {
      budgetCents,
      reservedCents: 0,
      received: 0,
      freedCents: 0,
      listedAsFreed: false,
      pending: new Map(),
    });
  }

  async receive(
    callId: string,
    applicationId: string,
    reserveCents: number,
    budgetCents: number,
  ): Promise<ReceiptOutcome | undefined> {
    const budget = this.budgets.get(callId);
    if (!budget) throw new Error(`call ${callId} has no budget`);
    const first = budget.pending.get(applicationId);
    if (first) return { ...first };
    const reserve =
      reserveCents > 0 && reserveCents <= budgetCents && budget.reservedCents <= budgetCents - reserveCents;
    budget.received += 1;
    const outcome = { receiptNo: budget.received, reservedCents: reserve ? reserveCents : 0 };
    if (reserve) budget.reservedCents += reserveCents;
    budget.pending.set(applicationId, outcome);
    return { ...outcome };
  }

  async settle(callId: string, applicationId: string, receiptNo: number): Promise<void> {
    const budget = this.budgets.get(callId);
    if (budget?.pending.get(applicationId)?.receiptNo === receiptNo) budget.pending.delete(applicationId);
  }

  async release(callId: string, applicationId: string, outcome: ReceiptOutcome): Promise<void> {
    if (this.canReleaseMarker(callId, applicationId, outcome))
      this.applyReleaseMarker(callId, applicationId, outcome);
  }

  async get(callId: string): Promise<BudgetTotals | undefined> {
    const budget = this.budgets.get(callId);
    if (!budget) return undefined;
    const { budgetCents, reservedCents, received, freedCents } = budget;
    return { budgetCents, reservedCents, received, freedCents };
  }

  async marker(callId: string, applicationId: string): Promise<ReceiptOutcome | undefined> {
    const marker = this.budgets.get(callId)?.pending.get(applicationId);
    return marker && { ...marker };
  }

  async allocation(callId: string): Promise<AllocationState | undefined> {
    const budget = this.budgets.get(callId);
    if (!budget) return undefined;
    const waitlistedInFlight = [...budget.pending.values()]
      .filter((m) => m.reservedCents === 0)
      .map((m) => m.receiptNo);
    return {
      freedCents: budget.freedCents,
      received: budget.received,
      waitlistFrozenFrom: waitlistedInFlight.length > 0 ? Math.min(...waitlistedInFlight) : undefined,
    };
  }

  async returnToPool(callId: string, freedCents: number, received: number): Promise<boolean> {
    const budget = this.budgets.get(callId);
    if (!budget || budget.freedCents !== freedCents || budget.received !== received) return false;
    budget.reservedCents -= freedCents;
    budget.freedCents = 0;
    budget.listedAsFreed = false;
    return true;
  }

  async withFreedGrants(): Promise<string[]> {
    return [...this.budgets]
      .filter(([, b]) => b.listedAsFreed)
      .map(([callId]) => callId)
      .sort()
      .slice(0, 100);
  }

  // Transaction parts for the application store: a check that changes nothing, then its write.

  /** A withdrawn reservation's grant is kept for the waitlist (it stays in reservedCents). */
  canFreeForWaitlist(callId: string, cents: number): boolean {
    const budget = this.budgets.get(callId);
    return budget !== undefined && budget.reservedCents >= cents;
  }

  applyFreeForWaitlist(callId: string, cents: number): void {
    const budget = this.budgets.get(callId) as Budget;
    budget.freedCents += cents;
    budget.listedAsFreed = true;
  }

  /** A promoted application takes its grant from the freed grants. */
  canTakeFreed(callId: string, cents: number): boolean {
    const budget = this.budgets.get(callId);
    return budget !== undefined && budget.freedCents >= cents;
  }

  applyTakeFreed(callId: string, cents: number): void {
    (this.budgets.get(callId) as Budget).freedCents -= cents;
  }

  /** The marker of a submit that will not be written goes, its reservation kept for the waitlist. */
  canReleaseMarker(callId: string, applicationId: string, marker: ReceiptOutcome): boolean {
    return this.budgets.get(callId)?.pending.get(applicationId)?.receiptNo === marker.receiptNo;
  }

  applyReleaseMarker(callId: string, applicationId: string, marker: ReceiptOutcome): void {
    const budget = this.budgets.get(callId) as Budget;
    budget.pending.delete(applicationId);
    budget.freedCents += marker.reservedCents;
    budget.listedAsFreed = true;
  }
}
