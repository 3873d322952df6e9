/**
 * A page opened from its address (a bookmark, a link in an e-mail, a reload) shows at once: the app
 * loads the page's code and texts before its first render, so no "Opening the page…" line comes first. A
 * loading line first also made React hold the page back (it throttles revealing suspended content),
 * so on a slow phone the largest paint waited for it.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { holdRequests, launchBrowser, openPlanEditor, openPlanMatches, signIn } from './support/browser';

const appUrl = inject('appUrl');
/** The router's line while a page's code loads (a page's own data has its own line). */
const PAGE_LOADING = 'Opening the page…';

/** Opens `url` in a new tab of the same session; answers every status line the page showed on the way. */
async function statusesWhileOpening(page: Page, url: string, heading: string | RegExp): Promise<string[]> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { statuses: string[] }).statuses = seen;
    new MutationObserver(() => {
      for (const status of document.querySelectorAll('[role="status"]')) {
        const text = status.textContent ?? '';
        if (!seen.includes(text)) seen.push(text);
      }
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  // Nothing from the browser's cache: every script and text comes over the network, as on a first visit.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await page.goto(url);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  return page.evaluate(() => (window as unknown as { statuses: string[] }).statuses);
}

describe('a page opened from its address', () => {
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('shows the page itself first, public or signed in, with no loading line before it', async () => {
    const page = await browser.context.newPage();
    await signIn(page, appUrl, 'marco@bottega-rossi.example');
    await page.waitForURL('**/plans');
    await openPlanMatches(page, 'Sell online and know our customers');
    await page.getByRole('heading', { level: 1, name: 'Calls that fit your plan' }).waitFor();
    const matchesUrl = page.url();
    await page
      .getByRole('link', { name: /^Check line by line/ })
      .first()
      .click();
    await page.waitForURL('**/plans/*/calls/*');
    const reportUrl = page.url();
    const reportHeading = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
    await page.goto(`${appUrl}/calls`);
    await page
      .getByRole('link', { name: /Voucher Digitali/ })
      .first()
      .click();
    await page.waitForURL('**/calls/*');
    const callUrl = page.url();
    const callHeading = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';

    for (const [url, heading] of [
      [matchesUrl, 'Calls that fit your plan'],
      [reportUrl, reportHeading],
      [callUrl, callHeading],
      [`${appUrl}/company`, /company/i],
    ] as const) {
      const tab = await browser.context.newPage();
      const statuses = await statusesWhileOpening(tab, url, heading);
      expect(statuses, url).not.toContain(PAGE_LOADING);
      await tab.close();
    }
  });

  it('asks for the catalogue search the address holds alongside the page’s code, and only once', async () => {
    const tab = await browser.context.newPage();
    const searches: string[] = [];
    tab.on('request', (request) => {
      if (new URL(request.url()).pathname === '/api/catalogue') searches.push(request.url());
    });
    // The page's code is held back: the search must leave without waiting for it.
    const pageCode = /\/assets\/catalogue-page-[^/]*\.js$/;
    const release = await holdRequests(tab, pageCode);
    await tab.goto(`${appUrl}/catalogue?q=digitale&sort=relevance`, { waitUntil: 'commit' });
    await expect.poll(() => searches.length, { timeout: 10_000 }).toBe(1);
    release();
    await tab.getByRole('heading', { level: 1, name: 'Italian incentives catalogue' }).waitFor();
    await tab.getByRole('heading', { level: 2, name: /found$/ }).waitFor();
    await tab.waitForLoadState('networkidle');
    // The page found the answer in the cache: the same question, asked once.
    expect(searches).toHaveLength(1);
    expect(new URL(searches[0] ?? '').searchParams.get('q')).toBe('digitale');
    await tab.close();
  });

  it('asks for a call alongside its page’s code, and only once', async () => {
    const tab = await browser.context.newPage();
    await tab.goto(`${appUrl}/calls`);
    const callLink = tab.getByRole('link', { name: /Voucher Digitali/ }).first();
    const callPath = (await callLink.getAttribute('href')) ?? '';
    expect(callPath).toMatch(/^\/calls\/[\w-]+$/);
    const asked: string[] = [];
    tab.on('request', (request) => {
      if (new URL(request.url()).pathname === `/api${callPath}`) asked.push(request.url());
    });
    // The page's code is held back: the call must leave without waiting for it.
    const release = await holdRequests(tab, /\/assets\/call-page-[^/]*\.js$/);
    await tab.goto(`${appUrl}${callPath}`, { waitUntil: 'commit' });
    await expect.poll(() => asked.length, { timeout: 10_000 }).toBe(1);
    release();
    await tab.getByRole('heading', { level: 1, name: /Voucher Digitali/ }).waitFor();
    await tab.waitForLoadState('networkidle');
    expect(asked).toHaveLength(1);
    await tab.close();
  });

  it('asks once for a call that is not there, on a first visit, and says so', async () => {
    const tab = await browser.context.newPage();
    const asked: string[] = [];
    tab.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/api/calls/')) asked.push(request.url());
    });
    await tab.goto(`${appUrl}/calls/no-such-call`);
    await tab.getByRole('alert').waitFor();
    expect(await tab.getByRole('alert').textContent()).toBe(
      'This call could not be loaded. It may be closed or not published.',
    );
    await tab.waitForLoadState('networkidle');
    // The first script's request, and neither the page's again nor the budget figures of no call.
    expect(asked).toEqual([`${appUrl}/api/calls/no-such-call`]);
    await tab.close();
  });

  it('says a call the server could not give as not loaded, not as a call that may not exist', async () => {
    const tab = await browser.context.newPage();
    await tab.route('**/api/calls/busy-call', (route) =>
      route.fulfill({ status: 503, json: { error: { code: 'unavailable', message: 'Try again.' } } }),
    );
    await tab.goto(`${appUrl}/calls/busy-call`);
    const alert = tab.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toBe(
      'This call could not be loaded: GrantFit is very busy right now. Try again in a moment.',
    );
    await tab.close();
  });

  it('asks for the new plan editor’s code alongside the texts, not after them', async () => {
    const page = await browser.context.newPage();
    await signIn(page, appUrl, 'marco@bottega-rossi.example');
    await page.waitForURL('**/plans');
    const tab = await browser.context.newPage();
    const editorCode: string[] = [];
    tab.on('request', (request) => {
      if (/\/assets\/plan-editor-page-[^/]*\.js$/.test(request.url())) editorCode.push(request.url());
    });
    // Every text bundle is held back: the editor's code must be on its way meanwhile.
    const release = await holdRequests(tab, /\/assets\/en-[^/]*\.js$/);
    await tab.goto(`${appUrl}/plans/new`, { waitUntil: 'commit' });
    await expect.poll(() => editorCode.length, { timeout: 10_000 }).toBe(1);
    release();
    await tab.getByRole('heading', { level: 1, name: 'A new digitalisation plan' }).waitFor();
    await tab.close();
    await page.close();
  });

  it('asks for the company profile before any of the company page’s code or texts arrive, and only once', async () => {
    const page = await browser.context.newPage();
    await signIn(page, appUrl, 'marco@bottega-rossi.example');
    await page.waitForURL('**/plans');
    const tab = await browser.context.newPage();
    const asked: string[] = [];
    tab.on('request', (request) => {
      const url = new URL(request.url());
      if (['/api/companies/mine', '/api/calls'].includes(url.pathname)) asked.push(url.pathname + url.search);
    });
    // The page's chunks and the text bundles are held back: the profile and the calls it asks about must
    // leave without them (they waited for a chunk of the page's before, a round trip more on a phone).
    const release = await holdRequests(tab, /\/assets\/(company|en)-[^/]*\.js$/);
    await tab.goto(`${appUrl}/company`, { waitUntil: 'commit' });
    await expect.poll(() => asked.length, { timeout: 10_000 }).toBe(2);
    release();
    await tab.getByRole('textbox', { name: 'Company name' }).waitFor();
    await tab.waitForLoadState('networkidle');
    expect(asked.sort()).toEqual(['/api/calls?limit=100', '/api/companies/mine']);
    await tab.close();
    await page.close();
  });

  it('makes the money formatter ahead only for a first screen that shows amounts, else once it is up', async () => {
    const page = await browser.context.newPage();
    await signIn(page, appUrl, 'marco@bottega-rossi.example');
    await page.waitForURL('**/plans');
    await openPlanEditor(page, 'Sell online and know our customers');
    await page.getByRole('heading', { level: 1, name: 'Edit your plan' }).waitFor();
    const editorUrl = page.url();
    await page.close();
    /** A new tab that notes each currency formatter made, and whether the page's form was on screen. */
    const countingTab = async () => {
      const tab = await browser.context.newPage();
      await tab.addInitScript(() => {
        const made: boolean[] = [];
        (window as unknown as { currencyFormatters: boolean[] }).currencyFormatters = made;
        const NumberFormat = Intl.NumberFormat;
        const counting = function (this: unknown, ...args: ConstructorParameters<typeof NumberFormat>) {
          if (args[1]?.style === 'currency') made.push(document.querySelector('main form') !== null);
          return new NumberFormat(...args);
        };
        counting.prototype = NumberFormat.prototype;
        Intl.NumberFormat = counting as unknown as typeof Intl.NumberFormat;
      });
      return tab;
    };
    const madeIn = (tab: Page) =>
      tab.evaluate(() => (window as unknown as { currencyFormatters: boolean[] }).currencyFormatters);

    // The plan forms show no amount: the formatter is not made while their first screen is built, only
    // once it is up (the next page, such as the plans after saving, shows amounts).
    for (const [url, heading] of [
      [editorUrl, 'Edit your plan'],
      [`${appUrl}/plans/new`, 'A new digitalisation plan'],
    ] as const) {
      const tab = await countingTab();
      await tab.goto(url);
      await tab.getByRole('heading', { level: 1, name: heading }).waitFor();
      await tab.locator('main form').waitFor();
      await expect.poll(() => madeIn(tab), { timeout: 15_000 }).toEqual([true]);
      await tab.close();
    }

    // The open calls show their budgets: the formatter is made ahead, while the list is on its way.
    const tab = await countingTab();
    const release = await holdRequests(tab, (url) => url.pathname === '/api/calls');
    await tab.goto(`${appUrl}/calls`, { waitUntil: 'commit' });
    await expect.poll(() => madeIn(tab)).toEqual([false]);
    release();
    await tab.getByRole('heading', { level: 1, name: 'Open funding calls' }).waitFor();
    await tab.close();
  });

  it("sends a visitor without a session from an SME's page to the sign-in page, with no loading line", async () => {
    const fresh = await launchBrowser();
    try {
      const tab = await fresh.context.newPage();
      const statuses = await statusesWhileOpening(tab, `${appUrl}/company`, 'Sign in');
      expect(tab.url()).toBe(`${appUrl}/sign-in`);
      expect(statuses).not.toContain(PAGE_LOADING);
    } finally {
      await fresh.close();
    }
  });
});
