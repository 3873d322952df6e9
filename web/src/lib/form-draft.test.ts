import { describe, expect, it } from 'vitest';
import { clearDrafts, type DraftStorage, readDraft, removeDraft, writeDraft } from './form-draft';

function memoryStorage(): DraftStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
    key: (i) => [...map.keys()][i] ?? null,
    get length() {
      return map.size;
    },
  };
}

describe('form drafts', () => {
  const now = new Date('2026-12-02T10:00:00Z');

  it('keeps a person’s draft per form, and never hands it to someone else', () => {
    const storage = memoryStorage();
    writeDraft(storage, 'marco@example.com', 'plan:new', { title: 'Sell online' }, now);
    expect(readDraft(storage, 'marco@example.com', 'plan:new')).toEqual({
      values: { title: 'Sell online' },
      savedAt: '2026-12-02T10:00:00.000Z',
    });
    expect(readDraft(storage, 'anna@example.com', 'plan:new')).toBeUndefined();
    expect(readDraft(storage, 'marco@example.com', 'company')).toBeUndefined();
    removeDraft(storage, 'marco@example.com', 'plan:new');
    expect(readDraft(storage, 'marco@example.com', 'plan:new')).toBeUndefined();
  });

  it('reads a damaged draft as none, and clears only drafts on sign-out', () => {
    const storage = memoryStorage();
    storage.setItem('grantfit:draft:marco@example.com:company', '{not json');
    storage.setItem('grantfit:session', 'kept');
    writeDraft(storage, 'anna@example.com', 'plan:1', { title: 'x' }, now);
    expect(readDraft(storage, 'marco@example.com', 'company')).toBeUndefined();
    clearDrafts(storage);
    expect([...storage.map.keys()]).toEqual(['grantfit:session']);
  });

  it('keeps the drafts of the person signing in again, and only theirs', () => {
    const storage = memoryStorage();
    writeDraft(storage, 'marco@example.com', 'company', { name: 'Bottega' }, now);
    writeDraft(storage, 'marco@example.com.evil', 'company', { name: 'x' }, now);
    writeDraft(storage, 'anna@example.com', 'plan:1', { title: 'x' }, now);
    clearDrafts(storage, 'marco@example.com');
    expect([...storage.map.keys()]).toEqual(['grantfit:draft:marco@example.com:company']);
  });
});
