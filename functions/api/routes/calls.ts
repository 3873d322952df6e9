/**
 * Funding calls: associations draft, edit, publish (an immutable version), correct by errata (a new
 * version) and close them; anyone lists and filters the open ones. The routes parse, authenticate and
 * call one use case each (functions/calls/).
 */
import { Hono } from 'hono/tiny';
import * as z from 'zod';
import { revisionSchema } from '../../../shared/api/revision';
import { callFilterSchema, callMatchesFilter } from '../../../shared/calls/call-filter';
import { callDraftInputSchema } from '../../../shared/calls/call-schema';
import { callRulesSchema } from '../../../shared/eligibility/call-rules-schema';
import { BUDGET_MAX_AGE_SECONDS } from '../../../shared/hosting/budget-freshness';
import { isoDateTimeSchema } from '../../../shared/time/zoned-date-time';
import { callAvailability } from '../../calls/call-availability';
import { closeCall, createDraft, editDraft, ownCall, publishingProblems } from '../../calls/call-lifecycle';
import { issueErratum } from '../../calls/issue-erratum';
import { publishCall } from '../../calls/publish-call';
import type { AppDeps } from '../app-deps';
import type { AppEnv } from '../app-env';
import { ApiError } from '../errors';
import { authenticate } from '../middleware/authenticate';
import type { RouteDoc } from '../openapi/route-doc';
import { validate } from '../validate';

const pageQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(2048).optional(),
});
const listQuerySchema = pageQuerySchema.extend(callFilterSchema.shape);
const idParamSchema = z.object({ id: z.string().regex(/^[0-9A-Z]{26}$/, { error: 'is not a call id' }) });
const versionParamSchema = idParamSchema.extend({ version: z.coerce.number().int().min(1).max(9999) });
const callRevisionSchema = revisionSchema(1);
const editSchema = callDraftInputSchema.extend({ revision: callRevisionSchema });
const erratumSchema = z.strictObject({
  revision: callRevisionSchema,
  rules: callRulesSchema,
  description: z.string().trim().max(5000).optional(),
  closesAt: isoDateTimeSchema.optional(),
});
const revisionOnlySchema = z.strictObject({ revision: callRevisionSchema });

