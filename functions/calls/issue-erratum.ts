/**
 * An erratum corrects a published call as a new version (rules, description, deadline). Applications
 * keep pinning the version they were made against. A new deadline must lie ahead and carry the call
 * zone's offset, as on publishing; the version copy, the call and the audit entry are one transaction.
 */
import type { Call } from '../../shared/calls/call-schema';
import type { CallRules } from '../../shared/eligibility/call-rules-schema';
import { contentHash } from '../../shared/eligibility/content-hash';
import { FUNDS_NOTHING_MESSAGE, fundsNothing } from '../../shared/eligibility/funds-nothing';
import type { AppDeps } from '../api/app-deps';
import { auditEntry } from '../audit/audit-entry';
import type { AuthUser } from '../auth/token-verifier';
import { RuleRefusalError, StateConflictError } from '../errors/use-case-errors';
import { assertDeadlineAhead, assertZoneOffset } from './deadline-rules';
import { assertTranslated } from './translated-rules';

export interface ErratumInput {
  /** The revision the association edited, so a concurrent change is not overwritten. */
  revision: number;
  rules: CallRules;
  description?: string;
  closesAt?: string;
}

export async function issueErratum(
  deps: Pick<AppDeps, 'calls' | 'now'>,
  user: AuthUser,
  call: Call,
  { revision, ...change }: ErratumInput,
): Promise<Call> {
  if (call.status !== 'published')
    throw new StateConflictError(
      'call_not_published',
      `Errata apply to published calls; this one is ${call.status}.`,
    );
  if (call.revision !== revision) {
    throw new StateConflictError(
      'conflict',
      `The call is at revision ${call.revision}, not ${revision}; reload it.`,
    );
  }
  const now = deps.now();
  if (change.closesAt !== undefined) {
    assertZoneOffset(change.closesAt, call.timeZone);
    assertDeadlineAhead(change.closesAt, now, 'The new deadline has passed; set a later one.');
  }
  if (fundsNothing(change.rules) && call.takesUnfundedApplications !== true) {
    throw new RuleRefusalError('rules_invalid', 'The corrected rules fund nothing; keep a rate above 0 %.', [
      { path: 'rules.totals.rate', message: FUNDS_NOTHING_MESSAGE },
    ]);
  }
  assertTranslated(change.rules, call.rules);
  const next: Call = {
    ...call,
    ...change,
    version: (call.version ?? 1) + 1,
    rulesHash: contentHash(change.rules),
    revision: call.revision + 1,
  };
  await deps.calls.publishVersion(
    next,
    call.revision,
    auditEntry(user, 'call', call.id, 'erratum', call, next, now.toISOString()),
  );
  return next;
}
