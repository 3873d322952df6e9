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

function candidatesFor(rules: CallRules, taxonomy: string): readonly SpendCategory[] {
  let byTaxonomy = candidatesCache.get(rules);
  if (!byTaxonomy) {
    byTaxonomy = new Map();
    for (const category of rules.categories) {
      for (const t of category.taxonomy) byTaxonomy.set(t, [...(byTaxonomy.get(t) ?? []), category]);
    }
    candidatesCache.set(rules, byTaxonomy);
  }
  return byTaxonomy.get(taxonomy) ?? [];
}

/** The first category whose taxonomy and tags fit; else a reason naming the nearest category's tag rule. */
function findCategory(rules: CallRules, line: SpendLine): SpendCategory | Reason {
  const candidates = candidatesFor(rules, line.category);
  const match = candidates.find((c) => hasTags(line, c));
  if (match) return match;
  const nearest = candidates[0];
  if (nearest) {
    const needed = [...nearest.requiresAllTags, ...nearest.requiresAnyTag];
    return {
      code: 'TAGS_MISSING',
      ruleId: `categories.${nearest.id}.requiresAnyTag`,
      article: nearest.article,
      message: `${nearest.label.en} counts only for spend tied to one of: ${needed.join(', ')}.`,
    };
  }
  return {
    code: 'NOT_AN_ELIGIBLE_CATEGORY',
    ruleId: 'categories',
    article: rules.exclusions.article,
    message: `Spend of type “${line.category}” is not eligible under this call.`,
  };
}

/** Months of a subscription that fall inside the project period. */
function monthsInside(line: SpendLine, period: Plan['projectPeriod']): number {
  if (!line.recurring) return 0;
  const first = monthIndex(line.recurring.startsOn);
  const last = first + line.recurring.months - 1;
  const from = Math.max(first, monthIndex(period.from));
  const to = Math.min(last, monthIndex(period.to));
  return Math.max(0, to - from + 1);
}

function exclusionsHit(rules: CallRules, line: SpendLine): Reason[] {
  const { exclusions } = rules;
  const reasons: Reason[] = [];
  const hit = (code: string, ruleId: string, message: string, article = exclusions.article) =>
    reasons.push({ code, ruleId: `exclusions.${ruleId}`, article, message });
  for (const rule of exclusions.rules) {
    const taxonomyHit = rule.taxonomy === undefined || rule.taxonomy.includes(line.category);
    const tagsHit = rule.tagsAny === undefined || rule.tagsAny.some((tag) => line.tags.includes(tag));
    const recurringHit = rule.recurring === undefined || rule.recurring === (line.recurring !== undefined);
    if (taxonomyHit && tagsHit && recurringHit)
      hit('EXCLUDED', `rules.${rule.id}`, rule.reason.en, rule.article);
  }
  if (exclusions.usedGoods && line.usedGoods) hit('USED_GOODS', 'usedGoods', 'Used goods are not eligible.');
  if (exclusions.linkedSuppliers && line.supplier.linked) {
    hit('LINKED_SUPPLIER', 'linkedSuppliers', `${line.supplier.name} is linked to the applicant.`);
  }
  if (exclusions.untraceablePayments && line.payment === 'cash') {
    hit('UNTRACEABLE_PAYMENT', 'untraceablePayments', 'Cash payments are not traceable and not eligible.');
  }
  return reasons;
}

