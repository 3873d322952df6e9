/**
 * A page whose code could not be fetched (a phone losing its connection as the person follows a link)
 * can be opened again without reloading the app: by its error page's "Try again", or by coming back to
 * it. React.lazy alone keeps the failure for the app's life (web/src/app/routes.tsx).
 */
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { accessibilityViolations, launchBrowser } from './support/browser';

const appUrl = inject('appUrl');
/** The readiness page's code, with or without the query a second try adds (web/src/lib/load-chunk.ts). */
const PAGE_CODE = /\/readiness-page-[^/?]*\.js(\?.*)?$/;
const TITLE = 'Digital readiness self-check';

describe('a page whose code could not be fetched', () => {
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  beforeEach(async () => {
    browser = await launchBrowser();
  });
  afterEach(() => browser.close());

  /** Opens the open calls, then follows the link to the readiness check while its code cannot be fetched. */
  async function followLinkWhileOffline() {
    const page = await browser.context.newPage();
    const tried: string[] = [];
    page.on('request', (request) => {
      if (PAGE_CODE.test(request.url())) tried.push(new URL(request.url()).search);
    });
    await page.goto(`${appUrl}/calls`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.route(PAGE_CODE, (route) => route.abort('internetdisconnected'));
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Readiness check' }).click();
    const failed = page.getByRole('alert').filter({ hasText: 'This page could not be shown' });
    await failed.waitFor();
    await page.unroute(PAGE_CODE);
    return { page, nav, tried };
  }

  it('loads it on “Try again”, in place, without a reload', async () => {
    const { page, tried } = await followLinkWhileOffline();
    expect(await accessibilityViolations(page)).toEqual([]);
    // The app is not reloaded: a mark left on the window survives.
    await page.evaluate(() => Object.assign(window, { stillTheSameApp: true }));
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    expect(await page.evaluate(() => 'stillTheSameApp' in window)).toBe(true);
    expect(new URL(page.url()).pathname).toBe('/readiness');
    // Both tries while offline failed; "Try again" fetched it anew.
    expect(tried).toEqual(['', '?retry=1', '?retry=2']);
    await page.close();
  });

  it('loads it when the person comes back to it through another page', async () => {
    const { page, nav } = await followLinkWhileOffline();
    await nav.getByRole('link', { name: 'Open calls' }).click();
    await page.waitForURL('**/calls');
    await nav.getByRole('link', { name: 'Readiness check' }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    expect(await page.getByRole('alert').filter({ hasText: 'could not be shown' }).count()).toBe(0);
    await page.close();
  });

  it('says so in the reader’s language, with a way to try again', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${appUrl}/calls`);
    await page.getByLabel('Language').selectOption('nl');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.route(PAGE_CODE, (route) => route.abort('internetdisconnected'));
    await page.getByRole('navigation').first().locator('a[href="/readiness"]').click();
    await page.getByRole('alert').filter({ hasText: 'Deze pagina kon niet worden getoond' }).waitFor();
    await page.unroute(PAGE_CODE);
    await page.getByRole('button', { name: 'Opnieuw proberen' }).click();
    await page.getByRole('heading', { level: 1 }).filter({ hasNotText: 'Er ging iets mis' }).waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.close();
  });
});
