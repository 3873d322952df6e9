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
    requestHandler: { connectionTimeout: 1_000, requestTimeout: 5_000 },
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
