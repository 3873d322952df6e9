/** A failed API answer, carrying the server's JSON error (code, message, field paths) for the UI. */
import type { ClientResponse } from 'hono/client';
import type { SuccessStatusCode } from 'hono/utils/http-status';
// Valibot, not zod: every page reads API errors from its first load (ADR 0016).
import * as v from 'valibot';
import type { ErrorBody } from '../../../shared/api/error-body';
import { jsonOrNoAnswer } from './no-answer';

/** The API's one error shape (shared/api/error-body.ts); the annotation keeps the two in step. */
const errorBodySchema: v.GenericSchema<unknown, ErrorBody> = v.object({
  error: v.object({
    code: v.string(),
    message: v.string(),
    fields: v.optional(v.array(v.object({ path: v.string(), message: v.string() }))),
  }),
});

export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorBody['error'],
    /** The whole answer: a 409 carries the stored version as `current`, so nothing typed is lost. */
    readonly raw?: unknown,
    /** How long a busy server (429, 503) asked to wait before trying again, when it said. */
    readonly retryAfterSeconds?: number,
  ) {
    super(body.message);
  }

  fieldMessage(path: string): string | undefined {
    return this.body.fields?.find((f) => f.path === path)?.message;
  }
}

/** Retry-After in seconds (the HTTP-date form is not used by our API or API Gateway). */
function retryAfterOf(response: Response): number | undefined {
  const header = response.headers.get('retry-after')?.trim();
  return header && /^\d{1,5}$/.test(header) ? Number(header) : undefined;
}

export async function readErrorBody(response: Response): Promise<ApiRequestError> {
  const raw: unknown = await response.json().catch(() => undefined);
  const parsed = v.safeParse(errorBodySchema, raw);
  return new ApiRequestError(
    response.status,
    // API Gateway's own throttling answers {"message":"Too Many Requests"}, not our error shape.
    parsed.success
      ? parsed.output.error
      : { code: 'unknown', message: `The server answered ${response.status}.` },
    raw,
    retryAfterOf(response),
  );
}

/** The body type of a typed client response's success branch. */
type SuccessBody<R> =
  R extends ClientResponse<infer T, infer S, 'json'> ? (S extends SuccessStatusCode ? T : never) : never;

/** Returns the JSON of a successful response, or throws the server's error. */
export async function unwrap<R extends ClientResponse<unknown, number, string>>(
  response: R,
): Promise<SuccessBody<R>> {
  if (!response.ok) throw await readErrorBody(response as unknown as Response);
  // A connection cut while the answer came is no answer, not a failure of ours.
  return (await jsonOrNoAnswer(response as unknown as Response)) as SuccessBody<R>;
}

/** Whether the API answered with this error code. */
export const hasErrorCode = (error: unknown, code: string): boolean =>
  error instanceof ApiRequestError && error.body.code === code;

/** Whether the API answered that what was asked for does not exist (or is not the caller's to see). */
export const isNotFound = (error: unknown): boolean =>
  error instanceof ApiRequestError && error.status === 404;
