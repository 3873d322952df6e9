/** What an SME says about itself: the data the size class, the applicant rules and de minimis need. */
import * as z from 'zod';
import { checkWords } from '../api/check-words';
import { revisionSchema } from '../api/revision';
import { centsSchema, positiveCentsSchema } from '../money/cents';
import { calendarDateSchema } from '../time/calendar-date-schema';
import { AID_KINDS, type AidKind } from './aid-kinds';
import { DE_MINIMIS_REGULATIONS } from './de-minimis-regulations';
import { DECLARATIONS, type Declaration } from './declarations';

/** Percentages as numbers 0–100 (a holding of 33.3 %); money always in cents. */
/**
 * At most two decimals: a person types 33.33 %, and DynamoDB refuses numbers like 5e-324 (its range is
 * 1e-130 to 1e126, 38 digits), which would otherwise reach it as a server error.
 */
const twoDecimals = (n: number) => Number(n.toFixed(2)) === n;
const percentSchema = z
  .number()
  .min(0)
  .max(100)
  .refine(twoDecimals, { error: 'must have at most two decimals', params: checkWords('twoDecimals') });
const yearSchema = z.number().int().min(1900).max(2200);
const awuSchema = z
  .number({ error: 'must be a number of annual work units' })
  .min(0)
  .max(10_000_000)
  .refine(twoDecimals, { error: 'must have at most two decimals', params: checkWords('twoDecimals') });

export const enterpriseFiguresSchema = z.strictObject({
  staffAwu: awuSchema,
  turnoverCents: centsSchema,
  balanceSheetCents: centsSchema,
});
export type EnterpriseFigures = z.infer<typeof enterpriseFiguresSchema>;

export const aidKindSchema = z.enum(AID_KINDS);
export type { AidKind };

export { DE_MINIMIS_REGULATIONS };
export const deMinimisRegulationSchema = z.enum(DE_MINIMIS_REGULATIONS);

/** One aid received: the company's aid history, which de minimis headroom and cumulation checks read. */
export const aidReceivedSchema = z
  .strictObject({
    grantedOn: calendarDateSchema,
    cents: centsSchema,
    description: z.string().max(200).default(''),
    /** What kind of aid was it (de minimis, block-exempted aid, other State aid or a general tax incentive)? Items without it are de minimis. */
    kind: aidKindSchema.optional(),
    /** Under which de minimis regulation was it granted, if the decision says so? */
    regulation: deMinimisRegulationSchema.optional(),
    /** Who granted it (e.g. Regione Lombardia, VLAIO, RVO)? */
    grantingBody: z.string().max(200).optional(),
    /** Which costs of your plans did it pay for, and how much of it went to each (the whole aid when left empty)? */
    costsCovered: z
      .array(
        z.strictObject({
          planId: z.string().min(1).max(64),
          lineId: z.string().min(1).max(64),
          /** More than zero: an aid that paid nothing of a cost is not on it. */
          cents: positiveCentsSchema.optional(),
        }),
      )
      .max(50)
      .optional(),
  })
  .superRefine((aid, ctx) => {
    const costs = aid.costsCovered ?? [];
    const seen = new Set<string>();
    costs.forEach((cost, i) => {
      // A Set of pairs, not an object: plan and line ids are typed by users.
      const pair = JSON.stringify([cost.planId, cost.lineId]);
      if (seen.has(pair)) {
        ctx.addIssue({
          code: 'custom',
          path: ['costsCovered', i, 'lineId'],
          message: 'names this cost twice',
          params: checkWords('costTwice'),
        });
      }
      seen.add(pair);
      if (cost.cents !== undefined && cost.cents > aid.cents) {
        ctx.addIssue({
          code: 'custom',
          path: ['costsCovered', i, 'cents'],
          message: 'must not be more than the aid itself',
          params: checkWords('notMoreThanAid'),
        });
      }
      // "The whole aid" can go to one cost only: with several, each says how much it got.
      if (cost.cents === undefined && costs.length > 1) {
        ctx.addIssue({
          code: 'custom',
          path: ['costsCovered', i, 'cents'],
          message: 'is needed when the aid paid for more than one cost',
          params: checkWords('amountPerCost'),
        });
      }
    });
    const total = costs.reduce((sum, cost) => sum + (cost.cents ?? 0), 0);
    if (costs.length > 1 && total > aid.cents) {
      ctx.addIssue({
        code: 'custom',
        path: ['costsCovered'],
        message: 'must not add up to more than the aid itself',
        params: checkWords('costsAddUp'),
      });
    }
  });
