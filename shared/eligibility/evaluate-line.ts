/**
 * One plan line against the call: which call category it falls in, whether an exclusion hits it, and
 * how much of it counts (VAT, subscriptions inside the project period, unit-price caps, line minimum).
 */
import type { Plan, SpendLine } from '../plans/plan-schema';
import { addDays, type CalendarDate, monthIndex } from '../time/calendar-date';
import type { CallRules, Rate, SpendCategory } from './call-rules-schema';
import { euro, mulDivFloor } from './money-math';
import type { Reason } from './report';
import type { SizeClass } from './size-class';

export interface LineDraft {
  lineId: string;
  category?: SpendCategory;
  requestedCents: number;
  eligibleCents: number;
  rateBp: number;
  reasons: Reason[];
}

export function rateFor(rate: Rate, sizeClass: SizeClass): number {
  return rate.bySizeClass[sizeClass] ?? rate.defaultBp;
}

function hasTags(line: SpendLine, category: SpendCategory): boolean {
  return (
    category.requiresAllTags.every((tag) => line.tags.includes(tag)) &&
    (category.requiresAnyTag.length === 0 || category.requiresAnyTag.some((tag) => line.tags.includes(tag)))
  );
}

/** Categories by taxonomy, built once per rules object: matching a line is then a map lookup. */
const candidatesCache = new WeakMap<CallRules, Map<string, SpendCategory[]>>();

function categoriesByTaxonomy(rules: CallRules): Map<string, SpendCategory[]> {
  let byTaxonomy = candidatesCache.get(rules);
  if (!byTaxonomy) {
    byTaxonomy = new Map();
    for (const category of rules.categories) {
      for (const t of category.taxonomy) byTaxonomy.set(t, [...(byTaxonomy.get(t) ?? []), category]);
    }
    candidatesCache.set(rules, byTaxonomy);
  }
  return byTaxonomy;
}

const NO_CATEGORIES: readonly SpendCategory[] = [];

/** The first category whose taxonomy and tags fit; else a reason naming the nearest category's tag rule. */
function findCategory(ctx: LineContext, line: SpendLine): SpendCategory | Reason {
  const candidates = ctx.categories.get(line.category) ?? NO_CATEGORIES;
  const match = candidates.find((c) => hasTags(line, c));
  if (match) return match;
  if (!ctx.explain) return BLOCKED_REASON;
  const nearest = candidates[0];
  if (nearest) {
    const needed = [...nearest.requiresAllTags, ...nearest.requiresAnyTag];
    return {
      code: 'TAGS_MISSING',
      ruleId: `categories.${nearest.id}.requiresAnyTag`,
      article: nearest.article,
      message: `${nearest.label.en} counts only for spend tied to one of: ${needed.join(', ')}.`,
      params: { category: nearest.label, tags: needed },
    };
  }
  return {
    code: 'NOT_AN_ELIGIBLE_CATEGORY',
    ruleId: 'categories',
    article: ctx.rules.exclusions.article,
    message: `Spend of type “${line.category}” is not eligible under this call.`,
    params: { spendType: line.category },
  };
}

/** Months of a subscription that fall inside the project period. */
function monthsInside(line: SpendLine, period: { from: number; to: number }): number {
  if (!line.recurring) return 0;
  const first = monthIndex(line.recurring.startsOn);
  const last = first + line.recurring.months - 1;
  return Math.max(0, Math.min(last, period.to) - Math.max(first, period.from) + 1);
}

/** Everything about the call that every line needs, worked out once per evaluation. */
export interface LineContext {
  rules: CallRules;
  plan: Plan;
  sizeClass: SizeClass;
  on: CalendarDate;
  /** False when matching many calls: verdicts and amounts only, no reason texts (built per report). */
  explain: boolean;
  /** A service that started before this day was applied for too late. */
  lateIfStartedBefore?: CalendarDate;
  categories: Map<string, SpendCategory[]>;
  /** The project period as month indexes, for prorating subscriptions. */
  projectMonths: { from: number; to: number };
}

export function lineContext(
  rules: CallRules,
  plan: Plan,
  sizeClass: SizeClass,
  on: CalendarDate,
  explain: boolean,
): LineContext {
  const deadline = rules.applyWithinDaysOfServiceStart;
  return {
    rules,
    plan,
    sizeClass,
    on,
    explain,
    lateIfStartedBefore: deadline ? addDays(on, -deadline.days) : undefined,
    categories: categoriesByTaxonomy(rules),
    projectMonths: { from: monthIndex(plan.projectPeriod.from), to: monthIndex(plan.projectPeriod.to) },
  };
}

