/**
 * The whole Hono app on in-memory adapters, with a local token issuer: route tests run beside the code
 * through `app.request`, without a JVM. Every port has an in-memory twin held to the same contract as
 * its DynamoDB adapter (ADR 0020); what only DynamoDB can show (isolation under concurrency, faults,
 * consumed capacity) is tested in the integration project on DynamoDB Local.
 */
import { ulid } from 'ulid';
import type { Role } from '../../shared/auth/roles';
import { createApp } from '../api/app';
import type { AppDeps } from '../api/app-deps';
import type { ErrorLog } from '../api/error-log';
import { createTokenVerifier } from '../auth/token-verifier';
import { InMemoryCatalogueStore } from '../catalogue/in-memory-catalogue-store';
import { createDevIssuer } from '../local/dev-issuer';
import { InMemoryRateLimiter } from '../rate-limits/in-memory-rate-limiter';
import { RATE_LIMITS } from '../rate-limits/rate-limiter';
import { InMemoryApplicationStore } from './in-memory-application-store';
import { InMemoryAuditLog } from './in-memory-audit-log';
import { InMemoryBudgetStore } from './in-memory-budget-store';
import { InMemoryCallStore } from './in-memory-call-store';
import { InMemoryCompanyStore } from './in-memory-company-store';
import { InMemoryConsultancyStore } from './in-memory-consultancy-store';
import { InMemoryIdempotencyStore } from './in-memory-idempotency-store';
import { InMemoryPlanStore } from './in-memory-plan-store';
import { InMemoryReviewStore } from './in-memory-review-store';

/** Failures that are ours, kept for the test to read instead of printed. */
export interface KeptErrors extends ErrorLog {
  errors: { message: string; attributes: Record<string, unknown> }[];
}

export async function createInMemoryApp(options: { now?: () => Date } = {}) {
  const now = options.now ?? (() => new Date());
  const issuer = await createDevIssuer();
  const errors: KeptErrors['errors'] = [];
  const log: KeptErrors = { errors, error: (message, attributes) => errors.push({ message, attributes }) };
  const audit = new InMemoryAuditLog();
  const budgets = new InMemoryBudgetStore();
  const idempotency = new InMemoryIdempotencyStore();
  const applications = new InMemoryApplicationStore(budgets, idempotency, audit);
  const deps: AppDeps = {
    calls: new InMemoryCallStore(audit, now),
    catalogue: new InMemoryCatalogueStore(),
    companies: new InMemoryCompanyStore(),
    plans: new InMemoryPlanStore(),
    applications,
    budgets,
    idempotency,
    audit,
    reviews: new InMemoryReviewStore(applications, audit),
    consultancies: new InMemoryConsultancyStore(),
    rateLimiter: new InMemoryRateLimiter(RATE_LIMITS, now),
    verifyToken: createTokenVerifier({
      issuer: issuer.issuer,
      audience: issuer.audience,
      jwks: { keys: issuer.jwks },
    }),
    log,
    now,
    newId: () => ulid(),
  };
  const app = createApp(deps);

  const tokenFor = (role: Role, orgId: string) =>
    issuer.sign({
      sub: `${role}-${orgId}`,
      email: `${orgId}@example.test`,
      name: orgId,
      orgName: orgId,
      role,
      orgId,
    });

  /** A JSON request through the whole app, as API Gateway or the local server sends it. */
  const request = async (
    method: string,
    path: string,
    init: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
  ) => {
    const headers: Record<string, string> = { ...init.headers };
    if (init.token) headers.authorization = `Bearer ${init.token}`;
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    const response = await app.request(path, {
      method,
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
  };

  return { app, deps, errors, tokenFor, request };
}
