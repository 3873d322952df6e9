/**
 * SME size class per Commission Recommendation 2003/361/EC (Annex): staff always counts; of turnover
 * and balance-sheet total the enterprise may pass either. Partner enterprises (25–50 %) add their
 * share of the figures, linked ones (> 50 % or control) add all of them.
 */
import type {
  Company,
  EnterpriseFigures,
  RelatedEnterprise,
  SecondTierEnterprise,
} from '../companies/company-schema';
import type { Explanation, SizeCode } from './explanation';

export const SIZE_CLASSES = ['micro', 'small', 'medium', 'large'] as const;
export type SizeClass = (typeof SIZE_CLASSES)[number];

const EUR = 100;
const THRESHOLDS = [
  { sizeClass: 'micro', staffBelow: 10, turnoverCents: 2_000_000 * EUR, balanceSheetCents: 2_000_000 * EUR },
  {
    sizeClass: 'small',
    staffBelow: 50,
    turnoverCents: 10_000_000 * EUR,
    balanceSheetCents: 10_000_000 * EUR,
  },
  {
    sizeClass: 'medium',
    staffBelow: 250,
    turnoverCents: 50_000_000 * EUR,
    balanceSheetCents: 43_000_000 * EUR,
  },
] as const;

export type Relation = 'autonomous' | 'partner' | 'linked' | 'exempt-investor';

export interface SizeClassResult {
  sizeClass: SizeClass;
  figures: EnterpriseFigures;
  relations: { name: string; relation: Relation; sharePct: number }[];
  /** Which thresholds decided it. */
  reasons: Explanation<SizeCode>[];
}

export function relationOf(related: SecondTierEnterprise): Relation {
  if (related.controls || related.sharePct > 50) return 'linked';
  if (related.exemptInvestor) return 'exempt-investor';
  return related.sharePct >= 25 ? 'partner' : 'autonomous';
}

const noRelated: readonly SecondTierEnterprise[] = [];

/**
 * The figures a related enterprise brings (2003/361 Annex art. 6): a partner's own figures plus 100 % of
 * the enterprises linked to it (art. 6(3)); a linked enterprise's own figures plus its partners pro
 * rata and 100 % of the enterprises linked to it (art. 6(4)).
 */
function withOwnRelated(other: RelatedEnterprise, relation: Relation): EnterpriseFigures {
  let staffAwu = other.staffAwu;
  let turnoverCents = other.turnoverCents;
  let balanceSheetCents = other.balanceSheetCents;
  for (const second of other.related ?? noRelated) {
    const secondRelation = relationOf(second);
    const share =
      secondRelation === 'linked'
        ? 1
        : secondRelation === 'partner' && relation === 'linked'
          ? second.sharePct / 100
          : 0;
    if (share === 0) continue;
    staffAwu = Math.round((staffAwu + second.staffAwu * share) * 100) / 100;
    turnoverCents += Math.round(second.turnoverCents * share);
    balanceSheetCents += Math.round(second.balanceSheetCents * share);
  }
  return { staffAwu, turnoverCents, balanceSheetCents };
}

/**
 * Adds partner shares pro rata and linked enterprises in full, each with its own related enterprises
 * as the Annex's art. 6 says; money rounds to the cent. `figures` picks another year's own figures.
 */
export function aggregateFigures(
  company: Pick<Company, 'figures' | 'related'>,
  figures: EnterpriseFigures = company.figures,
): EnterpriseFigures {
  return company.related.reduce<EnterpriseFigures>((sum, other) => {
    const relation = relationOf(other);
    const share = relation === 'linked' ? 1 : relation === 'partner' ? other.sharePct / 100 : 0;
    if (share === 0) return sum;
    const data = other.related?.length ? withOwnRelated(other, relation) : other;
    return {
      staffAwu: Math.round((sum.staffAwu + data.staffAwu * share) * 100) / 100,
      turnoverCents: sum.turnoverCents + Math.round(data.turnoverCents * share),
      balanceSheetCents: sum.balanceSheetCents + Math.round(data.balanceSheetCents * share),
    };
  }, figures);
}

const euros = (cents: number) =>
  `€${(cents / EUR / 1_000_000).toLocaleString('en', { maximumFractionDigits: 3 })} M`;

type SizeInput = Pick<Company, 'figures' | 'related' | 'publicOwnershipPct'> &
  Partial<Pick<Company, 'figuresByYear' | 'figuresYear'>>;

export function classifySize(company: SizeInput): SizeClassResult {
  const figures = aggregateFigures(company);
  const relations = company.related.map((r) => ({
    name: r.name,
    relation: relationOf(r),
    sharePct: r.sharePct,
  }));
  if (company.publicOwnershipPct >= 25) {
    const pct = company.publicOwnershipPct;
    return {
      sizeClass: 'large',
      figures,
      relations,
      reasons: [
        {
          code: 'PUBLIC_BODIES',
          message: `${pct} % is held by public bodies (25 % or more): not an SME`,
          params: { pct },
        },
      ],
    };
  }
  const latest = classifyFigures(figures);
  const earlier = company.figuresByYear;
  if (!earlier || earlier.length === 0) return { ...latest, figures, relations };
  const years = yearsOf(company, earlier);
  const decided = overTheYears(company, years, latest.sizeClass);
  return { sizeClass: decided.sizeClass, figures, relations, reasons: [...latest.reasons, decided.reason] };
}

const ORDER: Record<SizeClass, number> = { micro: 0, small: 1, medium: 2, large: 3 };

