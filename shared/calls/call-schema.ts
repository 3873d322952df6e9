/** A funding call as the API stores and shows it, with its structured rules for the engine. */
import { z } from 'zod';
import { callRulesSchema } from '../eligibility/call-rules-schema';
import { centsSchema, positiveCentsSchema } from '../money/cents';
import { isoDateTimeSchema, timeZoneSchema } from '../time/zoned-date-time';

export const callStatusSchema = z.enum(['draft', 'published', 'closed']);
export type CallStatus = z.infer<typeof callStatusSchema>;

/** What an association types when it creates a call; unknown fields are refused, not dropped. */
export const callDraftInputSchema = z.strictObject({
  title: z.string().trim().min(3, { error: 'must be at least 3 characters' }).max(200),
  description: z.string().trim().max(5000).default(''),
  closesAt: isoDateTimeSchema,
  timeZone: timeZoneSchema,
  budgetCents: positiveCentsSchema,
  /** The structured rules the engine checks plans against; a call without them is listed but not matched. */
  rules: callRulesSchema.optional(),
});
export type CallDraftInput = z.infer<typeof callDraftInputSchema>;

export const callSchema = z.object({
  id: z.string(),
  ownerOrgId: z.string(),
  status: callStatusSchema,
  title: z.string(),
  description: z.string(),
  closesAt: isoDateTimeSchema,
  timeZone: z.string(),
  budgetCents: centsSchema,
  rules: callRulesSchema.optional(),
  /** Set when published: the version reports pin, and the hash of its rules. */
  version: z.number().int().min(1).optional(),
  rulesHash: z.string().optional(),
  /** Optimistic-locking counter: every write bumps it and is conditional on the old value. */
  revision: z.number().int().min(1),
  createdAt: isoDateTimeSchema,
  publishedAt: isoDateTimeSchema.optional(),
});
export type Call = z.infer<typeof callSchema>;

/** A call is open while it is published and its deadline instant has not passed. */
export function isOpen(call: Pick<Call, 'status' | 'closesAt'>, now: Date): boolean {
  return call.status === 'published' && new Date(call.closesAt).getTime() > now.getTime();
}
