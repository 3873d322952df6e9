/**
 * One plan line against the call: which call category it falls in, whether an exclusion hits it, and
 * how much of it counts (VAT, subscriptions inside the project period, unit-price caps, line minimum).
 */
import type { Plan, SpendLine } from '../plans/plan-schema';
import { addDays, type CalendarDate, monthIndex } from '../time/calendar-date';
import type { CallRules, Cumulation, Rate, SpendCategory } from './call-rules-schema';
import { type AidOnCost, aidOn, cumulationCap, cumulationRefusal } from './cumulation';
import { BP, euro, mulDivFloor, percent } from './money-math';
import type { Reason } from './report';
import type { SizeClass } from './size-class';
import { dateConditions, noInvoiceDateFitsReason, someInvoiceDateFits } from './undated-line';

export interface LineDraft {
  lineId: string;
  category?: SpendCategory;
  requestedCents: number;
  eligibleCents: number;
  rateBp: number;
  reasons: Reason[];
  /**
   * The most this call may grant on the line, when other aid on the same cost leaves less than its
   * eligible amount × rate (cumulation up to a maximum intensity).
   */
  aidCapCents?: number;
  /** The reason to give when that cap binds on the final amounts. */
  aidCapReason?: Reason;
}

export function rateFor(rate: Rate, sizeClass: SizeClass): number {
  return rate.bySizeClass[sizeClass] ?? rate.defaultBp;
}

function hasTags(line: SpendLine, category: SpendCategory): boolean {
  // Loops, not every/some: this runs for every line of every call when matching.
  for (const tag of category.requiresAllTags) {
    if (!line.tags.includes(tag)) return false;
  }
  const any = category.requiresAnyTag;
  if (any.length === 0) return true;
  for (const tag of any) {
    if (line.tags.includes(tag)) return true;
  }
  return false;
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
  for (const candidate of candidates) {
    if (hasTags(line, candidate)) return candidate;
  }
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
  /** Each line's start or invoice date must fall inside these days, worked out from the application date. */
  timings: readonly TimingCheck[];
  cumulation?: Cumulation;
  /** Other aid on this plan's lines from the company's aid history, by line id. */
  historyAid: ReadonlyMap<string, readonly AidOnCost[]>;
  categories: Map<string, SpendCategory[]>;
  /** The project period as month indexes, for prorating subscriptions. */
  projectMonths: { from: number; to: number };
}

/** One dated check of a line against the application date. */
export interface TimingCheck {
  ruleId: string;
  article: string;
  date: 'start' | 'invoice';
  from?: CalendarDate;
  to?: CalendarDate;
  /** The older `applyWithinDaysOfServiceStart` rule, whose refusal keeps its own code. */
  withinDays?: number;
}

/** The checks of the last date each rules object was evaluated on (matching evaluates one date). */
const timingsCache = new WeakMap<CallRules, { on: CalendarDate; checks: TimingCheck[] }>();

function timingChecks(rules: CallRules, on: CalendarDate): TimingCheck[] {
  const cached = timingsCache.get(rules);
  if (cached?.on === on) return cached.checks;
  const checks: TimingCheck[] = [];
  const deadline = rules.applyWithinDaysOfServiceStart;
  if (deadline) {
    checks.push({
      ruleId: 'applyWithinDaysOfServiceStart',
      article: deadline.article,
      date: 'start',
      from: addDays(on, -deadline.days),
      withinDays: deadline.days,
    });
  }
  for (const timing of rules.applicationTiming ?? []) {
    checks.push({
      ruleId: `applicationTiming.${timing.id}`,
      article: timing.article,
      date: timing.date,
      from: timing.fromDay === undefined ? undefined : addDays(on, timing.fromDay),
      to: timing.toDay === undefined ? undefined : addDays(on, timing.toDay),
    });
  }
  timingsCache.set(rules, { on, checks });
  return checks;
}

/** The project period as month indexes, worked out once per plan (a match evaluates one plan many times). */
const monthsCache = new WeakMap<Plan, { from: number; to: number }>();
function projectMonthsOf(plan: Plan): { from: number; to: number } {
  let months = monthsCache.get(plan);
  if (!months) {
    months = { from: monthIndex(plan.projectPeriod.from), to: monthIndex(plan.projectPeriod.to) };
    monthsCache.set(plan, months);
  }
  return months;
}

const NO_HISTORY: ReadonlyMap<string, readonly AidOnCost[]> = new Map();

export function lineContext(
  rules: CallRules,
  plan: Plan,
  sizeClass: SizeClass,
  on: CalendarDate,
  explain: boolean,
  historyAid: ReadonlyMap<string, readonly AidOnCost[]> = NO_HISTORY,
): LineContext {
  return {
    rules,
    plan,
    sizeClass,
    on,
    explain,
    timings:
      rules.applyWithinDaysOfServiceStart || rules.applicationTiming ? timingChecks(rules, on) : NO_TIMINGS,
    cumulation: rules.cumulation,
    historyAid,
    categories: categoriesByTaxonomy(rules),
    projectMonths: projectMonthsOf(plan),
  };
}

