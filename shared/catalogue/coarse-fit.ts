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
  | {
      aspect: 'area';
      /** `part-of-region`: the record names the region, but only some municipalities or special areas in it. */
      code: 'national' | 'region' | 'part-of-region' | 'unstated' | 'outside';
      regions: string[];
    }
  | { aspect: 'size'; code: 'listed' | 'unstated' | 'not-listed'; size: SizeClass; listed: SizeClass[] }
  | {
      aspect: 'sector';
      /**
       * `narrower`: the record lists codes inside the company's (it names '47', the call '47.19');
       * `other-edition`: not listed, but the record's list is of one ATECO edition only (2007 or 2025),
       * and codes changed between them — the company's code may be listed in the other.
       */
      code: 'all-sectors' | 'listed' | 'narrower' | 'other-edition' | 'unstated' | 'not-listed';
      sectorCode: string;
      editions: ('2007' | '2025')[];
    }
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
  area: { national: 'fits', region: 'fits', 'part-of-region': 'unknown', unstated: 'unknown', outside: 'no' },
  size: { listed: 'fits', unstated: 'unknown', 'not-listed': 'no' },
  sector: {
    'all-sectors': 'fits',
    listed: 'fits',
    narrower: 'unknown',
    'other-edition': 'unknown',
    unstated: 'unknown',
    'not-listed': 'no',
  },
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

/**
 * Applicant types an existing SME may be, beyond a plain enterprise: special statuses, and legal forms
 * the company profile does not record (a consortium, a network contract, a cooperative, a liberal
 * profession). The others (enterprises still to be formed, citizens, public and research bodies,
 * financial institutions) are not an existing SME.
 */
const MAYBE_AN_SME: readonly ApplicantType[] = [
  'innovative-startup',
  'innovative-sme',
  'women-led-enterprise',
  'youth-led-enterprise',
  'consortium',
  'business-network',
  'cooperative-non-profit',
  'professional',
];

/**
 * Whether ATECO code `code` lies within `group`: '47.19' within '47' and '47.1' (a group's one digit
 * after the dot is extended without a dot), '47.19.10' within '47.19' and '47.19.1'; not '47.11' in '47.19'.
 */
const isWithin = (code: string, group: string) =>
  code.startsWith(group) &&
  (code.length === group.length || code[group.length] === '.' || /\.\d$/.test(group));

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
  // Only some municipalities or special areas (inner areas, islands…): the record cannot say if the company's are among them.
  const partial = area.municipalities.kind === 'listed' || area.specialAreas.length > 0;
  const regions = area.regions.filter((code) => subject.regionCodes.includes(code));
  if (area.national && subject.regionCodes.includes(COUNTRY_CODE)) {
    return {
      aspect: 'area',
      code: partial ? 'part-of-region' : 'national',
      regions: partial ? [COUNTRY_CODE] : [],
    };
  }
  if (regions.length > 0) return { aspect: 'area', code: partial ? 'part-of-region' : 'region', regions };
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
  const base = { aspect: 'sector' as const, sectorCode: code };
  if (ateco.kind === 'all-sectors') return { ...base, code: 'all-sectors', editions: [] };
  if (ateco.kind === 'unspecified') return { ...base, code: 'unstated', editions: [] };
  const editions = [...new Set(ateco.lists.map((list) => list.edition))].sort();
  const listed = ateco.lists.flatMap((list) => list.codes);
  // A listed '47.1' takes the company's '47.19'; a listed '47.19' is only part of a company's '47'.
  if (listed.some((listedCode) => isWithin(code, listedCode))) return { ...base, code: 'listed', editions };
  if (listed.some((listedCode) => isWithin(listedCode, code))) return { ...base, code: 'narrower', editions };
  // Codes moved between the 2007 and 2025 editions: only a record listing both rules the company out.
  return { ...base, code: editions.length > 1 ? 'not-listed' : 'other-edition', editions };
}

function applicantCheck(call: CatalogueCall): FitCheck {
  const types = call.applicantTypes;
  if (types.length === 0) return { aspect: 'applicant', code: 'unstated', types };
  if (types.includes('enterprise')) return { aspect: 'applicant', code: 'enterprises', types: [] };
  const some = types.filter((type) => MAYBE_AN_SME.includes(type));
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
