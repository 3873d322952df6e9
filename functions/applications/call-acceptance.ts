/**
 * Whether a call takes this application: it is published (not closed by its association) and its
 * deadline has not passed; the applicant saw its current version; the company has no other live
 * application to it. Each refusal says what happened and names the field, so the form can show it.
 */
import type { Call } from '../../shared/calls/call-schema';
import type { AppDeps } from '../api/app-deps';
import { RuleRefusalError, StateConflictError } from '../errors/use-case-errors';

export function assertCallTakesApplications(call: Call, now: Date): void {
  if (call.status === 'closed') {
    throw new StateConflictError(
      'call_closed',
      'The association has closed this call; it takes no more applications.',
      [{ path: 'callId', message: 'is closed' }],
    );
  }
  if (now.getTime() >= Date.parse(call.closesAt)) {
    throw new RuleRefusalError('deadline_passed', `The call closed at ${call.closesAt} (${call.timeZone}).`);
  }
}

/**
 * The call as the applicant saw it. A new request must state the current version. A retry of a
 * request already received (holding its place in the call) finishes against the version it stated,
 * even if an erratum landed in between, so every retry of one key ends in the same application.
 */
export async function callAsShown(
  deps: Pick<AppDeps, 'calls'>,
  call: Call,
  shownVersion: number,
  resuming: boolean,
): Promise<Call> {
  const current = call.version ?? 1;
  if (shownVersion === current) return call;
  const pinned = resuming ? await deps.calls.getVersion(call.id, shownVersion) : undefined;
  if (pinned) return pinned;
  throw new StateConflictError(
    'call_version_changed',
    `The call was corrected (version ${current}) after you opened the form; check the new figures and submit again.`,
    [{ path: 'callVersion', message: `is ${shownVersion}; the call is now at version ${current}` }],
    { currentVersion: String(current) },
  );
}

/** The 409 for a second live application to a call, pointing at the one the company already has. */
export function alreadyApplied(existingApplicationId: string): StateConflictError {
  const location = `/api/applications/${existingApplicationId}`;
  return new StateConflictError(
    'already_applied',
    `Your company already has an application to this call (${existingApplicationId}); withdraw it before applying again.`,
    [{ path: 'callId', message: `already has your application ${existingApplicationId}` }],
    { existingApplicationId, existingApplication: location },
  );
}
