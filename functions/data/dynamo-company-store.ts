/** Company profiles in the single table (AP4). */
import { type DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { companySchema } from '../../shared/companies/company-schema';
import { classifySize } from '../../shared/eligibility/size-class';
import type { CompanyRecord, CompanyStore } from '../companies/company-store';
import { keys } from './table-design';
import { putVersioned } from './versioned-put';

export class DynamoCompanyStore implements CompanyStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(orgId: string): Promise<CompanyRecord | undefined> {
    const { Item } = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: keys.companyProfile(orgId) }),
    );
    if (!Item) return undefined;
    const company = companySchema.parse(Item.company);
    return {
      company,
      // Derived data, recomputed rather than trusted: profiles saved before the engine's reasons had
      // codes read the same as new ones (and the stored copy stays for people reading the table).
      sizeClass: classifySize(company),
      revision: Number(Item.revision),
      updatedAt: String(Item.updatedAt),
    };
  }

  put(record: CompanyRecord, expectedRevision: number): Promise<void> {
    const item = { ...keys.companyProfile(record.company.id), entity: 'Company', ...record };
    return putVersioned(
      this.db,
      this.tableName,
      item,
      expectedRevision,
      `the profile of ${record.company.id}`,
    );
  }
}
