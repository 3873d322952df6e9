/** An SME's company profile and digitalisation plans, with the matches and eligibility reports built on them. */
import { Hono } from 'hono/tiny';
import type { AppDeps } from '../app-deps';
import type { AppEnv } from '../app-env';
import { companyRoutes } from '../routes/companies';
import { planRoutes } from '../routes/plans';

export function plansArea(deps: AppDeps) {
  return new Hono<AppEnv>().route('/companies', companyRoutes(deps)).route('/plans', planRoutes(deps));
}
