/**
 * Unsaved form edits, kept in the tab's sessionStorage so they survive moving to another page (or a
 * reload) and come back when the person returns to the form. Drafts are per person (a second person
 * signing in on the same tab never sees the first one's). Signing in drops everyone else's; signing out
 * drops all of them, except after the sign-in expired: the edits a failed save kept wait for the same
 * person to sign in again.
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

/**
 * Drops every draft but those of `keepOwner`: called when someone signs in (keeping their own, left when
 * their sign-in expired) or out (keeping none, unless the sign-in had expired and they sign out to sign in again).
 */
export function clearDrafts(storage: DraftStorage, keepOwner?: string): void {
  const kept = keepOwner ? `${PREFIX}${keepOwner}:` : undefined;
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(PREFIX) && !(kept && key.startsWith(kept))) keys.push(key);
  }
  for (const key of keys) storage.removeItem(key);
}
