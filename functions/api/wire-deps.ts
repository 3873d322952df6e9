/** Wires the real adapters (DynamoDB, JWKS) into the API's deps; used by Lambda, the local server and tests. */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ulid } from 'ulid';
import { createTokenVerifier, type TokenVerifierConfig } from '../auth/token-verifier';
import { DynamoCallStore } from '../data/dynamo-call-store';
import { DynamoCompanyStore } from '../data/dynamo-company-store';
import { DynamoPlanStore } from '../data/dynamo-plan-store';
import type { AppDeps } from './app-deps';

export interface WireOptions {
  db: DynamoDBDocumentClient;
  tableName: string;
  auth: TokenVerifierConfig;
  now?: () => Date;
}

export function wireDeps(options: WireOptions): AppDeps {
  return {
    calls: new DynamoCallStore(options.db, options.tableName),
    companies: new DynamoCompanyStore(options.db, options.tableName),
    plans: new DynamoPlanStore(options.db, options.tableName),
    verifyToken: createTokenVerifier(options.auth),
    now: options.now ?? (() => new Date()),
    newId: () => ulid(),
  };
}
