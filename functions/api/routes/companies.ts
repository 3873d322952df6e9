/**
 * The signed-in SME's company profile: these routes parse, authenticate and call the use cases in
 * functions/companies/company-profile.ts (size class computed on every save; a lost race is a 409 with
 * the stored profile).
 */
import { Hono } from 'hono/tiny';
import { companyProfileInputSchema } from '../../../shared/companies/company-schema';
import { ownCompanyProfile, saveCompanyProfile } from '../../companies/company-profile';
import { StaleRevisionError } from '../../data/store-errors';
import type { AppDeps } from '../app-deps';
import type { AppEnv } from '../app-env';
import { conflictWithCurrent } from '../conflict';
import { authenticate } from '../middleware/authenticate';
import type { RouteDoc } from '../openapi/route-doc';
import { validate } from '../validate';

export function companyRoutes(deps: AppDeps) {
  const asSme = authenticate(deps.verifyToken, 'sme');
  return new Hono<AppEnv>()
    .get('/mine', asSme, async (c) => c.json(await ownCompanyProfile(deps, c.get('user')), 200))
    .put('/mine', asSme, validate('json', companyProfileInputSchema), async (c) => {
      try {
        return c.json(await saveCompanyProfile(deps, c.get('user'), c.req.valid('json')), 200);
      } catch (error) {
        if (!(error instanceof StaleRevisionError)) throw error;
        return conflictWithCurrent(c, error.message, error.current);
      }
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
