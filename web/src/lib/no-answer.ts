/**
 * A request that got no answer at all — no network, the server out of reach, the connection cut while
 * the answer came — is told apart here from everything else that can go wrong. `fetch` rejects with a
 * plain TypeError then, the same class as a bug in our own code; a page that read every TypeError as
 * "could not reach GrantFit" would send a person to check their connection for our mistake (ADR 0034).
 * So every request goes through `fetchOrNoAnswer`, and only a `NoAnswerError` is said as no connection.
 */
export class NoAnswerError extends Error {
  override readonly name = 'NoAnswerError';
}

/**
 * Runs a step that reads from the network (a request, reading its answer, loading a chunk of code),
 * turning its network failure into a `NoAnswerError`. A cancelled request rejects with a DOMException
 * (AbortError), not a TypeError, and passes through as it came.
 */
export async function orNoAnswer<T>(step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    throw new NoAnswerError('No answer came from the server.', { cause: error });
  }
}

/**
 * An answer's JSON, with a connection cut while it came thrown as a `NoAnswerError`. Reading an answer a
 * second time also rejects with a TypeError: that is a bug of ours, and is thrown as one.
 */
export function jsonOrNoAnswer(response: Response): Promise<unknown> {
  if (response.bodyUsed) return Promise.reject(new Error('This answer was read already.'));
  return orNoAnswer(() => response.json());
}

/** `fetch`, with its network failure thrown as a `NoAnswerError`. */
export const fetchOrNoAnswer: typeof fetch = (input, init) => orNoAnswer(() => fetch(input, init));
