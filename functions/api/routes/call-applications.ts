/** An association follows its call: applications in receipt order, and the budget reserved and left. */
import { Hono } from 'hono/tiny';
import * as z from 'zod';
import { withoutEvaluatedInputs } from '../../../shared/applications/application-schema';
import type { AppDeps } from '../app-deps';
import type { AppEnv } from '../app-env';
import { ApiError } from '../errors';
import { authenticate } from '../middleware/authenticate';
import type { RouteDoc } from '../openapi/route-doc';
import { validate } from '../validate';

const idParam = z.object({ id: z.string().regex(/^[0-9A-Z]{26}$/, { error: 'is not a call id' }) });
const pageQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: z.string().max(2048).optional(),
});

export function callApplicationRoutes(deps: AppDeps) {
  const asAssociation = authenticate(deps.verifyToken, 'association');

  async function ownCall(orgId: string, id: string) {
    const call = await deps.calls.get(id);
    if (!call || call.ownerOrgId !== orgId)
      throw new ApiError(404, 'not_found', 'You have no call with this id.');
    return call;
  }

  return new Hono<AppEnv>()
    .get(
      '/:id/applications',
      asAssociation,
      validate('param', idParam),
      validate('query', pageQuery),
      async (c) => {
        const call = await ownCall(c.get('user').orgId, c.req.valid('param').id);
        const page = await deps.applications.listByCall(call.id, c.req.valid('query'));
        // The association sees the application and its report, not the company's kept profile and plan.
        return c.json({ ...page, items: page.items.map(withoutEvaluatedInputs) }, 200);
      },
    )
    .get('/:id/budget', asAssociation, validate('param', idParam), async (c) => {
      const call = await ownCall(c.get('user').orgId, c.req.valid('param').id);
      const budget = (await deps.budgets.get(call.id)) ?? {
        budgetCents: call.budgetCents,
        reservedCents: 0,
        received: 0,
      };
      return c.json({ ...budget, remainingCents: budget.budgetCents - budget.reservedCents }, 200);
    });
}

export const callApplicationRouteDocs: RouteDoc[] = [
  {
    method: 'get',
    path: '/calls/:id/applications',
    summary: "A call's applications in receipt order",
    tag: 'applications',
    access: ['association'],
    params: idParam,
    query: pageQuery,
    responses: {
      200: 'A page of applications',
      400: 'Invalid input',
      401: 'Not signed in',
      403: 'Wrong role',
      404: 'Not your call',
    },
  },
  {
    method: 'get',
    path: '/calls/:id/budget',
    summary: 'Budget, reserved and remaining, and applications received',
    tag: 'applications',
    access: ['association'],
    params: idParam,
    responses: {
      200: 'The budget',
      400: 'Invalid input',
      401: 'Not signed in',
      403: 'Wrong role',
      404: 'Not your call',
    },
  },
];
