/**
 * Publishing a draft: it becomes version 1, immutable and pinned by applications. The budget item is
 * opened first (idempotently) so no submit can find it missing; then the version copy, the call and
 * the audit entry land in one transaction, so a lost race leaves nothing behind and a retry succeeds.
 * A call is published only with rules the engine can check plans against, every text of them in
 * Italian, Dutch and English (422 names each problem).
 */
import { fieldErrorsFrom } from '../../shared/api/error-body';
import type { Call } from '../../shared/calls/call-schema';
import { callRulesSchema } from '../../shared/eligibility/call-rules-schema';
import { contentHash } from '../../shared/eligibility/content-hash';
import { FUNDS_NOTHING_MESSAGE, fundsNothing } from '../../shared/eligibility/funds-nothing';
import type { AppDeps } from '../api/app-deps';
import { auditEntry } from '../audit/audit-entry';
import type { AuthUser } from '../auth/token-verifier';
import { RuleRefusalError, StateConflictError } from '../errors/use-case-errors';
import { assertDeadlineAhead } from './deadline-rules';
import { assertTranslated } from './translated-rules';

export async function publishCall(
  deps: Pick<AppDeps, 'calls' | 'budgets' | 'now'>,
  user: AuthUser,
  call: Call,
): Promise<Call> {
  if (call.status !== 'draft')
    throw new StateConflictError('call_not_draft', `The call is already ${call.status}.`);
  const now = deps.now();
  assertDeadlineAhead(call.closesAt, now, 'The deadline has passed; set a later one before publishing.');
  assertValidRules(call);
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

/** Rules present and valid as the engine reads them; 422 with a field path for each problem. */
function assertValidRules(call: Call): void {
  if (!call.rules) {
    throw new RuleRefusalError(
      'rules_invalid',
      'This call has no rules yet: add them (key figures or the full rules) so SMEs can check their plans before it is published.',
      [
        {
          path: 'rules',
          message: 'are missing: without them SMEs cannot check their plans against the call',
        },
      ],
    );
  }
  const parsed = callRulesSchema.safeParse(call.rules);
  if (parsed.success && fundsNothing(parsed.data) && call.takesUnfundedApplications !== true) {
    throw new RuleRefusalError(
      'rules_invalid',
      "The call's rules fund nothing; set the rate before publishing.",
      [{ path: 'rules.totals.rate', message: FUNDS_NOTHING_MESSAGE }],
    );
  }
  if (!parsed.success) {
    throw new RuleRefusalError(
      'rules_invalid',
      "The call's rules have problems; fix them before publishing.",
      fieldErrorsFrom(parsed.error.issues).map((f) => ({
        path: f.path === '(body)' ? 'rules' : `rules.${f.path}`,
        message: f.message,
      })),
    );
  }
  assertTranslated(parsed.data);
}
