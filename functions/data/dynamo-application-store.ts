/** Applications (AP6 by company, AP7 by call in receipt order), written with their idempotency key. */

import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  type DynamoDBDocumentClient,
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { Application } from '../../shared/applications/application-schema';
import type {
  ApplicationStore,
  ExpiredClaim,
  ReceiptOutcome,
  WaitlistEntry,
} from '../applications/application-ports';
import type { AuditEntry } from '../audit/audit-entry';
import type { PageRequest } from '../calls/call-store';
import {
  claimSlot,
  clearClaimUpdate,
  expiredClaims,
  freeSlotWrite,
  readSlot,
  releaseClaimWrite,
  settleSlotWrite,
} from './dynamo-application-slots';
import { auditItem } from './dynamo-audit-store';
import { freeForWaitlistWrite, releaseMarkerWrite, takeFreedWrite } from './dynamo-budget-store';
import type { Page } from './page-cursor';
import { partitionPage } from './partition-page';
import { ConflictError } from './store-errors';
import { keys, tableDesign } from './table-design';

const { byDeadline: gsi1, byOwner: gsi2, waitlistQueue: gsi3 } = tableDesign.indexes;

/**
 * The stored item of an application (exported for tests that seed many at once): in its call's receipt
 * order (AP7) and, while waitlisted, in its call's waitlist (AP17) and queue (AP24).
 */
export function applicationItem(application: Application) {
  return {
    ...keys.application(application.companyId, application.id),
    [gsi1.partitionKey]: keys.callApplications(application.callId),
    [gsi1.sortKey]: keys.receiptSort(application.receipt.receiptNo),
    ...(application.status === 'waitlisted'
      ? {
          [gsi2.partitionKey]: keys.waitlist(application.callId),
          [gsi2.sortKey]: keys.receiptSort(application.receipt.receiptNo),
          [gsi3.partitionKey]: keys.waitlist(application.callId),
          [gsi3.sortKey]: keys.receiptSort(application.receipt.receiptNo),
        }
      : {}),
    entity: 'Application',
    ...application,
  };
}

function fromItem(item: Record<string, unknown>): Application {
  const {
    pk: _pk,
    sk: _sk,
    gsi1pk: _g1,
    gsi1sk: _g2,
    gsi2pk: _g3,
    gsi2sk: _g4,
    gsi3pk: _g5,
    gsi3sk: _g6,
    entity: _e,
    ...application
  } = item;
  return application as unknown as Application;
}

