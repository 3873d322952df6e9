/**
 * From eligible spend to money paid, in this order (documented in docs/engine.md):
 * project minimum/maximum (on one basis: eligible spend unless the call says requested) → rate per
 * line (exact, summed; each line within what other aid on its cost leaves) → rounding (once) →
 * maximum grant → allocated amount → bonuses → per-company yearly ceiling → de minimis headroom of the
 * single undertaking → withholding. A refused plan reports none of the limits on the grant (it gets
 * none), except a yearly ceiling or de minimis headroom used up: no plan could earn a grant then.
 */
import type { Company } from '../companies/company-schema';
import type { CalendarDate } from '../time/calendar-date';
import type { CallRules } from './call-rules-schema';
import { type DeMinimisHeadroom, deMinimisHeadroom, singleUndertakingAid } from './de-minimis';
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
  /** False for a ranking summary, which shows no limits: they are applied but not written out. */
  explain?: boolean;
}

export interface GrantResult {
  totals: ReportTotals;
  blockers: Reason[];
  limits: Reason[];
  hints: Hint[];
  deMinimis?: DeMinimisHeadroom;
  /**
   * The most any plan could be granted by this call now, whatever its spend: what the yearly ceiling
   * and the de minimis headroom leave. Absent when neither applies. At 0, no spend added earns a grant.
   */
  roomCents?: number;
}

