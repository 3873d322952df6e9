/** The consultancy directory in the single table: one item per consultancy (AP19), listed by name (AP20). */
import { type DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { type Consultancy, consultancySchema } from '../../shared/consultancies/consultancy-schema';
import type { PageRequest } from '../calls/call-store';
import type { ConsultancyRecord, ConsultancyStore } from '../consultancies/consultancy-store';
import type { Page } from './page-cursor';
import { partitionPage } from './partition-page';
import { keys, tableDesign } from './table-design';
import { putVersioned } from './versioned-put';

const { byDeadline: gsi1 } = tableDesign.indexes;

/** Parsed on the way out: what a browser shows and a share relies on is never an unchecked item. */
const consultancyOf = (item: Record<string, unknown>): Consultancy =>
  consultancySchema.parse(item.consultancy);

export class DynamoConsultancyStore implements ConsultancyStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(orgId: string): Promise<ConsultancyRecord | undefined> {
    const { Item } = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: keys.consultancy(orgId), ConsistentRead: true }),
    );
    if (!Item) return undefined;
    return {
      consultancy: consultancyOf(Item),
      revision: Number(Item.revision),
      updatedAt: String(Item.updatedAt),
    };
  }

  put(record: ConsultancyRecord, expectedRevision: number): Promise<void> {
    const { id, name } = record.consultancy;
    const item = {
      ...keys.consultancy(id),
      // A rename moves the listing in the directory's order: the sort key is rewritten with the item.
      [gsi1.partitionKey]: keys.consultancyDirectory,
      [gsi1.sortKey]: keys.consultancyDirectorySort(name, id),
      entity: 'Consultancy',
      ...record,
    };
    return putVersioned(this.db, this.tableName, item, expectedRevision, `the listing of ${id}`);
  }

  page(page: PageRequest): Promise<Page<Consultancy>> {
    return partitionPage(
      this.db,
      this.tableName,
      { pk: keys.consultancyDirectory, index: gsi1 },
      page,
      consultancyOf,
    );
  }
}
