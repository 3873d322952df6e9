/** Wires the real adapters (DynamoDB, JWKS) into the API's deps; used by Lambda, the local server and tests. */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ulid } from 'ulid';
import type { BudgetStore, IdempotencyStore } from '../applications/application-ports';
import { createTokenVerifier, type TokenVerifierConfig } from '../auth/token-verifier';
import type { CatalogueStore } from '../catalogue/catalogue-store';
import type { ConsultancyStore } from '../consultancies/consultancy-store';
import { DynamoApplicationStore } from '../data/dynamo-application-store';
import { DynamoAuditStore } from '../data/dynamo-audit-store';
import { DynamoCallStore } from '../data/dynamo-call-store';
import { DynamoCompanyStore } from '../data/dynamo-company-store';
import { DynamoPlanStore } from '../data/dynamo-plan-store';
import { DynamoRateLimiter } from '../data/dynamo-rate-limiter';
import { RATE_LIMITS } from '../rate-limits/rate-limiter';
import type { ReviewStore } from '../reviews/review-store';
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
  /**
   * The budget and idempotency-key adapters (`dynamoClickDay` in ./wire-click-day.ts), for the
   * applications and calls areas; left out, their ports refuse, as the catalogue's do.
   */
  clickDay?: (
    db: DynamoDBDocumentClient,
    tableName: string,
    now: () => Date,
  ) => { budgets: BudgetStore; idempotency: IdempotencyStore };
  /**
   * The review and consultancy adapters (`dynamoReviewing` in ./wire-reviewing.ts), for the reviews
   * area; left out, their ports refuse.
   */
  reviewing?: (
    db: DynamoDBDocumentClient,
    tableName: string,
  ) => { reviews: ReviewStore; consultancies: ConsultancyStore };
}

const notWired = (): never => {
  throw new Error('This port is not wired into this function (see WireOptions).');
};
const NO_CATALOGUE: CatalogueStore = {
  get: notWired,
  getVersion: notWired,
  listSourceIds: notWired,
  listActive: notWired,
  save: notWired,
  auditTrail: notWired,
};

const NO_CLICK_DAY: { budgets: BudgetStore; idempotency: IdempotencyStore } = {
  budgets: {
    open: notWired,
    receive: notWired,
    settle: notWired,
    release: notWired,
    get: notWired,
    marker: notWired,
    allocation: notWired,
    returnToPool: notWired,
    withFreedGrants: notWired,
  },
  idempotency: { claim: notWired, get: notWired },
};

const NO_REVIEWING: { reviews: ReviewStore; consultancies: ConsultancyStore } = {
  reviews: {
    create: notWired,
    get: notWired,
    idForApplication: notWired,
    listForConsultant: notWired,
    replace: notWired,
    sign: notWired,
  },
  consultancies: { get: notWired, put: notWired, page: notWired },
};

export function wireDeps(options: WireOptions): AppDeps {
  const now = options.now ?? (() => new Date());
  const clickDay = options.clickDay?.(options.db, options.tableName, now) ?? NO_CLICK_DAY;
  const reviewing = options.reviewing?.(options.db, options.tableName) ?? NO_REVIEWING;
  return {
    calls: new DynamoCallStore(options.db, options.tableName, now),
    catalogue: options.catalogue?.(options.db, options.tableName) ?? NO_CATALOGUE,
    companies: new DynamoCompanyStore(options.db, options.tableName),
    plans: new DynamoPlanStore(options.db, options.tableName),
    applications: new DynamoApplicationStore(options.db, options.tableName),
    budgets: clickDay.budgets,
    idempotency: clickDay.idempotency,
    audit: new DynamoAuditStore(options.db, options.tableName),
    reviews: reviewing.reviews,
    consultancies: reviewing.consultancies,
    rateLimiter: new DynamoRateLimiter(options.db, options.tableName, RATE_LIMITS, now),
    verifyToken: createTokenVerifier(options.auth),
    now,
    newId: () => ulid(),
    log: options.log,
  };
}
