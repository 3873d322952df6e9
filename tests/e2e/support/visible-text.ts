/**
 * The page's rendered text, as people and screen readers get it once they have opened every fold: the
 * text of a closed `<details>` is not in `innerText`, and a fold renders its content only once opened
 * (web/src/components/fold.tsx), so a code inside one would otherwise never be read.
 */
import type { Page } from 'playwright-core';

export async function visibleText(page: Page): Promise<string> {
  await page.waitForLoadState('networkidle');
  // A few passes: what a fold renders may hold folds of its own. A fold that closes again would keep
  // this looping, so it gives up loudly instead.
  for (let pass = 0; ; pass++) {
    const opened = await page.evaluate(() => {
      const closed = [...document.querySelectorAll('details:not([open])')];
      for (const details of closed) (details as HTMLDetailsElement).open = true;
      return closed.length;
    });
    if (opened === 0) break;
    if (pass === 5) throw new Error(`${opened} folds stay closed after five passes of opening them`);
    // A fold renders its content on the toggle event, which comes after the attribute is set, and that
    // content may load code or data of its own.
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    await page.waitForLoadState('networkidle');
  }
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is the point; textContent would read hidden nodes too.
  return page.evaluate(() => document.body.innerText);
}
