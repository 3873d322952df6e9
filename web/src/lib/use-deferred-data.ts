/**
 * A deferred copy of a query's data, for pages that render a long form or list from it: React renders
 * the page without it first (its heading and a status line paint at once) and renders it in slices
 * afterwards, instead of one long task that blocks input and a phone's first screen. Plain
 * `useDeferredValue(data)` defers only later changes: data already cached when the page mounts
 * (prefetched, or a page visited again) would render in that one long task. The initial value below
 * makes the first render go without it, whatever the cache holds. Undefined means "not here yet", as
 * with the query itself.
 */
import { useDeferredValue } from 'react';

const NOT_YET = Symbol('not yet');

export function useDeferredData<T>(data: T | undefined): T | undefined {
  const deferred = useDeferredValue<T | typeof NOT_YET>(data === undefined ? NOT_YET : data, NOT_YET);
  return deferred === NOT_YET ? undefined : deferred;
}
