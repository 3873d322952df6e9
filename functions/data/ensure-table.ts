/**
 * Creates the table with its indexes when it is missing, and adds an index a newer design has to a table
 * kept from an older run (`npm start` keeps its data in .data/). Local runs and tests; AWS uses CDK.
 */
import {
  CreateTableCommand,
  DescribeTableCommand,
  type DynamoDBClient,
  ResourceInUseException,
  UpdateTableCommand,
  waitUntilTableExists,
} from '@aws-sdk/client-dynamodb';
import { tableDesign } from './table-design';

type Index = (typeof tableDesign.indexes)[keyof typeof tableDesign.indexes];

const attribute = (name: string) => ({ AttributeName: name, AttributeType: 'S' as const });

function indexSpec(i: Index) {
  return {
    IndexName: i.name,
    KeySchema: [
      { AttributeName: i.partitionKey, KeyType: 'HASH' as const },
      { AttributeName: i.sortKey, KeyType: 'RANGE' as const },
    ],
    Projection:
      'projected' in i
        ? { ProjectionType: 'INCLUDE' as const, NonKeyAttributes: [...i.projected] }
        : { ProjectionType: 'ALL' as const },
  };
}

export async function ensureTable(client: DynamoDBClient, tableName: string): Promise<void> {
  const { partitionKey, sortKey, indexes } = tableDesign;
  const gsis: Index[] = Object.values(indexes);
  try {
    await client.send(
      new CreateTableCommand({
        TableName: tableName,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [
          partitionKey,
          sortKey,
          ...gsis.flatMap((i) => [i.partitionKey, i.sortKey]),
        ].map(attribute),
        KeySchema: [
          { AttributeName: partitionKey, KeyType: 'HASH' },
          { AttributeName: sortKey, KeyType: 'RANGE' },
        ],
        GlobalSecondaryIndexes: gsis.map(indexSpec),
      }),
    );
  } catch (error) {
    if (!(error instanceof ResourceInUseException)) throw error;
    await addMissingIndexes(client, tableName, gsis);
  }
  await waitUntilTableExists({ client, maxWaitTime: 30 }, { TableName: tableName });
}

/** DynamoDB adds one index per UpdateTable; DynamoDB Local builds it at once. */
async function addMissingIndexes(client: DynamoDBClient, tableName: string, gsis: Index[]): Promise<void> {
  const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
  const present = new Set((Table?.GlobalSecondaryIndexes ?? []).map((i) => i.IndexName));
  for (const index of gsis.filter((i) => !present.has(i.name))) {
    await client.send(
      new UpdateTableCommand({
        TableName: tableName,
        AttributeDefinitions: [attribute(index.partitionKey), attribute(index.sortKey)],
        GlobalSecondaryIndexUpdates: [{ Create: indexSpec(index) }],
      }),
    );
  }
}
