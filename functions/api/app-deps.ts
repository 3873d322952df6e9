/** Everything the API needs from the outside world, injected so tests and Lambda wire the same app. */

import type { ApplicationStore, BudgetStore, IdempotencyStore } from '../applications/application-ports';
import type { AuditStore } from '../audit/audit-store';
import type { TokenVerifier } from '../auth/token-verifier';
import type { CallStore } from '../calls/call-store';
import type { CatalogueStore } from '../catalogue/catalogue-store';
import type { CompanyStore } from '../companies/company-store';
import type { ConsultancyStore } from '../consultancies/consultancy-store';
import type { PlanStore } from '../plans/plan-store';
import type { RateLimiter } from '../rate-limits/rate-limiter';
import type { ReviewStore } from '../reviews/review-store';
import type { ErrorLog } from './error-log';

export interface AppDeps {
  calls: CallStore;
  /**
   * The imported national catalogue (incentivi.gov.it). Only the catalogue area reads it; the other
   * areas' Lambdas are wired without its adapter (see WireOptions.catalogue) to keep their bundles small.
   */
  catalogue: CatalogueStore;
  companies: CompanyStore;
  plans: PlanStore;
  applications: ApplicationStore;
  budgets: BudgetStore;
  idempotency: IdempotencyStore;
  audit: AuditStore;
  reviews: ReviewStore;
  /** The consultancy directory SMEs pick from when they share an application. */
  consultancies: ConsultancyStore;
  /** Per-organisation limits on sharing and submitting (429 past them). */
  rateLimiter: RateLimiter;
  verifyToken: TokenVerifier;
  /** Failures that are ours (5xx); defaults to JSON lines on stderr. */
  log?: ErrorLog;
  now: () => Date;
  newId: () => string;
}
