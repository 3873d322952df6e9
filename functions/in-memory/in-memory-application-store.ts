/**
 * Applications, the company's one place per call (AP15) and its claims (AP16) in memory — the twin of
 * ../data/dynamo-application-store.ts and dynamo-application-slots.ts. A transaction there is a method
 * here that checks every condition (its own, the budget's, the idempotency key's) before it writes
 * anything, in one synchronous step, so it lands whole or not at all.
 */
import type { Application } from '../../shared/applications/application-schema';
import type { ReviewOutcome } from '../../shared/reviews/review-schema';
import type {
  ApplicationStore,
  ExpiredClaim,
  ReceiptOutcome,
  WaitlistEntry,
} from '../applications/application-ports';
import type { AuditEntry } from '../audit/audit-entry';
import type { PageRequest } from '../calls/call-store';
import { ConflictError } from '../data/store-errors';
import { keys } from '../data/table-design';
import type { InMemoryAuditLog } from './in-memory-audit-log';
import type { InMemoryBudgetStore } from './in-memory-budget-store';
import type { InMemoryIdempotencyStore } from './in-memory-idempotency-store';
import { sortedPage } from './sorted-page';

interface Place {
  applicationId: string;
  live: boolean;
  settled: boolean;
  /** Set while the claim is in the claims index (AP16). */
  deadline?: string;
}

const placeId = (companyId: string, callId: string) => JSON.stringify([companyId, callId]);

export class InMemoryApplicationStore implements ApplicationStore {
  /** By company, then application id (the table's partition and sort key). */
  private readonly byCompany = new Map<string, Map<string, Application>>();
  private readonly places = new Map<string, Place>();

  constructor(
    private readonly budgets: InMemoryBudgetStore,
    private readonly idempotency: InMemoryIdempotencyStore,
    private readonly audit: InMemoryAuditLog,
  ) {}

  private stored(companyId: string, id: string): Application | undefined {
    return this.byCompany.get(companyId)?.get(id);
  }

  private store(application: Application): void {
    let applications = this.byCompany.get(application.companyId);
    if (!applications) {
      applications = new Map();
      this.byCompany.set(application.companyId, applications);
    }
    applications.set(application.id, structuredClone(application));
  }

  private all(): Application[] {
    return [...this.byCompany.values()].flatMap((applications) => [...applications.values()]);
  }

  async create(
    application: Application,
    idempotency: { orgId: string; key: string },
    audit: AuditEntry,
  ): Promise<void> {
    const place = this.places.get(placeId(application.companyId, application.callId));
    const keyHolds = this.idempotency.heldBy(idempotency.orgId, idempotency.key) === application.id;
    if (
      this.stored(application.companyId, application.id) ||
      !keyHolds ||
      place?.applicationId !== application.id ||
      !place.live
    )
      throw new ConflictError(`application ${application.id} exists or lost its place in the call`);
    this.store(application);
    this.idempotency.markDone(idempotency.orgId, idempotency.key);
    this.audit.append(audit);
    place.settled = true;
  }

  async claimSlot(
    companyId: string,
    callId: string,
    applicationId: string,
    deadline: string,
  ): Promise<string | undefined> {
    const id = placeId(companyId, callId);
    const place = this.places.get(id);
    if (!place?.live || (place.applicationId === applicationId && !place.settled)) {
      this.places.set(id, { applicationId, live: true, settled: false, deadline });
      return undefined;
    }
    return place.applicationId === applicationId ? undefined : place.applicationId;
  }

  async slotHolder(companyId: string, callId: string): Promise<string | undefined> {
    const place = this.places.get(placeId(companyId, callId));
    return place?.live ? place.applicationId : undefined;
  }

  async get(companyId: string, id: string): Promise<Application | undefined> {
    const application = this.stored(companyId, id);
    return application && structuredClone(application);
  }

  async listByCompany(companyId: string): Promise<Application[]> {
    return (await this.pageByCompany(companyId, { limit: Number.MAX_SAFE_INTEGER })).items;
  }

  async pageByCompany(companyId: string, page: PageRequest) {
    const applications = [...(this.byCompany.get(companyId)?.values() ?? [])];
    return sortedPage(
      applications.map((a) => ({ sortKey: a.id, value: structuredClone(a) })),
      `applications:${companyId}`,
      page,
    );
  }

  async listByCall(callId: string, page: PageRequest) {
    return this.byReceipt(
      this.all().filter((a) => a.callId === callId),
      `call-applications:${callId}`,
      page,
    );
  }