export type AidReceived = z.infer<typeof aidReceivedSchema>;

const relationFields = {
  name: z.string().min(1).max(200),
  /** The higher of capital or voting rights held, either way. */
  sharePct: percentSchema,
  /** Control by other means (majority of the board, dominant influence) makes it linked whatever the share. */
  controls: z.boolean().default(false),
  /** Venture capital, business angels, universities… may hold up to 50 % without making a partner. */
  exemptInvestor: z.boolean().default(false),
  /** De minimis aid this enterprise received: it counts toward your ceiling when the enterprise is linked to you. */
  deMinimisReceived: z.array(aidReceivedSchema).max(200).optional(),
};

/**
 * An enterprise related to a related enterprise (2003/361 Annex art. 6(3)–(4)): the enterprises linked
 * to your partner, and the partners of your linked enterprise. Share and control are towards that enterprise.
 */
export const secondTierEnterpriseSchema = enterpriseFiguresSchema.extend(relationFields);
export type SecondTierEnterprise = z.infer<typeof secondTierEnterpriseSchema>;

/** Another enterprise that holds shares in the company, or in which the company holds shares. */
export const relatedEnterpriseSchema = enterpriseFiguresSchema.extend({
  ...relationFields,
  /** Its own partner and linked enterprises, when it has any (for a partner, the enterprises it controls; for a linked enterprise, its partners). */
  related: z.array(secondTierEnterpriseSchema).max(50).optional(),
});
export type RelatedEnterprise = z.infer<typeof relatedEnterpriseSchema>;

export const declarationSchema = z.enum(DECLARATIONS);
export type { Declaration };

export const companySchema = z.strictObject({
  id: z.string().min(1).max(64),
  name: z.string().min(1).max(200),
  /** ISO 3166-2, NUTS and province codes the company's seat belongs to, e.g. ['IT', 'IT-34', 'ITH3', 'IT-PD']. */
  regionCodes: z.array(z.string().regex(/^[A-Z0-9-]{2,10}$/)).min(1),
  /**
   * Which picked place is the registered seat (a province, or a region without provinces); the other
   * places in `regionCodes` are operating sites. Calls check the seat and the sites alike (a call's area
   * is met by an operating site in it); the seat is kept so the company page shows it as such.
   */
  seat: z
    .string()
    .regex(/^[A-Z0-9-]{2,10}$/)
    .optional(),
  /** Main activity as a NACE/ATECO code, e.g. '47.19' or 'C18.12'. */
  sectorCode: z
    .string()
    .regex(/^[A-Z]?\d{2}(\.\d{1,2}){0,2}$/, { error: 'must be a NACE/ATECO code like 47.19' }),
  registeredOn: calendarDateSchema,
  /** The latest closed financial year (or, for a new firm, a good-faith estimate of the current one). */
  figures: enterpriseFiguresSchema,
  /** Which financial year are those figures for (the year its accounts closed)? */
  figuresYear: yearSchema.optional(),
  /** Your figures for earlier closed financial years, one per year: the size class changes only after two consecutive years over or under a threshold. */
  figuresByYear: z
    .array(enterpriseFiguresSchema.extend({ year: yearSchema }))
    .max(20)
    .refine((years) => new Set(years.map((y) => y.year)).size === years.length, {
      error: 'one entry per year',
      params: checkWords('yearTwice'),
    })
    .optional(),
  /** On which day does your financial year end, as MM-DD (12-31 when left empty)? */
  fiscalYearEnd: z
    .string()
    .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { error: 'must be a day as MM-DD, like 12-31' })
    .optional(),
  publicOwnershipPct: percentSchema.default(0),
  related: z.array(relatedEnterpriseSchema).max(50).default([]),
  declarations: z.array(declarationSchema).default([]),
  /** When each standing declaration was given; it holds until withdrawn (taken out of `declarations`). */
  declaredOn: z.partialRecord(declarationSchema, calendarDateSchema).optional(),
  legalityRating: z.boolean().default(false),
  /** Aid the company received: de minimis aid (it counts toward the ceiling) and other aid on costs of its plans. */
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
  revision: revisionSchema(0),
});
export type CompanyProfileInput = z.infer<typeof companyProfileInputSchema>;
