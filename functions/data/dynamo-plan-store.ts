/** Plans in the single table, under their company's partition (AP5). */
import { type DynamoDBDocumentClient, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { planSchema } from '../../shared/plans/plan-schema';
import type { PageRequest } from '../calls/call-store';
import type { PlanRecord, PlanStore } from '../plans/plan-store';
import type { Page } from './page-cursor';
import { partitionPage } from './partition-page';
import { keys } from './table-design';
import { putVersioned } from './versioned-put';

function fromItem(item: Record<string, unknown>): PlanRecord {
  return {
    plan: planSchema.parse(item.plan),
    revision: Number(item.revision),
    updatedAt: String(item.updatedAt),
  };
}

export class DynamoPlanStore implements PlanStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(companyId: string, planId: string): Promise<PlanRecord | undefined> {
    const { Item } = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: keys.plan(companyId, planId) }),
    );
    return Item ? fromItem(Item) : undefined;
  }

  page(companyId: string, page: PageRequest): Promise<Page<PlanRecord>> {
    const query = { pk: keys.companyProfile(companyId).pk, skPrefix: keys.planPrefix };
    return partitionPage(this.db, this.tableName, query, page, fromItem);
  }

  async list(companyId: string): Promise<PlanRecord[]> {
    const records: PlanRecord[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await this.db.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :plans)',
          ExpressionAttributeValues: { ':pk': keys.companyProfile(companyId).pk, ':plans': keys.planPrefix },
          ExclusiveStartKey: start,
        }),
      );
      records.push(...(page.Items ?? []).map(fromItem));
      start = page.LastEvaluatedKey;
    } while (start);
    return records;
  }

  put(record: PlanRecord, expectedRevision: number): Promise<void> {
    const item = { ...keys.plan(record.plan.companyId, record.plan.id), entity: 'Plan', ...record };
    return putVersioned(this.db, this.tableName, item, expectedRevision, `plan ${record.plan.id}`);
  }
}