const NO_REASONS: Reason[] = [];
const NO_TIMINGS: readonly TimingCheck[] = [];

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

function anyTag(line: SpendLine, tags: readonly string[]): boolean {
  for (const tag of tags) {
    if (line.tags.includes(tag)) return true;
  }
  return false;
}

function exclusionReasons(rules: CallRules, line: SpendLine, explain: boolean): Reason[] {
  const { exclusions } = rules;
  const article = exclusions.article;
  let reasons = NO_REASONS;
  for (const rule of exclusions.rules) {
    const taxonomyHit = rule.taxonomy === undefined || rule.taxonomy.includes(line.category);
    const tagsHit = rule.tagsAny === undefined || anyTag(line, rule.tagsAny);
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

/**
 * The date a timing check reads, and whether the line misses it: 'early', 'late' or undefined. A line
 * not dated yet misses none: its dates are conditions (see undated-line.ts).
 */
function missedTiming(check: TimingCheck, line: SpendLine): 'early' | 'late' | undefined {
  const date = check.date === 'start' ? (line.serviceStartsOn ?? line.date) : line.date;
  if (date === undefined) return undefined;
  if (check.from !== undefined && date < check.from) return 'early';
  if (check.to !== undefined && date > check.to) return 'late';
  return undefined;
}

const TIMING_CODES = {
  start: { early: 'STARTED_BEFORE_ALLOWED', late: 'STARTS_AFTER_ALLOWED' },
  invoice: { early: 'INVOICED_BEFORE_ALLOWED', late: 'INVOICED_AFTER_ALLOWED' },
} as const;

function timingReasons(ctx: LineContext, line: SpendLine): Reason[] {
  const reasons: Reason[] = [];
  for (const check of ctx.timings) {
    const missed = missedTiming(check, line);
    if (!missed) continue;
    // A missed check read a date: the start (or the invoice standing in for it), or the invoice.
    const startedOn = line.serviceStartsOn ?? line.date ?? '';
    if (check.withinDays !== undefined) {
      reasons.push({
        code: 'APPLIED_TOO_LATE',
        ruleId: check.ruleId,
        article: check.article,
        message: `Must be applied for within ${check.withinDays} days of the service start (${startedOn}).`,
        params: { days: check.withinDays, serviceStartDate: startedOn },
      });
      continue;
    }
    const lineDate = check.date === 'start' ? startedOn : (line.date ?? '');
    const limitDate = (missed === 'early' ? check.from : check.to) ?? ctx.on;
    const what = check.date === 'start' ? 'work starting' : 'costs invoiced';
    const bound = missed === 'early' ? 'on or after' : 'on or before';
    reasons.push({
      code: TIMING_CODES[check.date][missed],
      ruleId: check.ruleId,
      article: check.article,
      message: `${check.date === 'start' ? 'Starts' : 'Invoiced'} on ${lineDate}: applying on ${ctx.on}, only ${what} ${bound} ${limitDate} ${check.date === 'start' ? 'counts' : 'count'}.`,
      params: { lineDate, applicationDate: ctx.on, limitDate },
    });
  }
  return reasons;
}

function cumulationRefusedReason(
  rule: Cumulation,
  verdict: { taxIncentivesOnly: boolean; otherAidCents: number },
): Reason {
  return {
    code: 'CUMULATION_NOT_ALLOWED',
    ruleId: 'cumulation.policy',
    article: rule.article,
    message: verdict.taxIncentivesOnly
      ? `This cost already has ${euro(verdict.otherAidCents)} of other aid; the call allows no other aid on the same cost except general tax incentives.`
      : `This cost already has ${euro(verdict.otherAidCents)} of other aid; the call allows no other aid on the same cost.`,
    params: verdict.taxIncentivesOnly
      ? { context: 'taxIncentivesOnly', otherAidCents: verdict.otherAidCents }
      : { otherAidCents: verdict.otherAidCents },
  };
}

export function cumulationCapReason(
  rule: Cumulation,
  costCents: number,
  verdict: { capCents: number; otherAidCents: number },
): Reason {
  const maxIntensityBp = rule.maxIntensityBp ?? 0;
  const head = `With ${euro(verdict.otherAidCents)} of other aid on this ${euro(costCents)} cost and all aid on it at most ${percent(maxIntensityBp)}`;
  return {
    code: 'CUMULATION_CAP',
    ruleId: 'cumulation.maxIntensityBp',
    article: rule.article,
    message:
      verdict.capCents === 0
        ? `${head}, nothing is left for this call.`
        : `${head}, this call grants at most ${euro(verdict.capCents)} on it.`,
    params:
      verdict.capCents === 0
        ? { context: 'exhausted', otherAidCents: verdict.otherAidCents, costCents, maxIntensityBp }
        : { otherAidCents: verdict.otherAidCents, costCents, maxIntensityBp, capCents: verdict.capCents },
  };
}

/** The explained version of the refusals found in evaluateLine. */
function blockingReasons(
  ctx: LineContext,
  category: SpendCategory,
  line: SpendLine,
  found: {
    notAccredited: boolean;
    outsideWindow: boolean;
    tooLate: boolean;
    recurringRefused: boolean;
    cumulationRefused?: { taxIncentivesOnly: boolean; otherAidCents: number };
    noInvoiceDateFits: boolean;
  },
): Reason[] {
  const { rules } = ctx;
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
      params: {
        lineDate: line.date ?? '',
        fromDate: from ?? '…',
        toDate: to ?? '…',
        applicationDate: ctx.on,
      },
    });
  }
  if (found.noInvoiceDateFits) reasons.push(noInvoiceDateFitsReason(rules, ctx.timings, ctx.on));
  if (found.tooLate) reasons.push(...timingReasons(ctx, line));
  if (found.recurringRefused) {
    reasons.push({
      code: 'RECURRING_NOT_ELIGIBLE',
      ruleId: `categories.${category.id}.recurring`,
      article: category.article,
      message: 'Subscriptions and recurring fees are not eligible.',
      params: {},
    });
  }
  if (found.cumulationRefused && rules.cumulation) {
    reasons.push(cumulationRefusedReason(rules.cumulation, found.cumulationRefused));
  }
  return reasons;
}

