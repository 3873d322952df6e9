/** The audit trail (AP10): entries under their resource, in time order; appended, never changed. */

import { type DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { AuditEntry, AuditedResource } from '../audit/audit-entry';
import type { AuditStore } from '../audit/audit-store';
import { nextAuditEntryId } from './audit-entry-id';
import { keys } from './table-design';

/** The item for one entry; its id keeps two entries of the same millisecond apart, in the order written. */
export function auditItem(entry: AuditEntry): Record<string, unknown> {
  return {
    ...keys.audit(entry.resource, entry.resourceId, entry.at, nextAuditEntryId()),
    entity: 'AuditEntry',
    ...entry,
  };
}

export class DynamoAuditStore implements AuditStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async list(resource: AuditedResource, resourceId: string): Promise<AuditEntry[]> {
    const entries: AuditEntry[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await this.db.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': keys.auditPartition(resource, resourceId) },
          ExclusiveStartKey: start,
        }),
      );
      for (const { pk: _pk, sk: _sk, entity: _e, ...entry } of page.Items ?? [])
        entries.push(entry as AuditEntry);
      start = page.LastEvaluatedKey;
    } while (start);
    return entries;
  }
}
