/** A failed API answer, carrying the server's JSON error (code, message, field paths) for the UI. */
import type { ClientResponse } from 'hono/client';
import type { SuccessStatusCode } from 'hono/utils/http-status';
import { type ErrorBody, errorBodySchema } from '../../../shared/api/error-body';

export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorBody['error'],
    /** The whole answer: a 409 carries the stored version as `current`, so nothing typed is lost. */
    readonly raw?: unknown,
  ) {
    super(body.message);
  }

  fieldMessage(path: string): string | undefined {
    return this.body.fields?.find((f) => f.path === path)?.message;
  }
}

export async function readErrorBody(response: Response): Promise<ApiRequestError> {
  const raw: unknown = await response.json().catch(() => undefined);
  const parsed = errorBodySchema.safeParse(raw);
  return new ApiRequestError(
    response.status,
    parsed.success
      ? parsed.data.error
      : { code: 'unknown', message: `The server answered ${response.status}.` },
    raw,
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
  return (await response.json()) as SuccessBody<R>;
}
