/** Everything the API needs from the outside world, injected so tests and Lambda wire the same app. */
import type { TokenVerifier } from '../auth/token-verifier';
import type { CallStore } from '../calls/call-store';
import type { CompanyStore } from '../companies/company-store';
import type { PlanStore } from '../plans/plan-store';

export interface AppDeps {
  calls: CallStore;
  companies: CompanyStore;
  plans: PlanStore;
  verifyToken: TokenVerifier;
  now: () => Date;
  newId: () => string;
}
