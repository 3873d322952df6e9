/**
 * SME size class per Commission Recommendation 2003/361/EC (Annex): staff always counts; of turnover
 * and balance-sheet total the enterprise may pass either. Partner enterprises (25–50 %) add their
 * share of the figures, linked ones (> 50 % or control) add all of them.
 */
import type { Company, EnterpriseFigures } from '../companies/company-schema';
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

export function relationOf(related: Company['related'][number]): Relation {
  if (related.controls || related.sharePct > 50) return 'linked';
  if (related.exemptInvestor) return 'exempt-investor';
  return related.sharePct >= 25 ? 'partner' : 'autonomous';
}

/** Adds partner shares pro rata and linked enterprises in full; money rounds to the cent. */
export function aggregateFigures(company: Pick<Company, 'figures' | 'related'>): EnterpriseFigures {
  return company.related.reduce<EnterpriseFigures>((sum, other) => {
    const relation = relationOf(other);
    const share = relation === 'linked' ? 1 : relation === 'partner' ? other.sharePct / 100 : 0;
    return {
      staffAwu: Math.round((sum.staffAwu + other.staffAwu * share) * 100) / 100,
      turnoverCents: sum.turnoverCents + Math.round(other.turnoverCents * share),
      balanceSheetCents: sum.balanceSheetCents + Math.round(other.balanceSheetCents * share),
    };
  }, company.figures);
}

const euros = (cents: number) =>
  `€${(cents / EUR / 1_000_000).toLocaleString('en', { maximumFractionDigits: 3 })} M`;

export function classifySize(
  company: Pick<Company, 'figures' | 'related' | 'publicOwnershipPct'>,
): SizeClassResult {
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
      return { sizeClass: t.sizeClass, figures, relations, reasons };
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
  return { sizeClass: 'large', figures, relations, reasons };
}
