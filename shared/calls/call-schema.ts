/** A funding call as the API stores and shows it, with its structured rules for the engine. */
import * as z from 'zod';
import { checkWords } from '../api/check-words';
import { revisionSchema } from '../api/revision';
import { notReserved, reservedMessage } from '../api/safe-id';
import { callRulesSchema } from '../eligibility/call-rules-schema';
import { centsSchema, positiveCentsSchema } from '../money/cents';
import { isoDateTimeSchema, timeZoneSchema, zoneOffsetProblem } from '../time/zoned-date-time';

export const callStatusSchema = z.enum(['draft', 'published', 'closed']);

/** A question of the call's own application form, answered by the SME when it applies. */
export const formQuestionSchema = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z0-9-]{1,64}$/, { error: 'must be a lowercase-with-dashes id' })
    // Answers are keyed by question id: `constructor` would read as answered on any plain object.
    .refine(notReserved, { error: reservedMessage, params: checkWords('reservedId') }),
  label: z.string().trim().min(1).max(500),
  required: z.boolean().default(true),
  maxLength: z.number().int().min(1).max(5000).default(2000),
});
export type FormQuestion = z.infer<typeof formQuestionSchema>;

/** Questions as stored: calls saved before ids were checked for reserved names must still read. */
const storedQuestionSchema = formQuestionSchema.extend({ id: z.string().min(1).max(64) });

/**
 * What an association types when it creates a call; unknown fields are refused, not dropped. The
 * deadline must carry its zone's offset at that instant (the web editor computes it from the zone).
 */
export const callDraftInputSchema = z
  .strictObject({
    title: z.string().trim().min(3, { error: 'must be at least 3 characters' }).max(200),
    description: z.string().trim().max(5000).default(''),
    closesAt: isoDateTimeSchema,
    timeZone: timeZoneSchema,
    budgetCents: positiveCentsSchema,
    /** The structured rules the engine checks plans against; a call without them is listed but not matched. */
    rules: callRulesSchema.optional(),
    /**
     * Whether the call takes applications whose plan its rules fund with €0 (e.g. to rank them for a
     * later window). Off by default: such an application is refused with 422 `unfundable`.
     */
    takesUnfundedApplications: z.boolean().optional(),
    /** The official notice of the call (its publisher's page), linked from the call's public page. */
    officialUrl: z
      .url({ protocol: /^https$/, error: 'must be an https address' })
      .max(500)
      .optional(),
    questions: z
      .array(formQuestionSchema)
      .max(50)
      .refine((qs) => new Set(qs.map((q) => q.id)).size === qs.length, {
        error: 'question ids must be unique',
        params: checkWords('questionIdTwice'),
      })
      .default([]),
  })
  .superRefine((draft, ctx) => {
    const problem = zoneOffsetProblem(draft.closesAt, draft.timeZone);
    if (problem)
      ctx.addIssue({
        code: 'custom',
        path: ['closesAt'],
        message: problem,
        params: checkWords('deadlineOffset'),
      });
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
  takesUnfundedApplications: z.boolean().optional(),
  officialUrl: z.string().optional(),
  questions: z.array(storedQuestionSchema).default([]),
  /** Set when published: the version reports pin, and the hash of its rules. */
  version: z.number().int().min(1).optional(),
  rulesHash: z.string().optional(),
  /** Optimistic-locking counter: every write bumps it and is conditional on the old value. */
  revision: revisionSchema(1),
  createdAt: isoDateTimeSchema,
  publishedAt: isoDateTimeSchema.optional(),
  /** The catalogue record (and its version) an association adopted this call from, when it did. */
  adoptedFrom: z
    .strictObject({
      source: z.literal('incentivi.gov.it'),
      sourceId: z.string(),
      version: z.number().int().min(1),
    })
    .optional(),
});
export type Call = z.infer<typeof callSchema>;

/** Checks an application's answers against the call's form: required answered, none unknown, none too long. */
export function answerProblems(
  questions: readonly FormQuestion[],
  answers: Record<string, string>,
): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  for (const q of questions) {
    // An own-property check: question ids are text, and `answers` is a plain object.
    const answer = (Object.hasOwn(answers, q.id) ? answers[q.id] : undefined)?.trim() ?? '';
    if (q.required && answer === '')
      problems.push({ path: `answers.${q.id}`, message: `is required: ${q.label}` });
    if (answer.length > q.maxLength)
      problems.push({ path: `answers.${q.id}`, message: `must be at most ${q.maxLength} characters` });
  }
  for (const id of Object.keys(answers)) {
    if (!questions.some((q) => q.id === id))
      problems.push({ path: `answers.${id}`, message: 'is not a question of this call' });
  }
  return problems;
}
