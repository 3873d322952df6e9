/**
 * The public catalogue search on the real records the local stack loads from data/catalogue/incentivi
 * (Fonte: incentivi.gov.it, Ministero delle Imprese e del Made in Italy — IODL 2.0). The record searched
 * for is 8337 (incentivi-radar-tail.json), a Chamber of Commerce of Brescia voucher for digital roadmaps:
 * Regioni: Lombardia only; Dimensioni: Piccola and Media Impresa; Obiettivo_Finalita: Digitalizzazione;
 * Codici_ATECO (2025 edition) listing 25.11 among the metal-products, machinery and transport codes.
 * Each of the four filters below is one it passes for its own reason (not because it is national, open
 * to all sectors or silent on sizes). Its status is not asked: it changes with the date the test runs.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { accessibilityViolations, launchBrowser, pageWidth } from './support/browser';

const appUrl = inject('appUrl');

const RECORD = '8337';
const TITLE =
  'CCIAA Brescia - Bando per voucher destinati alle imprese bresciane per la fornitura di servizi relativi alla realizzazione di Piani strategici in ambito digitale, digitale + AI e di sostenibilità - AGEF 2615';
const NOTICE = 'This is a summary of the official catalogue record: check the official text before applying.';
const ATTRIBUTION = 'Fonte: incentivi.gov.it, Ministero delle Imprese e del Made in Italy — licence IODL 2.0';
const FILTERS = 'region=IT-25&size=small&ateco=25.11&purpose=digitalisation';

/** The page is no wider than the screen; names the elements that stick out if it is. */
async function expectFitsWidth(page: Page, name: string): Promise<void> {
  const width = await pageWidth(page);
  expect(width.scroll, `${name} is wider than the screen: ${width.wide.join(' | ')}`).toBeLessThanOrEqual(
    width.inner,
  );
}

/**
 * The search the address holds, compared as parameters (order aside). The app changes the address with
 * history.pushState, which fires no load event for waitForURL to wait on.
 */
async function expectSearch(page: Page, query: string): Promise<void> {
  const sorted = (search: string) => [...new URLSearchParams(search)].sort().join('&');
  await expect
    .poll(() => {
      const url = new URL(page.url());
      return `${url.pathname}?${sorted(url.search)}`;
    })
    .toBe(`/catalogue?${sorted(query)}`);
}

/** The number of calls found, once a search has answered (not while it is on its way). */
async function foundHeading(page: Page): Promise<string> {
  const heading = page.getByRole('heading', { level: 2, name: /^\d+ calls? found$/ });
  await heading.waitFor();
  return (await heading.textContent()) ?? '';
}

