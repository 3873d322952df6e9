/** The imported catalogue in the single table (AP21, AP21b, AP22 in catalogue-keys.ts; audit AP10). */
import { type DynamoDBDocumentClient, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { type CatalogueCall, catalogueCallSchema } from '../../shared/catalogue/catalogue-call-schema';
import type { CatalogueAuditEntry, CatalogueEntry, CatalogueStore } from '../catalogue/catalogue-store';
import { nextAuditEntryId } from './audit-entry-id';
import { catalogueKeys } from './catalogue-keys';
import { keys, tableDesign } from './table-design';
import { putVersioned } from './versioned-put';

const SOURCE = 'incentivi.gov.it';
const { byOwner } = tableDesign.indexes;

function auditItem(entry: CatalogueAuditEntry): Record<string, unknown> {
  return {
    ...keys.audit(
      catalogueKeys.auditResource,
      catalogueKeys.auditId(entry.source, entry.sourceId),
      entry.at,
      nextAuditEntryId(),
    ),
    entity: 'CatalogueAuditEntry',
    ...entry,
  };
}

export class DynamoCatalogueStore implements CatalogueStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(sourceId: string): Promise<CatalogueEntry | undefined> {
    const { Item } = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: catalogueKeys.entry(SOURCE, sourceId) }),
    );
    if (!Item) return undefined;
    const { pk: _pk, sk: _sk, entity: _e, gsi2pk: _g, gsi2sk: _s, ...entry } = Item;
    return { ...(entry as CatalogueEntry), call: catalogueCallSchema.parse(entry.call) };
  }

  async getVersion(sourceId: string, version: number): Promise<CatalogueCall | undefined> {
    const { Item } = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: catalogueKeys.version(SOURCE, sourceId, version) }),
    );
    return Item ? catalogueCallSchema.parse(Item.call) : undefined;
  }

  /** AP22: every entry of the source, page by page, with only the attributes asked for. */
  private async forEachEntry(
    projection: { attribute: string; activeOnly: boolean },
    each: (item: Record<string, unknown>) => void,
  ): Promise<void> {
    let start: Record<string, unknown> | undefined;
    do {
      const page = await this.db.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: byOwner.name,
          KeyConditionExpression: '#pk = :pk',
          ...(projection.activeOnly ? { FilterExpression: '#status = :active' } : {}),
          ExpressionAttributeNames: {
            '#pk': byOwner.partitionKey,
            '#a': projection.attribute,
            ...(projection.activeOnly ? { '#status': 'status' } : {}),
          },
          ExpressionAttributeValues: {
            ':pk': catalogueKeys.bySource(SOURCE),
            ...(projection.activeOnly ? { ':active': 'active' } : {}),
          },
          ProjectionExpression: '#a',
          ExclusiveStartKey: start,
        }),
      );
      for (const item of page.Items ?? []) each(item);
      start = page.LastEvaluatedKey;
    } while (start);
  }

  async listSourceIds(): Promise<string[]> {
    const ids: string[] = [];
    await this.forEachEntry({ attribute: 'sourceId', activeOnly: false }, (item) =>
      ids.push(String(item.sourceId)),
    );
    return ids;
  }

  async listActive(): Promise<CatalogueCall[]> {
    const calls: CatalogueCall[] = [];
    await this.forEachEntry({ attribute: 'call', activeOnly: true }, (item) => {
      // One stored record that no longer fits the schema (after a schema change) must not take search
      // down for every other one: it is left out and reported.
      const parsed = catalogueCallSchema.safeParse(item.call);
      if (parsed.success) calls.push(parsed.data);
      else
        console.error(
          JSON.stringify({
            level: 'error',
            message: 'catalogue record left out of search: it does not fit the schema',
            sourceId: (item.call as { sourceId?: unknown } | undefined)?.sourceId,
            issues: parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`),
          }),
        );
    });
    return calls;
  }

  save(entry: CatalogueEntry, expectedRevision: number, audit: CatalogueAuditEntry, storeVersion: boolean) {
    const item = {
      ...catalogueKeys.entry(entry.source, entry.sourceId),
      entity: 'CatalogueEntry',
      [byOwner.partitionKey]: catalogueKeys.bySource(entry.source),
      [byOwner.sortKey]: catalogueKeys.bySourceSort(entry.sourceId),
      ...entry,
    };
    const version = {
      ...catalogueKeys.version(entry.source, entry.sourceId, entry.version),
      entity: 'CatalogueVersion',
      sourceId: entry.sourceId,
      version: entry.version,
      rawHash: entry.rawHash,
      importedAt: entry.importedAt,
      call: entry.call,
    };
    return putVersioned(
      this.db,
      this.tableName,
      item,
      expectedRevision,
      `catalogue entry ${entry.sourceId}`,
      storeVersion ? [version, auditItem(audit)] : [auditItem(audit)],
    );
  }

  async auditTrail(sourceId: string): Promise<CatalogueAuditEntry[]> {
    const entries: CatalogueAuditEntry[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await this.db.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': catalogueKeys.auditPartition(SOURCE, sourceId) },
          ExclusiveStartKey: start,
        }),
      );
      for (const { pk: _pk, sk: _sk, entity: _e, ...entry } of page.Items ?? [])
        entries.push(entry as CatalogueAuditEntry);
      start = page.LastEvaluatedKey;
    } while (start);
    return entries;
  }
}
