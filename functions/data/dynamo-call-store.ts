/** Calls in the single table (AP1–AP3 in table-design.ts). */
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { type Call, callSchema } from '../../shared/calls/call-schema';
import { toUtcIso } from '../../shared/time/zoned-date-time';
import type { AuditEntry } from '../audit/audit-entry';
import type { CallStore, OpenCallChanges, PageRequest } from '../calls/call-store';
import { auditItem } from './dynamo-audit-store';
import { decodeCursor, encodeCursor, type Page } from './page-cursor';
import { ConflictError } from './store-errors';
import { keys, tableDesign } from './table-design';
import { transactWrite } from './transact-write';
import { putVersioned, type TransactUpdate } from './versioned-put';

const { byDeadline, byOwner } = tableDesign.indexes;

export class DynamoCallStore implements CallStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  create(call: Call, audit?: AuditEntry): Promise<void> {
    return putVersioned(
      this.db,
      this.tableName,
      toItem(call),
      0,
      `call ${call.id}`,
      audit ? [auditItem(audit)] : [],
      this.countChangeOf(call),
    );
  }

  async get(id: string): Promise<Call | undefined> {
    const { Item } = await this.db.send(new GetCommand({ TableName: this.tableName, Key: keys.call(id) }));
    return Item ? fromItem(Item) : undefined;
  }

  replace(next: Call, expectedRevision: number, audit?: AuditEntry): Promise<void> {
    const alongside = audit ? [auditItem(audit)] : [];
    return putVersioned(
      this.db,
      this.tableName,
      toItem(next),
      expectedRevision,
      `call ${next.id}`,
      alongside,
      this.countChangeOf(next),
    );
  }

  async openCallChanges(): Promise<OpenCallChanges> {
    const { Item } = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: keys.openCallChanges(), ConsistentRead: true }),
    );
    return {
      changes: typeof Item?.changes === 'number' ? Item.changes : 0,
      ...(typeof Item?.changedAt === 'string' ? { changedAt: Item.changedAt } : {}),
    };
  }

  /** AP23: a write of a non-draft call (published, or closing) changes what matches read. */
  private countChangeOf(call: Call): NonNullable<TransactUpdate>[] {
    if (call.status === 'draft') return [];
    return [
      {
        TableName: this.tableName,
        Key: keys.openCallChanges(),
        UpdateExpression: 'ADD #changes :one SET #changedAt = :at',
        ExpressionAttributeNames: { '#changes': 'changes', '#changedAt': 'changedAt' },
        ExpressionAttributeValues: { ':one': 1, ':at': this.now().toISOString() },
      },
    ];
  }

  async publishVersion(next: Call, expectedRevision: number, audit: AuditEntry): Promise<void> {
    try {
      await transactWrite(this.db, {
        TransactItems: [
          {
            Put: {
              TableName: this.tableName,
              Item: toItem(next),
              ConditionExpression: '#revision = :expected',
              ExpressionAttributeNames: { '#revision': 'revision' },
              ExpressionAttributeValues: { ':expected': expectedRevision },
            },
          },
          // No condition of its own: the call's revision condition guards it. While the call is still
          // at the revision that held version N − 1, no version N was ever published with it, so an
          // item found there is an orphan of the old two-step write and is rightly replaced.
          { Put: { TableName: this.tableName, Item: versionItem(next) } },
          {
            Put: {
              TableName: this.tableName,
              Item: auditItem(audit),
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
          ...this.countChangeOf(next).map((update) => ({ Update: update })),
        ],
      });
    } catch (error) {
      if (
        error instanceof TransactionCanceledException &&
        error.CancellationReasons?.[0]?.Code === 'ConditionalCheckFailed'
      ) {
        throw new ConflictError(
          `call ${next.id} was changed by someone else since revision ${expectedRevision}`,
        );
      }
      throw error;
    }
  }

  async saveVersion(call: Call): Promise<void> {
    await putVersioned(
      this.db,
      this.tableName,
      versionItem(call),
      0,
      `version ${call.version} of call ${call.id}`,
    );
  }

  async getVersion(id: string, version: number): Promise<Call | undefined> {
    const { Item } = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: keys.callVersion(id, version) }),
    );
    return Item ? fromItem(Item) : undefined;
  }

  async listPublishedClosingAfter(instantUtc: string, page: PageRequest): Promise<Page<Call>> {
    const partition = keys.publishedCalls();
    const start = decodeCursor(page.cursor, {
      names: [tableDesign.partitionKey, tableDesign.sortKey, byDeadline.partitionKey, byDeadline.sortKey],
      partition: [byDeadline.partitionKey, partition],
    });
    // A cursor from before the last call on its page closed points at or below the instant, and DynamoDB
    // refuses a start key outside the key condition. Every call still open lies after both, so the
    // cursor adds nothing: the query starts at the instant, and the client misses and repeats nothing.
    const startInside = start && (start[byDeadline.sortKey] ?? '') > instantUtc ? start : undefined;
    const result = await this.db.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: byDeadline.name,
        KeyConditionExpression: '#pk = :pk AND #sk > :after',
        ExpressionAttributeNames: { '#pk': byDeadline.partitionKey, '#sk': byDeadline.sortKey },
        ExpressionAttributeValues: { ':pk': partition, ':after': instantUtc },
        Limit: page.limit,
        ExclusiveStartKey: startInside,
      }),
    );
    return { items: (result.Items ?? []).map(fromItem), cursor: encodeCursor(result.LastEvaluatedKey) };
  }

  async listByOwner(orgId: string, page: PageRequest): Promise<Page<Call>> {
    const partition = keys.org(orgId);
    const start = decodeCursor(page.cursor, {
      names: [tableDesign.partitionKey, tableDesign.sortKey, byOwner.partitionKey, byOwner.sortKey],
      partition: [byOwner.partitionKey, partition],
      sortKeyPrefix: [byOwner.sortKey, 'CALL#'],
    });
    const result = await this.db.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: byOwner.name,
        KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :calls)',
        ExpressionAttributeNames: { '#pk': byOwner.partitionKey, '#sk': byOwner.sortKey },
        ExpressionAttributeValues: { ':pk': partition, ':calls': 'CALL#' },
        ScanIndexForward: false,
        Limit: page.limit,
        ExclusiveStartKey: start,
      }),
    );
    return { items: (result.Items ?? []).map(fromItem), cursor: encodeCursor(result.LastEvaluatedKey) };
  }
}

function toItem(call: Call): Record<string, unknown> & { revision: number } {
  const published =
    call.status === 'published'
      ? {
          [byDeadline.partitionKey]: keys.publishedCalls(),
          [byDeadline.sortKey]: keys.publishedCallSort(toUtcIso(call.closesAt), call.id),
        }
      : {};
  return {
    ...keys.call(call.id),
    [byOwner.partitionKey]: keys.org(call.ownerOrgId),
    [byOwner.sortKey]: keys.orgCallSort(call.createdAt, call.id),
    ...published,
    entity: 'Call',
    ...call,
  };
}

/** The immutable copy of a published version (AP1b), which applications and reports pin. */
function versionItem(call: Call): Record<string, unknown> & { revision: number } {
  if (call.version === undefined) throw new Error(`call ${call.id} has no version to save`);
  return { ...keys.callVersion(call.id, call.version), entity: 'CallVersion', ...call };
}

function fromItem(item: Record<string, unknown>): Call {
  return callSchema.parse(item);
}
