/**
 * Consultant reviews: SMEs share an application with a consultancy; its consultants accept or
 * override each line (a new amount and a written reason), decide, and sign — which freezes the
 * review with a content hash and shows the decision on the application to the SME and the association.
 * The rules live in the use cases under functions/reviews/; these routes parse, authenticate, call
 * one of them and map its errors to HTTP.
 */
import { Hono } from 'hono/tiny';
import * as z from 'zod';
import {
  decisionInputSchema,
  lineReviewInputSchema,
  shareInputSchema,
  signInputSchema,
} from '../../../shared/reviews/review-schema';
import { openReview } from '../../reviews/open-review';
import { ownSharing } from '../../reviews/own-sharing';
import { ownSignedReview } from '../../reviews/own-signed-review';
import { recordDecision } from '../../reviews/record-decision';
import { reviewLine } from '../../reviews/review-line';
import { reviewQueue } from '../../reviews/review-queue';
import { AlreadySharedError, shareApplication } from '../../reviews/share-application';
import { signReview } from '../../reviews/sign-review';
import { verifyReview } from '../../reviews/verify-review';
import type { AppDeps } from '../app-deps';
import type { AppEnv } from '../app-env';
import { errorBody } from '../errors';
import { authenticate } from '../middleware/authenticate';
import { rateLimit } from '../middleware/rate-limit';
import type { RouteDoc } from '../openapi/route-doc';
import { validate } from '../validate';

const idParam = z.object({ id: z.string().regex(/^[0-9A-Z]{26}$/, { error: 'is not an id' }) });
/**
 * Report line ids as stored. Verdicts are stored as a map keyed by line id, and two names cannot be
 * keys of a stored map (the DynamoDB marshaller takes `constructor` for a class, `__proto__` for the
 * prototype): refused here, so such a line (only in reports older than the plan id rules) leaves the
 * review unsignable, never wrongly reviewed.
 */
const UNSTORABLE = new Set(['__proto__', 'constructor']);
const lineParam = idParam.extend({
  lineId: z
    .string()
    .min(1)
    .max(64)
    .refine((id) => !UNSTORABLE.has(id), { error: 'is a reserved name and cannot be reviewed' }),
});
const pageQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(50).default(20),
  cursor: z.string().max(2048).optional(),
});

