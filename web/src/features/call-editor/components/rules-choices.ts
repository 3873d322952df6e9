/**
 * The rules an association states in words rather than figures — which spend the project limits are
 * measured on, whether other aid may sit on the same cost, when the project may start and costs may
 * be invoiced, and what happens outside a share range — read from and written into the rules JSON.
 * As with the key figures, the JSON stays the one source of truth and the full check runs on it.
 */
import { isOneOf, readAt, text, writeAt } from './rules-figures';

type Json = Record<string, unknown>;

export const COST_BASES = ['eligible', 'requested'] as const;
export type CostBasis = (typeof COST_BASES)[number];

export const readCostBasis = (json: Json): CostBasis =>
  readAt(json, ['totals', 'projectCostBasis']) === 'requested' ? 'requested' : 'eligible';

/** Eligible spend is the engine's default, so choosing it removes the key rather than repeating it. */
export const writeCostBasis = (json: Json, basis: CostBasis): Json =>
  writeAt(json, ['totals', 'projectCostBasis'], basis === 'requested' ? 'requested' : undefined);

/** 'unchecked': the call says nothing about other aid, so the engine does not look at it. */
export const OTHER_AID_CHOICES = [
  'unchecked',
  'none',
  'general-tax-incentives-only',
  'max-intensity',
] as const;
export type OtherAidChoice = (typeof OTHER_AID_CHOICES)[number];

export interface OtherAid {
  choice: OtherAidChoice;
  article: string;
  maxIntensityBp?: number;
}

export function readOtherAid(json: Json): OtherAid {
  const policy = readAt(json, ['cumulation', 'policy']);
  const choice = isOneOf(OTHER_AID_CHOICES, policy) && policy !== 'unchecked' ? policy : 'unchecked';
  const max = readAt(json, ['cumulation', 'maxIntensityBp']);
  return {
    choice,
    article: text(readAt(json, ['cumulation', 'article'])),
    ...(typeof max === 'number' ? { maxIntensityBp: max } : {}),
  };
}

/**
 * Writes the policy; a rule needs an article, so an empty one falls back to the article on the
 * call's totals until the association names the right one.
 */
export function writeOtherAid(json: Json, aid: OtherAid): Json {
  if (aid.choice === 'unchecked') return writeAt(json, ['cumulation'], undefined);
  const article = aid.article.trim() || text(readAt(json, ['totals', 'article'])) || '-';
  return writeAt(json, ['cumulation'], {
    article,
    policy: aid.choice,
    ...(aid.choice === 'max-intensity' ? { maxIntensityBp: aid.maxIntensityBp ?? 10_000 } : {}),
  });
}

/** The two timing rules real calls state most, as application-timing entries (see the rules schema). */
export const TIMING_RULES = {
  /** RVO's MIT: "the project must not have started before the application". */
  notStarted: { id: 'not-started-before-application', date: 'start', fromDay: 0 },
  /** "Costs count from the day after the application". */
  costsAfter: { id: 'costs-after-application', date: 'invoice', fromDay: 1 },
} as const;
export type TimingRule = keyof typeof TIMING_RULES;

interface TimingEntry {
  id?: unknown;
  date?: unknown;
  fromDay?: unknown;
  toDay?: unknown;
  article?: unknown;
}

const timings = (json: Json): TimingEntry[] => {
  const list = readAt(json, ['applicationTiming']);
  return Array.isArray(list) ? (list as TimingEntry[]) : [];
};

/** Whether an entry says exactly this rule, whatever its id (a scheme may name it its own way). */
const says = (entry: TimingEntry, rule: TimingRule) =>
  entry.date === TIMING_RULES[rule].date &&
  entry.fromDay === TIMING_RULES[rule].fromDay &&
  entry.toDay === undefined;

export const hasTiming = (json: Json, rule: TimingRule): boolean => timings(json).some((e) => says(e, rule));

/** The article a new date rule cites: the one the association gives, else the spending period's. */
const timingCitation = (json: Json, article: string) =>
  article.trim() || text(readAt(json, ['spendWindow', 'article'])) || '-';

/**
 * Ticks a timing rule on or off. Turning it on adds it (once) citing `article`; every other entry,
 * including any the form does not show, keeps its own fields and article. The schema allows 10 entries:
 * past them nothing is added.
 */
export function writeTiming(json: Json, rule: TimingRule, on: boolean, article: string): Json {
  const list = timings(json);
  if (on && list.some((e) => says(e, rule))) return json;
  if (on && list.length >= MAX_TIMINGS) return json;
  const kept = list.filter((e) => !says(e, rule));
  let next = kept;
  if (on) {
    // Ids name the rule in every verdict that cites it, so they stay unique.
    const base = TIMING_RULES[rule].id;
    const taken = new Set(list.map((e) => e.id));
    let id: string = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    next = [...kept, { ...TIMING_RULES[rule], id, article: timingCitation(json, article) }];
  }
  return writeAt(json, ['applicationTiming'], next.length > 0 ? next : undefined);
}

/** The rules schema's limit on timing entries. */
const MAX_TIMINGS = 10;

/** "Apply within N days of the service starting" (KMO-portefeuille: 14); undefined removes it. */
export const readApplyWithinDays = (json: Json): number | undefined => {
  const days = readAt(json, ['applyWithinDaysOfServiceStart', 'days']);
  return typeof days === 'number' ? days : undefined;
};

export function writeApplyWithinDays(json: Json, days: number | undefined, article: string): Json {
  if (days === undefined) return writeAt(json, ['applyWithinDaysOfServiceStart'], undefined);
  // A limit already there keeps the article it cites; a new one cites the one given.
  const cited =
    text(readAt(json, ['applyWithinDaysOfServiceStart', 'article'])) || timingCitation(json, article);
  return writeAt(json, ['applyWithinDaysOfServiceStart'], { article: cited, days });
}

/** Outside a share range the plan is refused (the default) or the group is capped to the range. */
export const OUTSIDE_CHOICES = ['refuse', 'cap'] as const;
export type OutsideChoice = (typeof OUTSIDE_CHOICES)[number];

export const readOutside = (json: Json, index: number): OutsideChoice =>
  readAt(json, ['shareRanges', index, 'onOutside']) === 'cap' ? 'cap' : 'refuse';

export const writeOutside = (json: Json, index: number, choice: OutsideChoice): Json =>
  writeAt(json, ['shareRanges', index, 'onOutside'], choice === 'cap' ? 'cap' : undefined);

/** Whole days from a person's input: empty is none, anything else must be 0–3650. */
export function parseDays(input: string): { ok: true; value: number | undefined } | { ok: false } {
  const trimmed = input.trim();
  if (trimmed === '') return { ok: true, value: undefined };
  if (!/^\d{1,4}$/.test(trimmed)) return { ok: false };
  const days = Number(trimmed);
  return days <= 3650 ? { ok: true, value: days } : { ok: false };
}