  private byReceipt(applications: Application[], list: string, page: PageRequest) {
    return sortedPage(
      applications.map((a) => ({
        sortKey: keys.receiptSort(a.receipt.receiptNo),
        value: structuredClone(a),
      })),
      list,
      page,
    );
  }

  async withdraw(application: Application, audit: (next: Application) => AuditEntry): Promise<Application> {
    const next: Application = {
      ...application,
      status: 'withdrawn',
      reservedCents: 0,
      revision: application.revision + 1,
    };
    const release = application.reservedCents > 0;
    const place = this.places.get(placeId(application.companyId, application.callId));
    const holdsPlace = place?.live === true && place.applicationId === application.id;
    if (
      this.stored(application.companyId, application.id)?.revision !== application.revision ||
      (release && !this.budgets.canFreeForWaitlist(application.callId, application.reservedCents))
    )
      throw new ConflictError(`application ${application.id} changed`);
    this.store(next);
    if (release) this.budgets.applyFreeForWaitlist(application.callId, application.reservedCents);
    if (place && holdsPlace) {
      place.live = false;
      place.deadline = undefined;
    }
    this.audit.append(audit(next));
    return structuredClone(next);
  }

  async waitlistQueue(callId: string): Promise<WaitlistEntry[]> {
    return this.waitlisted(callId).map((a) => ({
      receiptNo: a.receipt.receiptNo,
      grantCents: a.requestedGrantCents,
    }));
  }

  private waitlisted(callId: string): Application[] {
    return this.all()
      .filter((a) => a.callId === callId && a.status === 'waitlisted')
      .sort((a, b) => a.receipt.receiptNo - b.receipt.receiptNo);
  }

  async waitlist(callId: string, page: PageRequest) {
    return this.byReceipt(this.waitlisted(callId), `waitlist:${callId}`, page);
  }

  async promote(
    application: Application,
    audit: (next: Application) => AuditEntry,
  ): Promise<Application | false> {
    const next: Application = {
      ...application,
      status: 'reserved',
      reservedCents: application.requestedGrantCents,
      revision: application.revision + 1,
    };
    const stored = this.stored(application.companyId, application.id);
    if (
      stored?.status !== 'waitlisted' ||
      stored.revision !== application.revision ||
      !this.budgets.canTakeFreed(application.callId, next.reservedCents)
    )
      return false;
    this.store(next);
    this.budgets.applyTakeFreed(application.callId, next.reservedCents);
    this.audit.append(audit(next));
    return structuredClone(next);
  }

  async expiredClaims(now: string, limit: number): Promise<ExpiredClaim[]> {
    return [...this.places]
      .filter(([, place]) => place.deadline !== undefined && place.deadline < now)
      .map(([id, place]) => {
        const [companyId, callId] = JSON.parse(id) as [string, string];
        return { companyId, callId, applicationId: place.applicationId, deadline: place.deadline as string };
      })
      .sort((a, b) => (a.deadline < b.deadline ? -1 : a.deadline > b.deadline ? 1 : 0))
      .slice(0, limit * keys.claimShards);
  }

  async releaseClaim(
    claim: ExpiredClaim,
    marker: ReceiptOutcome | undefined,
    audit: AuditEntry,
  ): Promise<boolean> {
    const place = this.places.get(placeId(claim.companyId, claim.callId));
    if (
      !place ||
      place.applicationId !== claim.applicationId ||
      place.deadline !== claim.deadline ||
      !place.live ||
      place.settled ||
      (marker && !this.budgets.canReleaseMarker(claim.callId, claim.applicationId, marker))
    )
      return false;
    place.live = false;
    place.deadline = undefined;
    if (marker) this.budgets.applyReleaseMarker(claim.callId, claim.applicationId, marker);
    this.audit.append(audit);
    return true;
  }

  // Transaction parts for the review store's sign-off: a signed outcome is final.

  canStampReview(companyId: string, applicationId: string): boolean {
    const application = this.stored(companyId, applicationId);
    return application !== undefined && application.review === undefined;
  }

  applyStampReview(companyId: string, applicationId: string, outcome: ReviewOutcome): void {
    const application = this.stored(companyId, applicationId) as Application;
    this.store({ ...application, review: structuredClone(outcome), revision: application.revision + 1 });
  }

  async clearClaim(companyId: string, callId: string, applicationId: string): Promise<void> {
    const place = this.places.get(placeId(companyId, callId));
    if (place?.applicationId === applicationId && place.settled) place.deadline = undefined;
  }
}
