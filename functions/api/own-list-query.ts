/** Paging of an SME's own lists (plans, applications): a page of at most 100 and the cursor of the next. */
import * as z from 'zod';

export const ownListQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: z.string().max(2048).optional(),
});
