/**
 * Puts what the server holds into a form, without ever overwriting what the person is typing: a
 * refetch (TanStack Query refetches when the window regains focus, and after a 409) replaces the form
 * only while it still shows the last version loaded; once edited, the edits stay. The hook also says
 * which stored version the form's values were loaded from (its base): a save sends that version's
 * revision, not the newest one fetched, so edits made on an older version meet the usual 409 instead of
 * silently overwriting a version the person never saw. "Nothing stored yet" (null) counts as a version:
 * the empty form it shows is the untouched state, so a first save that loses a race keeps what was typed.
 */
import { useState } from 'react';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export interface ServerValues<S> {
  /**
   * The stored version the form's values were loaded from: null when nothing was stored, undefined
   * before the first answer. Its revision is the one a save sends.
   */
  base: S | null | undefined;
  /**
   * The server now holds what the form shows as `source`: after a save (its answer), or after the
   * person chose the version someone else saved.
   */
  rebase(source: S): void;
}

/** What the form has taken in from the server so far. */
export interface Seen<S, T> {
  /** The server's answer last put through the rule (null = nothing stored). */
  source: S | null | undefined;
  /** The values that answer stood for in the form. */
  shown: T | undefined;
  /** The stored version the form's values were loaded from. */
  base: S | null | undefined;
}

export const nothingSeen = { source: undefined, shown: undefined, base: undefined };

/**
 * One step of the rule above: given what the form took in so far, what it holds now and the server's
 * answer, whether to put the answer in the form, and what the form has taken in from now on. A form that
 * already holds exactly the answer (the answer to its own save) is in step with it, so the answer
 * becomes its base too.
 */
export function serverValuesStep<S, T>(
  seen: Seen<S, T>,
  current: T,
  source: S | null,
  toValues: (source: S) => T,
): { seen: Seen<S, T>; apply: boolean } {
  if (source === null) {
    const base = seen.base === undefined ? null : seen.base;
    return { seen: { source, shown: seen.shown ?? current, base }, apply: false };
  }
  const next = toValues(source);
  const untouched = seen.shown === undefined || same(current, seen.shown) || same(current, next);
  return { seen: { source, shown: next, base: untouched ? source : seen.base }, apply: untouched };
}

export function useServerValues<S, T>(
  source: S | null | undefined,
  toValues: (source: S) => T,
  values: T,
  setValues: (values: T) => void,
  onApplied?: (source: S) => void,
): ServerValues<S> {
  const [seen, setSeen] = useState<Seen<S, T>>(nothingSeen);
  // During render, not in an effect: React re-renders at once with the filled form, in the same pass,
  // so the empty form is never painted and a large form is not rendered twice. The pass keeps its
  // priority, too: a page that renders its data deferred (useDeferredValue) fills the form without
  // blocking the main thread. (React's "adjusting state when a prop changes".)
  if (source !== undefined && source !== seen.source) {
    const step = serverValuesStep(seen, values, source, toValues);
    setSeen(step.seen);
    if (step.apply && source !== null && step.seen.shown !== undefined) {
      setValues(step.seen.shown);
      onApplied?.(source);
    }
  }
  return {
    base: seen.base,
    rebase: (next) => setSeen((s) => ({ ...s, shown: toValues(next), base: next })),
  };
}
