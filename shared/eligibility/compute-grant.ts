/**
 * From eligible spend to money paid, in this order (documented in docs/engine.md):
 * project minimum/maximum → rate per line (exact, summed) → rounding (once) → maximum grant →
 * allocated amount → bonuses → per-company yearly ceiling → de minimis headroom → withholding.
 */
import type { Company } from '../companies/company-schema';
import type { CalendarDate } from '../time/calendar-date';
import type { CallRules } from './call-rules-schema';
import { type DeMinimisHeadroom, deMinimisHeadroom } from './de-minimis';
import type { LineDraft } from './evaluate-line';
import type { ReasonCode, TextParams } from './explanation';
import { BP, euro, mulDivRound } from './money-math';
import type { Hint, Reason, ReportTotals } from './report';

export interface GrantInput {
  rules: CallRules;
  lines: readonly LineDraft[];
  company: Company;
  on: CalendarDate;
  /** A voucher already booked for the applicant (pro-rata calls): the grant never exceeds it. */
  allocatedCents?: number;
  applicantEligible: boolean;
  /** An earlier application-level rule (e.g. a share range) already refuses any grant. */
  blockedEarlier: boolean;
}

export interface GrantResult {
  totals: ReportTotals;
  blockers: Reason[];
  limits: Reason[];
  hints: Hint[];
  deMinimis?: DeMinimisHeadroom;
}

function roundGrant(raw: bigint, rounding: CallRules['totals']['rounding']): number {
  const bp = BigInt(BP);
  if (rounding === 'cent-down') return Number(raw / bp);
  const perEuro = bp * 100n;
  if (rounding === 'euro-down') return Number(raw / perEuro) * 100;
  return Number((raw * 2n + perEuro) / (perEuro * 2n)) * 100;
}

