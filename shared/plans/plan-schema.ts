/** A digitalisation plan: where the company wants to go, who pulls the cart, goals, and spend lines. */
import * as z from 'zod';
import { checkWords } from '../api/check-words';
import { revisionSchema } from '../api/revision';
import { safeIdSchema } from '../api/safe-id';
import { AID_STATUSES } from '../companies/aid-kinds';
import { aidKindSchema } from '../companies/company-schema';
import { spendTaxonomySchema, tagSchema } from '../eligibility/taxonomy';
import { centsSchema, positiveCentsSchema } from '../money/cents';
import { calendarDateSchema } from '../time/calendar-date-schema';
import { isInvoiced, LINE_STATUSES, type LineStatus, PAYMENT_METHODS } from './line-options';

export const paymentMethodSchema = z.enum(PAYMENT_METHODS);

export const supplierSchema = z.strictObject({
  /** Empty while no supplier is chosen (an estimate): the engine reads it as unknown, not linked, on no list. */
  name: z.string().trim().max(200).default(''),
  /** Linked to the applicant (shareholding, family, shared management). */
  linked: z.boolean().default(false),
  /** Programme lists the supplier is registered on, e.g. 'kmo-portefeuille'. */
  accreditations: z.array(z.string().max(60)).default([]),
});

/**
 * Other public aid on the same cost, already received or applied for, which calls limit (cumulation).
 * Aid kept in the company's aid history with this cost among its costs covered is counted from there.
 */
export const otherAidSchema = z
  .strictObject({
    /** What kind of aid (de minimis, block-exempted aid, other State aid or a general tax incentive)? */
    kind: aidKindSchema,
    /** Already received, or applied for and not decided yet? Both count. */
    status: z.enum(AID_STATUSES).default('received'),
    /** How much of this cost does it pay, in cents? (Give this or the intensity.) */
    cents: centsSchema.optional(),
    /** Or which share of this cost does it pay, in basis points (4000 = 40 %)? */
    intensityBp: z.number().int().min(0).max(10_000).optional(),
    /** Who grants it (e.g. Agenzia delle Entrate, Regione Lombardia)? */
    grantingBody: z.string().max(200).optional(),
  })
  .refine((aid) => (aid.cents === undefined) !== (aid.intensityBp === undefined), {
    error: 'give either an amount or an intensity',
    path: ['cents'],
    params: checkWords('amountOrShare'),
  });
export type OtherAid = z.infer<typeof otherAidSchema>;

/** Where a line stands: an estimate, a quote received, invoiced, paid. Plans saved before it are estimates. */
export const lineStatusSchema = z.enum(LINE_STATUSES);

export type { LineStatus };

export const spendLineSchema = z.strictObject({
  id: z.string().min(1).max(64),
  category: spendTaxonomySchema,
  description: z.string().min(1).max(500),
  /** Optional at plan time: quotes come before invoices. */
  supplier: supplierSchema.default({ name: '', linked: false, accreditations: [] }),
  status: lineStatusSchema.default('estimate'),
  /** Amount net of VAT. */
  amountCents: positiveCentsSchema,
  vatCents: centsSchema.default(0),
  /**
   * The invoice date once invoiced; before that, when the invoice is expected, if the SME knows (the
   * calls' spending periods read it; an undated line is told the dates to keep, see undated-line.ts).
   */
  date: calendarDateSchema.optional(),
  tags: z.array(tagSchema).max(20).default([]),
  usedGoods: z.boolean().default(false),
  payment: paymentMethodSchema.default('bank-transfer'),
  /** A subscription or rental: `months` periods starting on `startsOn`. */
  recurring: z
    .strictObject({ months: z.number().int().min(1).max(120), startsOn: calendarDateSchema })
    .optional(),
  /** For unit-price caps: e.g. 10 person-days of catering. */
  units: z
    .strictObject({ count: z.number().int().min(1).max(1_000_000), unit: z.enum(['person-day']) })
    .optional(),
  /** When the work or service starts, for calls that count days from it ("apply within N days of the
   * start", "the project must not have started"); without it the line's date stands in. */
  serviceStartsOn: calendarDateSchema.optional(),
  /** Does any other public aid pay for this same cost (received or applied for)? */
  otherAid: z.array(otherAidSchema).max(10).optional(),
});
export type SpendLine = z.infer<typeof spendLineSchema>;

export const goalSchema = z.strictObject({
  text: z.string().min(1).max(500),
  kpi: z.string().min(1).max(200),
  target: z.string().max(100).default(''),
});

export const planSchema = z.strictObject({
  id: z.string().min(1).max(64),
  companyId: z.string().min(1).max(64),
  title: z.string().min(1).max(200),
  /** The three strategic questions. */
  whereWeWantToGo: z.string().max(2000).default(''),
  whoPullsTheCart: z.string().max(500).default(''),
  howWeTellTheStory: z.string().max(2000).default(''),
  goals: z.array(goalSchema).max(20).default([]),
  projectPeriod: z
    .strictObject({ from: calendarDateSchema, to: calendarDateSchema })
    .refine((p) => p.from <= p.to, {
      error: 'must end on or after its start',
      path: ['to'],
      params: checkWords('endBeforeStart'),
    }),
  lines: z
    .array(spendLineSchema)
    .max(200)
    .refine((lines) => new Set(lines.map((l) => l.id)).size === lines.length, {
      error: 'line ids must be unique',
    }),
});
export type Plan = z.infer<typeof planSchema>;
export type PlanInput = z.input<typeof planSchema>;

/**
 * Spend lines as the SME sends them: line ids become keys of consultants' line reviews, so they are
 * safe ids (stored plans keep the looser rule above, so older plans still read).
 */
export const spendLineInputSchema = spendLineSchema
  .extend({ id: safeIdSchema })
  .refine((line) => line.date !== undefined || !isInvoiced(line.status), {
    error: 'an invoiced or paid line needs its invoice date',
    path: ['date'],
    params: checkWords('invoiceDate'),
  });

/** What the SME sends to create or update a plan; ids come from the URL and the signed-in company. */
export const planInputSchema = planSchema.omit({ id: true, companyId: true }).extend({
  lines: z
    .array(spendLineInputSchema)
    .max(200)
    .refine((lines) => new Set(lines.map((l) => l.id)).size === lines.length, {
      error: 'line ids must be unique',
    }),
  /** The revision the client read; ignored on create. */
  revision: revisionSchema(0).default(0),
});
