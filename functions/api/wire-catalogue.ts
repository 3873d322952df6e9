/** The catalogue's DynamoDB adapter, passed to wireDeps by whoever serves catalogue routes. */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { CatalogueStore } from '../catalogue/catalogue-store';
import { DynamoCatalogueStore } from '../data/dynamo-catalogue-store';

export const dynamoCatalogue = (db: DynamoDBDocumentClient, tableName: string): CatalogueStore =>
  new DynamoCatalogueStore(db, tableName);
