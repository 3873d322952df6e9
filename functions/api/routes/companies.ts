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
