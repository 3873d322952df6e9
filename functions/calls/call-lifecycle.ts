/**
 * A call's life before and after publishing, as the association drives it: draft it, edit the draft
 * over the revision it read, ask whether it is publishable, and close it once published. Publishing
 * and errata have their own modules (./publish-call.ts, ./issue-erratum.ts). Every write carries its
 * audit entry; only the owner's calls are found (anyone else's are 404, as if they did not exist).
 */
import type { Call, CallDraftInput } from '../../shared/calls/call-schema';
import { isOpen } from '../../shared/calls/is-open';
import { FUNDS_NOTHING_MESSAGE, fundsNothing } from '../../shared/eligibility/funds-nothing';
import { UNTRANSLATED_MESSAGE, untranslatedTexts } from '../../shared/eligibility/untranslated-texts';
import type { AppDeps } from '../api/app-deps';
import { auditEntry } from '../audit/audit-entry';
import type { AuthUser } from '../auth/token-verifier';
import { NotFoundError, StateConflictError } from '../errors/use-case-errors';

type CallDeps = Pick<AppDeps, 'calls' | 'now'>;

/** The caller's own call, or 404. */
export async function ownCall(deps: Pick<AppDeps, 'calls'>, user: AuthUser, id: string): Promise<Call> {
  const call = await deps.calls.get(id);
  if (!call || call.ownerOrgId !== user.orgId)
    throw new NotFoundError('not_found', 'You have no call with this id.');
  return call;
}

function expectRevision(call: Call, revision: number): void {
  if (call.revision !== revision) {
    throw new StateConflictError(
      'conflict',
      `The call is at revision ${call.revision}, not ${revision}; reload it.`,
    );
  }
}

export async function createDraft(
  deps: CallDeps & Pick<AppDeps, 'newId'>,
  user: AuthUser,
  input: CallDraftInput,
): Promise<Call> {
  const now = deps.now().toISOString();
  const call: Call = {
    ...input,
    id: deps.newId(),
    ownerOrgId: user.orgId,
    status: 'draft',
    revision: 1,
    createdAt: now,
  };
  await deps.calls.create(call, auditEntry(user, 'call', call.id, 'created', undefined, call, now));
  return call;
}

/** A published call changes only through an erratum (a new version), never by editing. */
export async function editDraft(
  deps: CallDeps,
  user: AuthUser,
  id: string,
  { revision, ...input }: CallDraftInput & { revision: number },
): Promise<Call> {
  const call = await ownCall(deps, user, id);
  if (call.status === 'published') {
    throw new StateConflictError(
      'call_published',
      'A published call changes only through an erratum (a new version).',
    );
  }
  if (call.status !== 'draft') throw new StateConflictError('call_not_draft', `The call is ${call.status}.`);
  expectRevision(call, revision);
  const next: Call = { ...call, ...input, rules: input.rules, revision: call.revision + 1 };
  const at = deps.now().toISOString();
  await deps.calls.replace(next, call.revision, auditEntry(user, 'call', call.id, 'edited', call, next, at));
  return next;
}

/** What stands between a draft and its publication, each problem at its field; nothing is written. */
export async function publishingProblems(
  deps: CallDeps,
  user: AuthUser,
  id: string,
): Promise<{ publishable: boolean; problems: { path: string; message: string }[] }> {
  const call = await ownCall(deps, user, id);
  const problems: { path: string; message: string }[] = [];
  if (call.status !== 'draft')
    problems.push({ path: 'status', message: `is ${call.status}; only drafts are published` });
  if (!isOpen({ status: 'published', closesAt: call.closesAt }, deps.now())) {
    problems.push({ path: 'closesAt', message: 'is in the past' });
  }
  if (!call.rules) {
    problems.push({
      path: 'rules',
      message: 'are missing: without them SMEs cannot check their plans against the call',
    });
  } else {
    if (fundsNothing(call.rules) && call.takesUnfundedApplications !== true) {
      problems.push({ path: 'rules.totals.rate', message: FUNDS_NOTHING_MESSAGE });
    }
    for (const path of untranslatedTexts(call.rules)) {
      problems.push({ path: `rules.${path}`, message: UNTRANSLATED_MESSAGE });
    }
  }
  return { publishable: problems.length === 0, problems };
}

export async function closeCall(deps: CallDeps, user: AuthUser, id: string, revision: number): Promise<Call> {
  const call = await ownCall(deps, user, id);
  if (call.status !== 'published')
    throw new StateConflictError(
      'call_not_published',
      `Only a published call can close; this one is ${call.status}.`,
    );
  expectRevision(call, revision);
  const next: Call = { ...call, status: 'closed', revision: call.revision + 1 };
  const at = deps.now().toISOString();
  await deps.calls.replace(next, call.revision, auditEntry(user, 'call', call.id, 'closed', call, next, at));
  return next;
}
