import { describe, expect, it } from 'vitest';
import { allPages } from './all-pages';

describe('allPages', () => {
  it('follows every cursor and keeps the order', async () => {
    const pages = new Map<string | undefined, { items: number[]; cursor?: string }>([
      [undefined, { items: [1, 2], cursor: 'a' }],
      ['a', { items: [3], cursor: 'b' }],
      ['b', { items: [4, 5] }],
    ]);
    const asked: (string | undefined)[] = [];
    const result = await allPages(async (cursor) => {
      asked.push(cursor);
      return pages.get(cursor) ?? { items: [] };
    });
    expect(result.items).toEqual([1, 2, 3, 4, 5]);
    expect(asked).toEqual([undefined, 'a', 'b']);
  });

  it('stops at a cursor it was given before, rather than loop for ever', async () => {
    const asked: (string | undefined)[] = [];
    const result = await allPages(async (cursor) => {
      asked.push(cursor);
      return { items: [asked.length], cursor: 'same' };
    });
    expect(result.items).toEqual([1, 2]);
    expect(asked).toEqual([undefined, 'same']);
  });
});
