/**
 * Submitting an application, safe against retries and races: the call must be open and at the
 * version the form showed; the Idempotency-Key claims one application id; the company's one place in
 * the call is claimed for it (a second live application is refused before reserving anything); the
 * call's budget item gives the receipt number and reserves the grant in one atomic write (idempotent
 * per application); the application and the key's completion are written in one transaction. Any
 * step can be retried with the same key and ends in the same application.
 */
import type { Application, ApplicationInput } from '../../shared/applications/application-schema';
import { answerProblems } from '../../shared/calls/call-schema';
import { contentHash } from '../../shared/eligibility/content-hash';
import { evaluate } from '../../shared/eligibility/evaluate';
import type { AppDeps } from '../api/app-deps';
import { auditEntry } from '../audit/audit-entry';
import type { AuthUser } from '../auth/token-verifier';
import { ConflictError } from '../data/store-errors';
import { NotFoundError, RuleRefusalError, StateConflictError } from '../errors/use-case-errors';
import { alreadyApplied, assertCallTakesApplications, callAsShown } from './call-acceptance';

/**
 * How long a submit may hold the company's place before the reconciler treats it as dead: far above
 * the API's own timeout (29 s at the gateway), so a live request is never swept.
 */
export const CLAIM_SECONDS = 120;

export interface SubmitResult {
  application: Application;
  /** True when this request repeated an earlier one and got its stored answer. */
  replayed: boolean;
}

