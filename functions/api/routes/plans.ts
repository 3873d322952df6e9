/** The signed-in SME's digitalisation plans, their matches against open calls, and eligibility reports. */
import { Hono } from 'hono';
import * as z from 'zod';
import { evaluate } from '../../../shared/eligibility/evaluate';
import type { OpenCall } from '../../../shared/eligibility/match-calls';
import { matchCalls } from '../../../shared/eligibility/match-calls';
import { planInputSchema } from '../../../shared/plans/plan-schema';
import { ConflictError } from '../../data/store-errors';
import type { PlanRecord } from '../../plans/plan-store';
import type { AppDeps } from '../app-deps';
import type { AppEnv } from '../app-env';
import { conflictWithCurrent } from '../conflict';
import { ApiError } from '../errors';
import { authenticate } from '../middleware/authenticate';
import type { RouteDoc } from '../openapi/route-doc';
import { ownListQuerySchema } from '../own-list-query';
import { validate } from '../validate';

const idSchema = z.string().regex(/^[0-9A-Z]{26}$/, { error: 'is not an id' });
const planParam = z.object({ id: idSchema });
const reportParam = z.object({ id: idSchema, callId: idSchema });

/** Calls are matched on the day in UTC; deadlines themselves are compared as instants. */
const today = (now: Date) => now.toISOString().slice(0, 10);

export function planRoutes(deps: AppDeps) {
  const asSme = authenticate(deps.verifyToken, 'sme');

  async function ownPlan(orgId: string, planId: string): Promise<PlanRecord> {
    const record = await deps.plans.get(orgId, planId);
    if (!record) throw new ApiError(404, 'not_found', 'You have no plan with this id.');
    return record;
  }

  async function ownCompany(orgId: string) {
    const record = await deps.companies.get(orgId);
    if (!record) {
      throw new ApiError(
        422,
        'profile_missing',
        'Complete your company profile first: eligibility depends on it.',
      );
    }
    return record.company;
  }

  async function openCallsWithRules(now: Date): Promise<OpenCall[]> {
    const calls: OpenCall[] = [];
    let cursor: string | undefined;
    do {
      const page = await deps.calls.listPublishedClosingAfter(now.toISOString(), { limit: 100, cursor });
      for (const call of page.items) {
        if (call.rules) calls.push({ ...call, version: call.version ?? 1, rules: call.rules });
      }
      cursor = page.cursor;
    } while (cursor);
    return calls;
  }

  /** The explained report of one of the SME's plans for one call; applying needs the call still open. */
  async function explainedReport(
    orgId: string,
    planId: string,
    callId: string,
    needs: 'open' | 'published-or-closed',
  ) {
    const { plan } = await ownPlan(orgId, planId);
    const company = await ownCompany(orgId);
    const call = await deps.calls.get(callId);
    if (!call || call.status === 'draft' || (needs === 'open' && call.status !== 'published')) {
      throw new ApiError(404, 'not_found', `No ${needs === 'open' ? 'open' : 'published'} call has this id.`);
    }
    const rules = call.rules;
    if (!rules) throw new ApiError(422, 'no_rules', 'This call has no structured rules to check against.');
    const report = evaluate({
      call: { id: call.id, version: call.version ?? 1, rules, rulesHash: call.rulesHash },
      plan,
      company,
      on: today(deps.now()),
    });
    return { plan, company, call, rules, report };
  }

  return new Hono<AppEnv>()
    .get('/', asSme, validate('query', ownListQuerySchema), async (c) =>
      c.json(await deps.plans.page(c.get('user').orgId, c.req.valid('query')), 200),
    )
    .post('/', asSme, validate('json', planInputSchema), async (c) => {
      const { revision: _ignored, ...body } = c.req.valid('json');
      const record: PlanRecord = {
        plan: { ...body, id: deps.newId(), companyId: c.get('user').orgId },
        revision: 1,
        updatedAt: deps.now().toISOString(),
      };
      await deps.plans.put(record, 0);
      return c.json(record, 201, { Location: `/api/plans/${record.plan.id}` });
    })
    .get('/:id', asSme, validate('param', planParam), async (c) =>
      c.json(await ownPlan(c.get('user').orgId, c.req.valid('param').id), 200),
    )
    .put('/:id', asSme, validate('param', planParam), validate('json', planInputSchema), async (c) => {
      const orgId = c.get('user').orgId;
      const { id } = c.req.valid('param');
      const { revision, ...body } = c.req.valid('json');
      await ownPlan(orgId, id);
      const record: PlanRecord = {
        plan: { ...body, id, companyId: orgId },
        revision: revision + 1,
        updatedAt: deps.now().toISOString(),
      };
      try {
        await deps.plans.put(record, revision);
      } catch (error) {
        if (!(error instanceof ConflictError)) throw error;
        return conflictWithCurrent(c, error.message, await deps.plans.get(orgId, id));
      }
      return c.json(record, 200);
    })
    .get('/:id/matches', asSme, validate('param', planParam), async (c) => {
      const orgId = c.get('user').orgId;
      const { plan } = await ownPlan(orgId, c.req.valid('param').id);
      const company = await ownCompany(orgId);
      const now = deps.now();
      const matches = matchCalls({ plan, company, calls: await openCallsWithRules(now), on: today(now) });
      return c.json({ items: matches }, 200);
    })
    .get('/:id/application-draft/:callId', asSme, validate('param', reportParam), async (c) => {
      const { id, callId } = c.req.valid('param');
      const { plan, company, call, rules, report } = await explainedReport(
        c.get('user').orgId,
        id,
        callId,
        'open',
      );
      // What the application form shows before submitting: nothing is stored until the submit.
      return c.json(
        {
          planId: plan.id,
          callId: call.id,
          callVersion: report.callVersion,
          closesAt: call.closesAt,
          timeZone: call.timeZone,
          questions: call.questions,
          declarations: rules.applicant.requiredDeclarations,
          declared: company.declarations,
          report,
          // A plan the rules fund with €0 is refused on submit unless the call takes such applications.
          takesUnfundedApplications: call.takesUnfundedApplications === true,
        },
        200,
      );
    })
    .get('/:id/eligibility/:callId', asSme, validate('param', reportParam), async (c) => {
      const { id, callId } = c.req.valid('param');
      const { report } = await explainedReport(c.get('user').orgId, id, callId, 'published-or-closed');
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
      "The application form for this plan and call: the call's questions, declarations and current report",
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
