/** Builds the DynamoDB document client; `endpoint` points at DynamoDB Local when running locally. */
import { DynamoDBClient, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export interface DynamoConnection {
  endpoint?: string;
  region?: string;
}

export function createDynamoClient(connection: DynamoConnection = {}): DynamoDBClient {
  const config: DynamoDBClientConfig = {
    region: connection.region ?? process.env.AWS_REGION ?? 'eu-south-1',
    // Fail fast when the database is unreachable, so the API answers 503 instead of hanging.
    maxAttempts: 3,
    requestHandler: {
      // DynamoDB Local is one JVM that accepts slowly under a burst; AWS's endpoint answers fast. A refused
      // connection (database down) fails at once either way.
      connectionTimeout: connection.endpoint ? 10_000 : 2_000,
      requestTimeout: connection.endpoint ? 30_000 : 5_000,
      // Without this the SDK only warns and keeps waiting: a stuck database must become a 503.
      throwOnRequestTimeout: true,
      // Reused connections (the SDK keeps them alive), and enough of them for a click-day burst without
      // queueing behind 50. Options, not agents: the SDK makes the agent it needs, the plain-HTTP one
      // (DynamoDB Local) only on the first request, so a Lambda's cold start does not build both.
      httpAgent: { maxSockets: 256 },
      httpsAgent: { maxSockets: 256 },
    },
  };
  if (connection.endpoint) {
    config.endpoint = connection.endpoint;
    // DynamoDB Local accepts any credentials; fixed ones keep the SDK from searching the machine.
    config.credentials = { accessKeyId: 'local', secretAccessKey: 'local' };
  }
  return new DynamoDBClient(config);
}

export function createDocumentClient(client: DynamoDBClient): DynamoDBDocumentClient {
  return DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true },
  });
}
