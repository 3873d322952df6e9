/**
 * A catalogue call as the importer produces it: the portal's record normalised (codes, cents, zoned
 * moments), with its source id, the hash of the raw record and its data-quality warnings. The schema is
 * what tests and the CLI check every imported record against.
 */
import * as z from 'zod';
import { sizeClassSchema } from '../eligibility/call-rules-schema';
import { centsSchema } from '../money/cents';
import { calendarDateSchema } from '../time/calendar-date-schema';
import { isoDateTimeSchema } from '../time/zoned-date-time';
import { AID_FORMS } from './aid-forms';
import { APPLICANT_TYPES } from './applicant-types';
import { COST_FAMILIES } from './cost-families';
import { PURPOSES } from './purposes';
import { REGION_CODES } from './regions';
import { SECTORS } from './sectors';
import { SPECIAL_AREAS } from './special-areas';
import { CATALOGUE_WARNING_CODES } from './warnings';

const momentSchema = z.strictObject({
  date: calendarDateSchema,
  at: isoDateTimeSchema,
  precision: z.enum(['day', 'time']),
});

const rangeSchema = z.strictObject({ minCents: centsSchema.optional(), maxCents: centsSchema.optional() });

const warningParamSchema = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.array(z.string()),
  z.array(z.number()),
]);

export const catalogueWarningSchema = z.strictObject({
  code: z.enum(CATALOGUE_WARNING_CODES),
  params: z.record(z.string(), warningParamSchema),
  message: z.string(),
});

export const atecoScopeSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('all-sectors'), sentence: z.string() }),
  z.strictObject({
    kind: z.literal('codes'),
    lists: z
      .array(
        z.strictObject({
          edition: z.enum(['2007', '2025']),
          editionStated: z.boolean(),
          codes: z.array(z.string().regex(/^\d{2}(\.\d{1,2}){0,2}$/)).min(1),
        }),
      )
      .min(1),
  }),
  z.strictObject({ kind: z.literal('unspecified') }),
]);

const municipalitiesSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('all'), note: z.string().optional() }),
  z.strictObject({ kind: z.literal('listed'), names: z.array(z.string().min(1)).min(1) }),
  z.strictObject({ kind: z.literal('unspecified') }),
]);

export const catalogueCallSchema = z.strictObject({
  source: z.literal('incentivi.gov.it'),
  sourceId: z.string().regex(/^\d{1,12}$/),
  /** contentHash of the raw record exactly as read: an unchanged record re-imports as a no-op. */
  rawHash: z.string().regex(/^sha256:[0-9a-f]{64}$/),
  title: z.string().min(1),
  description: z.string(),
  descriptionParts: z.strictObject({
    what: z.string().optional(),
    who: z.string().optional(),
    offers: z.string().optional(),
  }),
  /** Figures found in the description's prose: hints for a person, never rules. */
  descriptionFigures: z.strictObject({
    amountsCents: z.array(centsSchema),
    ratesBp: z.array(z.number().int()),
  }),
  purposes: z.array(z.enum(PURPOSES)),
  aidForms: z.array(z.enum(AID_FORMS)),
  applicantTypes: z.array(z.enum(APPLICANT_TYPES)),
  sizeClasses: z.array(sizeClassSchema),
  /** "Non classificabile/classificato": bodies without a size class may apply too. */
  acceptsUnclassified: z.boolean(),
  costFamilies: z.array(z.enum(COST_FAMILIES)),
  sectors: z.array(z.enum(SECTORS)),
  ateco: atecoScopeSchema,
  area: z.strictObject({
    regions: z.array(z.enum(REGION_CODES as [string, ...string[]])),
    national: z.boolean(),
    abroad: z.boolean(),
    municipalities: municipalitiesSchema,
    specialAreas: z.array(z.enum(SPECIAL_AREAS)),
  }),
  spend: rangeSchema,
  aid: rangeSchema,
  budget: z.strictObject({ cents: centsSchema.optional(), text: z.string().optional() }),
  window: z.strictObject({
    timeZone: z.literal('Europe/Rome'),
    opens: momentSchema.optional(),
    /** Absent: open until the funds run out ("a sportello"). */
    closes: momentSchema.optional(),
    untilFundsRunOut: z.boolean(),
    /** The notes say the call was closed before its close date. */
    closedEarly: z.boolean(),
    note: z.string().optional(),
  }),
  grantingBody: z.string().optional(),
  /** Only http(s): it becomes a link on the record's page. */
  officialUrl: z.url({ protocol: /^https?$/ }).optional(),
  legalBasis: z.strictObject({
    primary: z.string().optional(),
    secondary: z.string().optional(),
    implementing: z.string().optional(),
    gazette: z.string().optional(),
  }),
  keywords: z.array(z.string()),
  updatedAt: isoDateTimeSchema.optional(),
  warnings: z.array(catalogueWarningSchema),
});
export type CatalogueCall = z.infer<typeof catalogueCallSchema>;