/** A line's exact contribution to the grant, in cents × basis points. */
export function lineContribution(line: LineDraft): bigint {
  const raw = BigInt(line.eligibleCents) * BigInt(line.rateBp);
  if (line.aidCapCents === undefined) return raw;
  const cap = BigInt(line.aidCapCents) * BigInt(BP);
  return raw < cap ? raw : cap;
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
  const explain = input.explain ?? true;
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
  // Minimum and maximum project cost on one basis, the one the call states (eligible spend by default).
  const onRequested = t.projectCostBasis === 'requested';
  const projectCents = onRequested ? requestedCents : eligibleCents;
  if (t.minProjectCents !== undefined && projectCents < t.minProjectCents) {
    const missing = t.minProjectCents - projectCents;
    blockers.push(
      onRequested
        ? cite(
            'BELOW_PROJECT_MINIMUM',
            'totals.minProjectCents',
            `The project costs ${euro(requestedCents)}, less than the ${euro(t.minProjectCents)} minimum.`,
            { context: 'requested', requestedCents, minCents: t.minProjectCents },
          )
        : cite(
            'BELOW_PROJECT_MINIMUM',
            'totals.minProjectCents',
            `Eligible spend ${euro(eligibleCents)} is below the ${euro(t.minProjectCents)} minimum.`,
            { eligibleCents, minCents: t.minProjectCents },
          ),
    );
    hints.push({
      code: 'BELOW_PROJECT_MINIMUM',
      message: onRequested
        ? `Add ${euro(missing)} to the project to reach the ${euro(t.minProjectCents)} minimum.`
        : `Add ${euro(missing)} of eligible spend to reach the ${euro(t.minProjectCents)} minimum.`,
      params: onRequested
        ? { context: 'requested', missingCents: missing, minCents: t.minProjectCents }
        : { missingCents: missing, minCents: t.minProjectCents },
      amountCents: missing,
    });
  }
  if (t.maxProjectCents !== undefined && projectCents > t.maxProjectCents) {
    const over = projectCents - t.maxProjectCents;
    blockers.push(
      onRequested
        ? cite(
            'ABOVE_PROJECT_MAXIMUM',
            'totals.maxProjectCents',
            `The project costs ${euro(requestedCents)}, more than the ${euro(t.maxProjectCents)} maximum.`,
            { requestedCents, maxCents: t.maxProjectCents },
          )
        : cite(
            'ABOVE_PROJECT_MAXIMUM',
            'totals.maxProjectCents',
            `Eligible spend ${euro(eligibleCents)} is more than the ${euro(t.maxProjectCents)} maximum.`,
            { context: 'eligible', eligibleCents, maxCents: t.maxProjectCents },
          ),
    );
    hints.push({
      code: 'ABOVE_PROJECT_MAXIMUM',
      message: onRequested
        ? `Reduce the project by ${euro(over)} to stay within ${euro(t.maxProjectCents)}.`
        : `Reduce the eligible spend by ${euro(over)} to stay within ${euro(t.maxProjectCents)}.`,
      params: onRequested
        ? { overCents: over, maxCents: t.maxProjectCents }
        : { context: 'eligible', overCents: over, maxCents: t.maxProjectCents },
      amountCents: over,
    });
  }

  // Each line's exact contribution in cents × basis points, within what other aid on its cost leaves;
  // summed in numbers while that is exact.
  let rawSum = 0;
  let aidCapped = false;
  for (const line of lines) {
    if (line.aidCapCents !== undefined) aidCapped = true;
    rawSum += line.eligibleCents * line.rateBp;
  }
  const exactSum =
    !aidCapped && Number.isSafeInteger(rawSum)
      ? BigInt(rawSum)
      : lines.reduce((sum, l) => sum + lineContribution(l), 0n);
  // Other aid on a cost leaves a hard ceiling (the maximum intensity). Each line's share of the grant is
  // its contribution × grant ÷ exact sum, so rounding up hands every line part of the extra cents: when
  // that would carry a capped line past its cap, the grant is rounded to the euro below instead.
  let grant = roundGrant(exactSum, t.rounding);
  const pastACap = (total: number) =>
    lines.some(
      (l) =>
        l.aidCapCents !== undefined && lineContribution(l) * BigInt(total) > BigInt(l.aidCapCents) * exactSum,
    );
  if (aidCapped && BigInt(grant) * BigInt(BP) > exactSum && pastACap(grant)) {
    grant = roundGrant(exactSum, 'euro-down');
  }
  const limit = (
    code: ReasonCode,
    ruleId: string,
    cap: number,
    // Made only when the limit is written out.
    message: () => string,
    params: TextParams,
    article = t.article,
  ) => {
    if (grant > cap) {
      if (explain) limits.push(cite(code, ruleId, message(), params, article));
      grant = cap;
    }
  };
  const maxGrant = t.maxGrantCents;
  if (maxGrant !== undefined) {
    limit('MAX_GRANT', 'totals.maxGrantCents', maxGrant, () => `The grant is at most ${euro(maxGrant)}.`, {
      maxCents: maxGrant,
    });
  }
  const allocated = input.allocatedCents;
  if (allocated !== undefined) {
    limit(
      'ALLOCATED',
      'allocation',
      allocated,
      () => `The voucher booked for you is ${euro(allocated)}.`,
      { allocatedCents: allocated },
      rules.allocation.article,
    );
  }

  // A premium is added to a grant (Rome's edition of the PID call: €250 more for a legality rating);
  // with nothing granted there is nothing to add it to, so a plan without eligible spend earns none.
  let bonus = 0;
  if (grant > 0) {
    for (const b of t.bonuses) {
      if (b.when === 'legality-rating' && company.legalityRating) bonus += b.cents;
    }
  }

  const ceiling = rules.perCompanyYearCeiling;
  let roomCents: number | undefined;
  // The limits that left nothing to grant whatever the plan: said even when the plan is refused.
  const closing: Reason[] = [];
  if (ceiling) {
    const year = Number(on.slice(0, 4));
    const used = company.grantsThisYear
      .filter((g) => g.callFamily === rules.family && g.year === year)
      .reduce((s, g) => s + g.cents, 0);
    const left = Math.max(0, ceiling.cents - used);
    roomCents = left;
    // Said also when the ceiling is used up and nothing was to be granted: no spend added would help.
    if (grant + bonus > left || left === 0) {
      if (explain) {
        const reason = cite(
          'YEARLY_CEILING',
          'perCompanyYearCeiling',
          `At most ${euro(ceiling.cents)} per company in ${year}; ${euro(used)} already granted.`,
          { ceilingCents: ceiling.cents, year, usedCents: used },
          ceiling.article,
        );
        limits.push(reason);
        if (left === 0) closing.push(reason);
      }
      // The grant first, the premium on top of what is left: a premium never stands without a grant.
      grant = Math.min(grant, left);
      bonus = Math.min(bonus, left - grant);
    }
  }

  let deMinimis: DeMinimisHeadroom | undefined;
  if (rules.deMinimis) {
    const sector = sectorCeiling(rules.deMinimis, company.sectorCode);
    deMinimis = deMinimisHeadroom(singleUndertakingAid(company), on, rules.deMinimis.regulation, {
      ceilingCents: sector?.cents,
      fiscalYearEnd: company.fiscalYearEnd,
    });
    roomCents = Math.min(roomCents ?? deMinimis.headroomCents, deMinimis.headroomCents);
    const cut = rules.deMinimis.onExcess === 'cut';
    // A call that refuses aid beyond the headroom refuses a grant, not a plan that asks for none.
    if (grant + bonus > deMinimis.headroomCents || (cut && deMinimis.headroomCents === 0)) {
      const linked = deMinimis.linkedCents;
      const message = `De minimis: ${euro(deMinimis.countedCents)} already received since ${deMinimis.windowFrom}${linked ? ` (${euro(linked)} of it by linked enterprises)` : ''} leaves ${euro(deMinimis.headroomCents)} of ${euro(deMinimis.ceilingCents)}.`;
      const params = {
        ...(linked ? { context: 'linked', linkedCents: linked } : {}),
        receivedCents: deMinimis.countedCents,
        sinceDate: deMinimis.windowFrom,
        headroomCents: deMinimis.headroomCents,
        ceilingCents: deMinimis.ceilingCents,
      };
      const article = sector?.article ?? rules.deMinimis.article;
      if (!cut) {
        blockers.push(cite('DE_MINIMIS_EXCEEDED', 'deMinimis.onExcess', message, params, article));
      } else {
        const reason = cite('DE_MINIMIS_CUT', 'deMinimis.onExcess', message, params, article);
        limits.push(reason);
        if (deMinimis.headroomCents === 0) closing.push(reason);
        if (grant + bonus > 0)
          hints.push({
            code: 'DE_MINIMIS_CUT',
            message: `${message} The grant is cut to it.`,
            params,
            amountCents: grant + bonus - deMinimis.headroomCents,
          });
        grant = Math.min(grant, deMinimis.headroomCents);
        bonus = Math.min(bonus, deMinimis.headroomCents - grant);
      }
    }
  }

  const refused = !input.applicantEligible || input.blockedEarlier || blockers.length > 0;
  if (refused) {
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
    // Nothing is granted, so no limit on the grant applied; but a ceiling or headroom used up is said
    // even then, since it is why fixing the refusal would still earn nothing.
    limits: refused ? (closing.length > 0 ? closing : NO_LIMITS) : limits,
    hints: refused ? hints.filter((h) => h.code !== 'DE_MINIMIS_CUT') : hints,
    deMinimis,
    ...(roomCents === undefined ? {} : { roomCents }),
  };
}

const NO_LIMITS: Reason[] = [];

const sectorOf = (code: string) => code.replace(/^[A-Z]/, '');

/** The lowest sector ceiling the company's activity falls under, if the call sets any. */
function sectorCeiling(
  rule: NonNullable<CallRules['deMinimis']>,
  sectorCode: string,
): { cents: number; article: string } | undefined {
  let found: { cents: number; article: string } | undefined;
  for (const ceiling of rule.sectorCeilings ?? []) {
    if (!ceiling.sectors.some((prefix) => sectorOf(sectorCode).startsWith(prefix))) continue;
    if (!found || ceiling.cents < found.cents) found = { cents: ceiling.cents, article: ceiling.article };
  }
  return found;
}
