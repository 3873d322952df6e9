/**
 * Withdrawing an application: its status, its reservation (kept for the call's waitlist) and the
 * company's place in the call change in one transaction; then the freed grant goes to the waitlist in
 * receipt order (promoteWaitlist). If the promotion fails half-way, the reconciler finishes it.
 */
import type { Application } from '../../shared/applications/application-schema';
import type { AppDeps } from '../api/app-deps';
import { auditEntry } from '../audit/audit-entry';
import type { AuthUser } from '../auth/token-verifier';
import { ConflictError } from '../data/store-errors';
import { NotFoundError, StateConflictError } from '../errors/use-case-errors';
import { promoteWaitlist } from './promote-waitlist';

export async function withdrawApplication(
  deps: Pick<AppDeps, 'applications' | 'budgets' | 'now' | 'log'>,
  user: AuthUser,
  applicationId: string,
): Promise<Application> {
  const application = await deps.applications.get(user.orgId, applicationId);
  if (!application) throw new NotFoundError('not_found', 'You have no application with this id.');
  if (application.status === 'withdrawn')
    throw new StateConflictError('already_withdrawn', 'The application is already withdrawn.');
  let withdrawn: Application;
  try {
    const at = deps.now().toISOString();
    const { report: _before, ...before } = application;
    withdrawn = await deps.applications.withdraw(application, ({ report: _after, ...after }) =>
      auditEntry(user, 'application', application.id, 'withdrawn', before, after, at),
    );
  } catch (error) {
    if (error instanceof ConflictError)
      throw new StateConflictError('conflict', 'The application changed; reload it.');
    throw error;
  }
  if (application.reservedCents > 0) {
    try {
      await promoteWaitlist(deps, application.callId);
    } catch (error) {
      // The withdrawal is done; the reconciler promotes from the freed grants on its next run.
      deps.log?.error(`promotion after withdrawal failed: ${(error as Error).message}`, {
        callId: application.callId,
      });
    }
  }
  return withdrawn;
}
