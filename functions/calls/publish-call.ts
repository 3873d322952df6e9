/**
 * Publishing a draft: it becomes version 1, immutable and pinned by applications. The budget item is
 * opened first (idempotently) so no submit can find it missing; then the version copy, the call and
 * the audit entry land in one transaction, so a lost race leaves nothing behind and a retry succeeds.
 */
import type { Call } from '../../shared/calls/call-schema';
import { contentHash } from '../../shared/eligibility/content-hash';
import type { AppDeps } from '../api/app-deps';
import { ApiError } from '../api/errors';
import { auditEntry } from '../audit/audit-entry';
import type { AuthUser } from '../auth/token-verifier';
import { assertDeadlineAhead } from './deadline-rules';

export async function publishCall(
  deps: Pick<AppDeps, 'calls' | 'budgets' | 'now'>,
  user: AuthUser,
  call: Call,
): Promise<Call> {
  if (call.status !== 'draft') throw new ApiError(409, 'conflict', `The call is already ${call.status}.`);
  const now = deps.now();
  assertDeadlineAhead(call.closesAt, now, 'The deadline has passed; set a later one before publishing.');
  const published: Call = {
    ...call,
    status: 'published',
    publishedAt: now.toISOString(),
    version: 1,
    rulesHash: call.rules ? contentHash(call.rules) : undefined,
    revision: call.revision + 1,
  };
  await deps.budgets.open(call.id, call.budgetCents);
  await deps.calls.publishVersion(
    published,
    call.revision,
    auditEntry(user, 'call', call.id, 'published', call, published, now.toISOString()),
  );
  return published;
}
