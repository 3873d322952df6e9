/** SMEs submit, read and withdraw their applications; every submit needs an Idempotency-Key. */

import { etag } from 'hono/etag';
import { Hono } from 'hono/tiny';
import * as z from 'zod';
import {
  applicationInputSchema,
  idempotencyKeySchema,
} from '../../../shared/applications/application-schema';
import { applicationStanding, WaitlistQueues } from '../../applications/application-standing';
import { submitApplication } from '../../applications/submit-application';
import { withdrawApplication } from '../../applications/withdraw-application';
import type { AppDeps } from '../app-deps';
import type { AppEnv } from '../app-env';
import { ApiError } from '../errors';
import { authenticate } from '../middleware/authenticate';
import { byIdempotencyKey, rateLimit } from '../middleware/rate-limit';
import type { RouteDoc } from '../openapi/route-doc';
import { ownListQuerySchema } from '../own-list-query';
import { validate } from '../validate';

const idParam = z.object({ id: z.string().regex(/^[0-9A-Z]{26}$/, { error: 'is not an application id' }) });
const submitHeaders = z.object({ 'idempotency-key': idempotencyKeySchema });

export function applicationRoutes(deps: AppDeps) {
  const asSme = authenticate(deps.verifyToken, 'sme');
  // Kept for the life of the warm function: applicants polling one call share a read of its queue.
  const standingDeps = { applications: deps.applications, queues: new WaitlistQueues(deps, deps.now) };

  async function own(orgId: string, id: string) {
    const application = await deps.applications.get(orgId, id);
    if (!application) throw new ApiError(404, 'not_found', 'You have no application with this id.');
    return application;
  }

  return (
    new Hono<AppEnv>()
      .post(
        '/',
        asSme,
        validate('header', submitHeaders),
        rateLimit(deps, 'submit', byIdempotencyKey),
        validate('json', applicationInputSchema),
        async (c) => {
          const key = c.req.valid('header')['idempotency-key'];
          const { application, replayed } = await submitApplication(
            deps,
            c.get('user'),
            c.req.valid('json'),
            key,
          );
          if (replayed) c.header('Idempotent-Replayed', 'true');
          return c.json(application, replayed ? 200 : 201, {
            Location: `/api/applications/${application.id}`,
          });
        },
      )
      .get('/', asSme, validate('query', ownListQuerySchema), async (c) =>
        c.json(await deps.applications.pageByCompany(c.get('user').orgId, c.req.valid('query')), 200),
      )
      .get('/:id', asSme, validate('param', idParam), async (c) =>
        c.json(await own(c.get('user').orgId, c.req.valid('param').id), 200),
      )
      // Polled by the receipt while waitlisted: the ETag lets an unchanged answer come back as a 304, and
      // no-cache makes the browser ask every time rather than show a stale place.
      .get('/:id/standing', asSme, validate('param', idParam), etag(), async (c) => {
        const standing = await applicationStanding(standingDeps, c.get('user'), c.req.valid('param').id);
        return c.json(standing, 200, { 'Cache-Control': 'private, no-cache' });
      })
      .get('/:id/audit', asSme, validate('param', idParam), async (c) => {
        const application = await own(c.get('user').orgId, c.req.valid('param').id);
        return c.json({ items: await deps.audit.list('application', application.id) }, 200);
      })
      .post('/:id/withdraw', asSme, validate('param', idParam), async (c) =>
        c.json(await withdrawApplication(deps, c.get('user'), c.req.valid('param').id), 200),
      )
  );
}

const applicationErrors = { 400: 'Invalid input', 401: 'Not signed in', 403: 'Wrong role', 404: 'Not found' };

export const applicationRouteDocs: RouteDoc[] = [
  {
    method: 'post',
    path: '/applications',
    summary: 'Submit an application (Idempotency-Key required); returns the receipt',
    tag: 'applications',
    access: ['sme'],
    headers: submitHeaders,
    body: applicationInputSchema,
    responses: {
      201: 'Received: reserved, waitlisted or submitted',
      200: 'A repeat of an earlier request with the same key',
      ...applicationErrors,
      409:
        'The call was closed by its association (call_closed), corrected since the form was opened ' +
        '(call_version_changed, on callVersion), or the company already has a live application to it ' +
        '(already_applied: existingApplicationId and its URL in existingApplication), or the submit took ' +
        'longer than its claim on the budget and was not saved (submit_expired: send it again with the same key)',
      422: 'Deadline passed, profile missing, answers invalid, or key reused for another request',
      429: 'Too many submissions by the organisation; Retry-After says when to try again',
    },
  },
  {
    method: 'get',
    path: '/applications',
    summary: "The SME's applications, paged by cursor",
    tag: 'applications',
    access: ['sme'],
    query: ownListQuerySchema,
    responses: {
      200: 'A page of applications and the cursor of the next page, if any',
      400: 'Invalid limit or cursor',
      401: 'Not signed in',
      403: 'Wrong role',
    },
  },
  {
    method: 'get',
    path: '/applications/:id',
    summary: 'An application with its receipt and report',
    tag: 'applications',
    access: ['sme'],
    params: idParam,
    responses: { 200: 'The application', ...applicationErrors },
  },
  {
    method: 'get',
    path: '/applications/:id/standing',
    summary:
      'Where the application stands: its grant set aside, or its place in the waitlist and about how much ' +
      'more must be given back for its turn (a few seconds old; never what others ask)',
    tag: 'applications',
    access: ['sme'],
    params: idParam,
    responses: {
      200: 'The standing, with an ETag; send If-None-Match to get 304 while it is unchanged',
      304: 'Unchanged since the ETag sent',
      ...applicationErrors,
    },
  },
  {
    method: 'get',
    path: '/applications/:id/audit',
    summary: "The application's audit trail",
    tag: 'applications',
    access: ['sme'],
    params: idParam,
    responses: { 200: 'Entries in time order', ...applicationErrors },
  },
  {
    method: 'post',
    path: '/applications/:id/withdraw',
    summary: "Withdraw, releasing any reserved grant and the company's place in the call",
    tag: 'applications',
    access: ['sme'],
    params: idParam,
    responses: {
      200: 'The withdrawn application',
      ...applicationErrors,
      409: 'Already withdrawn or changed',
    },
  },
];
