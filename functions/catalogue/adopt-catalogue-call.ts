/**
 * An association adopts a catalogue call: a draft of its own, with rules started from the record's
 * figures (shared/catalogue/adopt-catalogue-call.ts), to complete and publish like any draft. The draft
 * remembers the record and version it came from; the audit trail records its creation.
 */
import * as z from 'zod';
import { fieldErrorsFrom } from '../../shared/api/error-body';
import { type Call, callDraftInputSchema } from '../../shared/calls/call-schema';
import { type AdoptionChoices, draftFromCatalogue } from '../../shared/catalogue/adopt-catalogue-call';
import { positiveCentsSchema } from '../../shared/money/cents';
import { isoDateTimeSchema } from '../../shared/time/zoned-date-time';
import type { AppDeps } from '../api/app-deps';
import { auditEntry } from '../audit/audit-entry';
import type { AuthUser } from '../auth/token-verifier';
import { InvalidRequestError, NotFoundError, StateConflictError } from '../errors/use-case-errors';

/** What the association may give: the budget and deadline, when the record has none or it wants others. */
export const adoptionChoicesSchema = z.strictObject({
  budgetCents: positiveCentsSchema.optional(),
  closesAt: isoDateTimeSchema.optional(),
}) satisfies z.ZodType<AdoptionChoices>;

export async function adoptCatalogueCall(
  deps: Pick<AppDeps, 'catalogue' | 'calls' | 'now' | 'newId'>,
  user: AuthUser,
  sourceId: string,
  choices: AdoptionChoices,
): Promise<Call> {
  const entry = await deps.catalogue.get(sourceId);
  if (!entry) throw new NotFoundError('not_found', 'The catalogue has no record with this id.');
  if (entry.status === 'withdrawn') {
    throw new StateConflictError(
      'record_withdrawn',
      'This record was withdrawn from the official catalogue: it cannot be adopted.',
    );
  }
  const parsed = callDraftInputSchema.safeParse(draftFromCatalogue(entry.call, choices));
  if (!parsed.success) {
    throw new InvalidRequestError(
      'invalid_input',
      'The record does not give everything a draft needs: fill in the fields named.',
      fieldErrorsFrom(parsed.error.issues),
    );
  }
  const now = deps.now().toISOString();
  const call: Call = {
    ...parsed.data,
    id: deps.newId(),
    ownerOrgId: user.orgId,
    status: 'draft',
    revision: 1,
    createdAt: now,
    adoptedFrom: { source: 'incentivi.gov.it', sourceId: entry.sourceId, version: entry.version },
  };
  await deps.calls.create(call, auditEntry(user, 'call', call.id, 'created', undefined, call, now));
  return call;
}
