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

export async function createInMemoryApp(
  options: {
    now?: () => Date;
    /** Swaps ports for test doubles, e.g. one that skips a check, to prove a test catches its absence. */
    wrapDeps?: (deps: AppDeps) => AppDeps;
  } = {},
) {
  const now = options.now ?? (() => new Date());
  const issuer = await createDevIssuer();
  const errors: KeptErrors['errors'] = [];
  const log: KeptErrors = { errors, error: (message, attributes) => errors.push({ message, attributes }) };
  const audit = new InMemoryAuditLog();
  const budgets = new InMemoryBudgetStore();
  const idempotency = new InMemoryIdempotencyStore();
  const applications = new InMemoryApplicationStore(budgets, idempotency, audit);
  const stores: AppDeps = {
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
  const deps = options.wrapDeps ? options.wrapDeps(stores) : stores;
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

  return { app, deps, errors, tokenFor, request: jsonRequestTo(app) };
}

/**
 * JSON requests through a whole app, as API Gateway or the local server sends them: a string body goes
 * as it is, anything else as JSON; JSON answers come back parsed, the few that are not (the docs page
 * and its files) as text.
 */
export function jsonRequestTo(app: { request: ReturnType<typeof createApp>['request'] }) {
  return async (
    method: string,
    path: string,
    init: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
  ) => {
    const headers: Record<string, string> = { ...init.headers };
    if (init.token) headers.authorization = `Bearer ${init.token}`;
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    const body = typeof init.body === 'string' ? init.body : JSON.stringify(init.body);
    const response = await app.request(path, {
      method,
      headers,
      body: init.body === undefined ? undefined : body,
    });
    const text = await response.text();
    const json = response.headers.get('content-type')?.includes('json');
    return {
      status: response.status,
      headers: response.headers,
      // biome-ignore lint/suspicious/noExplicitAny: any route's answer, read by the test that asked.
      body: (text ? (json ? JSON.parse(text) : text) : undefined) as any,
    };
  };
}