export function callRoutes(deps: AppDeps) {
  const asAssociation = authenticate(deps.verifyToken, 'association');
  return new Hono<AppEnv>()
    .get('/', validate('query', listQuerySchema), async (c) => {
      const { limit, cursor, ...filter } = c.req.valid('query');
      const page = await deps.calls.listPublishedClosingAfter(deps.now().toISOString(), { limit, cursor });
      // Filters apply to each page of the deadline index, so a page may hold fewer than `limit` calls.
      return c.json(
        { items: page.items.filter((call) => callMatchesFilter(call, filter)), cursor: page.cursor },
        200,
      );
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
    .get('/:id/availability', validate('param', idParamSchema), async (c) => {
      // An error (a draft's 404, a busy 503) is never kept at the edge: only the figures are.
      c.header('Cache-Control', 'no-store');
      const availability = await callAvailability(deps, c.req.valid('param').id);
      // Click day: the edge answers everyone for a few seconds, the budget item is read once per window.
      c.header('Cache-Control', `public, max-age=${BUDGET_MAX_AGE_SECONDS}`);
      return c.json(availability, 200);
    })
    .get('/:id/versions/:version', validate('param', versionParamSchema), async (c) => {
      const { id, version } = c.req.valid('param');
      const call = await deps.calls.getVersion(id, version);
      if (!call) throw new ApiError(404, 'not_found', `Call ${id} has no published version ${version}.`);
      return c.json(call, 200);
    })
    .get('/:id/audit', asAssociation, validate('param', idParamSchema), async (c) => {
      const call = await ownCall(deps, c.get('user'), c.req.valid('param').id);
      return c.json({ items: await deps.audit.list('call', call.id) }, 200);
    })
    .post('/', asAssociation, validate('json', callDraftInputSchema), async (c) => {
      const call = await createDraft(deps, c.get('user'), c.req.valid('json'));
      return c.json(call, 201, { Location: `/api/calls/${call.id}` });
    })
    .put('/:id', asAssociation, validate('param', idParamSchema), validate('json', editSchema), async (c) =>
      c.json(await editDraft(deps, c.get('user'), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .post('/:id/validate', asAssociation, validate('param', idParamSchema), async (c) =>
      c.json(await publishingProblems(deps, c.get('user'), c.req.valid('param').id), 200),
    )
    .post('/:id/publish', asAssociation, validate('param', idParamSchema), async (c) => {
      const call = await ownCall(deps, c.get('user'), c.req.valid('param').id);
      return c.json(await publishCall(deps, c.get('user'), call), 200);
    })
    .post(
      '/:id/errata',
      asAssociation,
      validate('param', idParamSchema),
      validate('json', erratumSchema),
      async (c) => {
        const call = await ownCall(deps, c.get('user'), c.req.valid('param').id);
        return c.json(await issueErratum(deps, c.get('user'), call, c.req.valid('json')), 200);
      },
    )
    .post(
      '/:id/close',
      asAssociation,
      validate('param', idParamSchema),
      validate('json', revisionOnlySchema),
      async (c) => {
        const { id } = c.req.valid('param');
        return c.json(await closeCall(deps, c.get('user'), id, c.req.valid('json').revision), 200);
      },
    );
}

const errors = {
  400: 'Invalid input, with field paths',
  401: 'Not signed in',
  403: 'Wrong role',
  404: 'Not found',
};

export const callRouteDocs: RouteDoc[] = [
  {
    method: 'get',
    path: '/calls',
    summary: 'Open calls, soonest deadline first, filterable, paged by cursor',
    tag: 'calls',
    access: 'public',
    query: listQuerySchema,
    responses: { 200: 'A page of calls', 400: errors[400] },
  },
  {
    method: 'get',
    path: '/calls/mine',
    summary: "The association's own calls, drafts included",
    tag: 'calls',
    access: ['association'],
    query: pageQuerySchema,
    responses: { 200: 'A page of calls', ...errors },
  },
  {
    method: 'get',
    path: '/calls/:id',
    summary: 'A published call',
    tag: 'calls',
    access: 'public',
    params: idParamSchema,
    responses: { 200: 'The call', 400: errors[400], 404: errors[404] },
  },
  {
    method: 'get',
    path: '/calls/:id/availability',
    summary:
      "What is left of a call's budget for a new applicant, and how many applications it has (cached a few seconds)",
    tag: 'calls',
    access: 'public',
    params: idParamSchema,
    responses: { 200: 'The budget figures', 400: errors[400], 404: errors[404] },
  },
  {
    method: 'get',
    path: '/calls/:id/versions/:version',
    summary: 'A published version of a call, as applications pin it',
    tag: 'calls',
    access: 'public',
    params: versionParamSchema,
    responses: { 200: 'The version', 400: errors[400], 404: errors[404] },
  },
  {
    method: 'get',
    path: '/calls/:id/audit',
    summary: "The call's audit trail",
    tag: 'calls',
    access: ['association'],
    params: idParamSchema,
    responses: { 200: 'Entries in time order', ...errors },
  },
  {
    method: 'post',
    path: '/calls',
    summary: 'Create a draft call',
    tag: 'calls',
    access: ['association'],
    body: callDraftInputSchema,
    responses: {
      201: 'The draft',
      ...errors,
      400: "Invalid input, with field paths (e.g. a deadline not in its zone's offset)",
      413: 'Body too large',
    },
  },
  {
    method: 'put',
    path: '/calls/:id',
    summary: 'Edit a draft (optimistic locking on revision)',
    tag: 'calls',
    access: ['association'],
    params: idParamSchema,
    body: editSchema,
    responses: { 200: 'The draft', ...errors, 409: 'Stale revision or not a draft' },
  },
  {
    method: 'post',
    path: '/calls/:id/validate',
    summary: 'Check whether a draft is ready to publish',
    tag: 'calls',
    access: ['association'],
    params: idParamSchema,
    responses: { 200: 'publishable, with any problems by field', ...errors },
  },
  {
    method: 'post',
    path: '/calls/:id/publish',
    summary: 'Publish version 1 and open the budget',
    tag: 'calls',
    access: ['association'],
    params: idParamSchema,
    responses: {
      200: 'The published call',
      ...errors,
      409: 'Not a draft, or changed meanwhile',
      422: 'Deadline passed',
    },
  },
  {
    method: 'post',
    path: '/calls/:id/errata',
    summary: 'Publish an erratum as a new version',
    tag: 'calls',
    access: ['association'],
    params: idParamSchema,
    body: erratumSchema,
    responses: {
      200: 'The new version',
      ...errors,
      409: 'Stale revision or not published',
      422: "New deadline passed, or not written with the call zone's offset at that time",
    },
  },
  {
    method: 'post',
    path: '/calls/:id/close',
    summary: 'Close a published call',
    tag: 'calls',
    access: ['association'],
    params: idParamSchema,
    body: revisionOnlySchema,
    responses: { 200: 'The closed call', ...errors, 409: 'Stale revision or not published' },
  },
];
