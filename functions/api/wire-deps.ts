/** Wires the real adapters (DynamoDB, JWKS) into the API's deps; used by Lambda, the local server and tests. */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ulid } from 'ulid';
import { createTokenVerifier, type TokenVerifierConfig } from '../auth/token-verifier';
import { CatalogueIndexCache } from '../catalogue/catalogue-index-cache';
import { DynamoApplicationStore } from '../data/dynamo-application-store';
import { DynamoAuditStore } from '../data/dynamo-audit-store';
import { DynamoBudgetStore } from '../data/dynamo-budget-store';
import { DynamoCallStore } from '../data/dynamo-call-store';
import { DynamoCatalogueStore } from '../data/dynamo-catalogue-store';
import { DynamoCompanyStore } from '../data/dynamo-company-store';
import { DynamoConsultancyStore } from '../data/dynamo-consultancy-store';
import { DynamoIdempotencyStore } from '../data/dynamo-idempotency-store';
import { DynamoPlanStore } from '../data/dynamo-plan-store';
import { DynamoRateLimiter } from '../data/dynamo-rate-limiter';
import { DynamoReviewStore } from '../data/dynamo-review-store';
import { RATE_LIMITS } from '../rate-limits/rate-limiter';
import type { AppDeps } from './app-deps';
import type { ErrorLog } from './error-log';

export interface WireOptions {
  db: DynamoDBDocumentClient;
  tableName: string;
  auth: TokenVerifierConfig;
  now?: () => Date;
  log?: ErrorLog;
}

export function wireDeps(options: WireOptions): AppDeps {
  const now = options.now ?? (() => new Date());
  const catalogue = new DynamoCatalogueStore(options.db, options.tableName);
  return {
    calls: new DynamoCallStore(options.db, options.tableName),
    catalogue,
    catalogueIndex: new CatalogueIndexCache(catalogue, now),
    companies: new DynamoCompanyStore(options.db, options.tableName),
    plans: new DynamoPlanStore(options.db, options.tableName),
    applications: new DynamoApplicationStore(options.db, options.tableName),
    budgets: new DynamoBudgetStore(options.db, options.tableName),
    idempotency: new DynamoIdempotencyStore(options.db, options.tableName, now),
    audit: new DynamoAuditStore(options.db, options.tableName),
    reviews: new DynamoReviewStore(options.db, options.tableName),
    consultancies: new DynamoConsultancyStore(options.db, options.tableName),
    rateLimiter: new DynamoRateLimiter(options.db, options.tableName, RATE_LIMITS, now),
    verifyToken: createTokenVerifier(options.auth),
    now,
    newId: () => ulid(),
    log: options.log,
  };
}
