/** Ports for submitting applications: idempotency keys, the call's budget and receipts, applications. */
import type { Application } from '../../shared/applications/application-schema';
import type { AuditEntry } from '../audit/audit-entry';
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

export interface BudgetStore {
  /** Creates the budget of a call when it is published. */
  open(callId: string, budgetCents: number): Promise<void>;
  /**
   * Gives the application its receipt number and, when `reserveCents` > 0 and the budget still holds
   * it, reserves that grant — in one atomic write, so receipt order is reservation order. Calling it
   * again for the same application returns the first outcome.
   */
  receive(
    callId: string,
    applicationId: string,
    reserveCents: number,
    budgetCents: number,
  ): Promise<ReceiptOutcome>;
  get(callId: string): Promise<{ budgetCents: number; reservedCents: number; received: number } | undefined>;
}

export interface ApplicationStore {
  /** Writes the application and marks its idempotency key done, in one transaction. */
  create(
    application: Application,
    idempotency: { orgId: string; key: string },
    audit: AuditEntry,
  ): Promise<void>;
  /**
   * Claims the company's one live place in a call for this application, before any budget is reserved.
   * Idempotent for the same application; returns the id of another live application holding it.
   */
  claimSlot(companyId: string, callId: string, applicationId: string): Promise<string | undefined>;
  /** The live application holding the company's place in a call, if any. */
  slotHolder(companyId: string, callId: string): Promise<string | undefined>;
  get(companyId: string, id: string): Promise<Application | undefined>;
  listByCompany(companyId: string): Promise<Application[]>;
  listByCall(callId: string, page: { limit: number; cursor?: string }): Promise<Page<Application>>;
  /**
   * Marks the application withdrawn, releases its reservation and frees its place in the call,
   * atomically; ConflictError if it changed.
   */
  withdraw(application: Application, audit: (next: Application) => AuditEntry): Promise<Application>;
}
