/** The signed-in SME's company profile, with its size class computed and explained on every save. */
import { Hono } from 'hono';
import { companyProfileInputSchema } from '../../../shared/companies/company-schema';
import { classifySize } from '../../../shared/eligibility/size-class';
import type { CompanyRecord } from '../../companies/company-store';
import { ConflictError } from '../../data/store-errors';
import type { AppDeps } from '../app-deps';
import type { AppEnv } from '../app-env';
import { conflictWithCurrent } from '../conflict';
import { ApiError } from '../errors';
import { authenticate } from '../middleware/authenticate';
import type { RouteDoc } from '../openapi/route-doc';
import { validate } from '../validate';

export function companyRoutes(deps: AppDeps) {
  const asSme = authenticate(deps.verifyToken, 'sme');
  return new Hono<AppEnv>()
    .get('/mine', asSme, async (c) => {
      const record = await deps.companies.get(c.get('user').orgId);
      if (!record) throw new ApiError(404, 'not_found', 'Your company has no profile yet.');
      return c.json(record, 200);
    })
    .put('/mine', asSme, validate('json', companyProfileInputSchema), async (c) => {
      const { revision, ...profile } = c.req.valid('json');
      const company = { ...profile, id: c.get('user').orgId };
      const record: CompanyRecord = {
        company,
        sizeClass: classifySize(company),
        revision: revision + 1,
        updatedAt: deps.now().toISOString(),
      };
      try {
        await deps.companies.put(record, revision);
      } catch (error) {
        if (!(error instanceof ConflictError)) throw error;
        return conflictWithCurrent(c, error.message, await deps.companies.get(company.id));
      }
      return c.json(record, 200);
    });
}

export const companyRouteDocs: RouteDoc[] = [
  {
    method: 'get',
    path: '/companies/mine',
    summary: "The SME's company profile with its size class and reasons",
    tag: 'companies',
    access: ['sme'],
    responses: { 200: 'The profile', 401: 'Not signed in', 403: 'Wrong role', 404: 'No profile yet' },
  },
  {
    method: 'put',
    path: '/companies/mine',
    summary: 'Create (revision 0) or update the profile (optimistic locking)',
    tag: 'companies',
    access: ['sme'],
    body: companyProfileInputSchema,
    responses: {
      200: 'The saved profile',
      400: 'Invalid input',
      401: 'Not signed in',
      403: 'Wrong role',
      409: 'Stale revision; the body holds the current profile',
    },
  },
];
