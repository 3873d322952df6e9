/**
 * Puts what the server holds into a form, without ever overwriting what the person is typing: a
 * refetch (TanStack Query refetches when the window regains focus, and after a 409) replaces the form
 * only while it still shows the last version loaded; once edited, the edits stay and a save meets the
 * usual 409 check. "Nothing stored yet" (null) counts as a version: the empty form it shows is the
 * untouched state, so a first save that loses a race keeps what was typed.
 */
import { useState } from 'react';

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
  // The server's version last put through the rule, and the values it put in the form.
  const [seen, setSeen] = useState<{ source: S | null | undefined; shown: T | undefined }>({
    source: undefined,
    shown: undefined,
  });
  // During render, not in an effect: React re-renders at once with the filled form, in the same pass,
  // so the empty form is never painted and a large form is not rendered twice. The pass keeps its
  // priority, too: a page that renders its data deferred (useDeferredValue) fills the form without
  // blocking the main thread. (React's "adjusting state when a prop changes".)
  if (source !== undefined && source !== seen.source) {
    const step = serverValuesStep(seen.shown, values, source === null ? null : toValues(source));
    setSeen({ source, shown: step.shown });
    if (step.apply && source !== null && step.shown !== undefined) {
      setValues(step.shown);
      onApplied?.(source);
    }
  }
}
