/**
 * Funding-call rules as data: JSON-serialisable, versioned, and expressive enough for the real schemes
 * in the domain notes (MISE voucher, PID I4.0 vouchers, KMO-portefeuille, MIT) without code changes.
 * Rates and shares are basis points (5000 = 50 %), money is integer cents, dates are YYYY-MM-DD.
 * Each rule across fields names itself in `params.words` (with the facts it needs), so the rules editor
 * says it in the reader's language; the English message is for the API's answer.
 */
import * as z from 'zod';
import { declarationSchema } from '../companies/company-schema';
import { centsSchema, positiveCentsSchema } from '../money/cents';
import { calendarDateSchema } from '../time/calendar-date-schema';
import { DE_MINIMIS_CEILING_CENTS, DE_MINIMIS_REGULATIONS } from './de-minimis';
import { SIZE_CLASSES } from './size-class';
import { spendTaxonomySchema, tagSchema } from './taxonomy';

export const sizeClassSchema = z.enum(SIZE_CLASSES);
const deMinimisRegulationSchema = z.enum(DE_MINIMIS_REGULATIONS);
/** A NACE/ATECO code or the start of one, without the section letter: '49', '49.4', '49.41', '47.19.10'. */
const NACE_PREFIX = /^\d{2}(?:\.\d{1,2}){0,2}$/;

