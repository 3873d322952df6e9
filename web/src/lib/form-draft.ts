/**
 * Unsaved form edits, kept in the tab's sessionStorage so they survive moving to another page (or a
 * reload) and come back when the person returns to the form. Drafts are per person (a second person
 * signing in on the same tab never sees the first one's) and are all dropped when anyone signs in or out.
 * Only what the person typed is kept, never a token; sessionStorage dies with the tab.
 */
const PREFIX = 'grantfit:draft:';

export interface Draft<T> {
  values: T;
  savedAt: string;
  /** The stored version the edits were made on: a save sends it, so a newer version meets the 409 check. */
  revision?: number;
}

/** The storage a draft lives in: sessionStorage in the browser, a Map-backed stand-in in unit tests. */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

const keyOf = (owner: string, form: string) => `${PREFIX}${owner}:${form}`;

export function readDraft<T>(storage: DraftStorage, owner: string, form: string): Draft<T> | undefined {
  const raw = storage.getItem(keyOf(owner, form));
  if (raw === null) return undefined;
  try {
    const draft = JSON.parse(raw) as Partial<Draft<T>>;
    return draft && typeof draft === 'object' && 'values' in draft && typeof draft.savedAt === 'string'
      ? (draft as Draft<T>)
      : undefined;
  } catch {
    return undefined;
  }
}

export function writeDraft<T>(
  storage: DraftStorage,
  owner: string,
  form: string,
  values: T,
  now: Date,
  revision?: number,
): void {
  try {
    storage.setItem(keyOf(owner, form), JSON.stringify({ values, savedAt: now.toISOString(), revision }));
  } catch {
    // Storage full or refused (private mode): the form still works, only the draft is not kept.
  }
}

export function removeDraft(storage: DraftStorage, owner: string, form: string): void {
  storage.removeItem(keyOf(owner, form));
}

/** Drops every draft, whoever's: called when someone signs in or out. */
export function clearDrafts(storage: DraftStorage): void {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(PREFIX)) keys.push(key);
  }
  for (const key of keys) storage.removeItem(key);
}