/** Each year's own figures in year order, the latest (`figures`) last. */
function yearsOf(
  company: SizeInput,
  earlier: NonNullable<Company['figuresByYear']>,
): { year: number; figures: EnterpriseFigures }[] {
  const latestYear = company.figuresYear ?? Math.max(...earlier.map((y) => y.year)) + 1;
  return [
    ...earlier
      .filter((y) => y.year < latestYear)
      .sort((a, b) => a.year - b.year)
      .map(({ year, ...figures }) => ({ year, figures })),
    { year: latestYear, figures: company.figures },
  ];
}

/**
 * 2003/361 Annex art. 4(2): crossing a threshold changes the class only when it happens in two
 * consecutive financial years. The class starts as the first year's; it then moves to the nearer of
 * two consecutive years that both fall on the same side of it.
 */
function overTheYears(
  company: SizeInput,
  years: { year: number; figures: EnterpriseFigures }[],
  latestClass: SizeClass,
): { sizeClass: SizeClass; reason: Explanation<SizeCode> } {
  const classes = years.map((y, i) =>
    i === years.length - 1 ? latestClass : classifyFigures(aggregateFigures(company, y.figures)).sizeClass,
  );
  let status = classes[0] as SizeClass;
  let change: { before: SizeClass; firstYear: number; secondYear: number } | undefined;
  for (let i = 1; i < years.length; i++) {
    const prev = classes[i - 1] as SizeClass;
    const cur = classes[i] as SizeClass;
    if ((years[i]?.year ?? 0) !== (years[i - 1]?.year ?? 0) + 1) continue;
    const up = ORDER[prev] > ORDER[status] && ORDER[cur] > ORDER[status];
    const down = ORDER[prev] < ORDER[status] && ORDER[cur] < ORDER[status];
    if (!up && !down) continue;
    const next = (up ? ORDER[prev] < ORDER[cur] : ORDER[prev] > ORDER[cur]) ? prev : cur;
    change = { before: status, firstYear: years[i - 1]?.year ?? 0, secondYear: years[i]?.year ?? 0 };
    status = next;
  }
  const lastYear = years[years.length - 1]?.year ?? 0;
  if (latestClass !== status) {
    return {
      sizeClass: status,
      reason: {
        code: 'ONE_YEAR_ONLY',
        message: `the ${lastYear} figures alone give a ${latestClass} enterprise, but the class changes only after two consecutive financial years across a threshold: still ${status}`,
        params: { sizeClass: status, sizeClassOfYear: latestClass, year: lastYear },
      },
    };
  }
  if (change) {
    return {
      sizeClass: status,
      reason: {
        code: 'TWO_CONSECUTIVE_YEARS',
        message: `${change.firstYear} and ${change.secondYear}, two consecutive financial years, both crossed the thresholds of a ${change.before} enterprise: now ${status}`,
        params: {
          sizeClass: status,
          sizeClassBefore: change.before,
          firstYear: change.firstYear,
          secondYear: change.secondYear,
        },
      },
    };
  }
  const firstYear = years[0]?.year ?? lastYear;
  return {
    sizeClass: status,
    reason: {
      code: 'SAME_OVER_YEARS',
      message: `no two consecutive financial years from ${firstYear} to ${lastYear} crossed a threshold: ${status} throughout`,
      params: { sizeClass: status, firstYear, lastYear },
    },
  };
}

/** The thresholds of the Annex's art. 2 on one set of (aggregated) figures. */
function classifyFigures(figures: EnterpriseFigures): {
  sizeClass: SizeClass;
  reasons: Explanation<SizeCode>[];
} {
  const reasons: Explanation<SizeCode>[] = [];
  const { staffAwu, turnoverCents, balanceSheetCents } = figures;
  for (const t of THRESHOLDS) {
    const staffOk = staffAwu < t.staffBelow;
    const turnoverOk = turnoverCents <= t.turnoverCents;
    const balanceOk = balanceSheetCents <= t.balanceSheetCents;
    const money = {
      turnoverCents,
      turnoverLimitCents: t.turnoverCents,
      balanceSheetCents,
      balanceSheetLimitCents: t.balanceSheetCents,
    };
    if (staffOk && (turnoverOk || balanceOk)) {
      reasons.push({
        code: 'STAFF_BELOW',
        message: `staff ${staffAwu} AWU < ${t.staffBelow}`,
        params: { staffAwu, staffBelow: t.staffBelow },
      });
      reasons.push(
        turnoverOk
          ? {
              code: 'TURNOVER_WITHIN',
              message: `turnover ${euros(turnoverCents)} ≤ ${euros(t.turnoverCents)}`,
              params: money,
            }
          : {
              code: 'BALANCE_SHEET_WITHIN',
              message: `balance sheet ${euros(balanceSheetCents)} ≤ ${euros(t.balanceSheetCents)} (turnover ${euros(turnoverCents)} is over ${euros(t.turnoverCents)}, but either test is enough)`,
              params: money,
            },
      );
      return { sizeClass: t.sizeClass, reasons };
    }
    reasons.push(
      staffOk
        ? {
            code: 'NOT_BY_MONEY',
            message: `not ${t.sizeClass}: turnover ${euros(turnoverCents)} > ${euros(t.turnoverCents)} and balance sheet ${euros(balanceSheetCents)} > ${euros(t.balanceSheetCents)}`,
            params: { sizeClass: t.sizeClass, ...money },
          }
        : {
            code: 'NOT_BY_STAFF',
            message: `not ${t.sizeClass}: staff ${staffAwu} AWU ≥ ${t.staffBelow}`,
            params: { sizeClass: t.sizeClass, staffAwu, staffBelow: t.staffBelow },
          },
    );
  }
  return { sizeClass: 'large', reasons };
}
