/**
 * Every text the engine writes is a code plus the values it is built from, so a screen can say it in
 * the reader's language; `message` keeps the English sentence for API readers, logs and old reports.
 *
 * Parameter names say how a value is shown: `…Cents` money, `…Bp` a percentage in basis points,
 * `…Date` a calendar date, `sizeClass`/`sizeClasses` size-class names; a LocalizedText is one of the
 * call's own texts (the reader's language when the call has it); a string list is joined. `context`
 * picks a variant of the sentence (e.g. a region that is excluded rather than not included; de minimis
 * aid that includes linked enterprises' aid; a project minimum measured on requested spend).
 */
import type { LocalizedText } from './call-rules-schema';

/** Why something is (partly) not eligible or was limited; texts keyed `reason.<code>`. */
export const REASON_CODES = [
  'SIZE_CLASS',
  'REGION',
  'SECTOR',
  'TOO_YOUNG',
  'DECLARATION_MISSING',
  'PREVIOUS_BENEFICIARY',
  'EXCLUDED',
  'USED_GOODS',
  'LINKED_SUPPLIER',
  'UNTRACEABLE_PAYMENT',
  'TAGS_MISSING',
  'NOT_AN_ELIGIBLE_CATEGORY',
  'SUPPLIER_NOT_ACCREDITED',
  'OUTSIDE_SPEND_WINDOW',
  'APPLIED_TOO_LATE',
  /** A line's start or invoice date outside the days a timing rule counts from the application date. */
  'STARTED_BEFORE_ALLOWED',
  'STARTS_AFTER_ALLOWED',
  'INVOICED_BEFORE_ALLOWED',
  'INVOICED_AFTER_ALLOWED',
  /** A line not dated yet that no invoice date could make count (the call's dates clash from the application date). */
  'NO_INVOICE_DATE_FITS',
  /**
   * A line not dated yet: the invoice or start dates one rule allows, which the SME must keep (context
   * `from` or `to` for a one-sided rule). Not a refusal.
   */
  'INVOICE_DATE_TO_KEEP',
  'START_DATE_TO_KEEP',
  'RECURRING_NOT_ELIGIBLE',
  /** Other aid on the same cost: refused (context `taxIncentivesOnly`), or capped (context `exhausted` when nothing is left). */
  'CUMULATION_NOT_ALLOWED',
  'CUMULATION_CAP',
  'VAT_EXCLUDED',
  'SUBSCRIPTION_PRORATED',
  'UNIT_PRICE_CAP',
  'BELOW_LINE_MINIMUM',
  'CATEGORY_CAP',
  'CATEGORY_SHARE_CAP',
  'MAX_ELIGIBLE',
  'SHARE_RANGE',
  /** A share range that caps: the group cut to its maximum, or (context `low`) the other spend cut. */
  'SHARE_RANGE_CAP',
  'BELOW_PROJECT_MINIMUM',
  'ABOVE_PROJECT_MAXIMUM',
  'MAX_GRANT',
  'ALLOCATED',
  'YEARLY_CEILING',
  'DE_MINIMIS_EXCEEDED',
  'DE_MINIMIS_CUT',
  /**
   * A consultant's review set the line's eligible amount (`eligibleCents`; the engine had counted
   * `engineCents`). Only in reviewed reports, which re-run the engine with the consultant's amounts.
   */
  'REVIEW_OVERRIDE',
  /** Only in ranking summaries, which carry no texts: a refused line. */
  'BLOCKED',
] as const;

/** What would change the outcome; texts keyed `hint.<code>`. */
export const HINT_CODES = [
  'CATEGORY_SHARE_CAP',
  'MAX_ELIGIBLE',
  'SHARE_RANGE_LOW',
  'SHARE_RANGE_HIGH',
  'SHARE_RANGE_CAP',
  'BELOW_PROJECT_MINIMUM',
  'ABOVE_PROJECT_MAXIMUM',
  'DE_MINIMIS_CUT',
] as const;

/** Which thresholds of the EU SME definition decided the size class; texts keyed `size.<code>`. */
export const SIZE_CODES = [
  'PUBLIC_BODIES',
  'STAFF_BELOW',
  'TURNOVER_WITHIN',
  'BALANCE_SHEET_WITHIN',
  'NOT_BY_MONEY',
  'NOT_BY_STAFF',
  /** With figures for several financial years (2003/361 Annex art. 4(2)): which years decided the class. */
  'ONE_YEAR_ONLY',
  'TWO_CONSECUTIVE_YEARS',
  'SAME_OVER_YEARS',
] as const;

export type ReasonCode = (typeof REASON_CODES)[number];
export type HintCode = (typeof HINT_CODES)[number];
export type SizeCode = (typeof SIZE_CODES)[number];

export type TextParam = string | number | readonly string[] | LocalizedText;
export type TextParams = Readonly<Record<string, TextParam>>;

export interface Explanation<Code extends string = string> {
  code: Code;
  /** The sentence in English. */
  message: string;
  /** The values the sentence is built from; absent in reports written before they existed. */
  params?: TextParams;
}