describe('the Italian incentives catalogue, for everyone', () => {
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());
  beforeEach(async () => {
    await browser.context.clearCookies();
    page = await browser.context.newPage();
    await page.goto(appUrl);
    await page.evaluate(() => localStorage.clear());
  });

  it('finds a real record by words, region, size, ATECO code and purpose, and opens its page', async () => {
    await page.getByRole('link', { name: 'Catalogue', exact: true }).click();
    await page.waitForURL('**/catalogue');
    await page.getByRole('heading', { level: 1, name: 'Italian incentives catalogue' }).waitFor();
    await foundHeading(page);

    await page.getByLabel('Words').fill('voucher bresciane');
    await page.getByLabel('Region').selectOption({ label: 'Lombardy' });
    await page.getByLabel('Company size').selectOption({ label: 'Small enterprise' });
    await page.getByLabel('ATECO code').fill('25.11');
    await page.getByLabel('Purpose').selectOption({ label: 'Digitalisation' });
    const answered = page.waitForResponse(
      (response) =>
        response.url().includes('/api/catalogue?') && response.url().includes('purpose=digitalisation'),
    );
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    const response = await answered;
    expect(response.status()).toBe(200);
    const body = (await response.json()) as { total: number; items: { sourceId: string }[] };
    expect(body.items.map((item) => item.sourceId)).toContain(RECORD);

    // The search is in the address, to share it and come back to it.
    await expectSearch(page, `q=voucher+bresciane&${FILTERS}`);
    expect(await foundHeading(page)).toBe(`${body.total} ${body.total === 1 ? 'call' : 'calls'} found`);
    const results = page.getByRole('list').filter({ has: page.getByRole('heading', { level: 3 }) });
    expect(await results.getByRole('listitem').count()).toBe(body.items.length);
    const card = results.getByRole('listitem').filter({ has: page.getByRole('link', { name: TITLE }) });
    const cardText = (await card.textContent()) ?? '';
    expect(cardText).toContain('Camera di Commercio, Industria, Artigianato e Agricoltura di Brescia');
    expect(cardText).toContain('31 Dec 2026');
    expect(cardText).toContain('Lombardy');
    expect(cardText).toContain('Up to €4,800.00');
    expect(cardText).toMatch(/Open|Not open yet|Closed/);
    // Words, never the codes the filters travel as.
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what people read.
    const shown = await page.locator('main').evaluate((main) => (main as HTMLElement).innerText);
    for (const code of ['IT-25', 'digitalisation']) expect(shown).not.toContain(code);
    await page.getByText(ATTRIBUTION).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await card.getByRole('link', { name: TITLE }).click();
    await page.waitForURL(`**/catalogue/${RECORD}`);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await page.getByText(NOTICE).waitFor();
    await page.getByText(ATTRIBUTION).waitFor();
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what people read.
    const call = await page.locator('main').evaluate((main) => (main as HTMLElement).innerText);
    for (const fact of [
      'Small enterprise and Medium-sized enterprise',
      'Lombardy',
      'Digitalisation',
      'Grant',
      'Up to €4,800.00',
      '€100,000.00',
      '1 Jun 2026',
      '31 Dec 2026',
    ])
      expect(call).toContain(fact);
    for (const code of ['IT-25', 'digitalisation']) expect(call).not.toContain(code);
    const official = page.getByRole('link', { name: 'Official page of the call (opens in a new tab)' });
    expect(await official.getAttribute('href')).toBe('http://www.bs.camcom.it/');
    expect(await official.getAttribute('rel')).toContain('noopener');
    expect(await accessibilityViolations(page)).toEqual([]);

    // Back returns to the same search, its filters still in the form.
    await page.goBack();
    await expectSearch(page, `q=voucher+bresciane&${FILTERS}`);
    await page.getByRole('link', { name: TITLE }).waitFor();
    expect(await page.getByLabel('Region').inputValue()).toBe('IT-25');
    expect(await page.getByLabel('ATECO code').inputValue()).toBe('25.11');
  });

  it('says so in plain words when nothing matches, and offers to clear the filters', async () => {
    await page.goto(`${appUrl}/catalogue?q=qwxzyvk&${FILTERS}`);
    await page.getByRole('heading', { level: 2, name: '0 calls found' }).waitFor();
    await page.getByText('No call in the catalogue matches this search.').waitFor();
    await page.getByText('Try removing a filter or two, or using fewer words.').waitFor();
    await page.getByRole('link', { name: 'Clear all filters' }).first().click();
    await page.waitForURL(/\/catalogue$/);
    expect(await page.getByLabel('Region').inputValue()).toBe('');
    await foundHeading(page);
  });

  it('fits a 390 px phone screen, search and record', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${appUrl}/catalogue?${FILTERS}`);
    await page.getByRole('link', { name: TITLE }).waitFor();
    await expectFitsWidth(page, 'catalogue search');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('link', { name: TITLE }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await expectFitsWidth(page, 'catalogue record');
  });

  it('returns with Back to the same place in the results', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${appUrl}/catalogue?q=digitale`);
    await foundHeading(page);
    // A record far down the list, as a person scrolls to it before opening it.
    const nth = page.locator('main a[href^="/catalogue/"]').nth(8);
    await nth.scrollIntoViewIfNeeded();
    const href = (await nth.getAttribute('href')) ?? '';
    const record = page.locator(`main a[href="${href}"]`);
    const scrolled = await page.evaluate(() => window.scrollY);
    expect(scrolled).toBeGreaterThan(844);
    const where = (await record.boundingBox())?.y;
    const title = (await record.textContent()) ?? '';
    await record.click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.goBack();
    // The results are back at once, from the cache, so the browser can put the list where it was:
    // the same record at the same place on the screen.
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(scrolled);
    expect((await record.boundingBox())?.y).toBe(where);
  });
});
