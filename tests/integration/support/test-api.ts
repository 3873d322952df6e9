/** A real API over a fresh table in the shared DynamoDB Local, plus signed tokens for any user. */
import { randomUUID } from 'node:crypto';
import { DeleteTableCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { inject } from 'vitest';
import { createApp } from '../../../functions/api/app';
import type { AppDeps } from '../../../functions/api/app-deps';
import { wireAllDeps } from '../../../functions/api/wire-all-deps';
import { createDocumentClient, createDynamoClient } from '../../../functions/data/dynamo-client';
import { ensureTable } from '../../../functions/data/ensure-table';
import { jsonRequestTo } from '../../../functions/in-memory/in-memory-app';
import { createDevIssuer } from '../../../functions/local/dev-issuer';
import type { Role } from '../../../shared/auth/roles';

/** Every request path must use keys and indexes: a Scan anywhere in the API fails the test that caused it. */
function refuseScans(client: DynamoDBClient): void {
  client.middlewareStack.add(
    (next, context) => async (args) => {
      if (context.commandName === 'ScanCommand') {
        throw new Error(`A request path issued a DynamoDB Scan: ${JSON.stringify(args.input)}`);
      }
      return next(args);
    },
    { step: 'initialize', name: 'refuseScans' },
  );
}

/** The IAM actions a DynamoDB command needs: a transaction needs each of its items' actions. */
export function tableActionsOf(commandName: string, input: Record<string, unknown>): string[] {
  const name = commandName.replace(/(Item)?Command$/, '');
  if (name === 'TransactWrite' || name === 'TransactWriteItems') {
    const items = (input.TransactItems ?? []) as Record<string, unknown>[];
    return items.flatMap((item) => Object.keys(item).map((kind) => `${kind}Item`));
  }
  return [{ Get: 'GetItem', Put: 'PutItem', Update: 'UpdateItem', Delete: 'DeleteItem' }[name] ?? name];
}

function recordActions(client: DynamoDBClient, record: (actions: string[]) => void): void {
  client.middlewareStack.add(
    (next, context) => async (args) => {
      record(tableActionsOf(context.commandName ?? '', args.input as Record<string, unknown>));
      return next(args);
    },
    { step: 'initialize', name: 'recordActions' },
  );
}

export interface TestUser {
  role: Role;
  orgId: string;
}

export async function createTestApi(
  options: {
    now?: () => Date;
    onTableActions?: (actions: string[]) => void;
    /** Adds middleware to the DynamoDB client, e.g. to make one write fail and check what survives. */
    configureClient?: (client: DynamoDBClient) => void;
    /** Swaps ports for test doubles, e.g. one that skips a check, to prove a test catches its absence. */
    wrapDeps?: (deps: AppDeps) => AppDeps;
  } = {},
) {
  const client = createDynamoClient({ endpoint: inject('dynamoEndpoint') });
  refuseScans(client);
  if (options.onTableActions) recordActions(client, options.onTableActions);
  options.configureClient?.(client);
  const tableName = `test-${randomUUID()}`;
  await ensureTable(client, tableName);
  const issuer = await createDevIssuer();
  // Exposed so tests can play an attacker with table access (tampering with a stored item).
  const db = createDocumentClient(client);
  const wired = wireAllDeps({
    db,
    tableName,
    auth: { issuer: issuer.issuer, audience: issuer.audience, jwks: { keys: issuer.jwks } },
    now: options.now,
  });
  const deps = options.wrapDeps ? options.wrapDeps(wired) : wired;
  const app = createApp(deps);

  const tokenFor = (user: TestUser, expiresInSeconds?: number) =>
    issuer.sign(
      {
        sub: `${user.role}-${user.orgId}`,
        email: `${user.orgId}@example.test`,
        name: user.orgId,
        orgName: user.orgId,
        ...user,
      },
      { expiresInSeconds },
    );

  const request = jsonRequestTo(app);

  return {
    app,
    deps,
    db,
    tableName,
    issuer,
    tokenFor,
    request,
    /** Requests to a second app on the same table: another warm function, with caches of its own. */
    anotherFunction: () => jsonRequestTo(createApp(deps)),
    dispose: async () => {
      await client.send(new DeleteTableCommand({ TableName: tableName }));
      client.destroy();
    },
  };
}

export type TestApi = Awaited<ReturnType<typeof createTestApi>>;
