/** Lambda entry — Reviews: share with a consultant, per-line overrides, decision, signature. */
import { reviewsArea } from '../api/areas/reviews-area';
import { dynamoReviewing } from '../api/wire-reviewing';
import { createAreaHandler } from './area-handler';

export const handler = createAreaHandler(reviewsArea, { reviewing: dynamoReviewing });
