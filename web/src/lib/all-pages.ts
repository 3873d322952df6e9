/**
 * Follows an API list's cursors to the end: a screen that totals, exports or lists everything of its
 * own must not stop at the first page.
 */
export async function allPages<T>(
  pageAfter: (cursor?: string) => Promise<{ items: T[]; cursor?: string }>,
): Promise<{ items: T[] }> {
  let page = await pageAfter();
  const items = [...page.items];
  // A cursor the API gave before would loop for ever: the list ends there.
  const seen = new Set<string>();
  while (page.cursor && !seen.has(page.cursor)) {
    seen.add(page.cursor);
    page = await pageAfter(page.cursor);
    items.push(...page.items);
  }
  return { items };
}
