/**
 * `npm start` keeps its table in .data/ between runs: a table made before an index existed gets it
 * added on the next start (here AP24's waitlist queue), so a newer API never queries a missing index.
 */
import { randomUUID } from 'node:crypto';
import { CreateTableCommand, DeleteTableCommand, DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createDynamoClient } from '../../functions/data/dynamo-client';
import { ensureTable } from '../../functions/data/ensure-table';
import { tableDesign } from '../../functions/data/table-design';

const client = createDynamoClient({ endpoint: inject('dynamoEndpoint') });
const tableName = `older-${randomUUID()}`;

describe('ensureTable on a table kept from an older run', () => {
  afterAll(async () => {
    await client.send(new DeleteTableCommand({ TableName: tableName }));
  });

  it('adds the indexes the design has and the table lacks, projecting what the design says', async () => {
    const { byDeadline, byOwner, waitlistQueue } = tableDesign.indexes;
    const older = [byDeadline, byOwner];
    await client.send(
      new CreateTableCommand({
        TableName: tableName,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: ['pk', 'sk', ...older.flatMap((i) => [i.partitionKey, i.sortKey])].map(
          (name) => ({ AttributeName: name, AttributeType: 'S' }),
        ),
        KeySchema: [
          { AttributeName: 'pk', KeyType: 'HASH' },
          { AttributeName: 'sk', KeyType: 'RANGE' },
        ],
        GlobalSecondaryIndexes: older.map((i) => ({
          IndexName: i.name,
          KeySchema: [
            { AttributeName: i.partitionKey, KeyType: 'HASH' },
            { AttributeName: i.sortKey, KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
        })),
      }),
    );
    await ensureTable(client, tableName);
    await ensureTable(client, tableName);
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    const indexes = Table?.GlobalSecondaryIndexes ?? [];
    expect(indexes.map((i) => i.IndexName).sort()).toEqual(
      Object.values(tableDesign.indexes)
        .map((i) => i.name)
        .sort(),
    );
    expect(indexes.find((i) => i.IndexName === waitlistQueue.name)?.Projection).toEqual({
      ProjectionType: 'INCLUDE',
      NonKeyAttributes: [...waitlistQueue.projected],
    });
  });
});