export async function submitApplication(
  deps: AppDeps,
  user: AuthUser,
  input: ApplicationInput,
  idempotencyKey: string,
): Promise<SubmitResult> {
  const orgId = user.orgId;
  const requestHash = contentHash(input);
  const replay = async (applicationId: string): Promise<SubmitResult | undefined> => {
    const stored = await deps.applications.get(orgId, applicationId);
    return stored ? { application: stored, replayed: true } : undefined;
  };
  const refuseReuse = (hash: string) => {
    if (hash !== requestHash) {
      throw new RuleRefusalError(
        'idempotency_key_reused',
        'This Idempotency-Key was used for a different request.',
      );
    }
  };

  // Read together, one round trip's wait fewer for a fresh submit (the click-day case). A retry of a
  // finished request answers from the key and its application alone, as before: a failed read of the
  // plan, company or call it no longer needs must not turn its stored answer into an error.
  const [earlierRead, planRead, companyRead, callRead] = await Promise.allSettled([
    deps.idempotency.get(orgId, idempotencyKey),
    deps.plans.get(orgId, input.planId),
    deps.companies.get(orgId),
    deps.calls.get(input.callId),
  ]);
  const earlier = settledValue(earlierRead);
  if (earlier) {
    refuseReuse(earlier.requestHash);
    const done = earlier.done ? await replay(earlier.applicationId) : undefined;
    if (done) return done;
  }
  const planRecord = settledValue(planRead);
  const companyRecord = settledValue(companyRead);
  const call = settledValue(callRead);

  if (!planRecord)
    throw new NotFoundError('not_found', 'You have no plan with this id.', [
      { path: 'planId', message: 'not found' },
    ]);
  if (!companyRecord)
    throw new RuleRefusalError('profile_missing', 'Complete your company profile before applying.');
  if (!call || call.status === 'draft') {
    throw new NotFoundError('not_found', 'No published call has this id.', [
      { path: 'callId', message: 'not found' },
    ]);
  }
  const now = deps.now();
  // A retry of a request that already holds the company's place in the call was received in time: it
  // may finish after the call closed or changed. Any other request meets today's rules.
  const resuming =
    earlier !== undefined && (await deps.applications.slotHolder(orgId, call.id)) === earlier.applicationId;
  if (!resuming) assertCallTakesApplications(call, now);
  const shown = await callAsShown(deps, call, input.callVersion, resuming);
  if (!shown.rules)
    throw new RuleRefusalError('no_rules', 'This call has no structured rules; apply on its own site.');
  const problems = answerProblems(shown.questions ?? [], input.answers);
  if (problems.length > 0) {
    throw new RuleRefusalError(
      'answers_invalid',
      "Some answers to the call's questions are missing or wrong.",
      problems,
    );
  }

  // Evaluated before anything is claimed: a refused plan leaves no key, place or budget behind.
  const version = shown.version ?? 1;
  const evaluatedWith = {
    plan: planRecord.plan,
    company: {
      ...companyRecord.company,
      declarations: [...new Set([...companyRecord.company.declarations, ...input.declarations])],
    },
  };
  const report = evaluate({
    call: { id: shown.id, version, rules: shown.rules, rulesHash: shown.rulesHash },
    ...evaluatedWith,
    on: now.toISOString().slice(0, 10),
  });
  const grantCents = report.fundable ? report.totals.grantCents + report.totals.bonusCents : 0;
  if (grantCents === 0 && shown.takesUnfundedApplications !== true) {
    throw new RuleRefusalError(
      'unfundable',
      "This call's rules give your plan no grant (€0), so the application cannot be sent. The eligibility report says line by line what would change that.",
      [{ path: 'planId', message: 'gets no grant from this call' }],
    );
  }

  let applicationId = earlier?.applicationId ?? deps.newId();
  if (!earlier) {
    const claim = await deps.idempotency.claim(orgId, idempotencyKey, { applicationId, requestHash });
    if (claim !== 'claimed') {
      // Another request with the same key won the race: finish the same application.
      refuseReuse(claim.requestHash);
      applicationId = claim.applicationId;
    }
  }
  // One live application per company and call, claimed before any budget is reserved: a second
  // submit with another key stops here and reserves nothing.
  const deadline = new Date(now.getTime() + CLAIM_SECONDS * 1000).toISOString();
  const holder = await deps.applications.claimSlot(orgId, call.id, applicationId, deadline);
  if (holder !== undefined) throw alreadyApplied(holder);

  const firstCome = shown.rules.allocation.mode === 'first-come';
  const outcome = await deps.budgets.receive(
    call.id,
    applicationId,
    firstCome ? grantCents : 0,
    call.budgetCents,
  );
  if (!outcome) {
    // Another request with the same key wrote the application meanwhile.
    const done = await replay(applicationId);
    if (done) return done;
    throw new ConflictError(`application ${applicationId} is being written`);
  }

  const application: Application = {
    id: applicationId,
    companyId: orgId,
    companyName: companyRecord.company.name,
    companyRegionCodes: companyRecord.company.regionCodes,
    callId: call.id,
    callTitle: shown.title,
    callVersion: version,
    planId: input.planId,
    status:
      !firstCome || grantCents === 0 ? 'submitted' : outcome.reservedCents > 0 ? 'reserved' : 'waitlisted',
    receipt: { receiptNo: outcome.receiptNo, receivedAt: now.toISOString() },
    reservedCents: outcome.reservedCents,
    requestedGrantCents: grantCents,
    declarations: input.declarations,
    answers: input.answers,
    report,
    // Kept so a consultant's review can re-run the engine on exactly these inputs.
    evaluatedWith,
    revision: 1,
  };
  try {
    const { report: _report, ...summary } = application;
    const audit = auditEntry(
      user,
      'application',
      application.id,
      'submitted',
      undefined,
      summary,
      now.toISOString(),
    );
    await deps.applications.create(application, { orgId, key: idempotencyKey }, audit);
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    const done = await replay(applicationId);
    // Written by another request with the same key: with our receipt, settle it; with another one,
    // ours was a second receipt, whose reservation goes to the waitlist.
    if (done?.application.receipt.receiptNo === outcome.receiptNo) {
      await deps.budgets.settle(call.id, applicationId, outcome.receiptNo);
      await deps.applications.clearClaim(orgId, call.id, applicationId);
    } else await deps.budgets.release(call.id, applicationId, outcome);
    if (done) return done;
    throw new StateConflictError(
      'submit_expired',
      'Your submission took too long and was not saved; submit it again.',
    );
  }
  await deps.budgets.settle(call.id, applicationId, outcome.receiptNo);
  await deps.applications.clearClaim(orgId, call.id, applicationId);
  return { application, replayed: false };
}

/** The value of a settled read, or its error thrown where the read's answer is needed. */
function settledValue<T>(read: PromiseSettledResult<T>): T {
  if (read.status === 'rejected') throw read.reason;
  return read.value;
}
