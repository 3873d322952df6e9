/**
 * The consultants' adapters (reviews, consultancy listings), passed to wireDeps by whoever serves the
 * reviews area — its Lambda, the local server and tests — so the other areas' bundles do not carry them
 * (as ./wire-click-day.ts does for the budget).
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ConsultancyStore } from '../consultancies/consultancy-store';
import { DynamoConsultancyStore } from '../data/dynamo-consultancy-store';
import { DynamoReviewStore } from '../data/dynamo-review-store';
import type { ReviewStore } from '../reviews/review-store';

export const dynamoReviewing = (
  db: DynamoDBDocumentClient,
  tableName: string,
): { reviews: ReviewStore; consultancies: ConsultancyStore } => ({
  reviews: new DynamoReviewStore(db, tableName),
  consultancies: new DynamoConsultancyStore(db, tableName),
});
