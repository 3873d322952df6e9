/**
 * A consultancy creates (revision 0) or updates its directory listing. The id is always the caller's
 * organisation, so a consultancy can only ever write its own listing. A lost race is refused with the
 * stored listing (StaleRevisionError), so the client can show both and lose nothing.
 */
import type * as z from 'zod';
import type { consultancyListingInputSchema } from '../../shared/consultancies/consultancy-schema';
import type { AppDeps } from '../api/app-deps';
import type { AuthUser } from '../auth/token-verifier';
import { ConflictError, StaleRevisionError } from '../data/store-errors';
import type { ConsultancyRecord } from './consultancy-store';

export async function saveListing(
  deps: Pick<AppDeps, 'consultancies' | 'now'>,
  user: AuthUser,
  input: z.output<typeof consultancyListingInputSchema>,
): Promise<ConsultancyRecord> {
  const { revision, ...listing } = input;
  const record: ConsultancyRecord = {
    consultancy: { ...listing, id: user.orgId },
    revision: revision + 1,
    updatedAt: deps.now().toISOString(),
  };
  try {
    await deps.consultancies.put(record, revision);
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    throw new StaleRevisionError(error.message, await deps.consultancies.get(user.orgId));
  }
  return record;
}
