/**
 * Moving to another page puts focus on its heading and the view at its top, as a full page load would:
 * a screen reader reads where the person landed. Back returns to where the person was. The first load,
 * a link to one field, and focus the person moves while a page loads are left alone.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { holdRequests, launchBrowser, openPlanEditor, signIn } from './support/browser';

const appUrl = inject('appUrl');

/** The focused element as "<tag>: <text>" (or "<tag>#<id>" for a control; an empty string for <body>). */
const focused = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement;
    if (!active || active === document.body) return '';
    const tag = active.tagName.toLowerCase();
    return ['input', 'select', 'textarea'].includes(tag)
      ? `${tag}#${active.id}`
      : `${tag}: ${active.textContent?.trim()}`;
  });

/** Focus is on the page's heading, and the next Tab leaves it (the heading is no trap, nor a Tab stop). */
async function expectHeadingFocused(page: Page, heading: string) {
  await expect.poll(() => focused(page)).toBe(`h1: ${heading}`);
  expect(await page.getByRole('heading', { level: 1 }).getAttribute('tabindex')).toBe('-1');
  await page.keyboard.press('Tab');
  await page.waitForTimeout(200);
  expect(await focused(page)).not.toBe(`h1: ${heading}`);
  await page.keyboard.press('Shift+Tab');
  expect(await focused(page)).not.toBe(`h1: ${heading}`);
}

describe('focus after moving to another page', () => {
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('goes to the new page’s heading, from a form, the navigation, a link in the page or Back', async () => {
    const page = await browser.context.newPage();
    await signIn(page, appUrl, 'marco@bottega-rossi.example');
    // The sign-in form led to the plans: its button is gone, and focus did not drop to <body>.
    await page.waitForURL('**/plans');
    await expectHeadingFocused(page, 'Your digitalisation plans');

    // A link in the navigation, which stays on screen.
    await page.getByRole('navigation').getByRole('link', { name: 'Your company' }).click();
    await page.waitForURL('**/company');
    await expectHeadingFocused(page, 'Your company');

    // Back, then a link inside the page, which the new page replaces.
    await page.goBack();
    await page.waitForURL('**/plans');
    await expectHeadingFocused(page, 'Your digitalisation plans');
    await openPlanEditor(page, 'Sell online and know our customers');
    await expectHeadingFocused(page, 'Edit your plan');
    const editor = new URL(page.url()).pathname;

    // A link to one field (as a report's next step is): the page focuses that field, not its heading.
    await page.getByRole('navigation').getByRole('link', { name: 'Your plans' }).click();
    await expectHeadingFocused(page, 'Your digitalisation plans');
    await page.evaluate((to) => {
      const seen: string[] = [];
      (window as unknown as { focusedOnTheWay: string[] }).focusedOnTheWay = seen;
      document.addEventListener('focusin', (event) => seen.push((event.target as Element).tagName));
      window.history.pushState(null, '', to);
    }, `${editor}#plan-title`);
    await expect.poll(() => focused(page)).toBe('input#plan-title');
    // Not the heading first: a screen reader would read it, then jump to the field.
    expect(
      await page.evaluate(() => (window as unknown as { focusedOnTheWay: string[] }).focusedOnTheWay),
    ).toEqual(['INPUT']);
    await page.waitForTimeout(300);
    expect(await focused(page)).toBe('input#plan-title');
    await page.close();
  });

  it('starts a page reached forward at its top, and Back where the person was', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${appUrl}/calls`);
    const last = page.locator('main li a').last();
    await last.scrollIntoViewIfNeeded();
    const scrolled = await page.evaluate(() => window.scrollY);
    expect(scrolled).toBeGreaterThan(0);
    const title = (await last.textContent()) ?? '';
    await last.click();
    await expect.poll(() => focused(page)).toBe(`h1: ${title}`);
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    await page.goBack();
    await expect.poll(() => focused(page)).toBe('h1: Open funding calls');
    // The browser puts the list back where it was; the heading is focused without scrolling to it.
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(scrolled);
    // Forward again, to the call's page already in the cache: it shows at once, from its top.
    await last.click();
    await expect.poll(() => focused(page)).toBe(`h1: ${title}`);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await page.close();
  });

  it('lands on a heading that names the page when the page could not be loaded', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${appUrl}/calls`);
    const link = page.locator('main li a').first();
    const callId = new URL((await link.getAttribute('href')) ?? '', appUrl).pathname.split('/').pop();
    // The call is gone by the time the person follows its link.
    let asked = 0;
    await page.route(`**/api/calls/${callId}`, (route) => {
      asked += 1;
      return route.fulfill({ status: 404, json: { error: { code: 'not_found', message: 'No such call.' } } });
    });
    await link.click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toBe(
      'This call could not be loaded. It may be closed or not published.',
    );
    await expectHeadingFocused(page, 'Funding call');
    // Said at once: a "not found" is not asked again, as a failure of the network or the server is.
    expect(asked).toBe(1);
    await page.close();
  });

  it('leaves focus where the person moved it while the next page loads', async () => {
    const page = await browser.context.newPage();
    await signIn(page, appUrl, 'marco@bottega-rossi.example');
    await page.waitForURL('**/plans');
    // The readiness page's code is held back, so its heading comes late.
    const release = await holdRequests(page, /\/assets\/readiness-page-[^/]*\.js$/);
    const nav = page.getByRole('navigation');
    await nav.getByRole('link', { name: 'Readiness check' }).click();
    await page.waitForURL('**/readiness');
    await nav.getByRole('link', { name: 'Your company' }).focus();
    release();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForTimeout(300);
    expect(await focused(page)).toBe('a: Your company');
    await page.close();
  });

  it('counts a link activated by a click alone, as a screen reader or voice control may send it', async () => {
    const fresh = await launchBrowser();
    try {
      const page = await fresh.context.newPage();
      await page.goto(`${appUrl}/calls`);
      const link = page.locator('main li a').first();
      const title = (await link.textContent()) ?? '';
      // A click event with no pointer or key before it.
      await link.dispatchEvent('click');
      await expect.poll(() => focused(page)).toBe(`h1: ${title}`);
    } finally {
      await fresh.close();
    }
  });

  it('leaves the first page of a visit alone, and a redirect before the person did anything', async () => {
    const fresh = await launchBrowser();
    try {
      for (const [address, heading] of [
        ['/calls', 'Open funding calls'],
        // An SME's page without a session: sent to the sign-in page at once.
        ['/plans', 'Sign in'],
      ] as const) {
        const page = await fresh.context.newPage();
        await page.goto(`${appUrl}${address}`);
        await page.getByRole('heading', { level: 1, name: heading }).waitFor();
        await page.waitForTimeout(300);
        expect(await focused(page)).toBe('');
        await page.keyboard.press('Tab');
        expect(await focused(page)).toBe('a: Skip to content');
        await page.close();
      }
    } finally {
      await fresh.close();
    }
  });
});
