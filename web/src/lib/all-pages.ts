/**
 * Follows an API list's cursors to the end: a screen that totals, exports or lists everything of its
 * own must not stop at the first page.
 */
export async function allPages<T>(
  pageAfter: (cursor?: string) => Promise<{ items: T[]; cursor?: string }>,
): Promise<{ items: T[] }> {
  let page = await pageAfter();
  const items = [...page.items];
  while (page.cursor) {
    page = await pageAfter(page.cursor);
    items.push(...page.items);
  }
  return { items };
}