/**
 * The line's draft. `reuse`, when given, is refilled instead of a new object made: ranking evaluates
 * every line of the plan for every open call and keeps none of the drafts, so one set serves them all.
 */
export function evaluateLine(ctx: LineContext, line: SpendLine, reuse?: LineDraft): LineDraft {
  const { rules, explain } = ctx;
  const requestedCents = line.amountCents + (rules.exclusions.vatEligible ? line.vatCents : 0);
  // Every field set from the start: drafts of one shape keep the caps and grant code monomorphic.
  const draft: LineDraft = reuse ?? {
    lineId: line.id,
    category: undefined,
    requestedCents,
    eligibleCents: 0,
    rateBp: 0,
    reasons: NO_REASONS,
    aidCapCents: undefined,
    aidCapReason: undefined,
  };
  if (reuse) {
    reuse.lineId = line.id;
    reuse.category = undefined;
    reuse.requestedCents = requestedCents;
    reuse.eligibleCents = 0;
    reuse.rateBp = 0;
    reuse.reasons = NO_REASONS;
    reuse.aidCapCents = undefined;
    reuse.aidCapReason = undefined;
  }

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
  const date = line.date;
  const notAccredited =
    category.accreditationList !== undefined &&
    !line.supplier.accreditations.includes(category.accreditationList);
  const outsideWindow =
    date !== undefined && ((from !== undefined && date < from) || (to !== undefined && date > to));
  const noInvoiceDateFits = date === undefined && !someInvoiceDateFits(rules, ctx.timings, ctx.on);
  let tooLate = false;
  for (const check of ctx.timings) {
    if (missedTiming(check, line)) tooLate = true;
  }
  const recurringRefused = line.recurring !== undefined && category.recurring === 'ineligible';
  const cumulation = ctx.cumulation;
  const otherAid = cumulation ? aidOn(line, ctx.historyAid) : undefined;
  const refusal =
    cumulation && otherAid && otherAid.length > 0
      ? cumulationRefusal(cumulation, otherAid, line.amountCents)
      : undefined;
  const cumulationRefused = refusal?.kind === 'refused' ? refusal : undefined;
  if (
    notAccredited ||
    outsideWindow ||
    noInvoiceDateFits ||
    tooLate ||
    recurringRefused ||
    cumulationRefused
  ) {
    draft.reasons = explain
      ? blockingReasons(ctx, category, line, {
          notAccredited,
          outsideWindow,
          noInvoiceDateFits,
          tooLate,
          recurringRefused,
          cumulationRefused,
        })
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
  const rateBp = rateFor(category.rate ?? rules.totals.rate, ctx.sizeClass);
  if (cumulation && otherAid && otherAid.length > 0) {
    const cap = cumulationCap(cumulation, otherAid, eligibleCents);
    if (cap.kind === 'capped' && cap.capCents === 0) {
      // Other aid already reaches the intensity: the cost earns nothing here and does not count.
      draft.reasons = explain ? [cumulationCapReason(cumulation, eligibleCents, cap)] : BLOCKED;
      return draft;
    }
    if (cap.kind === 'capped' && BigInt(cap.capCents) * BigInt(BP) < BigInt(eligibleCents) * BigInt(rateBp)) {
      draft.aidCapCents = cap.capCents;
      if (explain) draft.aidCapReason = cumulationCapReason(cumulation, eligibleCents, cap);
    }
  }
  if (explain && date === undefined) {
    reasons.push(...dateConditions(rules, ctx.timings, line.serviceStartsOn !== undefined));
  }
  draft.eligibleCents = eligibleCents;
  draft.rateBp = rateBp;
  draft.reasons = reasons.length > 0 ? reasons : NO_REASONS;
  return draft;
}
