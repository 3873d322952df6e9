/**
 * The second tier of matching: what the catalogue's coarse fields can say about a plan. A catalogue
 * call has no structured rules, only the portal's lists (area, sizes, ATECO codes, applicant types,
 * cost families, spend range, dates), so the answer is never "eligible": it is "possible fit — check
 * the official text", with each check and its outcome. A call that a check rules out (closed, outside
 * the company's area, not for its size or sector, for no kind of enterprise, spend below its minimum,
 * none of the plan's spend in its cost families) is left out; what the lists do not say stays in.
 */
import type { SizeClass } from '../eligibility/size-class';
import type { SpendTaxonomy } from '../eligibility/taxonomy';
import type { CalendarDate } from '../time/calendar-date';
import type { ApplicantType } from './applicant-types';
import { type CallStatus, statusAt, windowTimes } from './application-window';
import type { CatalogueCall } from './catalogue-call-schema';
import { type CostFamily, TAXONOMY_COST_FAMILIES } from './cost-families';
import type { Purpose } from './purposes';
import { COUNTRY_CODE } from './regions';

export type FitOutcome = 'fits' | 'unknown' | 'no';

/** Each check's finding, worded by the reader's language from its code and params. */
export type FitCheck =
  | {
      aspect: 'window';
      code: 'open' | 'open-until-funds-run-out' | 'upcoming';
      closes?: CalendarDate;
      opens?: CalendarDate;
    }
  | { aspect: 'purpose'; code: 'digitalisation' | 'other-purposes' | 'unstated'; purposes: Purpose[] }
  | { aspect: 'area'; code: 'national' | 'region' | 'unstated' | 'outside'; regions: string[] }
  | { aspect: 'size'; code: 'listed' | 'unstated' | 'not-listed'; size: SizeClass; listed: SizeClass[] }
  | { aspect: 'sector'; code: 'all-sectors' | 'listed' | 'unstated' | 'not-listed'; sectorCode: string }
  | {
      aspect: 'applicant';
      code: 'enterprises' | 'some-enterprises' | 'unstated' | 'no-enterprises';
      types: ApplicantType[];
    }
  | {
      aspect: 'costs';
      code: 'covered' | 'unstated' | 'not-covered';
      families: CostFamily[];
      lines: number;
      ofLines: number;
      coveredCents: number;
    }
  | {
      aspect: 'spend';
      code: 'within' | 'above-max' | 'unstated' | 'below-min';
      planCents: number;
      minCents?: number;
      maxCents?: number;
    };

export type FitAspect = FitCheck['aspect'];

const OUTCOME: { [A in FitAspect]: Record<Extract<FitCheck, { aspect: A }>['code'], FitOutcome> } = {
  window: { open: 'fits', 'open-until-funds-run-out': 'fits', upcoming: 'unknown' },
  // A plan is a digitalisation plan; a call for training or investment may still fund part of it.
  purpose: { digitalisation: 'fits', 'other-purposes': 'unknown', unstated: 'unknown' },
  area: { national: 'fits', region: 'fits', unstated: 'unknown', outside: 'no' },
  size: { listed: 'fits', unstated: 'unknown', 'not-listed': 'no' },
  sector: { 'all-sectors': 'fits', listed: 'fits', unstated: 'unknown', 'not-listed': 'no' },
  applicant: {
    enterprises: 'fits',
    'some-enterprises': 'unknown',
    unstated: 'unknown',
    'no-enterprises': 'no',
  },
  costs: { covered: 'fits', unstated: 'unknown', 'not-covered': 'no' },
  // Spend above the call's maximum can still apply: the call funds up to its maximum.
  spend: { within: 'fits', 'above-max': 'unknown', unstated: 'unknown', 'below-min': 'no' },
};

export function outcomeOf(check: FitCheck): FitOutcome {
  return (OUTCOME[check.aspect] as Record<string, FitOutcome>)[check.code] ?? 'unknown';
}

/** What the coarse checks read of the SME: its places, size class, sector and the plan's lines. */
export interface FitSubject {
  /** ISO 3166-2 and other place codes of the seat and sites, e.g. ['IT', 'IT-25', 'IT-MI']. */
  regionCodes: readonly string[];
  sizeClass: SizeClass;
  /** NACE/ATECO code, with or without its section letter ('47.19', 'C18.12'). */
  sectorCode: string;
  lines: readonly { category: SpendTaxonomy; amountCents: number }[];
}

/** Kinds of existing enterprise an SME may be; the portal's other applicant types are not one. */
const ENTERPRISE_KINDS: readonly ApplicantType[] = [
  'innovative-startup',
  'innovative-sme',
  'women-led-enterprise',
  'youth-led-enterprise',
];

/** An ATECO code and a call's listed code fit when one is a prefix of the other ('62' and '62.01'). */
const atecoFits = (listed: string, wanted: string) => listed.startsWith(wanted) || wanted.startsWith(listed);

function windowCheck(call: CatalogueCall, status: CallStatus): FitCheck {
  const closes = call.window.closes?.date;
  if (status === 'upcoming') {
    return { aspect: 'window', code: 'upcoming', opens: call.window.opens?.date, closes };
  }
  return closes
    ? { aspect: 'window', code: 'open', closes }
    : { aspect: 'window', code: 'open-until-funds-run-out' };
}

function purposeCheck(call: CatalogueCall): FitCheck {
  const { purposes } = call;
  if (purposes.includes('digitalisation')) return { aspect: 'purpose', code: 'digitalisation', purposes: [] };
  return { aspect: 'purpose', code: purposes.length > 0 ? 'other-purposes' : 'unstated', purposes };
}

