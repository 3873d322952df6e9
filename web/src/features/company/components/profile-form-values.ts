/**
 * The profile form's fields, and the stored profile shown in them; ./parse-profile.ts reads them back
 * (cents, codes, dates) with the company schema, loaded only once the form is edited.
 *
 * Every row read from the stored profile keeps `storedIndex`, the place of the row it came from in the
 * stored list, through edits and the removal of other rows: what the form does not show of that row (an
 * aid's description, a second-tier enterprise's own aid) is taken from that row
 * and no other. A row the person added has none, and takes nothing from any stored row.
 */
import type { Company, SecondTierEnterprise } from '../../../../../shared/companies/company-schema';
import type { Declaration } from '../../../../../shared/companies/declarations';
import { placesIn } from '../../../../../shared/places/regions';

/** Where a row came from in the stored list it was read from; undefined for a row the person added. */
interface Stored {
  storedIndex?: number;
}

/** An enterprise related to yours, or to one of those: its relation and its figures. */
export interface EnterpriseValues extends Stored {
  name: string;
  sharePct: string;
  controls: boolean;
  /** A venture capital fund, business angel, university… that may hold up to 50 % without making a partner. */
  exemptInvestor: boolean;
  staffAwu: string;
  turnover: string;
  balanceSheet: string;
}
/** De minimis aid a related enterprise received: the day granted and the amount. */
export interface RelatedAidValues extends Stored {
  grantedOn: string;
  amount: string;
}
export interface RelatedValues extends EnterpriseValues {
  /**
   * The de minimis aid it received: it counts toward your ceiling when it is linked to you. Its aid of
   * other kinds (which counts toward no ceiling) is not listed, and is kept as stored.
   */
  aidReceived: RelatedAidValues[];
  /** Its own partner and linked enterprises (2003/361 Annex art. 6(3)–(4)), share and control towards it. */
  secondTier: EnterpriseValues[];
}
/** A cost in one of the company's plans that an aid paid for, and how much of the aid went to it. */
export interface AidCostValues {
  planId: string;
  lineId: string;
  /** Euros as typed; empty when the whole aid went to this cost. */
  amount: string;
}
export interface AidValues extends Stored {
  /** De minimis aid counts toward the ceiling; other kinds count only against the costs they paid. */
  kind: string;
  /** The de minimis regulation it was granted under ('' when the decision does not say). */
  regulation: string;
  grantedOn: string;
  amount: string;
  grantingBody: string;
  /** The plan costs it paid for: calls that limit other aid on a cost check these. */
  costs: AidCostValues[];
}

/** One earlier closed financial year's figures. */
export interface YearValues {
  year: string;
  staffAwu: string;
  turnover: string;
  balanceSheet: string;
}

export interface ProfileFormValues {
  name: string;
  /**
   * Picked places (provinces, or regions without provinces), the registered seat first, then the
   * operating sites; their region codes are what the rules check, and the first is kept as `seat`.
   */
  places: string[];
  sectorCode: string;
  registeredOn: string;
  staffAwu: string;
  turnover: string;
  balanceSheet: string;
  publicOwnershipPct: string;
  /** The financial year the figures above are for (empty: a new company's estimate). */
  figuresYear: string;
  /** Earlier years: the size class changes only after two consecutive years past a threshold. */
  earlierYears: YearValues[];
  /** The day the financial year ends, MM-DD ('' for 31 December): de minimis counts three such years. */
  fiscalYearEnd: string;
  /** Standing declarations given, with the day each was given. */
  declarations: Partial<Record<Declaration, string>>;
  related: RelatedValues[];
  aid: AidValues[];
  /** Call families whose previous edition granted the company aid. */
  previousBeneficiaryOf: string[];
  /** Grants obtained under a call family in a calendar year, in euros as typed (for yearly ceilings). */
  grantsThisYear: YearGrantValues[];
  /** Whether the company holds a legality rating (some Italian calls add a premium for it). */
  legalityRating: boolean;
}

/** What a call family already granted the company in one calendar year. */
export interface YearGrantValues {
  callFamily: string;
  year: number;
  amount: string;
}

export const emptyProfile: ProfileFormValues = {
  name: '',
  places: [],
  sectorCode: '',
  registeredOn: '',
  staffAwu: '',
  turnover: '',
  balanceSheet: '',
  publicOwnershipPct: '0',
  figuresYear: '',
  earlierYears: [],
  fiscalYearEnd: '',
  declarations: {},
  related: [],
  aid: [],
  previousBeneficiaryOf: [],
  grantsThisYear: [],
  legalityRating: false,
};

export const emptyEnterprise: EnterpriseValues = {
  name: '',
  sharePct: '',
  controls: false,
  exemptInvestor: false,
  staffAwu: '',
  turnover: '',
  balanceSheet: '',
};
export const emptyRelated: RelatedValues = { ...emptyEnterprise, aidReceived: [], secondTier: [] };
export const emptyRelatedAid: RelatedAidValues = { grantedOn: '', amount: '' };
export const emptyYear: YearValues = { year: '', staffAwu: '', turnover: '', balanceSheet: '' };
export const emptyAid: AidValues = {
  kind: 'de-minimis',
  regulation: '',
  grantedOn: '',
  amount: '',
  grantingBody: '',
  costs: [],
};

const euros = (cents: number) => (cents / 100).toFixed(2);