export function evaluateLine(
  rules: CallRules,
  plan: Plan,
  line: SpendLine,
  sizeClass: SizeClass,
  on: CalendarDate,
): LineDraft {
  const requestedCents = line.amountCents + (rules.exclusions.vatEligible ? line.vatCents : 0);
  const ineligible = (reasons: Reason[], category?: SpendCategory): LineDraft => ({
    lineId: line.id,
    category,
    requestedCents,
    eligibleCents: 0,
    rateBp: 0,
    reasons,
  });

  // Named exclusions come first: "subscriptions are not eligible" explains more than "no category".
  const excluded = exclusionsHit(rules, line);
  if (excluded.length > 0) return ineligible(excluded);
  const found = findCategory(rules, line);
  if (!('id' in found)) return ineligible([found]);
  const category = found;
  const cite = (code: string, rule: string, message: string, article = category.article): Reason => ({
    code,
    ruleId: rule,
    article,
    message,
  });

  const blocking: Reason[] = [];
  if (category.accreditationList && !line.supplier.accreditations.includes(category.accreditationList)) {
    blocking.push(
      cite(
        'SUPPLIER_NOT_ACCREDITED',
        `categories.${category.id}.accreditationList`,
        `${line.supplier.name} is not registered on the ${category.accreditationList} list.`,
      ),
    );
  }
  const { from, to, article: windowArticle } = rules.spendWindow;
  if ((from && line.date < from) || (to && line.date > to)) {
    blocking.push(
      cite(
        'OUTSIDE_SPEND_WINDOW',
        'spendWindow',
        `Dated ${line.date}, outside ${from ?? '…'} – ${to ?? '…'}.`,
        windowArticle,
      ),
    );
  }
  const deadline = rules.applyWithinDaysOfServiceStart;
  if (deadline && on > addDays(line.serviceStartsOn ?? line.date, deadline.days)) {
    blocking.push(
      cite(
        'APPLIED_TOO_LATE',
        'applyWithinDaysOfServiceStart',
        `Must be applied for within ${deadline.days} days of the service start (${line.serviceStartsOn ?? line.date}).`,
        deadline.article,
      ),
    );
  }
  if (line.recurring && category.recurring === 'ineligible') {
    blocking.push(
      cite(
        'RECURRING_NOT_ELIGIBLE',
        `categories.${category.id}.recurring`,
        'Subscriptions and recurring fees are not eligible.',
      ),
    );
  }
  if (blocking.length > 0) return ineligible(blocking, category);

  const reasons: Reason[] = [];
  let eligibleCents = requestedCents;
  if (!rules.exclusions.vatEligible && line.vatCents > 0) {
    reasons.push(
      cite(
        'VAT_EXCLUDED',
        'exclusions.vatEligible',
        'VAT is not eligible; only the net amount counts.',
        rules.exclusions.article,
      ),
    );
  }
  if (line.recurring && category.recurring === 'within-project-period') {
    const inside = monthsInside(line, plan.projectPeriod);
    if (inside < line.recurring.months) {
      eligibleCents = mulDivFloor(eligibleCents, inside, line.recurring.months);
      reasons.push(
        cite(
          'SUBSCRIPTION_PRORATED',
          `categories.${category.id}.recurring`,
          `Only ${inside} of ${line.recurring.months} months fall inside the project period: ${euro(eligibleCents)} counts.`,
        ),
      );
    }
  }
  const unitCap = category.unitPriceCap;
  if (unitCap) {
    const capCents = line.units ? line.units.count * unitCap.centsPerUnit : 0;
    if (eligibleCents > capCents) {
      eligibleCents = capCents;
      reasons.push(
        cite(
          'UNIT_PRICE_CAP',
          `categories.${category.id}.unitPriceCap`,
          line.units
            ? `At most ${euro(unitCap.centsPerUnit)} per ${unitCap.unit}: ${line.units.count} × ${euro(unitCap.centsPerUnit)} = ${euro(capCents)}.`
            : `The number of ${unitCap.unit}s is needed to apply the ${euro(unitCap.centsPerUnit)} cap.`,
        ),
      );
    }
  }
  if (category.minLineCents !== undefined && eligibleCents < category.minLineCents) {
    return ineligible(
      [
        cite(
          'BELOW_LINE_MINIMUM',
          `categories.${category.id}.minLineCents`,
          `${category.label.en} lines must be at least ${euro(category.minLineCents)}.`,
        ),
      ],
      category,
    );
  }
  return {
    lineId: line.id,
    category,
    requestedCents,
    eligibleCents,
    rateBp: rateFor(category.rate ?? rules.totals.rate, sizeClass),
    reasons,
  };
}
