/**
 * The one JSON error shape every API answer uses, so clients can show field-level messages. The browser
 * reads it with its own Valibot schema typed against `ErrorBody` (web/src/lib/api-error.ts, ADR 0016).
 */
import * as z from 'zod/mini';

export const fieldErrorSchema = z.object({ path: z.string(), message: z.string() });
export type FieldError = z.infer<typeof fieldErrorSchema>;

export const errorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.optional(z.array(fieldErrorSchema)),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** Turns zod issues into `{ path: 'budgetCents', message }` pairs; the root is reported as '(body)'. */
export function fieldErrorsFrom(issues: readonly z.core.$ZodIssue[]): FieldError[] {
  return issues.flatMap((issue) =>
    // An unknown field is reported at its own path, so the client can point at it.
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ path: joinPath([...issue.path, key]), message: 'is not a known field' }))
      : [{ path: joinPath(issue.path), message: issue.message }],
  );
}

function joinPath(path: readonly PropertyKey[]): string {
  return path.length > 0 ? path.map(String).join('.') : '(body)';
}
