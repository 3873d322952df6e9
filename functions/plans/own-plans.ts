/**
 * The signed-in SME's digitalisation plans: a page of them, one by id, create and update. A plan's id
 * and owner are set here, never taken from the body, so an SME can only ever write its own plans; a
 * lost race on the revision is refused with the stored plan (StaleRevisionError).
 */
import type * as z from 'zod';
import type { planInputSchema } from '../../shared/plans/plan-schema';
import type { AppDeps } from '../api/app-deps';
import type { AuthUser } from '../auth/token-verifier';
import type { PageRequest } from '../calls/call-store';
import type { Page } from '../data/page-cursor';
import { ConflictError, StaleRevisionError } from '../data/store-errors';
import { NotFoundError } from '../errors/use-case-errors';
import type { PlanRecord } from './plan-store';

type PlanDeps = Pick<AppDeps, 'plans' | 'now'>;
type PlanInput = z.output<typeof planInputSchema>;

export function pageOfOwnPlans(
  deps: Pick<AppDeps, 'plans'>,
  user: AuthUser,
  page: PageRequest,
): Promise<Page<PlanRecord>> {
  return deps.plans.page(user.orgId, page);
}

export async function ownPlan(
  deps: Pick<AppDeps, 'plans'>,
  orgId: string,
  planId: string,
): Promise<PlanRecord> {
  const record = await deps.plans.get(orgId, planId);
  if (!record) throw new NotFoundError('not_found', 'You have no plan with this id.');
  return record;
}

export async function createPlan(
  deps: PlanDeps & Pick<AppDeps, 'newId'>,
  user: AuthUser,
  input: PlanInput,
): Promise<PlanRecord> {
  const { revision: _ignored, ...body } = input;
  const record: PlanRecord = {
    plan: { ...body, id: deps.newId(), companyId: user.orgId },
    revision: 1,
    updatedAt: deps.now().toISOString(),
  };
  await deps.plans.put(record, 0);
  return record;
}

export async function updatePlan(
  deps: PlanDeps,
  user: AuthUser,
  planId: string,
  input: PlanInput,
): Promise<PlanRecord> {
  const { revision, ...body } = input;
  await ownPlan(deps, user.orgId, planId);
  const record: PlanRecord = {
    plan: { ...body, id: planId, companyId: user.orgId },
    revision: revision + 1,
    updatedAt: deps.now().toISOString(),
  };
  try {
    await deps.plans.put(record, revision);
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    throw new StaleRevisionError(error.message, await deps.plans.get(user.orgId, planId));
  }
  return record;
}