const SYSTEM_NAMES = {
  '#status': 'status',
  '#gpk': gsi2.partitionKey,
  '#gsk': gsi2.sortKey,
  '#qpk': gsi3.partitionKey,
  '#qsk': gsi3.sortKey,
};

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
                Item: applicationItem(application),
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
            settleSlotWrite(this.tableName, application.companyId, application.callId, application.id),
          ],
        }),
      );
    } catch (error) {
      if (error instanceof TransactionCanceledException)
        throw new ConflictError(`application ${application.id} exists or lost its place in the call`);
      throw error;
    }
  }

  claimSlot(
    companyId: string,
    callId: string,
    applicationId: string,
    deadline: string,
  ): Promise<string | undefined> {
    return claimSlot(this.db, this.tableName, companyId, callId, applicationId, deadline);
  }

  expiredClaims(now: string, limit: number): Promise<ExpiredClaim[]> {
    return expiredClaims(this.db, this.tableName, now, limit);
  }

  async releaseClaim(
    claim: ExpiredClaim,
    marker: ReceiptOutcome | undefined,
    audit: AuditEntry,
  ): Promise<boolean> {
    try {
      await this.db.send(
        new TransactWriteCommand({
          TransactItems: [
            releaseClaimWrite(this.tableName, claim),
            ...(marker
              ? [releaseMarkerWrite(this.tableName, claim.callId, claim.applicationId, marker)]
              : []),
            { Put: { TableName: this.tableName, Item: auditItem(audit) } },
          ],
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof TransactionCanceledException) return false;
      throw error;
    }
  }

  async clearClaim(companyId: string, callId: string, applicationId: string): Promise<void> {
    try {
      await this.db.send(
        new UpdateCommand(clearClaimUpdate(this.tableName, companyId, callId, applicationId)),
      );
    } catch (error) {
      // Not settled by this application (freed, withdrawn or taken since): nothing to clear.
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }

  /** AP24: every entry of the call's queue, from the index that projects only the grant asked. */
  async waitlistQueue(callId: string): Promise<WaitlistEntry[]> {
    const entries: WaitlistEntry[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await this.db.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: gsi3.name,
          KeyConditionExpression: '#qpk = :pk',
          ExpressionAttributeNames: { '#qpk': gsi3.partitionKey, '#qsk': gsi3.sortKey },
          ExpressionAttributeValues: { ':pk': keys.waitlist(callId) },
          ProjectionExpression: '#qsk, requestedGrantCents',
          ExclusiveStartKey: start,
        }),
      );
      for (const item of page.Items ?? [])
        entries.push({ receiptNo: Number(item[gsi3.sortKey]), grantCents: Number(item.requestedGrantCents) });
      start = page.LastEvaluatedKey;
    } while (start);
    return entries;
  }

  waitlist(callId: string, page: PageRequest): Promise<Page<Application>> {
    const query = { pk: keys.waitlist(callId), index: gsi2 };
    return partitionPage(this.db, this.tableName, query, page, fromItem);
  }

  async promote(
    application: Application,
    audit: (next: Application) => AuditEntry,
  ): Promise<Application | false> {
    const next: Application = {
      ...application,
      status: 'reserved',
      reservedCents: application.requestedGrantCents,
      revision: application.revision + 1,
    };
    try {
      await this.db.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Update: {
                TableName: this.tableName,
                Key: keys.application(application.companyId, application.id),
                UpdateExpression:
                  'SET #status = :reserved, reservedCents = :cents, revision = :next REMOVE #gpk, #gsk, #qpk, #qsk',
                ConditionExpression: '#status = :waitlisted AND revision = :expected',
                ExpressionAttributeNames: SYSTEM_NAMES,
                ExpressionAttributeValues: {
                  ':reserved': 'reserved',
                  ':waitlisted': 'waitlisted',
                  ':cents': next.reservedCents,
                  ':next': next.revision,
                  ':expected': application.revision,
                },
              },
            },
            takeFreedWrite(this.tableName, application.callId, next.reservedCents),
            { Put: { TableName: this.tableName, Item: auditItem(audit(next)) } },
          ],
        }),
      );
    } catch (error) {
      if (error instanceof TransactionCanceledException) return false;
      throw error;
    }
    return next;
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

  pageByCompany(companyId: string, page: PageRequest): Promise<Page<Application>> {
    const query = { pk: keys.companyProfile(companyId).pk, skPrefix: keys.applicationPrefix };
    return partitionPage(this.db, this.tableName, query, page, fromItem);
  }

  listByCall(callId: string, page: PageRequest): Promise<Page<Application>> {
    const query = { pk: keys.callApplications(callId), index: gsi1 };
    return partitionPage(this.db, this.tableName, query, page, fromItem);
  }

  /**
   * Withdraws and, in the same transaction, keeps a reserved grant for the call's waitlist and frees
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
                UpdateExpression:
                  'SET #status = :withdrawn, reservedCents = :zero, revision = :next REMOVE #gpk, #gsk, #qpk, #qsk',
                ConditionExpression: 'revision = :expected',
                ExpressionAttributeNames: SYSTEM_NAMES,
                ExpressionAttributeValues: {
                  ':withdrawn': 'withdrawn',
                  ':zero': 0,
                  ':next': next.revision,
                  ':expected': application.revision,
                },
              },
            },
            ...(release
              ? [freeForWaitlistWrite(this.tableName, application.callId, application.reservedCents)]
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