const NO_REASONS: Reason[] = [];

/**
 * In a ranking summary line reasons are never shown, so a refused line only needs this shared
 * marker: no reason objects or texts are made for it.
 */
const BLOCKED_REASON: Reason = { code: 'BLOCKED', ruleId: '-', article: '-', message: '' };
const BLOCKED: Reason[] = [BLOCKED_REASON];

function withReason(reasons: Reason[], reason: Reason): Reason[] {
  if (reasons === NO_REASONS) return [reason];
  reasons.push(reason);
  return reasons;
}

function exclusionReasons(rules: CallRules, line: SpendLine, explain: boolean): Reason[] {
  const { exclusions } = rules;
  const article = exclusions.article;
  let reasons = NO_REASONS;
  for (const rule of exclusions.rules) {
    const taxonomyHit = rule.taxonomy === undefined || rule.taxonomy.includes(line.category);
    const tagsHit = rule.tagsAny === undefined || rule.tagsAny.some((tag) => line.tags.includes(tag));
    const recurringHit = rule.recurring === undefined || rule.recurring === (line.recurring !== undefined);
    if (taxonomyHit && tagsHit && recurringHit) {
      if (!explain) return BLOCKED;
      reasons = withReason(reasons, {
        code: 'EXCLUDED',
        ruleId: `exclusions.rules.${rule.id}`,
        article: rule.article,
        message: rule.reason.en,
        params: { reason: rule.reason },
      });
    }
  }
  if (exclusions.usedGoods && line.usedGoods) {
    if (!explain) return BLOCKED;
    reasons = withReason(reasons, {
      code: 'USED_GOODS',
      ruleId: 'exclusions.usedGoods',
      article,
      message: 'Used goods are not eligible.',
      params: {},
    });
  }
  if (exclusions.linkedSuppliers && line.supplier.linked) {
    if (!explain) return BLOCKED;
    reasons = withReason(reasons, {
      code: 'LINKED_SUPPLIER',
      ruleId: 'exclusions.linkedSuppliers',
      article,
      message: `${line.supplier.name} is linked to the applicant.`,
      params: { supplier: line.supplier.name },
    });
  }
  if (exclusions.untraceablePayments && line.payment === 'cash') {
    if (!explain) return BLOCKED;
    reasons = withReason(reasons, {
      code: 'UNTRACEABLE_PAYMENT',
      ruleId: 'exclusions.untraceablePayments',
      article,
      message: 'Cash payments are not traceable and not eligible.',
      params: {},
    });
  }
  return reasons;
}

/** The explained version of the refusals found in evaluateLine. */
function blockingReasons(
  category: SpendCategory,
  line: SpendLine,
  found: { notAccredited: boolean; outsideWindow: boolean; tooLate: boolean; recurringRefused: boolean },
  rules: CallRules,
  startedOn: CalendarDate,
): Reason[] {
  const reasons: Reason[] = [];
  if (found.notAccredited) {
    reasons.push({
      code: 'SUPPLIER_NOT_ACCREDITED',
      ruleId: `categories.${category.id}.accreditationList`,
      article: category.article,
      message: `${line.supplier.name} is not registered on the ${category.accreditationList} list.`,
      params: { supplier: line.supplier.name, list: category.accreditationList ?? '' },
    });
  }
  if (found.outsideWindow) {
    const { from, to, article } = rules.spendWindow;
    reasons.push({
      code: 'OUTSIDE_SPEND_WINDOW',
      ruleId: 'spendWindow',
      article,
      message: `Dated ${line.date}, outside ${from ?? '…'} – ${to ?? '…'}.`,
      params: { lineDate: line.date, fromDate: from ?? '…', toDate: to ?? '…' },
    });
  }
  const deadline = rules.applyWithinDaysOfServiceStart;
  if (found.tooLate && deadline) {
    reasons.push({
      code: 'APPLIED_TOO_LATE',
      ruleId: 'applyWithinDaysOfServiceStart',
      article: deadline.article,
      message: `Must be applied for within ${deadline.days} days of the service start (${startedOn}).`,
      params: { days: deadline.days, serviceStartDate: startedOn },
    });
  }
  if (found.recurringRefused) {
    reasons.push({
      code: 'RECURRING_NOT_ELIGIBLE',
      ruleId: `categories.${category.id}.recurring`,
      article: category.article,
      message: 'Subscriptions and recurring fees are not eligible.',
      params: {},
    });
  }
  return reasons;
}

