/**
 * The consultancy directory: SMEs list it to pick who reviews an application; each consultancy reads
 * and edits its own listing. The rules live in functions/consultancies/; these routes parse,
 * authenticate, call one use case and map its errors to HTTP.
 */
import { Hono } from 'hono/tiny';
import { consultancyListingInputSchema } from '../../../shared/consultancies/consultancy-schema';
import { listConsultancies } from '../../consultancies/list-consultancies';
import { ownListing } from '../../consultancies/own-listing';
import { saveListing } from '../../consultancies/save-listing';
import { StaleRevisionError } from '../../data/store-errors';
import type { AppDeps } from '../app-deps';
import type { AppEnv } from '../app-env';
import { conflictWithCurrent } from '../conflict';
import { authenticate } from '../middleware/authenticate';
import type { RouteDoc } from '../openapi/route-doc';
import { ownListQuerySchema } from '../own-list-query';
import { validate } from '../validate';

export function consultancyRoutes(deps: AppDeps) {
  const asSme = authenticate(deps.verifyToken, 'sme');
  const asConsultant = authenticate(deps.verifyToken, 'consultant');
  return new Hono<AppEnv>()
    .get('/', asSme, validate('query', ownListQuerySchema), async (c) =>
      c.json(await listConsultancies(deps, c.req.valid('query')), 200),
    )
    .get('/me', asConsultant, async (c) => c.json(await ownListing(deps, c.get('user')), 200))
    .put('/me', asConsultant, validate('json', consultancyListingInputSchema), async (c) => {
      try {
        return c.json(await saveListing(deps, c.get('user'), c.req.valid('json')), 200);
      } catch (error) {
        if (!(error instanceof StaleRevisionError)) throw error;
        return conflictWithCurrent(c, error.message, error.current);
      }
    });
}

export const consultancyRouteDocs: RouteDoc[] = [
  {
    method: 'get',
    path: '/consultancies',
    summary: 'The consultancy directory by name, paged by cursor: whom an SME can share an application with',
    tag: 'consultancies',
    access: ['sme'],
    query: ownListQuerySchema,
    responses: {
      200: 'A page of consultancies (id, name, place, languages, description) and the next cursor, if any',
      400: 'Invalid input or cursor',
      401: 'Not signed in',
      403: 'Wrong role',
    },
  },
  {
    method: 'get',
    path: '/consultancies/me',
    summary: "The consultancy's own directory listing",
    tag: 'consultancies',
    access: ['consultant'],
    responses: { 200: 'The listing', 401: 'Not signed in', 403: 'Wrong role', 404: 'Not listed yet' },
  },
  {
    method: 'put',
    path: '/consultancies/me',
    summary: "Create (revision 0) or update the consultancy's listing (optimistic locking)",
    tag: 'consultancies',
    access: ['consultant'],
    body: consultancyListingInputSchema,
    responses: {
      200: 'The saved listing',
      400: 'Invalid input',
      401: 'Not signed in',
      403: 'Wrong role',
      409: 'Stale revision; the body holds the current listing',
    },
  },
];
