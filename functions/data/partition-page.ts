/**
 * One page of a partition's items — in the table (a company's plans, its applications, by sort-key
 * prefix) or in an index (a call's applications, its waitlist, a consultancy's queue) — with an opaque
 * cursor that only this partition accepts back.
 */
import { type DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { PageRequest } from '../calls/call-store';
import { decodeCursor, encodeCursor, type Page } from './page-cursor';
import { tableDesign } from './table-design';

export interface PartitionQuery {
  pk: string;
  skPrefix?: string;
  /** Query this index instead of the table; its keys join the table's in the cursor. */
  index?: { name: string; partitionKey: string; sortKey: string };
  newestFirst?: boolean;
}

export async function partitionPage<T>(
  db: DynamoDBDocumentClient,
  tableName: string,
  query: PartitionQuery,
  page: PageRequest,
  fromItem: (item: Record<string, unknown>) => T,
): Promise<Page<T>> {
  const pkName = query.index?.partitionKey ?? tableDesign.partitionKey;
  const skName = query.index?.sortKey ?? tableDesign.sortKey;
  const tableKeys = [tableDesign.partitionKey, tableDesign.sortKey];
  const start = decodeCursor(page.cursor, {
    names: query.index ? [...tableKeys, pkName, skName] : tableKeys,
    partition: [pkName, query.pk],
    ...(query.skPrefix ? { sortKeyPrefix: [skName, query.skPrefix] as [string, string] } : {}),
  });
  const result = await db.send(
    new QueryCommand({
      TableName: tableName,
      IndexName: query.index?.name,
      KeyConditionExpression: query.skPrefix ? '#pk = :pk AND begins_with(#sk, :prefix)' : '#pk = :pk',
      ExpressionAttributeNames: query.skPrefix ? { '#pk': pkName, '#sk': skName } : { '#pk': pkName },
      ExpressionAttributeValues: query.skPrefix
        ? { ':pk': query.pk, ':prefix': query.skPrefix }
        : { ':pk': query.pk },
      ScanIndexForward: query.newestFirst ? false : undefined,
      Limit: page.limit,
      ExclusiveStartKey: start,
    }),
  );
  return { items: (result.Items ?? []).map(fromItem), cursor: encodeCursor(result.LastEvaluatedKey) };
}