export function evaluateLine(ctx: LineContext, line: SpendLine): LineDraft {
  const { rules, explain } = ctx;
  const requestedCents = line.amountCents + (rules.exclusions.vatEligible ? line.vatCents : 0);
  const draft: LineDraft = {
    lineId: line.id,
    requestedCents,
    eligibleCents: 0,
    rateBp: 0,
    reasons: NO_REASONS,
  };

  // Named exclusions come first: "subscriptions are not eligible" explains more than "no category".
  const excluded = exclusionReasons(rules, line, explain);
  if (excluded.length > 0) {
    draft.reasons = excluded;
    return draft;
  }
  const found = findCategory(ctx, line);
  if (!('id' in found)) {
    draft.reasons = explain ? [found] : BLOCKED;
    return draft;
  }
  const category = found;
  draft.category = category;
  const { from, to } = rules.spendWindow;
  const startedOn = line.serviceStartsOn ?? line.date;
  const notAccredited =
    category.accreditationList !== undefined &&
    !line.supplier.accreditations.includes(category.accreditationList);
  const outsideWindow = (from !== undefined && line.date < from) || (to !== undefined && line.date > to);
  const tooLate = ctx.lateIfStartedBefore !== undefined && startedOn < ctx.lateIfStartedBefore;
  const recurringRefused = line.recurring !== undefined && category.recurring === 'ineligible';
  if (notAccredited || outsideWindow || tooLate || recurringRefused) {
    draft.reasons = explain
      ? blockingReasons(
          category,
          line,
          { notAccredited, outsideWindow, tooLate, recurringRefused },
          rules,
          startedOn,
        )
      : BLOCKED;
    return draft;
  }

  const reasons: Reason[] = explain ? [] : NO_REASONS;
  let eligibleCents = requestedCents;
  if (!rules.exclusions.vatEligible && line.vatCents > 0) {
    if (explain) {
      reasons.push({
        code: 'VAT_EXCLUDED',
        ruleId: 'exclusions.vatEligible',
        article: rules.exclusions.article,
        message: 'VAT is not eligible; only the net amount counts.',
        params: {},
      });
    }
  }
  const recurring = line.recurring;
  if (recurring && category.recurring === 'within-project-period') {
    const inside = monthsInside(line, ctx.projectMonths);
    if (inside < recurring.months) {
      eligibleCents = mulDivFloor(eligibleCents, inside, recurring.months);
      if (explain) {
        reasons.push({
          code: 'SUBSCRIPTION_PRORATED',
          ruleId: `categories.${category.id}.recurring`,
          article: category.article,
          message: `Only ${inside} of ${recurring.months} months fall inside the project period: ${euro(eligibleCents)} counts.`,
          params: { inside, months: recurring.months, countedCents: eligibleCents },
        });
      }
    }
  }
  const unitCap = category.unitPriceCap;
  if (unitCap) {
    const units = line.units;
    const capCents = units ? units.count * unitCap.centsPerUnit : 0;
    if (eligibleCents > capCents) {
      eligibleCents = capCents;
      if (explain) {
        reasons.push({
          code: 'UNIT_PRICE_CAP',
          ruleId: `categories.${category.id}.unitPriceCap`,
          article: category.article,
          message: units
            ? `At most ${euro(unitCap.centsPerUnit)} per ${unitCap.unit}: ${units.count} × ${euro(unitCap.centsPerUnit)} = ${euro(capCents)}.`
            : `The number of ${unitCap.unit}s is needed to apply the ${euro(unitCap.centsPerUnit)} cap.`,
          params: units
            ? { unit: unitCap.unit, perUnitCents: unitCap.centsPerUnit, count: units.count, capCents }
            : { context: 'noUnits', unit: unitCap.unit, perUnitCents: unitCap.centsPerUnit },
        });
      }
    }
  }
  const minLine = category.minLineCents;
  if (minLine !== undefined && eligibleCents < minLine) {
    draft.reasons = [
      {
        code: 'BELOW_LINE_MINIMUM',
        ruleId: `categories.${category.id}.minLineCents`,
        article: category.article,
        message: explain ? `${category.label.en} lines must be at least ${euro(minLine)}.` : '',
        params: explain ? { category: category.label, minCents: minLine } : undefined,
      },
    ];
    return draft;
  }
  draft.eligibleCents = eligibleCents;
  draft.rateBp = rateFor(category.rate ?? rules.totals.rate, ctx.sizeClass);
  draft.reasons = reasons.length > 0 ? reasons : NO_REASONS;
  return draft;
}
