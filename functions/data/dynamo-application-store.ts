/** Applications (AP6 by company, AP7 by call in receipt order), written with their idempotency key. */

import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  type DynamoDBDocumentClient,
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
} from '@aws-sdk/lib-dynamodb';
import type { Application } from '../../shared/applications/application-schema';
import type { ApplicationStore } from '../applications/application-ports';
import type { AuditEntry } from '../audit/audit-entry';
import { claimSlot, freeSlotWrite, readSlot } from './dynamo-application-slots';
import { auditItem } from './dynamo-audit-store';
import { decodeCursor, encodeCursor, type Page } from './page-cursor';
import { ConflictError } from './store-errors';
import { keys, tableDesign } from './table-design';

const { byDeadline: gsi1 } = tableDesign.indexes;

function toItem(application: Application) {
  return {
    ...keys.application(application.companyId, application.id),
    [gsi1.partitionKey]: keys.callApplications(application.callId),
    [gsi1.sortKey]: keys.receiptSort(application.receipt.receiptNo),
    entity: 'Application',
    ...application,
  };
}

function fromItem(item: Record<string, unknown>): Application {
  const { pk: _pk, sk: _sk, gsi1pk: _g1, gsi1sk: _g2, entity: _e, ...application } = item;
  return application as unknown as Application;
}

export class DynamoApplicationStore implements ApplicationStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async create(
    application: Application,
    idempotency: { orgId: string; key: string },
    audit: AuditEntry,
  ): Promise<void> {
    try {
      await this.db.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: this.tableName,
                Item: toItem(application),
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
            {
              Update: {
                TableName: this.tableName,
                Key: keys.idempotency(idempotency.orgId, idempotency.key),
                UpdateExpression: 'SET done = :true',
                ConditionExpression: 'applicationId = :id',
                ExpressionAttributeValues: { ':true': true, ':id': application.id },
              },
            },
            { Put: { TableName: this.tableName, Item: auditItem(audit) } },
          ],
        }),
      );
    } catch (error) {
      if (error instanceof TransactionCanceledException)
        throw new ConflictError(`application ${application.id} exists`);
      throw error;
    }
  }

  claimSlot(companyId: string, callId: string, applicationId: string): Promise<string | undefined> {
    return claimSlot(this.db, this.tableName, companyId, callId, applicationId);
  }

  async slotHolder(companyId: string, callId: string): Promise<string | undefined> {
    const slot = await readSlot(this.db, this.tableName, companyId, callId);
    return slot?.live ? slot.applicationId : undefined;
  }

  async get(companyId: string, id: string): Promise<Application | undefined> {
    const { Item } = await this.db.send(
      new GetCommand({
        TableName: this.tableName,
        Key: keys.application(companyId, id),
        ConsistentRead: true,
      }),
    );
    return Item ? fromItem(Item) : undefined;
  }

  async listByCompany(companyId: string): Promise<Application[]> {
    const items: Application[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await this.db.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :apps)',
          ExpressionAttributeValues: {
            ':pk': keys.companyProfile(companyId).pk,
            ':apps': keys.applicationPrefix,
          },
          ExclusiveStartKey: start,
        }),
      );
      items.push(...(page.Items ?? []).map(fromItem));
      start = page.LastEvaluatedKey;
    } while (start);
    return items;
  }

  async listByCall(callId: string, page: { limit: number; cursor?: string }): Promise<Page<Application>> {
    const partition = keys.callApplications(callId);
    const start = decodeCursor(page.cursor, {
      names: [tableDesign.partitionKey, tableDesign.sortKey, gsi1.partitionKey, gsi1.sortKey],
      partition: [gsi1.partitionKey, partition],
    });
    const result = await this.db.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: gsi1.name,
        KeyConditionExpression: '#pk = :pk',
        ExpressionAttributeNames: { '#pk': gsi1.partitionKey },
        ExpressionAttributeValues: { ':pk': partition },
        Limit: page.limit,
        ExclusiveStartKey: start,
      }),
    );
    return { items: (result.Items ?? []).map(fromItem), cursor: encodeCursor(result.LastEvaluatedKey) };
  }

  /**
   * Withdraws and, in the same transaction, gives a reserved grant back to the call's budget and frees
   * the company's place in the call (when this application holds it: applications submitted before
   * places existed have none).
   */
  async withdraw(application: Application, audit: (next: Application) => AuditEntry): Promise<Application> {
    const next: Application = {
      ...application,
      status: 'withdrawn',
      reservedCents: 0,
      revision: application.revision + 1,
    };
    const release = application.reservedCents > 0;
    const slot = await readSlot(this.db, this.tableName, application.companyId, application.callId);
    const holdsSlot = slot?.live === true && slot.applicationId === application.id;
    try {
      await this.db.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Update: {
                TableName: this.tableName,
                Key: keys.application(application.companyId, application.id),
                UpdateExpression: 'SET #status = :withdrawn, reservedCents = :zero, revision = :next',
                ConditionExpression: 'revision = :expected',
                ExpressionAttributeNames: { '#status': 'status' },
                ExpressionAttributeValues: {
                  ':withdrawn': 'withdrawn',
                  ':zero': 0,
                  ':next': next.revision,
                  ':expected': application.revision,
                },
              },
            },
            ...(release
              ? [
                  {
                    Update: {
                      TableName: this.tableName,
                      Key: keys.budget(application.callId),
                      UpdateExpression: 'SET reservedCents = reservedCents - :cents REMOVE reservations.#app',
                      ConditionExpression: 'reservations.#app = :cents',
                      ExpressionAttributeNames: { '#app': application.id },
                      ExpressionAttributeValues: { ':cents': application.reservedCents },
                    },
                  },
                ]
              : []),
            ...(holdsSlot
              ? [freeSlotWrite(this.tableName, application.companyId, application.callId, application.id)]
              : []),
            { Put: { TableName: this.tableName, Item: auditItem(audit(next)) } },
          ],
        }),
      );
    } catch (error) {
      if (error instanceof TransactionCanceledException)
        throw new ConflictError(`application ${application.id} changed`);
      throw error;
    }
    return next;
  }
}
