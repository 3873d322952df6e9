/**
 * Puts what the server holds into a form, without ever overwriting what the person is typing: a
 * refetch (TanStack Query refetches when the window regains focus) replaces the form only while it
 * still shows the last version loaded; once edited, the edits stay and a save meets the usual 409 check.
 */
import { useEffect, useRef } from 'react';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function useServerValues<S, T>(
  source: S | null | undefined,
  toValues: (source: S) => T,
  values: T,
  setValues: (values: T) => void,
  onApplied?: (source: S) => void,
): void {
  const shown = useRef<T | undefined>(undefined);
  const current = useRef(values);
  current.current = values;
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the server's version changes, only.
  useEffect(() => {
    if (source === null || source === undefined) return;
    const next = toValues(source);
    const untouched = shown.current === undefined || same(current.current, shown.current);
    shown.current = next;
    if (untouched) {
      setValues(next);
      onApplied?.(source);
    }
  }, [source]);
}