export function computeGrant(input: GrantInput): GrantResult {
  const { rules, lines, company, on } = input;
  const { totals: t } = rules;
  const blockers: Reason[] = [];
  const limits: Reason[] = [];
  const hints: Hint[] = [];
  const cite = (
    code: ReasonCode,
    ruleId: string,
    message: string,
    params: TextParams,
    article = t.article,
  ): Reason => ({ code, ruleId, article, message, params });

  const requestedCents = lines.reduce((s, l) => s + l.requestedCents, 0);
  const eligibleCents = lines.reduce((s, l) => s + l.eligibleCents, 0);
  if (t.minProjectCents !== undefined && eligibleCents < t.minProjectCents) {
    const missing = t.minProjectCents - eligibleCents;
    blockers.push(
      cite(
        'BELOW_PROJECT_MINIMUM',
        'totals.minProjectCents',
        `Eligible spend ${euro(eligibleCents)} is below the ${euro(t.minProjectCents)} minimum.`,
        { eligibleCents, minCents: t.minProjectCents },
      ),
    );
    hints.push({
      code: 'BELOW_PROJECT_MINIMUM',
      message: `Add ${euro(missing)} of eligible spend to reach the ${euro(t.minProjectCents)} minimum.`,
      params: { missingCents: missing, minCents: t.minProjectCents },
      amountCents: missing,
    });
  }
  if (t.maxProjectCents !== undefined && requestedCents > t.maxProjectCents) {
    blockers.push(
      cite(
        'ABOVE_PROJECT_MAXIMUM',
        'totals.maxProjectCents',
        `The project costs ${euro(requestedCents)}, more than the ${euro(t.maxProjectCents)} maximum.`,
        { requestedCents, maxCents: t.maxProjectCents },
      ),
    );
    hints.push({
      code: 'ABOVE_PROJECT_MAXIMUM',
      message: `Reduce the project by ${euro(requestedCents - t.maxProjectCents)} to stay within ${euro(t.maxProjectCents)}.`,
      params: { overCents: requestedCents - t.maxProjectCents, maxCents: t.maxProjectCents },
      amountCents: requestedCents - t.maxProjectCents,
    });
  }

  // Each line's exact contribution in cents × basis points; summed in numbers while that is exact.
  let rawSum = 0;
  for (const line of lines) rawSum += line.eligibleCents * line.rateBp;
  const exactSum = Number.isSafeInteger(rawSum)
    ? BigInt(rawSum)
    : lines.reduce((sum, l) => sum + BigInt(l.eligibleCents) * BigInt(l.rateBp), 0n);
  let grant = roundGrant(exactSum, t.rounding);
  const limit = (
    code: ReasonCode,
    ruleId: string,
    cap: number,
    message: string,
    params: TextParams,
    article = t.article,
  ) => {
    if (grant > cap) {
      limits.push(cite(code, ruleId, message, params, article));
      grant = cap;
    }
  };
  if (t.maxGrantCents !== undefined) {
    limit(
      'MAX_GRANT',
      'totals.maxGrantCents',
      t.maxGrantCents,
      `The grant is at most ${euro(t.maxGrantCents)}.`,
      { maxCents: t.maxGrantCents },
    );
  }
  if (input.allocatedCents !== undefined) {
    limit(
      'ALLOCATED',
      'allocation',
      input.allocatedCents,
      `The voucher booked for you is ${euro(input.allocatedCents)}.`,
      { allocatedCents: input.allocatedCents },
      rules.allocation.article,
    );
  }

  let bonus = 0;
  for (const b of t.bonuses) {
    if (b.when === 'legality-rating' && company.legalityRating) bonus += b.cents;
  }

  const ceiling = rules.perCompanyYearCeiling;
  if (ceiling) {
    const year = Number(on.slice(0, 4));
    const used = company.grantsThisYear
      .filter((g) => g.callFamily === rules.family && g.year === year)
      .reduce((s, g) => s + g.cents, 0);
    const left = Math.max(0, ceiling.cents - used);
    if (grant + bonus > left) {
      limits.push(
        cite(
          'YEARLY_CEILING',
          'perCompanyYearCeiling',
          `At most ${euro(ceiling.cents)} per company in ${year}; ${euro(used)} already granted.`,
          { ceilingCents: ceiling.cents, year, usedCents: used },
          ceiling.article,
        ),
      );
      bonus = Math.min(bonus, left);
      grant = left - bonus;
    }
  }

  let deMinimis: DeMinimisHeadroom | undefined;
  if (rules.deMinimis) {
    deMinimis = deMinimisHeadroom(company.deMinimisReceived, on, rules.deMinimis.regulation);
    if (grant + bonus > deMinimis.headroomCents) {
      const message = `De minimis: ${euro(deMinimis.countedCents)} already received since ${deMinimis.windowFrom} leaves ${euro(deMinimis.headroomCents)} of ${euro(deMinimis.ceilingCents)}.`;
      const params = {
        receivedCents: deMinimis.countedCents,
        sinceDate: deMinimis.windowFrom,
        headroomCents: deMinimis.headroomCents,
        ceilingCents: deMinimis.ceilingCents,
      };
      const { article } = rules.deMinimis;
      if (rules.deMinimis.onExcess === 'refuse') {
        blockers.push(cite('DE_MINIMIS_EXCEEDED', 'deMinimis.onExcess', message, params, article));
      } else {
        limits.push(cite('DE_MINIMIS_CUT', 'deMinimis.onExcess', message, params, article));
        hints.push({
          code: 'DE_MINIMIS_CUT',
          message: `${message} The grant is cut to it.`,
          params,
          amountCents: grant + bonus - deMinimis.headroomCents,
        });
        bonus = Math.min(bonus, deMinimis.headroomCents);
        grant = deMinimis.headroomCents - bonus;
      }
    }
  }

  if (!input.applicantEligible || input.blockedEarlier || blockers.length > 0) {
    grant = 0;
    bonus = 0;
  }
  const withholdingCents = mulDivRound(grant + bonus, t.withholdingBp, BP);
  return {
    totals: {
      requestedCents,
      eligibleCents,
      grantCents: grant,
      bonusCents: bonus,
      withholdingCents,
      payoutCents: grant + bonus - withholdingCents,
      netCostCents: Math.max(0, requestedCents - grant - bonus),
    },
    blockers,
    limits,
    hints,
    deMinimis,
  };
}
