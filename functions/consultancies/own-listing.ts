/** A consultancy's own directory listing, as it reads it before editing (with the revision to send back). */
import type { AppDeps } from '../api/app-deps';
import type { AuthUser } from '../auth/token-verifier';
import { NotFoundError } from '../errors/use-case-errors';
import type { ConsultancyRecord } from './consultancy-store';

export async function ownListing(
  deps: Pick<AppDeps, 'consultancies'>,
  user: AuthUser,
): Promise<ConsultancyRecord> {
  const record = await deps.consultancies.get(user.orgId);
  if (!record)
    throw new NotFoundError(
      'not_found',
      'Your consultancy is not in the directory yet: save a listing to appear.',
    );
  return record;
}
