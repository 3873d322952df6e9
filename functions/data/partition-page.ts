/**
 * One page of the items of a partition whose sort key starts with a prefix (a company's plans, its
 * applications), with an opaque cursor that only this partition accepts back.
 */
import { type DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { PageRequest } from '../calls/call-store';
import { decodeCursor, encodeCursor, type Page } from './page-cursor';
import { tableDesign } from './table-design';

export async function partitionPage<T>(
  db: DynamoDBDocumentClient,
  tableName: string,
  query: { pk: string; skPrefix: string },
  page: PageRequest,
  fromItem: (item: Record<string, unknown>) => T,
): Promise<Page<T>> {
  const start = decodeCursor(page.cursor, {
    names: [tableDesign.partitionKey, tableDesign.sortKey],
    partition: [tableDesign.partitionKey, query.pk],
  });
  const result = await db.send(
    new QueryCommand({
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': query.pk, ':prefix': query.skPrefix },
      Limit: page.limit,
      ExclusiveStartKey: start,
    }),
  );
  return { items: (result.Items ?? []).map(fromItem), cursor: encodeCursor(result.LastEvaluatedKey) };
}
