/** Wires the real adapters (DynamoDB, JWKS) into the API's deps; used by Lambda, the local server and tests. */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ulid } from 'ulid';
import { createTokenVerifier, type TokenVerifierConfig } from '../auth/token-verifier';
import type { CatalogueStore } from '../catalogue/catalogue-store';
import { DynamoApplicationStore } from '../data/dynamo-application-store';
import { DynamoAuditStore } from '../data/dynamo-audit-store';
import { DynamoBudgetStore } from '../data/dynamo-budget-store';
import { DynamoCallStore } from '../data/dynamo-call-store';
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
  /**
   * The catalogue's adapter, for the catalogue area, the local server and tests
   * (`dynamoCatalogue` in ./wire-catalogue.ts). Left out, catalogue reads fail: the other areas'
   * Lambdas never serve them, and their bundles need not carry the catalogue's schema.
   */
  catalogue?: (db: DynamoDBDocumentClient, tableName: string) => CatalogueStore;
}

const notWired = (): never => {
  throw new Error('The catalogue is not wired into this function.');
};
const NO_CATALOGUE: CatalogueStore = {
  get: notWired,
  getVersion: notWired,
  listSourceIds: notWired,
  listActive: notWired,
  save: notWired,
  auditTrail: notWired,
};

export function wireDeps(options: WireOptions): AppDeps {
  const now = options.now ?? (() => new Date());
  return {
    calls: new DynamoCallStore(options.db, options.tableName, now),
    catalogue: options.catalogue?.(options.db, options.tableName) ?? NO_CATALOGUE,
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
