/**
 * SME size class per Commission Recommendation 2003/361/EC (Annex): staff always counts; of turnover
 * and balance-sheet total the enterprise may pass either. Partner enterprises (25–50 %) add their
 * share of the figures, linked ones (> 50 % or control) add all of them.
 */
import * as z from 'zod';
import type { Company, EnterpriseFigures } from '../companies/company-schema';

export const sizeClassSchema = z.enum(['micro', 'small', 'medium', 'large']);
export type SizeClass = z.infer<typeof sizeClassSchema>;

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
  /** Why, in plain words: which thresholds decided it. */
  reasons: string[];
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
    return {
      sizeClass: 'large',
      figures,
      relations,
      reasons: [`${company.publicOwnershipPct} % is held by public bodies (25 % or more): not an SME`],
    };
  }
  const reasons: string[] = [];
  for (const t of THRESHOLDS) {
    const staffOk = figures.staffAwu < t.staffBelow;
    const turnoverOk = figures.turnoverCents <= t.turnoverCents;
    const balanceOk = figures.balanceSheetCents <= t.balanceSheetCents;
    if (staffOk && (turnoverOk || balanceOk)) {
      reasons.push(`staff ${figures.staffAwu} AWU < ${t.staffBelow}`);
      reasons.push(
        turnoverOk
          ? `turnover ${euros(figures.turnoverCents)} ≤ ${euros(t.turnoverCents)}`
          : `balance sheet ${euros(figures.balanceSheetCents)} ≤ ${euros(t.balanceSheetCents)} (turnover ${euros(figures.turnoverCents)} is over ${euros(t.turnoverCents)}, but either test is enough)`,
      );
      return { sizeClass: t.sizeClass, figures, relations, reasons };
    }
    reasons.push(
      staffOk
        ? `not ${t.sizeClass}: turnover ${euros(figures.turnoverCents)} > ${euros(t.turnoverCents)} and balance sheet ${euros(figures.balanceSheetCents)} > ${euros(t.balanceSheetCents)}`
        : `not ${t.sizeClass}: staff ${figures.staffAwu} AWU ≥ ${t.staffBelow}`,
    );
  }
  return { sizeClass: 'large', figures, relations, reasons };
}