export function reviewRoutes(deps: AppDeps) {
  const asConsultant = authenticate(deps.verifyToken, 'consultant');
  const asConsultantOrSme = authenticate(deps.verifyToken, 'consultant', 'sme');

  return new Hono<AppEnv>()
    .get('/', asConsultant, validate('query', pageQuery), async (c) =>
      c.json(await reviewQueue(deps, c.get('user'), c.req.valid('query')), 200),
    )
    .get('/:id', asConsultant, validate('param', idParam), async (c) =>
      c.json(await openReview(deps, c.get('user'), c.req.valid('param').id), 200),
    )
    .get('/:id/verify', asConsultantOrSme, validate('param', idParam), async (c) =>
      c.json(await verifyReview(deps, c.get('user'), c.req.valid('param').id), 200),
    )
    .put(
      '/:id/lines/:lineId',
      asConsultant,
      validate('param', lineParam),
      validate('json', lineReviewInputSchema),
      async (c) => {
        const { id, lineId } = c.req.valid('param');
        return c.json(await reviewLine(deps, c.get('user'), id, lineId, c.req.valid('json')), 200);
      },
    )
    .post(
      '/:id/decision',
      asConsultant,
      validate('param', idParam),
      validate('json', decisionInputSchema),
      async (c) =>
        c.json(await recordDecision(deps, c.get('user'), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .post(
      '/:id/sign',
      asConsultant,
      validate('param', idParam),
      validate('json', signInputSchema),
      async (c) =>
        c.json(
          await signReview(deps, c.get('user'), c.req.valid('param').id, c.req.valid('json').revision),
          200,
        ),
    );
}

/** The SME's side lives under /applications/:id: sharing, and reading the signed review. */
export function shareRoute(deps: AppDeps) {
  const asSme = authenticate(deps.verifyToken, 'sme');
  return new Hono<AppEnv>()
    .get('/:id/review', asSme, validate('param', idParam), async (c) =>
      c.json(await ownSignedReview(deps, c.get('user'), c.req.valid('param').id), 200),
    )
    .get('/:id/sharing', asSme, validate('param', idParam), async (c) =>
      c.json(await ownSharing(deps, c.get('user'), c.req.valid('param').id), 200),
    )
    .post(
      '/:id/share',
      asSme,
      validate('param', idParam),
      validate('json', shareInputSchema),
      rateLimit(deps, 'share'),
      async (c) => {
        try {
          const review = await shareApplication(
            deps,
            c.get('user'),
            c.req.valid('param').id,
            c.req.valid('json').consultantOrgId,
          );
          return c.json(review, 201, { Location: `/api/reviews/${review.id}` });
        } catch (error) {
          if (!(error instanceof AlreadySharedError)) throw error;
          const location = error.reviewId ? { Location: `/api/reviews/${error.reviewId}` } : undefined;
          return c.json(errorBody('already_shared', error.message), 409, location);
        }
      },
    );
}

const reviewErrors = {
  400: 'Invalid input',
  401: 'Not signed in',
  403: 'Wrong role',
  404: 'Not shared with you',
};

export const reviewRouteDocs: RouteDoc[] = [
  {
    method: 'get',
    path: '/applications/:id/review',
    summary:
      "The signed review of the SME's own application: decision, note, line verdicts, reviewed totals and its integrity",
    tag: 'applications',
    access: ['sme'],
    params: idParam,
    responses: {
      200: 'The signed review (with the integrity found on this read) and the application',
      ...reviewErrors,
      404: 'Not its own application, never shared, or the review is not signed yet',
    },
  },
  {
    method: 'get',
    path: '/applications/:id/sharing',
    summary: "Whom the SME's own application was shared with for review, and whether the review is signed",
    tag: 'applications',
    access: ['sme'],
    params: idParam,
    responses: {
      200: "The consultancy's name, when it was shared, the review's status and when it was signed",
      ...reviewErrors,
      404: 'Not its own application, or never shared',
    },
  },
  {
    method: 'post',
    path: '/applications/:id/share',
    summary: 'Share an application with a consultancy for review (once per application)',
    tag: 'applications',
    access: ['sme'],
    params: idParam,
    body: shareInputSchema,
    responses: {
      201: 'The open review',
      ...reviewErrors,
      409: 'Already shared: the Location header names the existing review',
      429: 'Too many shares by the organisation; Retry-After says when to try again',
    },
  },
  {
    method: 'get',
    path: '/reviews',
    summary: "The consultancy's review queue, newest first, paged by cursor",
    tag: 'reviews',
    access: ['consultant'],
    query: pageQuery,
    responses: {
      200: 'A page of reviews (signed ones with their integrity) and the cursor of the next page, if any',
      400: 'Invalid input or cursor',
      401: 'Not signed in',
      403: 'Wrong role',
    },
  },
  {
    method: 'get',
    path: '/reviews/:id',
    summary: 'A review with the application and its report; a signed review says whether it is intact',
    tag: 'reviews',
    access: ['consultant'],
    params: idParam,
    responses: { 200: 'The review', ...reviewErrors },
  },
  {
    method: 'get',
    path: '/reviews/:id/verify',
    summary: "Recompute a signed review's content hash: verified, or tampered with since signing",
    tag: 'reviews',
    access: ['consultant', 'sme'],
    params: idParam,
    responses: { 200: 'The review id, status and integrity', ...reviewErrors },
  },
  {
    method: 'put',
    path: '/reviews/:id/lines/:lineId',
    summary: 'Accept a line, or override it with an amount and a written reason',
    tag: 'reviews',
    access: ['consultant'],
    params: lineParam,
    body: lineReviewInputSchema,
    responses: {
      200: 'The review',
      ...reviewErrors,
      409: 'Signed or stale',
      422: 'Override above the requested amount',
    },
  },
  {
    method: 'post',
    path: '/reviews/:id/decision',
    summary: 'Approve, reject or request changes',
    tag: 'reviews',
    access: ['consultant'],
    params: idParam,
    body: decisionInputSchema,
    responses: { 200: 'The review', ...reviewErrors, 409: 'Signed or stale' },
  },
  {
    method: 'post',
    path: '/reviews/:id/sign',
    summary: 'Sign off: freeze the review with a content hash and publish the decision',
    tag: 'reviews',
    access: ['consultant'],
    params: idParam,
    body: signInputSchema,
    responses: {
      200: 'The signed review',
      ...reviewErrors,
      409: 'Signed, stale, or the application already carries a signed decision',
      422: 'Lines not reviewed or no decision yet: the fields name each (lines.<lineId>, decision)',
    },
  },
];