const enterpriseValues = (e: SecondTierEnterprise, storedIndex: number): EnterpriseValues => ({
  storedIndex,
  name: e.name,
  sharePct: String(e.sharePct),
  controls: e.controls,
  exemptInvestor: e.exemptInvestor,
  staffAwu: String(e.staffAwu),
  turnover: euros(e.turnoverCents),
  balanceSheet: euros(e.balanceSheetCents),
});

/**
 * Aid saved without a kind was de minimis. A related enterprise's aid of another kind counts toward no
 * ceiling: the form lists only its de minimis aid, and ./parse-profile.ts keeps the rest as stored.
 */
export const isDeMinimis = (aid: { kind?: string }) => aid.kind === undefined || aid.kind === 'de-minimis';

/** The stored seat first, then the operating sites in the list's order. */
function seatFirst(places: readonly string[], seat: string | undefined): string[] {
  return seat && places.includes(seat) ? [seat, ...places.filter((p) => p !== seat)] : [...places];
}

export function toFormValues(company: Company): ProfileFormValues {
  const dates = new Map(Object.entries(company.declaredOn ?? {}));
  return {
    name: company.name,
    places: seatFirst(placesIn(company.regionCodes), company.seat),
    sectorCode: company.sectorCode,
    registeredOn: company.registeredOn,
    staffAwu: String(company.figures.staffAwu),
    turnover: euros(company.figures.turnoverCents),
    balanceSheet: euros(company.figures.balanceSheetCents),
    publicOwnershipPct: String(company.publicOwnershipPct),
    figuresYear: company.figuresYear === undefined ? '' : String(company.figuresYear),
    fiscalYearEnd: company.fiscalYearEnd ?? '',
    earlierYears: (company.figuresByYear ?? []).map((y) => ({
      year: String(y.year),
      staffAwu: String(y.staffAwu),
      turnover: euros(y.turnoverCents),
      balanceSheet: euros(y.balanceSheetCents),
    })),
    declarations: Object.fromEntries(company.declarations.map((d) => [d, dates.get(d) ?? ''])),
    related: company.related.map((r, i) => ({
      ...enterpriseValues(r, i),
      aidReceived: (r.deMinimisReceived ?? []).flatMap((a, j) =>
        isDeMinimis(a) ? [{ storedIndex: j, grantedOn: a.grantedOn, amount: euros(a.cents) }] : [],
      ),
      secondTier: (r.related ?? []).map((s, j) => enterpriseValues(s, j)),
    })),
    aid: company.deMinimisReceived.map((a, i) => ({
      storedIndex: i,
      // Aid saved without a kind was de minimis (the list held nothing else).
      kind: a.kind ?? 'de-minimis',
      regulation: a.regulation ?? '',
      grantedOn: a.grantedOn,
      amount: euros(a.cents),
      grantingBody: a.grantingBody ?? a.description,
      costs: (a.costsCovered ?? []).map((c) => ({
        planId: c.planId,
        lineId: c.lineId,
        amount: c.cents === undefined ? '' : euros(c.cents),
      })),
    })),
    previousBeneficiaryOf: [...company.previousBeneficiaryOf],
    grantsThisYear: company.grantsThisYear.map((g) => ({
      callFamily: g.callFamily,
      year: g.year,
      amount: euros(g.cents),
    })),
    legalityRating: company.legalityRating,
  };
}

/**
 * Each row over the row of `baseline` read from the same stored row (the same `storedIndex`), never the
 * one in the same place: a row the person added, or one whose stored row is gone, over `empty` alone.
 */
function overBaseline<T extends Stored>(
  baseline: readonly T[],
  rows: readonly Partial<T>[],
  empty: T,
  nested: (row: T, from: T | undefined) => T = (row) => row,
): T[] {
  return rows.map((row) => {
    const from =
      row.storedIndex === undefined ? undefined : baseline.find((b) => b.storedIndex === row.storedIndex);
    return nested({ ...empty, ...from, ...row }, from);
  });
}

/**
 * A draft kept from an earlier visit, over the stored profile's values: rows kept before the form asked
 * for more (a related enterprise's aid, an aid's regulation) take those from the stored row they were
 * read from (by `storedIndex`, so a row removed in the draft hands nothing to the next), and rows the
 * person added take the empty row's.
 */
export function withDraft(baseline: ProfileFormValues, kept: Partial<ProfileFormValues>): ProfileFormValues {
  const values = { ...baseline, ...kept };
  return {
    ...values,
    related: overBaseline(baseline.related, values.related, emptyRelated, (r, from) => ({
      ...r,
      aidReceived: overBaseline(from?.aidReceived ?? [], r.aidReceived, emptyRelatedAid),
      secondTier: overBaseline(from?.secondTier ?? [], r.secondTier, emptyEnterprise),
    })),
    aid: overBaseline(baseline.aid, values.aid, emptyAid),
  };
}

/**
 * `rows` with the amount of `family` in `year` set to `amount`, in place: a cleared amount keeps its row
 * (no grant; ./parse-profile.ts leaves it out), so the rows after it keep their places and an error
 * shown beside a field stays beside it.
 */
export function withYearGrant(
  rows: readonly YearGrantValues[],
  callFamily: string,
  year: number,
  amount: string,
): YearGrantValues[] {
  const at = rows.findIndex((r) => r.callFamily === callFamily && r.year === year);
  const row = { callFamily, year, amount };
  return at === -1 ? [...rows, row] : rows.map((r, i) => (i === at ? row : r));
}
