/**
 * The reconciler: finds submits that died holding the company's place in a call (claims past their
 * deadline, AP16) and, for each, either settles it (its application was written; only the marker's
 * settle was lost) or frees the place and releases its in-flight reservation to the waitlist, with an audit entry
 * on the call — atomically, only while the claim is unchanged, so a submit retried meanwhile is left
 * alone. Then it promotes the waitlist of every call that has freed grants (AP18). Runs every minute
 * (EventBridge Scheduler → Lambda on AWS, a timer under `npm start`); tests call it directly.
 * A dead submit's place and reservation are released within CLAIM_SECONDS + one period.
 */
import { auditEntry } from '../audit/audit-entry';
import type { ApplicationStore, BudgetStore } from './application-ports';
import { promoteWaitlist, SYSTEM_ACTOR } from './promote-waitlist';

export interface ReconcilerDeps {
  applications: Pick<
    ApplicationStore,
    'expiredClaims' | 'releaseClaim' | 'clearClaim' | 'get' | 'waitlist' | 'promote'
  >;
  budgets: Pick<BudgetStore, 'marker' | 'settle' | 'allocation' | 'returnToPool' | 'withFreedGrants'>;
  now: () => Date;
}

export interface ReconcileReport {
  /** Places freed whose submit died; `releasedCents` of reservations went to the waitlist. */
  released: number;
  releasedCents: number;
  /** Claims whose application existed (settled, nothing released). */
  settled: number;
  promoted: number;
}

/** Claims read per shard and run; the rest wait for the next run. */
const BATCH = 100;

export async function reconcileClaims(deps: ReconcilerDeps): Promise<ReconcileReport> {
  const report: ReconcileReport = { released: 0, releasedCents: 0, settled: 0, promoted: 0 };
  const now = deps.now().toISOString();
  for (const claim of await deps.applications.expiredClaims(now, BATCH)) {
    const written = await deps.applications.get(claim.companyId, claim.applicationId);
    if (written) {
      // Written, but the submit died before settling its marker and claim: finish that.
      await deps.budgets.settle(claim.callId, claim.applicationId, written.receipt.receiptNo);
      await deps.applications.clearClaim(claim.companyId, claim.callId, claim.applicationId);
      report.settled += 1;
      continue;
    }
    const marker = await deps.budgets.marker(claim.callId, claim.applicationId);
    const audit = auditEntry(
      SYSTEM_ACTOR,
      'call',
      claim.callId,
      'reservation_released',
      {
        applicationId: claim.applicationId,
        companyId: claim.companyId,
        receiptNo: marker?.receiptNo,
        reservedCents: marker?.reservedCents ?? 0,
      },
      { reason: `the submit did not finish by ${claim.deadline}; its place and reservation were released` },
      now,
    );
    if (await deps.applications.releaseClaim(claim, marker, audit)) {
      report.released += 1;
      report.releasedCents += marker?.reservedCents ?? 0;
    }
  }
  for (const callId of await deps.budgets.withFreedGrants()) {
    report.promoted += (await promoteWaitlist(deps, callId)).length;
  }
  return report;
}
