/**
 * Moving to another page puts focus on its heading, as a full page load would start at its top: a
 * screen reader reads where the person landed. A link to one field (a next step) keeps focus on that
 * field; that case is followed in ./worked-examples.test.ts.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, signIn } from './support/browser';

const appUrl = inject('appUrl');

/** The focused element as "<tag>: <text>" (an empty string for <body>). */
const focused = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement;
    return !active || active === document.body
      ? ''
      : `${active.tagName.toLowerCase()}: ${active.textContent?.trim()}`;
  });

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
    await expect.poll(() => focused(page)).toBe('h1: Your digitalisation plans');

    // A link in the navigation, which stays on screen.
    await page.getByRole('navigation').getByRole('link', { name: 'Your company' }).click();
    await page.waitForURL('**/company');
    await expect.poll(() => focused(page)).toBe('h1: Your company');

    // Back, then a link inside the page, which the new page replaces.
    await page.goBack();
    await page.waitForURL('**/plans');
    await expect.poll(() => focused(page)).toBe('h1: Your digitalisation plans');
    await page
      .getByRole('listitem')
      .filter({ hasText: 'Sell online and know our customers' })
      .getByRole('link', { name: /Edit/ })
      .click();
    await expect.poll(() => focused(page)).toBe('h1: Edit your plan');
    // Focusable from script only: the heading is not a stop for Tab.
    expect(await page.getByRole('heading', { level: 1 }).getAttribute('tabindex')).toBe('-1');

    // To the page that comes with the first script (no code to load first).
    await page.getByRole('navigation').getByRole('link', { name: 'Open calls' }).click();
    await expect.poll(() => focused(page)).toBe('h1: Open funding calls');
    await page.close();
  });

  it('leaves the first page of a visit alone: the browser starts at its top, with the skip link first', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${appUrl}/calls`);
    await page.getByRole('heading', { level: 1, name: 'Open funding calls' }).waitFor();
    expect(await focused(page)).toBe('');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('a: Skip to content');
    await page.close();
  });
});
