/** A consultant's review of an application's eligibility report: per-line verdicts, a decision, a sign-off. */
import * as z from 'zod';
import { revisionSchema } from '../api/revision';
import { centsSchema } from '../money/cents';
import { OVERRIDE_REASON_MAX, OVERRIDE_REASON_MIN } from './override-reason';
import type { ReviewedResult } from './reviewed-result';

export { OVERRIDE_REASON_MAX, OVERRIDE_REASON_MIN };

/** The consultancy is picked from the directory (GET /api/consultancies): its id is the one listed there. */
export const shareInputSchema = z.strictObject({
  // Any organisation id a sign-in can carry (as the directory keeps them): whether it is a listed
  // consultancy is the use case's question (422), so the directory never lists one sharing refuses.
  consultantOrgId: z
    .string()
    .min(1, { error: 'choose a consultancy from the list' })
    .max(64, { error: 'is not a consultancy listed on GrantFit; pick one from the list' }),
});

export const lineReviewInputSchema = z.discriminatedUnion('decision', [
  z.strictObject({ decision: z.literal('accept'), revision: revisionSchema(1) }),
  z.strictObject({
    decision: z.literal('override'),
    revision: revisionSchema(1),
    eligibleCents: centsSchema,
    reason: z
      .string()
      .trim()
      .min(OVERRIDE_REASON_MIN, {
        error: `must explain the override in at least ${OVERRIDE_REASON_MIN} characters`,
      })
      .max(OVERRIDE_REASON_MAX),
  }),
]);

export const reviewDecisionSchema = z.enum(['approve', 'reject', 'request-changes']);

export const decisionInputSchema = z.strictObject({
  decision: reviewDecisionSchema,
  note: z.string().trim().max(2000).default(''),
  revision: revisionSchema(1),
});

export const signInputSchema = z.strictObject({ revision: revisionSchema(1) });

export interface LineReview {
  decision: 'accept' | 'override';
  eligibleCents?: number;
  reason?: string;
  by: string;
  at: string;
}

/** Whether a signed review still matches the hash it was signed with: checked on every read. */
export type ReviewIntegrity = 'verified' | 'tampered';

export interface Review {
  id: string;
  applicationId: string;
  companyId: string;
  /**
   * The company's name from its profile when it shared, so consultants read a name, never an org id.
   * Reviews shared before names were kept have none stored; reads fill it in from the profile.
   */
  companyName?: string;
  callId: string;
  consultantOrgId: string;
  /** The consultancy's name in the directory when the application was shared with it. */
  consultancyName?: string;
  status: 'open' | 'signed';
  lines: Record<string, LineReview>;
  decision?: z.infer<typeof reviewDecisionSchema>;
  note?: string;
  signedAt?: string;
  signedBy?: string;
  /** The signer's email as their sign-in states it, for people to read (signedBy is an opaque user id). */
  signedByEmail?: string;
  /**
   * The grant after the consultant's amounts, computed by the engine when lines are reviewed and again
   * at sign-off, then frozen (reviewed-result.ts). Absent on reviews from before it was kept.
   */
  reviewed?: ReviewedResult;
  /**
   * Set when signed: the application's outcome carries this review's grant (outcomeGrantOf). Covered
   * by the signature, so removing the grant from the outcome is found as tampering, as changing it is.
   */
  grantOnOutcome?: true;
  /** SHA-256 of the report, the line reviews, the decision, the note and the reviewed result, frozen at sign-off. */
  contentHash?: string;
  createdAt: string;
  revision: number;
  /** Set on signed reviews as the API serves them (never stored): the hash recomputed on this read. */
  integrity?: ReviewIntegrity;
}

// Read by the web app's first load (a receipt, a review): in a module free of the schema library.
export { unreviewedLines, verdictOf } from './review-verdicts';

/** What the SME sees of its application's review while it is in progress (and after). */
export interface ApplicationSharing {
  /** Absent only on reviews shared before names were kept. */
  consultancyName?: string;
  sharedAt: string;
  status: Review['status'];
  signedAt?: string;
}

/** What the SME and the association see on the application once a review is signed. */
export interface ReviewOutcome {
  reviewId: string;
  decision: NonNullable<Review['decision']>;
  signedAt: string;
  contentHash: string;
  /**
   * The grant an approving review signed (grant and premium after the consultant's amounts), so the
   * SME's list and the association's dashboard show it without reading every review. Absent when the
   * review did not approve or could not compute it, and on outcomes signed before it was kept.
   */
  grantCents?: number;
}

/**
 * The grant a signed review puts on the application's outcome: what an approval grants (grant plus
 * premium, as the application's requested grant counts it), when the re-run could be computed. A
 * rejection, or a request for changes, grants nothing yet: no figure.
 */
export function outcomeGrantOf(review: Pick<Review, 'reviewed' | 'decision'>): number | undefined {
  if (review.decision !== 'approve' || review.reviewed?.status !== 'computed') return undefined;
  const { totals } = review.reviewed.report;
  return totals.grantCents + totals.bonusCents;
}