function areaCheck(call: CatalogueCall, subject: FitSubject): FitCheck {
  const { area } = call;
  const regions = area.regions.filter((code) => subject.regionCodes.includes(code));
  if (area.national && subject.regionCodes.includes(COUNTRY_CODE))
    return { aspect: 'area', code: 'national', regions: [] };
  if (regions.length > 0) return { aspect: 'area', code: 'region', regions };
  if (!area.national && area.regions.length === 0) return { aspect: 'area', code: 'unstated', regions: [] };
  return { aspect: 'area', code: 'outside', regions: area.regions };
}

function sizeCheck(call: CatalogueCall, size: SizeClass): FitCheck {
  const listed = call.sizeClasses;
  const code = listed.length === 0 ? 'unstated' : listed.includes(size) ? 'listed' : 'not-listed';
  return { aspect: 'size', code, size, listed };
}

function sectorCheck(call: CatalogueCall, sectorCode: string): FitCheck {
  const code = sectorCode.replace(/^[A-Z]/, '');
  const { ateco } = call;
  if (ateco.kind === 'all-sectors') return { aspect: 'sector', code: 'all-sectors', sectorCode: code };
  if (ateco.kind === 'unspecified') return { aspect: 'sector', code: 'unstated', sectorCode: code };
  const fits = ateco.lists.some((list) => list.codes.some((listed) => atecoFits(listed, code)));
  return { aspect: 'sector', code: fits ? 'listed' : 'not-listed', sectorCode: code };
}

function applicantCheck(call: CatalogueCall): FitCheck {
  const types = call.applicantTypes;
  if (types.length === 0) return { aspect: 'applicant', code: 'unstated', types };
  if (types.includes('enterprise')) return { aspect: 'applicant', code: 'enterprises', types: [] };
  const some = types.filter((type) => ENTERPRISE_KINDS.includes(type));
  return some.length > 0
    ? { aspect: 'applicant', code: 'some-enterprises', types: some }
    : { aspect: 'applicant', code: 'no-enterprises', types };
}

function costsCheck(call: CatalogueCall, subject: FitSubject): FitCheck {
  const families = call.costFamilies;
  const mapped = subject.lines.filter((line) => TAXONOMY_COST_FAMILIES[line.category].length > 0);
  const base = { aspect: 'costs' as const, families, ofLines: subject.lines.length };
  if (families.length === 0 || mapped.length === 0)
    return { ...base, code: 'unstated', lines: 0, coveredCents: 0 };
  const covered = mapped.filter((line) =>
    TAXONOMY_COST_FAMILIES[line.category].some((family) => families.includes(family)),
  );
  return {
    ...base,
    code: covered.length > 0 ? 'covered' : 'not-covered',
    lines: covered.length,
    coveredCents: covered.reduce((sum, line) => sum + line.amountCents, 0),
  };
}

function spendCheck(call: CatalogueCall, subject: FitSubject): FitCheck {
  const planCents = subject.lines.reduce((sum, line) => sum + line.amountCents, 0);
  const { minCents, maxCents } = call.spend;
  const range = {
    ...(minCents !== undefined ? { minCents } : {}),
    ...(maxCents !== undefined ? { maxCents } : {}),
  };
  const code =
    minCents === undefined && maxCents === undefined
      ? 'unstated'
      : minCents !== undefined && planCents < minCents
        ? 'below-min'
        : maxCents !== undefined && planCents > maxCents
          ? 'above-max'
          : 'within';
  return { aspect: 'spend', code, planCents, ...range };
}

export interface CoarseFit {
  call: CatalogueCall;
  status: Exclude<CallStatus, 'closed'>;
  checks: FitCheck[];
  /** How many checks the call's lists confirm: the ranking's first key. */
  confirmed: number;
}

/** The coarse checks of one call, or undefined when the call is closed. */
export function coarseChecks(call: CatalogueCall, subject: FitSubject, nowMs: number): CoarseFit | undefined {
  const status = statusAt(windowTimes(call.window), nowMs);
  if (status === 'closed') return undefined;
  const checks = [
    windowCheck(call, status),
    purposeCheck(call),
    areaCheck(call, subject),
    sizeCheck(call, subject.sizeClass),
    sectorCheck(call, subject.sectorCode),
    applicantCheck(call),
    costsCheck(call, subject),
    spendCheck(call, subject),
  ];
  const confirmed = checks.filter((check) => outcomeOf(check) === 'fits').length;
  return { call, status, checks, confirmed };
}

const STATUS_ORDER = { open: 0, upcoming: 1 } as const;

/**
 * The catalogue calls that may fit: none of their checks rules the plan out. Most confirmed checks
 * first, then open before upcoming, then the soonest deadline (no deadline last), then source id.
 */
export function possibleFits(calls: readonly CatalogueCall[], subject: FitSubject, now: Date): CoarseFit[] {
  const nowMs = now.getTime();
  const fits: CoarseFit[] = [];
  for (const call of calls) {
    const fit = coarseChecks(call, subject, nowMs);
    if (fit?.checks.every((check) => outcomeOf(check) !== 'no')) fits.push(fit);
  }
  const closes = (fit: CoarseFit) => windowTimes(fit.call.window).closesMs ?? Number.MAX_SAFE_INTEGER;
  return fits.sort(
    (a, b) =>
      b.confirmed - a.confirmed ||
      STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
      closes(a) - closes(b) ||
      (a.call.sourceId < b.call.sourceId ? -1 : a.call.sourceId > b.call.sourceId ? 1 : 0),
  );
}
