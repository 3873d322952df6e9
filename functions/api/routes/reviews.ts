/**
 * Consultant reviews: SMEs share an application with a consultancy; its consultants accept or
 * override each line (a new amount and a written reason), decide, and sign — which freezes the
 * review with a content hash and shows the decision on the application to the SME and the association.
 */
import { Hono } from 'hono';
import * as z from 'zod';
import { contentHash } from '../../../shared/eligibility/content-hash';
import {
  decisionInputSchema,
  lineReviewInputSchema,
  type Review,
  shareInputSchema,
  signInputSchema,
} from '../../../shared/reviews/review-schema';
import { auditEntry } from '../../audit/audit-entry';
import { ConflictError } from '../../data/store-errors';
import type { AppDeps } from '../app-deps';
import type { AppEnv } from '../app-env';
import { ApiError } from '../errors';
import { authenticate } from '../middleware/authenticate';
import type { RouteDoc } from '../openapi/route-doc';
import { validate } from '../validate';

const idParam = z.object({ id: z.string().regex(/^[0-9A-Z]{26}$/, { error: 'is not an id' }) });
const lineParam = idParam.extend({ lineId: z.string().min(1).max(64) });

export function reviewRoutes(deps: AppDeps) {
  const asConsultant = authenticate(deps.verifyToken, 'consultant');

  async function ownReview(orgId: string, id: string) {
    const review = await deps.reviews.get(id);
    if (!review || review.consultantOrgId !== orgId)
      throw new ApiError(404, 'not_found', 'No review with this id is shared with you.');
    return review;
  }

  async function openForChange(orgId: string, id: string, revision: number) {
    const review = await ownReview(orgId, id);
    if (review.status === 'signed') throw new ApiError(409, 'conflict', 'The review is signed and frozen.');
    if (review.revision !== revision)
      throw new ApiError(409, 'conflict', `The review is at revision ${review.revision}; reload it.`);
    return review;
  }

  async function save(next: Review, expected: number) {
    try {
      await deps.reviews.replace(next, expected);
    } catch (error) {
      if (error instanceof ConflictError) throw new ApiError(409, 'conflict', error.message);
      throw error;
    }
    return next;
  }

  async function applicationOf(review: Review) {
    const application = await deps.applications.get(review.companyId, review.applicationId);
    if (!application) throw new ApiError(404, 'not_found', 'The reviewed application no longer exists.');
    return application;
  }

  return new Hono<AppEnv>()
    .get('/', asConsultant, async (c) =>
      c.json({ items: await deps.reviews.listForConsultant(c.get('user').orgId) }, 200),
    )
    .get('/:id', asConsultant, validate('param', idParam), async (c) => {
      const review = await ownReview(c.get('user').orgId, c.req.valid('param').id);
      return c.json({ review, application: await applicationOf(review) }, 200);
    })
    .put(
      '/:id/lines/:lineId',
      asConsultant,
      validate('param', lineParam),
      validate('json', lineReviewInputSchema),
      async (c) => {
        const user = c.get('user');
        const { id, lineId } = c.req.valid('param');
        const input = c.req.valid('json');
        const review = await openForChange(user.orgId, id, input.revision);
        const line = (await applicationOf(review)).report.lines.find((l) => l.lineId === lineId);
        if (!line) throw new ApiError(404, 'not_found', `The report has no line ${lineId}.`);
        if (input.decision === 'override' && input.eligibleCents > line.requestedCents) {
          throw new ApiError(422, 'override_too_high', 'An override cannot exceed the requested amount.', [
            { path: 'eligibleCents', message: `must be at most ${line.requestedCents}` },
          ]);
        }
        const at = deps.now().toISOString();
        const verdict =
          input.decision === 'accept'
            ? { decision: 'accept' as const, by: user.sub, at }
            : {
                decision: 'override' as const,
                eligibleCents: input.eligibleCents,
                reason: input.reason,
                by: user.sub,
                at,
              };
        return c.json(
          await save(
            { ...review, lines: { ...review.lines, [lineId]: verdict }, revision: review.revision + 1 },
            review.revision,
          ),
          200,
        );
      },
    )
    .post(
      '/:id/decision',
      asConsultant,
      validate('param', idParam),
      validate('json', decisionInputSchema),
      async (c) => {
        const { decision, note, revision } = c.req.valid('json');
        const review = await openForChange(c.get('user').orgId, c.req.valid('param').id, revision);
        return c.json(
          await save({ ...review, decision, note, revision: review.revision + 1 }, review.revision),
          200,
        );
      },
    )
    .post(
      '/:id/sign',
      asConsultant,
      validate('param', idParam),
      validate('json', signInputSchema),
      async (c) => {
        const user = c.get('user');
        const review = await openForChange(user.orgId, c.req.valid('param').id, c.req.valid('json').revision);
        if (!review.decision)
          throw new ApiError(422, 'decision_missing', 'Record a decision before signing.');
        const application = await applicationOf(review);
        const at = deps.now().toISOString();
        const hash = contentHash({
          report: application.report,
          lines: review.lines,
          decision: review.decision,
          note: review.note,
        });
        const signed: Review = {
          ...review,
          status: 'signed',
          signedAt: at,
          signedBy: user.sub,
          contentHash: hash,
          revision: review.revision + 1,
        };
        const outcome = { reviewId: review.id, decision: review.decision, signedAt: at, contentHash: hash };
        const audit = auditEntry(
          user,
          'application',
          application.id,
          'review signed',
          { review: application.review },
          { review: outcome },
          at,
        );
        try {
          await deps.reviews.sign(signed, review.revision, outcome, audit);
        } catch (error) {
          if (error instanceof ConflictError) throw new ApiError(409, 'conflict', error.message);
          throw error;
        }
        return c.json(signed, 200);
      },
    );
}

/** Sharing is the SME's side: it lives under /applications/:id/share. */
export function shareRoute(deps: AppDeps) {
  const asSme = authenticate(deps.verifyToken, 'sme');
  return new Hono<AppEnv>().post(
    '/:id/share',
    asSme,
    validate('param', idParam),
    validate('json', shareInputSchema),
    async (c) => {
      const orgId = c.get('user').orgId;
      const application = await deps.applications.get(orgId, c.req.valid('param').id);
      if (!application) throw new ApiError(404, 'not_found', 'You have no application with this id.');
      const review: Review = {
        id: deps.newId(),
        applicationId: application.id,
        companyId: orgId,
        callId: application.callId,
        consultantOrgId: c.req.valid('json').consultantOrgId,
        status: 'open',
        lines: {},
        createdAt: deps.now().toISOString(),
        revision: 1,
      };
      await deps.reviews.create(review);
      return c.json(review, 201, { Location: `/api/reviews/${review.id}` });
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
    method: 'post',
    path: '/applications/:id/share',
    summary: 'Share an application with a consultancy for review',
    tag: 'applications',
    access: ['sme'],
    params: idParam,
    body: shareInputSchema,
    responses: { 201: 'The open review', ...reviewErrors },
  },
  {
    method: 'get',
    path: '/reviews',
    summary: "The consultancy's review queue",
    tag: 'reviews',
    access: ['consultant'],
    responses: { 200: 'Reviews, newest first', 401: 'Not signed in', 403: 'Wrong role' },
  },
  {
    method: 'get',
    path: '/reviews/:id',
    summary: 'A review with the application and its report',
    tag: 'reviews',
    access: ['consultant'],
    params: idParam,
    responses: { 200: 'The review', ...reviewErrors },
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
    responses: { 200: 'The signed review', ...reviewErrors, 409: 'Signed or stale', 422: 'No decision yet' },
  },
];
