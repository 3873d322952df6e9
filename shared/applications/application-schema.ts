/** Applications: what an SME submits for a call, and the receipt and status it gets back. */
import * as z from 'zod';
import { type Company, declarationSchema } from '../companies/company-schema';
import type { EligibilityReport } from '../eligibility/report';
import type { Plan } from '../plans/plan-schema';
import type { ReviewOutcome } from '../reviews/review-schema';

export const applicationInputSchema = z.strictObject({
  planId: z.string().regex(/^[0-9A-Z]{26}$/, { error: 'is not a plan id' }),
  callId: z.string().regex(/^[0-9A-Z]{26}$/, { error: 'is not a call id' }),
  /**
   * The call version the form showed (its figures and questions): if an erratum changed the call since,
   * the submit is refused rather than silently asking for a different grant.
   */
  callVersion: z.number({ error: 'must be the version of the call the form showed' }).int().min(1).max(9999),
  /** The declarations the applicant makes on submitting (tax and social-security regularity…). */
  declarations: z.array(declarationSchema).max(20).default([]),
  /** Answers to the call's own form questions, by question id. */
  answers: z.record(z.string().max(64), z.string().max(5000)).default({}),
});
export type ApplicationInput = z.infer<typeof applicationInputSchema>;

/**
 * reserved: a first-come call set aside its grant from the budget; waitlisted: the budget had run
 * out when it arrived; submitted: calls allocated later (ranking, pro-rata) or with nothing to grant.
 */
export const applicationStatusSchema = z.enum(['reserved', 'waitlisted', 'submitted', 'withdrawn']);
export type ApplicationStatus = z.infer<typeof applicationStatusSchema>;

export const idempotencyKeySchema = z
  .string({ error: 'the Idempotency-Key header is required' })
  .regex(/^[A-Za-z0-9_.:-]{8,128}$/, { error: 'must be 8–128 letters, digits or _.:-' });

export interface Receipt {
  /** Per-call sequence number: the order in which the server received the applications. */
  receiptNo: number;
  receivedAt: string;
}

export interface EvaluatedInputs {
  plan: Plan;
  company: Company;
}

export interface Application {
  id: string;
  companyId: string;
  /** The company's name when it applied: the association reads names, not organisation ids (absent on older records). */
  companyName?: string;
  /** The company's region codes when it applied, for the association's breakdown (absent on older records). */
  companyRegionCodes?: string[];
  callId: string;
  callTitle: string;
  callVersion: number;
  planId: string;
  status: ApplicationStatus;
  receipt: Receipt;
  /** The grant set aside from the call's budget (first-come calls), in cents. */
  reservedCents: number;
  requestedGrantCents: number;
  declarations: ApplicationInput['declarations'];
  answers: ApplicationInput['answers'];
  /** The engine's report against the pinned call version, made on submit. */
  report: EligibilityReport;
  /**
   * The plan and company exactly as the engine evaluated them on submit (the declarations made on
   * submitting included; `report.inputHash` is their hash), so a consultant's review can re-run the
   * engine on the same inputs. Absent on applications submitted before they were kept: their reviews
   * show no reviewed totals rather than numbers from today's plan. Only the SME itself reads them.
   */
  evaluatedWith?: EvaluatedInputs;
  /** Set when a consultant signs a review of this application. */
  review?: ReviewOutcome;
  revision: number;
}

// What others than the SME see of an application: in a module free of the schema library, as the web
// app's first load reads it (a receipt, a review).
export {
  type ExpenseName,
  expenseLabel,
  type SharedApplication,
  withoutEvaluatedInputs,
} from './shared-application';
