/**
 * Unsaved edits survive navigation: while a form differs from what the server holds (its baseline), the
 * values are kept as a draft (./form-draft.ts); when the person comes back, the draft is put back in the
 * form and they are told so, with a way to discard it. Saving removes the draft. A refetch never
 * overwrites the restored values (useServerValues sees them as edits). The draft keeps the revision its
 * edits were made on and a save sends that one, so if someone saved a newer version meanwhile the save
 * meets the usual 409 and the person chooses, rather than overwrite it unseen.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useAppContext } from './app-context';
import { readDraft, removeDraft, writeDraft } from './form-draft';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export interface FormDraft {
  /** The form shows edits kept from an earlier visit. */
  restored: boolean;
  /** The revision the restored edits were made on: what a save must send (undefined: the current one). */
  revision: number | undefined;
  /** Puts the baseline back and forgets the draft. */
  discard(): void;
  /** Forgets the draft (after a successful save). */
  forget(): void;
}

export function useFormDraft<T>(
  form: string,
  baseline: T | undefined,
  values: T,
  setValues: (values: T) => void,
  /** The revision of the stored version the form's values were loaded from (0 for a new object). */
  revision: number,
  /**
   * After a discard put the baseline back: the baseline is the newest stored version, so the form is
   * now loaded from it (useServerValues' rebase), not from the version the draft was made on.
   */
  onDiscarded?: () => void,
): FormDraft {
  const owner = useAppContext().session?.email ?? '';
  const [restored, setRestored] = useState(false);
  const [baseRevision, setBaseRevision] = useState<number>();
  const checked = useRef(false);
  // Once the baseline is known, a kept draft that differs from it goes back into the form, before the
  // browser paints (as ./use-server-values.ts does), so the stored values never flash in its place.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once, when the baseline first arrives.
  useLayoutEffect(() => {
    if (checked.current || baseline === undefined || !owner) return;
    checked.current = true;
    const draft = readDraft<T>(sessionStorage, owner, form);
    if (draft && !same(draft.values, baseline)) {
      setValues(draft.values);
      setRestored(true);
      setBaseRevision(draft.revision);
    }
  }, [baseline === undefined, owner, form]);
  // Every edit after that is kept; going back to the baseline forgets the draft. Only an edit writes: a
  // new baseline alone (the refetch after a save) must not turn the saved values into a draft again.
  const lastValues = useRef(values);
  useEffect(() => {
    if (!checked.current || baseline === undefined || !owner) return;
    if (same(values, baseline)) removeDraft(sessionStorage, owner, form);
    else if (lastValues.current !== values)
      writeDraft(sessionStorage, owner, form, values, new Date(), baseRevision ?? revision);
    lastValues.current = values;
  }, [values, baseline, owner, form, baseRevision, revision]);
  return {
    restored,
    revision: baseRevision,
    discard: () => {
      removeDraft(sessionStorage, owner, form);
      setRestored(false);
      setBaseRevision(undefined);
      if (baseline !== undefined) setValues(baseline);
      onDiscarded?.();
    },
    forget: () => {
      removeDraft(sessionStorage, owner, form);
      setRestored(false);
      setBaseRevision(undefined);
    },
  };
}
