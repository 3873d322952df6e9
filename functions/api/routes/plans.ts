/**
 * The signed-in SME's digitalisation plans, their matches against open calls, and eligibility reports.
 * These routes parse, authenticate and call one use case each (functions/plans/).
 */
import { Hono } from 'hono/tiny';
import * as z from 'zod';
import { planInputSchema } from '../../../shared/plans/plan-schema';
import { StaleRevisionError } from '../../data/store-errors';
import { OpenCallsIndex } from '../../plans/open-calls-index';
import { createPlan, ownPlan, pageOfOwnPlans, updatePlan } from '../../plans/own-plans';
import { applicationDraft, explainedReport, planMatches } from '../../plans/plan-eligibility';
import type { AppDeps } from '../app-deps';
import type { AppEnv } from '../app-env';
import { conflictWithCurrent } from '../conflict';
import { authenticate } from '../middleware/authenticate';
import type { RouteDoc } from '../openapi/route-doc';
import { ownListQuerySchema } from '../own-list-query';
import { validate } from '../validate';

const idSchema = z.string().regex(/^[0-9A-Z]{26}$/, { error: 'is not an id' });
const planParam = z.object({ id: idSchema });
const reportParam = z.object({ id: idSchema, callId: idSchema });

export function planRoutes(deps: AppDeps) {
  const asSme = authenticate(deps.verifyToken, 'sme');
  // One index of open calls per app, that is per warm function (ADR 0018).
  const openCalls = new OpenCallsIndex(deps.calls);
  return new Hono<AppEnv>()
    .get('/', asSme, validate('query', ownListQuerySchema), async (c) =>
      c.json(await pageOfOwnPlans(deps, c.get('user'), c.req.valid('query')), 200),
    )
    .post('/', asSme, validate('json', planInputSchema), async (c) => {
      const record = await createPlan(deps, c.get('user'), c.req.valid('json'));
      return c.json(record, 201, { Location: `/api/plans/${record.plan.id}` });
    })
    .get('/:id', asSme, validate('param', planParam), async (c) =>
      c.json(await ownPlan(deps, c.get('user').orgId, c.req.valid('param').id), 200),
    )
    .put('/:id', asSme, validate('param', planParam), validate('json', planInputSchema), async (c) => {
      try {
        return c.json(
          await updatePlan(deps, c.get('user'), c.req.valid('param').id, c.req.valid('json')),
          200,
        );
      } catch (error) {
        if (!(error instanceof StaleRevisionError)) throw error;
        return conflictWithCurrent(c, error.message, error.current);
      }
    })
    .get('/:id/matches', asSme, validate('param', planParam), async (c) =>
      c.json(await planMatches(deps, openCalls, c.get('user'), c.req.valid('param').id), 200),
    )
    .get('/:id/application-draft/:callId', asSme, validate('param', reportParam), async (c) => {
      const { id, callId } = c.req.valid('param');
      return c.json(await applicationDraft(deps, c.get('user'), id, callId), 200);
    })
    .get('/:id/eligibility/:callId', asSme, validate('param', reportParam), async (c) => {
      const { id, callId } = c.req.valid('param');
      const { report } = await explainedReport(deps, c.get('user'), id, callId, 'published-or-closed');
      return c.json(report, 200);
    });
}

const planErrors = { 400: 'Invalid input', 401: 'Not signed in', 403: 'Wrong role', 404: 'Not your plan' };

export const planRouteDocs: RouteDoc[] = [
  {
    method: 'get',
    path: '/plans',
    summary: "The SME's plans, paged by cursor",
    tag: 'plans',
    access: ['sme'],
    query: ownListQuerySchema,
    responses: {
      200: 'A page of plans and the cursor of the next page, if any',
      400: 'Invalid limit or cursor',
      401: 'Not signed in',
      403: 'Wrong role',
    },
  },
  {
    method: 'post',
    path: '/plans',
    summary: 'Create a plan',
    tag: 'plans',
    access: ['sme'],
    body: planInputSchema,
    responses: { 201: 'The plan', ...planErrors },
  },
  {
    method: 'get',
    path: '/plans/:id',
    summary: 'A plan',
    tag: 'plans',
    access: ['sme'],
    params: planParam,
    responses: { 200: 'The plan', ...planErrors },
  },
  {
    method: 'put',
    path: '/plans/:id',
    summary: 'Update a plan (optimistic locking on revision)',
    tag: 'plans',
    access: ['sme'],
    params: planParam,
    body: planInputSchema,
    responses: { 200: 'The plan', ...planErrors, 409: 'Stale revision; the body holds the current plan' },
  },
  {
    method: 'get',
    path: '/plans/:id/matches',
    summary: 'Open calls ranked for this plan',
    tag: 'plans',
    access: ['sme'],
    params: planParam,
    responses: { 200: 'Ranked matches', ...planErrors, 422: 'Company profile missing' },
  },
  {
    method: 'get',
    path: '/plans/:id/application-draft/:callId',
    summary:
      "The application form for this plan and call: the call's questions, declarations and current report, with the call's title and rules, the plan and the company it was worked out from",
    tag: 'plans',
    access: ['sme'],
    params: reportParam,
    responses: { 200: 'The draft', ...planErrors, 422: 'Profile missing or call without rules' },
  },
  {
    method: 'get',
    path: '/plans/:id/eligibility/:callId',
    summary: 'The line-by-line eligibility report of this plan for one call',
    tag: 'plans',
    access: ['sme'],
    params: reportParam,
    responses: { 200: 'The report', ...planErrors, 422: 'Profile missing or call without rules' },
  },
];
