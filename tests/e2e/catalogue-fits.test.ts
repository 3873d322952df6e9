/**
 * The second tier of matching in Chromium: after the calls checked line by line, the SME's matches page
 * lists the Italian catalogue's possible fits (the real records the local stack loads from
 * data/catalogue/incentivi; Fonte: incentivi.gov.it, MIMIT — IODL 2.0), each check in words, and each
 * opens its record's page. Which records are open depends on the day the test runs: the test asks for
 * the fits of that day (from the API) and checks the page shows exactly those, in that order.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  accessibilityViolations,
  launchBrowser,
  openPlanMatches,
  pageWidth,
  signIn,
} from './support/browser';

const appUrl = inject('appUrl');
const TITLE = 'Also in the Italian incentives catalogue: possible fits';
const BADGE = 'Possible fit — check the official text';

interface Fits {
  items: { title: string }[];
  attribution: string;
}

/** Opens the demo plan's matches; answers the catalogue fits the page was given. */
async function openMatches(page: Page): Promise<Fits> {
  await signIn(page, appUrl, 'marco@bottega-rossi.example');
  await page.waitForURL('**/plans');
  const fits = page.waitForResponse((r) => r.url().includes('/api/catalogue/fits/'));
  await openPlanMatches(page, 'Sell online and know our customers');
  await page.getByRole('heading', { name: TITLE }).waitFor();
  const response = await fits;
  expect(response.status()).toBe(200);
  return (await response.json()) as Fits;
}

describe("the catalogue's possible fits on the SME's matches", () => {
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('follow the calls checked line by line, each check in words, each opening its record', async () => {
    const page = await browser.context.newPage();
    // The fits of the day, as the API gave them to the page.
    const fits = await openMatches(page);
    const section = page.getByRole('region', { name: TITLE });
    const titles = fits.items.map((fit) => fit.title);
    await section.getByText(fits.attribution).waitFor();
    if (titles.length === 0) {
      await section.getByText('No open call in the catalogue fits').waitFor();
    } else {
      // Folded under the checked matches until asked for.
      await section.getByText(/^Show \d+ possible fits?$/).click();
      const cards = section.getByRole('listitem').filter({ hasText: BADGE });
      await expect.poll(() => cards.count()).toBe(titles.length);
      expect(await section.getByRole('heading', { level: 3 }).allTextContents()).toEqual(titles);
      const first = cards.first();
      expect(await first.getByText(/^Fits:/).count()).toBeGreaterThan(0);
      // Words, not codes: no region, cost family or outcome code reaches the reader.
      const text = (await section.textContent()) ?? '';
      expect(text).not.toMatch(/\bIT-\d\d\b|services-ip|not-listed|above-max|unstated/);
    }
    expect(await accessibilityViolations(page)).toEqual([]);

    if (titles.length > 0) {
      await section.getByRole('link', { name: titles[0], exact: true }).click();
      await page.getByRole('heading', { level: 1, name: titles[0] }).waitFor();
    }
    await page.close();
  });

  it('fit a 390 px phone screen', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await openMatches(page);
    await page.getByText(/Fonte: incentivi\.gov\.it/).waitFor();
    const show = page.getByText(/^Show \d+ possible fits?$/);
    if ((await show.count()) > 0) await show.click();
    const width = await pageWidth(page);
    expect(width.scroll, `wider than the screen: ${width.wide.join(' | ')}`).toBeLessThanOrEqual(width.inner);
    await page.close();
  });

  it('leave the matches on screen when their code cannot be fetched, and load on the next visit', async () => {
    const page = await browser.context.newPage();
    await signIn(page, appUrl, 'marco@bottega-rossi.example');
    await page.waitForURL('**/plans');
    const code = /\/catalogue-fits-[^/?]*\.js(\?.*)?$/;
    await page.route(code, (route) => route.abort('internetdisconnected'));
    await openPlanMatches(page, 'Sell online and know our customers');
    await page.getByRole('alert').filter({ hasText: 'This part of the page could not be shown' }).waitFor();
    // The matches checked line by line stay, with their page's heading.
    await page.getByRole('heading', { level: 1, name: 'Calls that fit your plan' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Something went wrong' }).count()).toBe(0);
    await page.unroute(code);
    await page.getByRole('link', { name: 'Your plans' }).click();
    await openPlanMatches(page, 'Sell online and know our customers');
    await page.getByRole('heading', { name: TITLE }).waitFor();
    await page.close();
  });
});
