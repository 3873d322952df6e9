/**
 * Other aid on the same cost (cumulation). A line's other aid is what the line itself lists (received or
 * requested) plus the company's aid history entries that name this plan line among the costs they
 * covered. A call allows none, only general tax incentives (which are not State aid), or all State aid
 * on the cost together up to a maximum intensity (Reg. (EU) 2023/2831 art. 5(2)).
 */
import type { AidKind, Company } from '../companies/company-schema';
import type { SpendLine } from '../plans/plan-schema';
import type { Cumulation } from './call-rules-schema';
import { BP, mulDivCeil, mulDivFloor } from './money-math';

/** One aid on one cost: an amount, or an intensity of the cost. */
export interface AidOnCost {
  kind: AidKind;
  cents?: number;
  intensityBp?: number;
}

const NO_AID: readonly AidOnCost[] = [];
const historyCache = new WeakMap<Company, Map<string, Map<string, AidOnCost[]>>>();

/** The company's aid history by plan and line id (Maps: the ids are typed by users). */
function historyByPlan(company: Company): Map<string, Map<string, AidOnCost[]>> {
  let byPlan = historyCache.get(company);
  if (byPlan) return byPlan;
  byPlan = new Map();
  for (const aid of company.deMinimisReceived) {
    for (const cost of aid.costsCovered ?? []) {
      let byLine = byPlan.get(cost.planId);
      if (!byLine) {
        byLine = new Map();
        byPlan.set(cost.planId, byLine);
      }
      const list = byLine.get(cost.lineId) ?? [];
      list.push({ kind: aid.kind ?? 'de-minimis', cents: cost.cents ?? aid.cents });
      byLine.set(cost.lineId, list);
    }
  }
  historyCache.set(company, byPlan);
  return byPlan;
}

/** The aid history entries that covered this plan's lines, by line id (empty for most companies). */
export function historyAidFor(company: Company, planId: string): ReadonlyMap<string, readonly AidOnCost[]> {
  return historyByPlan(company).get(planId) ?? EMPTY;
}
const EMPTY: ReadonlyMap<string, readonly AidOnCost[]> = new Map();

/** Every other aid on a line's cost. */
export function aidOn(
  line: SpendLine,
  history: ReadonlyMap<string, readonly AidOnCost[]>,
): readonly AidOnCost[] {
  const fromHistory = history.size > 0 ? (history.get(line.id) ?? NO_AID) : NO_AID;
  const own = line.otherAid ?? NO_AID;
  if (fromHistory.length === 0) return own;
  if (own.length === 0) return fromHistory;
  return [...own, ...fromHistory];
}

/** What the aid pays on a cost of `costCents`: its amount, or its intensity of the cost (rounded up). */
export function aidCents(aids: readonly AidOnCost[], costCents: number): number {
  let sum = 0;
  for (const aid of aids) sum += aid.cents ?? mulDivCeil(costCents, aid.intensityBp ?? 0, BP);
  return sum;
}

export type CumulationVerdict =
  | { kind: 'ok' }
  | { kind: 'refused'; taxIncentivesOnly: boolean; otherAidCents: number }
  /** The most this call may grant on the line: all State aid on it stays within the intensity. */
  | { kind: 'capped'; capCents: number; otherAidCents: number; allowedCents: number };

const OK: CumulationVerdict = { kind: 'ok' };

/** Whether the call's cumulation rule refuses the line outright (none / only tax incentives). */
export function cumulationRefusal(
  rule: Cumulation,
  aids: readonly AidOnCost[],
  costCents: number,
): CumulationVerdict {
  if (aids.length === 0 || rule.policy === 'max-intensity') return OK;
  const offending =
    rule.policy === 'none' ? aids : aids.filter((aid) => aid.kind !== 'general-tax-incentive');
  if (offending.length === 0) return OK;
  return {
    kind: 'refused',
    taxIncentivesOnly: rule.policy === 'general-tax-incentives-only',
    otherAidCents: aidCents(offending, costCents),
  };
}

/**
 * Under a maximum intensity: all State aid on the cost (general tax incentives are not State aid) may
 * reach maxIntensity × cost, so this call may grant at most what the other aid leaves.
 */
export function cumulationCap(
  rule: Cumulation,
  aids: readonly AidOnCost[],
  costCents: number,
): CumulationVerdict {
  if (rule.policy !== 'max-intensity' || aids.length === 0) return OK;
  const stateAid = aids.filter((aid) => aid.kind !== 'general-tax-incentive');
  if (stateAid.length === 0) return OK;
  const otherAidCents = aidCents(stateAid, costCents);
  const allowedCents = mulDivFloor(costCents, rule.maxIntensityBp ?? 0, BP);
  return { kind: 'capped', capCents: Math.max(0, allowedCents - otherAidCents), otherAidCents, allowedCents };
}
