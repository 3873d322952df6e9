/**
 * What the engine says about one of the SME's plans: its matches against every open call (with the
 * line fixes of the calls that grant nothing), and the explained report against one call (which the
 * application form also shows before submitting). Calls are matched on the day in UTC; deadlines
 * themselves are compared as instants.
 */

import type { Call } from '../../shared/calls/call-schema';
import type { Company } from '../../shared/companies/company-schema';
import type { CallRules } from '../../shared/eligibility/call-rules-schema';
import { evaluate } from '../../shared/eligibility/evaluate';
import { matchCalls } from '../../shared/eligibility/match-calls';
import { type PlanMatch, withLineFixes } from '../../shared/eligibility/match-line-fixes';
import type { EligibilityReport } from '../../shared/eligibility/report';
import type { Plan } from '../../shared/plans/plan-schema';
import type { AppDeps } from '../api/app-deps';
import type { AuthUser } from '../auth/token-verifier';
import { ownCompany } from '../companies/company-profile';
import { NotFoundError, RuleRefusalError } from '../errors/use-case-errors';
import type { OpenCallsIndex } from './open-calls-index';
import { ownPlan } from './own-plans';

type EligibilityDeps = Pick<AppDeps, 'plans' | 'companies' | 'calls' | 'now'>;

const today = (now: Date) => now.toISOString().slice(0, 10);

function settled<T>(result: PromiseSettledResult<T>): T {
  if (result.status === 'rejected') throw result.reason;
  return result.value;
}

/**
 * The plan ranked against every open call with rules. The plan, the company and the open calls'
 * change counter are read together (one round trip's wait); the calls come from the warm index
 * unless the counter moved.
 */
export async function planMatches(
  deps: EligibilityDeps,
  openCalls: OpenCallsIndex,
  user: AuthUser,
  planId: string,
): Promise<{ items: PlanMatch[] }> {
  const reads = await Promise.allSettled([
    ownPlan(deps, user.orgId, planId),
    ownCompany(deps, user.orgId),
    deps.calls.openCallChanges(),
  ] as const);
  // Told in this order whatever finishes first: no such plan (404) before no profile (422).
  const { plan } = settled(reads[0]);
  const company = settled(reads[1]);
  const changes = settled(reads[2]);
  const now = deps.now();
  const calls = await openCalls.openAt(changes, now);
  const input = { plan, company, calls, on: today(now) };
  return { items: withLineFixes(matchCalls(input), input) };
}

export interface ExplainedReport {
  plan: Plan;
  company: Company;
  call: Call;
  rules: CallRules;
  report: EligibilityReport;
}

/** The explained report of one of the SME's plans for one call; applying needs the call still open. */
export async function explainedReport(
  deps: EligibilityDeps,
  user: AuthUser,
  planId: string,
  callId: string,
  needs: 'open' | 'published-or-closed',
): Promise<ExplainedReport> {
  // Read together (one round trip's wait), told in this order whatever finishes first: no such plan
  // (404) before no profile (422) before no such call.
  const reads = await Promise.allSettled([
    ownPlan(deps, user.orgId, planId),
    ownCompany(deps, user.orgId),
    deps.calls.get(callId),
  ] as const);
  const { plan } = settled(reads[0]);
  const company = settled(reads[1]);
  const call = settled(reads[2]);
  if (!call || call.status === 'draft' || (needs === 'open' && call.status !== 'published')) {
    throw new NotFoundError('not_found', `No ${needs === 'open' ? 'open' : 'published'} call has this id.`);
  }
  const rules = call.rules;
  if (!rules) throw new RuleRefusalError('no_rules', 'This call has no structured rules to check against.');
  const report = evaluate({
    call: { id: call.id, version: call.version ?? 1, rules, rulesHash: call.rulesHash },
    plan,
    company,
    on: today(deps.now()),
  });
  return { plan, company, call, rules, report };
}

/** What the application form shows before submitting: nothing is stored until the submit. */
export async function applicationDraft(
  deps: EligibilityDeps,
  user: AuthUser,
  planId: string,
  callId: string,
) {
  const { plan, company, call, rules, report } = await explainedReport(deps, user, planId, callId, 'open');
  return {
    planId: plan.id,
    callId: call.id,
    callVersion: report.callVersion,
    closesAt: call.closesAt,
    timeZone: call.timeZone,
    questions: call.questions,
    declarations: rules.applicant.requiredDeclarations,
    declared: company.declarations,
    report,
    // A plan the rules fund with €0 is refused on submit unless the call takes such applications.
    takesUnfundedApplications: call.takesUnfundedApplications === true,
    // What the report page shows beside the report (the call's title, the lines' descriptions) and what
    // its what-if edits re-run the engine on: the same call version, plan and company, in this one answer
    // rather than three more requests on the first screen's path.
    title: call.title,
    rules,
    plan,
    company,
  };
}
