/**
 * Which facts a spend line must give, derived from the rules of the calls the SME may apply to: a
 * question no call asks is not shown. Pure: the plan editor asks these on each line, in plain words.
 */
import type { CallRules } from '../eligibility/call-rules-schema';
import type { SpendTaxonomy } from '../eligibility/taxonomy';

/** Goods that can be bought second-hand (services cannot). */
const GOODS: ReadonlySet<SpendTaxonomy> = new Set(['hardware', 'connectivity', 'other']);

export interface LineQuestions {
  /** Technologies or purposes a call category needs the line to serve ('technology:crm', 'cybersecurity'). */
  purposeTags: string[];
  /** Kinds of spend a call excludes by name ('smartphone', 'leasing'): "is it one of these?". */
  excludedKindTags: string[];
  /** One-off purchase, or subscription/rental for how many months from when. */
  recurring: boolean;
  /** New or used. */
  usedGoods: boolean;
  /** Is the supplier related to the company. */
  linkedSupplier: boolean;
  /** Provider lists the supplier must be registered on. */
  accreditationLists: string[];
  /** Units a category caps the price of ('person-day'). */
  units: string[];
  /** When the work or service starts (calls that count days from it or refuse work begun before applying). */
  serviceStart: boolean;
  /** How the line is paid (calls that refuse cash). */
  payment: boolean;
  /** The VAT amount (calls that count VAT). */
  vat: boolean;
  /** Other public aid on the same cost: kind, received or applied for, amount or share (calls that limit cumulation). */
  otherAid: boolean;
}

const union = (lists: Iterable<readonly string[]>) => [...new Set([...lists].flat())];

/** What the calls `rules` ask of a line of spend type `taxonomy`. */
export function lineQuestions(rules: readonly CallRules[], taxonomy: SpendTaxonomy): LineQuestions {
  const categories = rules.flatMap((r) => r.categories.filter((c) => c.taxonomy.includes(taxonomy)));
  // Only calls that fund this kind of spend at all ask anything about it.
  const funding = rules.filter((r) => r.categories.some((c) => c.taxonomy.includes(taxonomy)));
  const exclusions = rules.flatMap((r) =>
    r.exclusions.rules.filter((e) => e.taxonomy === undefined || e.taxonomy.includes(taxonomy)),
  );
  return {
    purposeTags: union(categories.map((c) => [...c.requiresAllTags, ...c.requiresAnyTag])),
    excludedKindTags: union(exclusions.map((e) => e.tagsAny ?? [])),
    recurring:
      categories.some((c) => c.recurring !== 'eligible') ||
      exclusions.some(
        (e) => e.recurring !== undefined && (e.taxonomy !== undefined || e.tagsAny !== undefined),
      ),
    usedGoods: GOODS.has(taxonomy) && funding.some((r) => r.exclusions.usedGoods),
    linkedSupplier: funding.some((r) => r.exclusions.linkedSuppliers),
    accreditationLists: union(categories.map((c) => (c.accreditationList ? [c.accreditationList] : []))),
    units: union(categories.map((c) => (c.unitPriceCap ? [c.unitPriceCap.unit] : []))),
    serviceStart: funding.some(
      (r) =>
        r.applyWithinDaysOfServiceStart !== undefined ||
        (r.applicationTiming ?? []).some((t) => t.date === 'start'),
    ),
    payment: funding.some((r) => r.exclusions.untraceablePayments),
    vat: funding.some((r) => r.exclusions.vatEligible),
    otherAid: funding.some((r) => r.cumulation !== undefined),
  };
}