const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be a lowercase-with-dashes id' });
/** Basis points: 10000 = 100 %. */
export const basisPointsSchema = z.number().int({ error: 'must be whole basis points' }).min(0).max(10_000);
const articleSchema = z.string().min(1).max(80);
export const localizedTextSchema = z.strictObject({
  en: z.string().min(1).max(300),
  it: z.string().max(300).optional(),
  nl: z.string().max(300).optional(),
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;

export const rateSchema = z.strictObject({
  defaultBp: basisPointsSchema,
  bySizeClass: z.partialRecord(sizeClassSchema, basisPointsSchema).default({}),
});
export type Rate = z.infer<typeof rateSchema>;

export const spendCategorySchema = z.strictObject({
  id: idSchema,
  label: localizedTextSchema,
  article: articleSchema,
  /** Plan lines of these taxonomy categories fall into this call category… */
  taxonomy: z.array(spendTaxonomySchema).min(1),
  /** …if they carry every one of these tags (e.g. 'cybersecurity' for a higher rate)… */
  requiresAllTags: z.array(tagSchema).default([]),
  /** …and at least one of these (e.g. a listed 4.0 technology), when given. */
  requiresAnyTag: z.array(tagSchema).default([]),
  /** Overrides the call's rate for this category. */
  rate: rateSchema.optional(),
  capCents: centsSchema.optional(),
  /** At most this share of the total eligible spend. */
  capShareBp: basisPointsSchema.optional(),
  minLineCents: centsSchema.optional(),
  /** The supplier must be registered on this list (e.g. 'kmo-portefeuille'). */
  accreditationList: z.string().max(60).optional(),
  /** Subscriptions and rentals: refused, counted only for months inside the project period, or counted whole. */
  recurring: z.enum(['ineligible', 'within-project-period', 'eligible']).default('ineligible'),
  unitPriceCap: z
    .strictObject({ centsPerUnit: positiveCentsSchema, unit: z.enum(['person-day']) })
    .optional(),
});
export type SpendCategory = z.infer<typeof spendCategorySchema>;

/** A named exclusion: a line matching every given criterion is ineligible, citing the article. */
export const exclusionSchema = z
  .strictObject({
    id: idSchema,
    article: articleSchema,
    reason: localizedTextSchema,
    taxonomy: z.array(spendTaxonomySchema).optional(),
    tagsAny: z.array(tagSchema).optional(),
    recurring: z.boolean().optional(),
  })
  .refine((e) => e.taxonomy !== undefined || e.tagsAny !== undefined || e.recurring !== undefined, {
    error: 'needs at least one of taxonomy, tagsAny or recurring',
    params: { words: 'needsTarget' },
  });
export type Exclusion = z.infer<typeof exclusionSchema>;

export const shareRangeSchema = z
  .strictObject({
    id: idSchema,
    article: articleSchema,
    label: localizedTextSchema,
    categories: z.array(idSchema).min(1),
    minBp: basisPointsSchema.default(0),
    maxBp: basisPointsSchema.default(10_000),
    /**
     * Outside the range: refuse the plan (the default), or cap — cut the group to its maximum share, or
     * the other spend so the group reaches its minimum ("goods count up to 70 % of eligible spend").
     */
    onOutside: z.enum(['refuse', 'cap']).optional(),
  })
  .refine((r) => r.minBp <= r.maxBp, {
    error: 'minBp must not exceed maxBp',
    path: ['maxBp'],
    params: { words: 'minAboveMax' },
  });

/**
 * A date of each line measured from the application date: the start of its service or work, or its
 * invoice date, must fall from `fromDay` to `toDay` days after the application (negative: before it).
 * "Apply within 14 days of the start" is start from −14; "the project must not have started" is
 * start from 0; "costs from the day after the application" is invoice from 1.
 */
export const applicationTimingSchema = z
  .strictObject({
    id: idSchema,
    article: articleSchema,
    date: z.enum(['start', 'invoice']),
    fromDay: z.number().int().min(-3650).max(3650).optional(),
    toDay: z.number().int().min(-3650).max(3650).optional(),
  })
  .refine((t) => t.fromDay !== undefined || t.toDay !== undefined, {
    error: 'needs fromDay or toDay',
    path: ['fromDay'],
    params: { words: 'needsDay' },
  })
  .refine((t) => t.fromDay === undefined || t.toDay === undefined || t.fromDay <= t.toDay, {
    error: 'fromDay must not be after toDay',
    path: ['toDay'],
    params: { words: 'dayOrder' },
  });
export type ApplicationTiming = z.infer<typeof applicationTimingSchema>;

/**
 * Other aid on the same cost: none at all; only general tax incentives (not State aid); or all State
 * aid on the cost together up to a maximum intensity (Reg. (EU) 2023/2831 art. 5(2)).
 */
export const cumulationSchema = z
  .strictObject({
    article: articleSchema,
    policy: z.enum(['none', 'general-tax-incentives-only', 'max-intensity']),
    maxIntensityBp: basisPointsSchema.optional(),
  })
  .refine((c) => (c.policy === 'max-intensity') === (c.maxIntensityBp !== undefined), {
    error: 'maxIntensityBp goes with the max-intensity policy, and only with it',
    path: ['maxIntensityBp'],
    params: { words: 'intensityPolicy' },
  });
export type Cumulation = z.infer<typeof cumulationSchema>;

export const bonusSchema = z.strictObject({
  id: idSchema,
  article: articleSchema,
  label: localizedTextSchema,
  cents: positiveCentsSchema,
  when: z.enum(['legality-rating']),
});

export const callRulesSchema = z
  .strictObject({
    schemaVersion: z.literal(1),
    /** The call's lineage across editions ('pid-lombardia'), for beneficiary exclusions and yearly ceilings. */
    family: idSchema,
    applicant: z.strictObject({
      article: articleSchema,
      sizeClasses: z.array(sizeClassSchema).min(1),
      /** Region code prefixes: 'IT-25' matches 'IT-25'; 'ITC4' matches NUTS 'ITC4C'. Empty include = anywhere. */
      regions: z
        .strictObject({
          include: z.array(z.string().min(2)).default([]),
          exclude: z.array(z.string().min(2)).default([]),
        })
        .default({ include: [], exclude: [] }),
      /** NACE/ATECO code prefixes: '01' excludes crop and animal production, '47.1' includes retail in stores. */
      sectors: z
        .strictObject({
          include: z.array(z.string().min(1)).default([]),
          exclude: z.array(z.string().min(1)).default([]),
        })
        .default({ include: [], exclude: [] }),
      minYearsRegistered: z.number().int().min(0).max(100).optional(),
      requiredDeclarations: z.array(declarationSchema).default([]),
      excludePreviousBeneficiaries: z.boolean().default(false),
    }),
    categories: z.array(spendCategorySchema).min(1).max(100),
    exclusions: z
      .strictObject({
        article: articleSchema,
        vatEligible: z.boolean().default(false),
        usedGoods: z.boolean().default(true),
        linkedSuppliers: z.boolean().default(true),
        untraceablePayments: z.boolean().default(true),
        rules: z.array(exclusionSchema).max(100).default([]),
      })
      .default({
        article: '-',
        vatEligible: false,
        usedGoods: true,
        linkedSuppliers: true,
        untraceablePayments: true,
        rules: [],
      }),
    /** Invoices dated inside this window count. */
    spendWindow: z.strictObject({
      article: articleSchema,
      from: calendarDateSchema.optional(),
      to: calendarDateSchema.optional(),
    }),
    /** Apply within N days of the service starting (KMO-portefeuille: 14); the same as a start timing from −N. */
    applyWithinDaysOfServiceStart: z
      .strictObject({ article: articleSchema, days: z.number().int().min(0).max(3650) })
      .optional(),
    /** Each line's dates measured from the application date (see applicationTimingSchema). */
    applicationTiming: z.array(applicationTimingSchema).max(10).optional(),
    /** What other aid a line's cost may carry; without it, other aid is not checked. */
    cumulation: cumulationSchema.optional(),
    shareRanges: z.array(shareRangeSchema).max(20).default([]),
    totals: z.strictObject({
      article: articleSchema,
      rate: rateSchema,
      minProjectCents: centsSchema.optional(),
      maxProjectCents: centsSchema.optional(),
      /** Which spend the minimum and maximum project cost are measured on: eligible (the default) or requested. */
      projectCostBasis: z.enum(['eligible', 'requested']).optional(),
      maxEligibleCents: centsSchema.optional(),
      maxGrantCents: centsSchema.optional(),
      /** Where the grant is rounded, once, after rates are applied: down to the cent or the euro, or to the nearest euro. */
      rounding: z.enum(['cent-down', 'euro-down', 'euro-nearest']).default('cent-down'),
      bonuses: z.array(bonusSchema).max(10).default([]),
      /** Withheld from the payout (Italian 4 % ritenuta d'acconto = 400). */
      withholdingBp: basisPointsSchema.default(0),
    }),
    perCompanyYearCeiling: z.strictObject({ article: articleSchema, cents: positiveCentsSchema }).optional(),
    deMinimis: z
      .strictObject({
        article: articleSchema,
        regulation: deMinimisRegulationSchema,
        onExcess: z.enum(['refuse', 'cut']),
        /** Lower ceilings for some sectors, by NACE prefix (Reg. 1407/2013 art. 3(2): road freight for hire, 49.41, €100,000). */
        sectorCeilings: z
          .array(
            z.strictObject({
              article: articleSchema,
              sectors: z
                .array(z.string().regex(NACE_PREFIX, { error: 'must be a NACE code such as 49.41' }))
                .min(1),
              cents: positiveCentsSchema,
            }),
          )
          .max(10)
          .optional(),
      })
      .superRefine((rule, ctx) => {
        // A lower ceiling is lower than the regulation's own; a higher one would raise the headroom.
        rule.sectorCeilings?.forEach((ceiling, index) => {
          const regulationCents = DE_MINIMIS_CEILING_CENTS[rule.regulation];
          if (ceiling.cents >= regulationCents) {
            ctx.addIssue({
              code: 'custom',
              path: ['sectorCeilings', index, 'cents'],
              message: `must be below the regulation's own ceiling of ${regulationCents / 100} euros`,
              params: { words: 'belowRegulation', cents: regulationCents },
            });
          }
        });
      })
      .optional(),
    allocation: z.strictObject({
      article: articleSchema,
      mode: z.enum(['first-come', 'ranking', 'pro-rata']),
    }),
  })
  .superRefine((rules, ctx) => {
    const ids = new Set<string>();
    rules.categories.forEach((category, index) => {
      if (ids.has(category.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['categories', index, 'id'],
          message: `duplicate category id ${category.id}`,
          params: { words: 'duplicateCategory', id: category.id },
        });
      }
      ids.add(category.id);
    });
    rules.shareRanges.forEach((range, index) => {
      range.categories.forEach((id, at) => {
        if (!ids.has(id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['shareRanges', index, 'categories', at],
            message: `no category ${id}`,
            params: { words: 'noCategory', id },
          });
        }
      });
    });
    const { from, to } = rules.spendWindow;
    if (from && to && from > to) {
      ctx.addIssue({
        code: 'custom',
        path: ['spendWindow', 'to'],
        message: 'must be on or after from',
        params: { words: 'windowOrder' },
      });
    }
  });
export type CallRules = z.infer<typeof callRulesSchema>;
export type CallRulesInput = z.input<typeof callRulesSchema>;
