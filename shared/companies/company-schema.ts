/** What an SME says about itself: the data the size class, the applicant rules and de minimis need. */
import * as z from 'zod';
import { centsSchema } from '../money/cents';
import { calendarDateSchema } from '../time/calendar-date-schema';

/** Percentages as numbers 0–100 (a holding of 33.3 %); money always in cents. */
const percentSchema = z.number().min(0).max(100);
const awuSchema = z.number({ error: 'must be a number of annual work units' }).min(0).max(10_000_000);

export const enterpriseFiguresSchema = z.strictObject({
  staffAwu: awuSchema,
  turnoverCents: centsSchema,
  balanceSheetCents: centsSchema,
});
export type EnterpriseFigures = z.infer<typeof enterpriseFiguresSchema>;

/** Another enterprise that holds shares in the company, or in which the company holds shares. */
export const relatedEnterpriseSchema = enterpriseFiguresSchema.extend({
  name: z.string().min(1).max(200),
  /** The higher of capital or voting rights held, either way. */
  sharePct: percentSchema,
  /** Control by other means (majority of the board, dominant influence) makes it linked whatever the share. */
  controls: z.boolean().default(false),
  /** Venture capital, business angels, universities… may hold up to 50 % without making a partner. */
  exemptInvestor: z.boolean().default(false),
});
export type RelatedEnterprise = z.infer<typeof relatedEnterpriseSchema>;

export const declarationSchema = z.enum([
  'tax-regular',
  'social-security-regular',
  'not-in-difficulty',
  'not-in-liquidation',
  'chamber-fee-paid',
  'no-supply-contract-with-issuer',
  'no-double-funding',
]);
export type Declaration = z.infer<typeof declarationSchema>;

export const aidReceivedSchema = z.strictObject({
  grantedOn: calendarDateSchema,
  cents: centsSchema,
  description: z.string().max(200).default(''),
});

export const companySchema = z.strictObject({
  id: z.string().min(1).max(64),
  name: z.string().min(1).max(200),
  /** ISO 3166-2, NUTS and province codes the company's seat belongs to, e.g. ['IT', 'IT-34', 'ITH3', 'IT-PD']. */
  regionCodes: z.array(z.string().regex(/^[A-Z0-9-]{2,10}$/)).min(1),
  /** Main activity as a NACE/ATECO code, e.g. '47.19' or 'C18.12'. */
  sectorCode: z
    .string()
    .regex(/^[A-Z]?\d{2}(\.\d{1,2}){0,2}$/, { error: 'must be a NACE/ATECO code like 47.19' }),
  registeredOn: calendarDateSchema,
  figures: enterpriseFiguresSchema,
  publicOwnershipPct: percentSchema.default(0),
  related: z.array(relatedEnterpriseSchema).max(50).default([]),
  declarations: z.array(declarationSchema).default([]),
  legalityRating: z.boolean().default(false),
  deMinimisReceived: z.array(aidReceivedSchema).max(200).default([]),
  /** Grants already obtained this calendar year under each call family, for per-year ceilings. */
  grantsThisYear: z
    .array(z.strictObject({ callFamily: z.string(), year: z.number().int(), cents: centsSchema }))
    .default([]),
  /** Call families (e.g. 'pid-lombardia') under which the company was a beneficiary in the last edition. */
  previousBeneficiaryOf: z.array(z.string()).default([]),
});
export type Company = z.infer<typeof companySchema>;
export type CompanyInput = z.input<typeof companySchema>;

/** What the SME sends for its profile: the company without its id (the id is its organisation). */
export const companyProfileInputSchema = companySchema.omit({ id: true }).extend({
  /** The revision the client read; 0 to create the profile. */
  revision: z.number().int().min(0),
});
export type CompanyProfileInput = z.infer<typeof companyProfileInputSchema>;
