/** Funding calls: associations draft and publish them; anyone lists the open ones. */
import { Hono } from 'hono';
import { z } from 'zod';
import { type Call, callDraftInputSchema, isOpen } from '../../../shared/calls/call-schema';
import { contentHash } from '../../../shared/eligibility/content-hash';
import type { AppDeps } from '../app-deps';
import type { AppEnv } from '../app-env';
import { ApiError } from '../errors';
import { authenticate } from '../middleware/authenticate';
import { validate } from '../validate';

const pageQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(2048).optional(),
});

const idParamSchema = z.object({ id: z.string().regex(/^[0-9A-Z]{26}$/, { error: 'is not a call id' }) });

export function callRoutes(deps: AppDeps) {
  const asAssociation = authenticate(deps.verifyToken, 'association');

  return new Hono<AppEnv>()
    .get('/', validate('query', pageQuerySchema), async (c) => {
      const page = c.req.valid('query');
      const result = await deps.calls.listPublishedClosingAfter(deps.now().toISOString(), page);
      return c.json(result, 200);
    })
    .get('/mine', asAssociation, validate('query', pageQuerySchema), async (c) => {
      const result = await deps.calls.listByOwner(c.get('user').orgId, c.req.valid('query'));
      return c.json(result, 200);
    })
    .get('/:id', validate('param', idParamSchema), async (c) => {
      const call = await deps.calls.get(c.req.valid('param').id);
      // Drafts are private to their association: to everyone else they do not exist.
      if (!call || call.status === 'draft')
        throw new ApiError(404, 'not_found', 'No published call has this id.');
      return c.json(call, 200);
    })
    .post('/', asAssociation, validate('json', callDraftInputSchema), async (c) => {
      const input = c.req.valid('json');
      const now = deps.now().toISOString();
      const call: Call = {
        ...input,
        id: deps.newId(),
        ownerOrgId: c.get('user').orgId,
        status: 'draft',
        revision: 1,
        createdAt: now,
      };
      await deps.calls.create(call);
      return c.json(call, 201, { Location: `/api/calls/${call.id}` });
    })
    .post('/:id/publish', asAssociation, validate('param', idParamSchema), async (c) => {
      const call = await deps.calls.get(c.req.valid('param').id);
      if (!call || call.ownerOrgId !== c.get('user').orgId) {
        throw new ApiError(404, 'not_found', 'You have no call with this id.');
      }
      if (call.status !== 'draft') throw new ApiError(409, 'conflict', `The call is already ${call.status}.`);
      const now = deps.now();
      if (!isOpen({ status: 'published', closesAt: call.closesAt }, now)) {
        throw new ApiError(
          422,
          'deadline_passed',
          'The deadline has passed; set a later one before publishing.',
          [{ path: 'closesAt', message: 'is in the past' }],
        );
      }
      const published: Call = {
        ...call,
        status: 'published',
        publishedAt: now.toISOString(),
        version: 1,
        rulesHash: call.rules ? contentHash(call.rules) : undefined,
        revision: call.revision + 1,
      };
      // The budget item exists before the call is visible, so no submit can find it missing.
      await deps.budgets.open(call.id, call.budgetCents);
      await deps.calls.replace(published, call.revision);
      return c.json(published, 200);
    });
}
