/**
 * One page of a list held in memory, in the order of its sort keys compared byte by byte (as DynamoDB
 * compares them), with an opaque cursor only that list accepts back — the in-memory twin of
 * ../data/partition-page.ts, so use-case and route tests page exactly as the API does.
 */
import type { PageRequest } from '../calls/call-store';
import type { Page } from '../data/page-cursor';
import { InvalidCursorError } from '../data/store-errors';

export interface Keyed<T> {
  sortKey: string;
  value: T;
}

const byBytes = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));

function decode(cursor: string, list: string): string {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      typeof parsed === 'object' &&
      parsed !== null &&
      'list' in parsed &&
      'after' in parsed &&
      parsed.list === list &&
      typeof parsed.after === 'string'
    ) {
      return parsed.after;
    }
  } catch {
    // Not base64url JSON: refused below like any other cursor this list did not give.
  }
  throw new InvalidCursorError('cursor is not one this API gave out');
}

/** `list` names the partition: a cursor from another company's plans is refused, as on DynamoDB. */
export function sortedPage<T>(
  items: Iterable<Keyed<T>>,
  list: string,
  page: PageRequest,
  newestFirst = false,
): Page<T> {
  const sorted = [...items].sort((a, b) => byBytes(a.sortKey, b.sortKey) * (newestFirst ? -1 : 1));
  const after = page.cursor === undefined ? undefined : decode(page.cursor, list);
  const start =
    after === undefined
      ? 0
      : sorted.findIndex((item) => byBytes(item.sortKey, after) * (newestFirst ? -1 : 1) > 0);
  const from = start < 0 ? sorted.length : start;
  const slice = sorted.slice(from, from + page.limit);
  const last = slice[slice.length - 1];
  const more = from + page.limit < sorted.length;
  return {
    items: slice.map((item) => item.value),
    cursor:
      more && last
        ? Buffer.from(JSON.stringify({ list, after: last.sortKey })).toString('base64url')
        : undefined,
  };
}
