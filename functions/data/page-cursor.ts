/** Opaque pagination cursors: a DynamoDB LastEvaluatedKey, base64url-encoded and checked on the way back. */
import * as z from 'zod';
import { InvalidCursorError } from './store-errors';

export interface Page<T> {
  items: T[];
  cursor?: string;
}

export function encodeCursor(key: Record<string, unknown> | undefined): string | undefined {
  return key ? Buffer.from(JSON.stringify(key)).toString('base64url') : undefined;
}

/**
 * Accepts only a key with exactly the expected attribute names, all non-empty strings (DynamoDB refuses an
 * empty key value, which would be a 500), the expected partition, and — for a list of one kind of item
 * in a partition (a company's plans) — a sort key of that kind: DynamoDB refuses a start key outside the
 * query's key condition, which would be a 500 too.
 */
export function decodeCursor(
  cursor: string | undefined,
  expected: {
    names: readonly string[];
    partition: [name: string, value: string];
    sortKeyPrefix?: [name: string, prefix: string];
  },
): Record<string, string> | undefined {
  if (cursor === undefined) return undefined;
  const shape = z.strictObject(
    Object.fromEntries(expected.names.map((n) => [n, z.string().min(1).max(512)])),
  );
  try {
    const key = shape.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))) as Record<
      string,
      string
    >;
    const [name, value] = expected.partition;
    if (key[name] !== value) throw new Error('cursor is for another list');
    const [sortName, prefix] = expected.sortKeyPrefix ?? ['', ''];
    if (prefix && !key[sortName]?.startsWith(prefix)) throw new Error('cursor points outside the list');
    return key;
  } catch {
    throw new InvalidCursorError('cursor is not one this API gave out');
  }
}
