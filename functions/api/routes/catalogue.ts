/** The imported national catalogue, public: search with filters, and one record's summary. */
import { Hono } from 'hono/tiny';
import * as z from 'zod';
import { catalogueQuerySchema } from '../../../shared/catalogue/search-catalogue';
import { adoptCatalogueCall, adoptionChoicesSchema } from '../../catalogue/adopt-catalogue-call';
import { catalogueFitsForPlan } from '../../catalogue/catalogue-fits';
import { CatalogueIndexCache } from '../../catalogue/catalogue-index-cache';
import { readCatalogueCall, searchCatalogue } from '../../catalogue/find-catalogue-calls';
import type { AppDeps } from '../app-deps';
import type { AppEnv } from '../app-env';
import { consoleErrorLog } from '../error-log';
import { ApiError } from '../errors';
import { authenticate } from '../middleware/authenticate';
import type { RouteDoc } from '../openapi/route-doc';
import { validate } from '../validate';

const planParamSchema = z.object({ planId: z.string().regex(/^[0-9A-Z]{26}$/, { error: 'is not an id' }) });
const sourceIdParamSchema = z.object({
  sourceId: z.string().regex(/^\d{1,12}$/, { error: 'is not a catalogue record id' }),
});

export function catalogueRoutes(deps: AppDeps) {
  // One index per app, that is per warm function (ADR 0017).
  const log = deps.log ?? consoleErrorLog;
  const index = new CatalogueIndexCache(deps.catalogue, deps.now, {
    onStaleServed: (error) =>
      log.error('catalogue index rebuild failed; searching the previous index', { error: error.message }),
  });
  const asSme = authenticate(deps.verifyToken, 'sme');
  const asAssociation = authenticate(deps.verifyToken, 'association');
  return new Hono<AppEnv>()
    .get('/fits/:planId', asSme, validate('param', planParamSchema), async (c) =>
      c.json(await catalogueFitsForPlan(deps, index, c.get('user'), c.req.valid('param').planId), 200),
    )
    .get('/', validate('query', catalogueQuerySchema), async (c) =>
      c.json(await searchCatalogue(index, c.req.valid('query'), deps.now()), 200),
    )
    .post(
      '/:sourceId/adopt',
      asAssociation,
      validate('param', sourceIdParamSchema),
      validate('json', adoptionChoicesSchema),
      async (c) => {
        const { sourceId } = c.req.valid('param');
        const call = await adoptCatalogueCall(deps, c.get('user'), sourceId, c.req.valid('json'));
        return c.json(call, 201, { Location: `/api/calls/${call.id}` });
      },
    )
    .get('/:sourceId', validate('param', sourceIdParamSchema), async (c) => {
      const view = await readCatalogueCall(deps.catalogue, c.req.valid('param').sourceId, deps.now());
      if (!view) throw new ApiError(404, 'not_found', 'The catalogue has no record with this id.');
      return c.json(view, 200);
    });
}

export const catalogueRouteDocs: RouteDoc[] = [
  {
    method: 'get',
    path: '/catalogue/fits/:planId',
    summary:
      "The catalogue's calls that may fit one of the SME's plans, from their coarse lists only (possible fit — check the official text), best first, each check with its outcome",
    tag: 'plans',
    access: ['sme'],
    params: planParamSchema,
    responses: {
      200: 'Up to 20 possible fits, how many there are, and the source attribution',
      400: 'Invalid input, with field paths',
      401: 'Not signed in',
      403: 'Wrong role',
      404: 'Not your plan',
      422: 'Company profile missing',
    },
  },
  {
    method: 'get',
    path: '/catalogue',
    summary:
      'Search the national incentives catalogue (incentivi.gov.it): words, region, size, ATECO code, purpose, form of aid, status, deadline, minimum aid; paged',
    tag: 'calls',
    access: 'public',
    query: catalogueQuerySchema,
    responses: {
      200: 'A page of catalogue calls, with the source attribution',
      400: 'Invalid input, with field paths',
    },
  },
  {
    method: 'get',
    path: '/catalogue/:sourceId',
    summary: 'One catalogue record, normalised, with its status and the source attribution',
    tag: 'calls',
    access: 'public',
    params: sourceIdParamSchema,
    responses: { 200: 'The record', 400: 'Invalid input, with field paths', 404: 'Not found' },
  },
  {
    method: 'post',
    path: '/catalogue/:sourceId/adopt',
    summary:
      "Adopt a catalogue call: a draft of the association's own, with rules started from the record's figures (sizes, regions, ATECO codes, cost families, spend and aid limits; rate 0 % until set)",
    tag: 'calls',
    access: ['association'],
    params: sourceIdParamSchema,
    body: adoptionChoicesSchema,
    responses: {
      201: 'The draft call, with the record it was adopted from',
      400: 'Invalid input, or a budget or deadline the record does not give, with field paths',
      401: 'Not signed in',
      403: 'Wrong role',
      404: 'Not found',
      409: 'The record was withdrawn from the catalogue',
    },
  },
];
