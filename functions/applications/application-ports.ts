/** Ports for submitting applications: idempotency keys, the call's budget and receipts, applications. */
import type { Application } from '../../shared/applications/application-schema';
import type { AuditEntry } from '../audit/audit-entry';
import type { PageRequest } from '../calls/call-store';
import type { Page } from '../data/page-cursor';

export interface IdempotencyClaim {
  applicationId: string;
  /** Hash of the request body, so the same key with a different body is refused. */
  requestHash: string;
  done: boolean;
}

export interface IdempotencyStore {
  /** Claims the key for a new application; when it is taken, returns the existing claim instead. */
  claim(
    orgId: string,
    key: string,
    claim: Omit<IdempotencyClaim, 'done'>,
  ): Promise<IdempotencyClaim | 'claimed'>;
  get(orgId: string, key: string): Promise<IdempotencyClaim | undefined>;
}

export interface ReceiptOutcome {
  receiptNo: number;
  reservedCents: number;
}

export interface BudgetTotals {
  budgetCents: number;
  /** Everything not available to a new applicant: live reservations, in-flight ones, and freedCents. */
  reservedCents: number;
  /** Receipts given so far. */
  received: number;
  /** Grants given back (withdrawals, released orphans) and kept for the waitlist, in receipt order. */
  freedCents: number;
}

/** What promoting the waitlist needs to know about a call's budget. */
export interface AllocationState {
  freedCents: number;
  received: number;
  /**
   * The lowest receipt in flight that will be waitlisted (its application not written yet): nobody
   * from it on may be promoted, or that applicant would be overtaken.
   */
  waitlistFrozenFrom: number | undefined;
}

/** A company's claim on its place in a call whose submit passed its deadline without finishing. */
export interface ExpiredClaim {
  companyId: string;
  callId: string;
  applicationId: string;
  deadline: string;
}

export interface BudgetStore {
  /** Creates the budget of a call when it is published. */
  open(callId: string, budgetCents: number): Promise<void>;
  /**
   * Gives the application its receipt number and, when `reserveCents` > 0 and the budget still holds
   * it, reserves that grant — in one atomic write, so receipt order is reservation order — and marks
   * the application in flight until the transaction that writes it. Calling it again while it is in
   * flight returns the first outcome; undefined when it is no longer in flight (written meanwhile).
   */
  receive(
    callId: string,
    applicationId: string,
    reserveCents: number,
    budgetCents: number,
  ): Promise<ReceiptOutcome | undefined>;
  /** Removes the in-flight marker once the application is written (no-op when already removed). */
  settle(callId: string, applicationId: string, receiptNo: number): Promise<void>;
  /**
   * Removes an in-flight marker whose application will not be written (another request wrote it with
   * another receipt) and keeps its reservation for the waitlist (freedCents); no-op when already gone.
   */
  release(callId: string, applicationId: string, outcome: ReceiptOutcome): Promise<void>;
  /**
   * The budget's counters, read strongly; `recent: true` accepts figures a moment old (an eventually
   * consistent read at half the cost, for the public page that is cached seconds anyway).
   */
  get(callId: string, options?: { recent?: boolean }): Promise<BudgetTotals | undefined>;
  /** The in-flight marker of an application: its receipt and reservation, if it is in flight. */
  marker(callId: string, applicationId: string): Promise<ReceiptOutcome | undefined>;
  allocation(callId: string): Promise<AllocationState | undefined>;
  /**
   * Gives freed grants nobody on the waitlist can take back to new applicants, only if no receipt was
   * given since `received` was read; false when something changed (try again later).
   */
  returnToPool(callId: string, freedCents: number, received: number): Promise<boolean>;
  /** Calls whose budget holds grants freed for the waitlist (AP18). */
  withFreedGrants(): Promise<string[]>;
}

/** One waitlisted application as its call's queue keeps it (AP24): its receipt and the grant it asks. */
export interface WaitlistEntry {
  receiptNo: number;
  grantCents: number;
}

export interface ApplicationStore {
  /**
   * Writes the application, marks its idempotency key done and settles the company's place in the
   * call, in one transaction; ConflictError when the application exists or no longer holds the place.
   */
  create(
    application: Application,
    idempotency: { orgId: string; key: string },
    audit: AuditEntry,
  ): Promise<void>;
  /**
   * Claims the company's one live place in a call for this application, before any budget is reserved.
   * Idempotent for the same application; returns the id of another live application holding it.
   */
  claimSlot(
    companyId: string,
    callId: string,
    applicationId: string,
    deadline: string,
  ): Promise<string | undefined>;
  /** The live application holding the company's place in a call, if any. */
  slotHolder(companyId: string, callId: string): Promise<string | undefined>;
  get(companyId: string, id: string): Promise<Application | undefined>;
  /** Every application of the company (internal work; the API pages with `pageByCompany`). */
  listByCompany(companyId: string): Promise<Application[]>;
  /** One page of the company's applications; InvalidCursorError for a cursor this list did not give. */
  pageByCompany(companyId: string, page: PageRequest): Promise<Page<Application>>;
  listByCall(callId: string, page: { limit: number; cursor?: string }): Promise<Page<Application>>;
  /**
   * Marks the application withdrawn, keeps its reservation for the call's waitlist (freedCents) and
   * frees its place in the call, atomically; ConflictError if it changed.
   */
  withdraw(application: Application, audit: (next: Application) => AuditEntry): Promise<Application>;
  /**
   * The call's whole waitlist as small entries in receipt order (AP24), read from an index a moment
   * behind the table; for showing applicants where they stand, never for deciding anything.
   */
  waitlistQueue(callId: string): Promise<WaitlistEntry[]>;
  /** A call's waitlisted applications in receipt order (AP17). */
  waitlist(callId: string, page: { limit: number; cursor?: string }): Promise<Page<Application>>;
  /**
   * Reserves a waitlisted application's grant from the call's freed grants, atomically with its status;
   * false when it is no longer waitlisted at that revision or the freed grants no longer cover it.
   */
  promote(application: Application, audit: (next: Application) => AuditEntry): Promise<Application | false>;
  /** Claims past their deadline (AP16), oldest first, up to `limit` per shard. */
  expiredClaims(now: string, limit: number): Promise<ExpiredClaim[]>;
  /**
   * Frees the place of a claim whose submit died and, if it was in flight, releases its marker's
   * reservation to the waitlist, with the audit entry — atomically, only while the claim is unchanged
   * and unsettled; false when it changed (the submit finished or was retried).
   */
  releaseClaim(claim: ExpiredClaim, marker: ReceiptOutcome | undefined, audit: AuditEntry): Promise<boolean>;
  /**
   * Takes the claim of a written application (whose marker is settled) out of the claims index; the
   * place stays with it. No-op when the place is no longer settled by this application.
   */
  clearClaim(companyId: string, callId: string, applicationId: string): Promise<void>;
}
