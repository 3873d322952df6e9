/**
 * The API split into areas, one Lambda each: which gateway routes reach it, which of them are public
 * reads, and exactly which DynamoDB actions its code issues. An integration test records the actions
 * each area really sends to DynamoDB Local and checks them against this list, in both directions.
 */
export type TableAction = 'GetItem' | 'PutItem' | 'UpdateItem' | 'Query';

export interface ApiAreaSpec {
  name: 'system' | 'calls' | 'catalogue' | 'plans' | 'applications' | 'reviews';
  /** Entry point under functions/. */
  entry: string;
  /** Gateway paths (any method, Cognito JWT required). */
  routes: string[];
  /** Gateway paths open to GET without signing in. */
  publicReads: string[];
  tableActions: TableAction[];
  memoryMb: number;
}

export const API_AREAS: readonly ApiAreaSpec[] = [
  {
    name: 'system',
    entry: 'lambda/system.ts',
    // The catch-all: unknown paths get the API's JSON 404 instead of the gateway's.
    routes: ['/api/{proxy+}'],
    publicReads: ['/api/health', '/api/openapi.json', '/api/docs', '/api/docs.js', '/api/docs.css'],
    tableActions: [],
    memoryMb: 256,
  },
  {
    name: 'calls',
    entry: 'lambda/calls.ts',
    routes: ['/api/calls', '/api/calls/{proxy+}'],
    publicReads: [
      '/api/calls',
      '/api/calls/{id}',
      '/api/calls/{id}/availability',
      '/api/calls/{id}/versions/{version}',
    ],
    // UpdateItem: publishing, an erratum or closing adds 1 to the open calls' change counter (AP23).
    tableActions: ['GetItem', 'PutItem', 'UpdateItem', 'Query'],
    memoryMb: 512,
  },
  {
    name: 'catalogue',
    entry: 'lambda/catalogue.ts',
    // fits/{planId} (an SME's) and {sourceId}/adopt (an association's) need a JWT; search and a
    // record's page are public reads.
    routes: [
      '/api/catalogue',
      '/api/catalogue/{sourceId}',
      '/api/catalogue/fits/{planId}',
      '/api/catalogue/{sourceId}/adopt',
    ],
    publicReads: ['/api/catalogue', '/api/catalogue/{sourceId}'],
    // PutItem: adopting writes a draft call and its audit entry.
    tableActions: ['GetItem', 'PutItem', 'Query'],
    // The search index of ~6,000 records is built in memory on a cold start (ADR 0017).
    memoryMb: 1024,
  },
  {
    name: 'plans',
    entry: 'lambda/plans.ts',
    routes: ['/api/companies/{proxy+}', '/api/plans', '/api/plans/{proxy+}'],
    publicReads: [],
    tableActions: ['GetItem', 'PutItem', 'Query'],
    // Matching runs the engine over every open call: more memory is more CPU.
    memoryMb: 1024,
  },
  {
    name: 'applications',
    entry: 'lambda/applications.ts',
    // The standing has a route of its own so the gateway can hold waitlisted receipts' polling below
    // what would crowd the submits out of this function's concurrency (stage-config.ts).
    routes: ['/api/applications', '/api/applications/{id}/standing', '/api/applications/{proxy+}'],
    publicReads: [],
    tableActions: ['GetItem', 'PutItem', 'UpdateItem', 'Query'],
    memoryMb: 1024,
  },
  {
    name: 'reviews',
    entry: 'lambda/reviews.ts',
    // More specific than /api/applications/{proxy+}, so sharing and the SME's read of its signed
    // review reach the reviews function.
    routes: [
      '/api/applications/{id}/share',
      '/api/applications/{id}/review',
      '/api/applications/{id}/sharing',
      '/api/reviews',
      '/api/reviews/{proxy+}',
      '/api/consultancies',
      '/api/consultancies/{proxy+}',
    ],
    publicReads: [],
    tableActions: ['GetItem', 'PutItem', 'UpdateItem', 'Query'],
    memoryMb: 512,
  },
];

/** The reconciler's table actions (infra/lib/reconciler.ts; tests/integration/reconciler.test.ts records them). */
export const RECONCILER_TABLE_ACTIONS: TableAction[] = ['GetItem', 'Query', 'UpdateItem', 'PutItem'];

/** The daily catalogue import's table actions (infra/lib/catalogue-import.ts; tests/integration/catalogue-refresh.test.ts records them). */
export const CATALOGUE_IMPORT_TABLE_ACTIONS: TableAction[] = ['GetItem', 'PutItem', 'Query'];

export const PUBLIC_READS = API_AREAS.flatMap((area) => area.publicReads);
