/**
 * Puts what the server holds into a form, without ever overwriting what the person is typing: a
 * refetch (TanStack Query refetches when the window regains focus, and after a 409) replaces the form
 * only while it still shows the last version loaded; once edited, the edits stay and a save meets the
 * usual 409 check. "Nothing stored yet" (null) counts as a version: the empty form it shows is the
 * untouched state, so a first save that loses a race keeps what was typed.
 */
import { useLayoutEffect, useRef } from 'react';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * One step of the rule above: given the values last loaded into the form (`shown`), what the form holds
 * now and what the server answered (`next`; null = nothing stored), whether to put `next` in the form
 * and what counts as loaded from now on.
 */
export function serverValuesStep<T>(
  shown: T | undefined,
  current: T,
  next: T | null,
): { shown: T | undefined; apply: boolean } {
  if (next === null) return { shown: shown ?? current, apply: false };
  const untouched = shown === undefined || same(current, shown);
  return { shown: next, apply: untouched };
}

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
  // A layout effect, so the form is filled before the browser paints: a passive effect would first paint
  // the empty form for a frame, and a person (or a test) reading or typing then would see blank fields.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the server's version changes, only.
  useLayoutEffect(() => {
    if (source === undefined) return;
    const step = serverValuesStep(shown.current, current.current, source === null ? null : toValues(source));
    shown.current = step.shown;
    if (step.apply && source !== null && step.shown !== undefined) {
      setValues(step.shown);
      onApplied?.(source);
    }
  }, [source]);
}
