import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { accessibilityViolations, holdRequests, launchBrowser, signIn } from './support/browser';

const appUrl = inject('appUrl');

describe('the built web app in Chromium', () => {
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = browser.context;
  });
  afterAll(() => browser.close());
  beforeEach(async () => {
    await context.clearCookies();
    page = await context.newPage();
    await page.goto(appUrl);
    await page.evaluate(() => localStorage.clear());
  });

  it('shows a signed-in SME the seeded open calls with budget and deadline', async () => {
    await signIn(page, appUrl, 'marco@bottega-rossi.example');
    await page.waitForURL('**/plans');
    await page.getByRole('link', { name: 'Open calls' }).click();
    await page.waitForURL('**/calls');
    await expect(page.getByRole('heading', { name: 'Open funding calls' }).isVisible()).resolves.toBe(true);
    const titles = page.getByRole('heading', { level: 2 });
    await titles.first().waitFor();
    // Other journeys may have published more calls on the shared stack; the seeded ones are always there.
    expect(await titles.allTextContents()).toEqual(
      expect.arrayContaining([
        'Voucher Digitali I4.0 — Lombardia (demo)',
        'KMO-portefeuille — opleiding en advies (demo)',
      ]),
    );
    await expect(page.getByText('€3,398,000.00').isVisible()).resolves.toBe(true);
    await expect(page.getByText('marco@bottega-rossi.example').isVisible()).resolves.toBe(true);
    // An SME has no call editor, in the menu or by URL.
    expect(await page.getByRole('link', { name: 'Your calls' }).count()).toBe(0);
    await page.goto(`${appUrl}/association/calls`);
    await page.waitForURL('**/sign-in');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('refuses a wrong password with an announced error', async () => {
    await page.goto(`${appUrl}/sign-in`);
    await page.getByLabel('Email').fill('marco@bottega-rossi.example');
    await page.getByLabel('Password').fill('wrong');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('Email or password is wrong');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('lets an association draft and publish a call that then appears in the open list', async () => {
    await signIn(page, appUrl, 'anna@associazione.example');
    await page.waitForURL('**/association/calls');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await expect(page.locator('#title-error').textContent()).resolves.toContain('at least 3 characters');
    expect(await page.getByLabel('Title').getAttribute('aria-invalid')).toBe('true');

    const title = `Cybersecurity voucher ${Date.now()}`;
    await page.getByLabel('Title').fill(title);
    await page.getByLabel('Description').fill('50 % of cybersecurity assessments for SMEs.');
    await page.getByLabel('Closing date').fill('2099-06-30');
    await page.getByLabel('Closing time (local)').fill('17:00');
    await page.getByLabel('Budget (€)').fill('250.000,00');
    await page.getByRole('button', { name: 'Save draft' }).click();
    const row = page.getByRole('row', { name: new RegExp(title) });
    await row.waitFor();
    expect(await row.textContent()).toContain('draft');
    expect(await row.textContent()).toContain('€250,000.00');
    expect(await accessibilityViolations(page)).toEqual([]);

    // Without rules SMEs could not check their plans: publishing is refused, and the page says why.
    page.on('dialog', (dialog) => dialog.accept());
    await row.getByRole('button', { name: `Publish ${title}` }).click();
    await page.getByText('This call cannot be published yet: it has no valid rules').waitFor();
    expect(await row.textContent()).toContain('draft');

    await row.getByRole('link', { name: `Rules ${title}` }).click();
    await page.getByLabel('Start from a real scheme').selectOption('pid-lombardia-2025');
    await page.getByRole('button', { name: 'Check the rules' }).click();
    await page.getByRole('button', { name: 'Save the rules in the draft' }).click();
    await page.getByText('Rules saved in the draft.').waitFor();
    await page.getByRole('link', { name: 'Your calls' }).click();
    const again = page.getByRole('row', { name: new RegExp(title) });
    await again.getByRole('button', { name: `Publish ${title}` }).click();
    await again.getByRole('cell', { name: 'published', exact: true }).waitFor();
    expect(await again.getByRole('button').count()).toBe(0);

    await page.getByRole('link', { name: 'Open calls' }).click();
    await page.getByRole('heading', { name: title }).waitFor();
    expect(await page.getByText('30 June 2099').first().isVisible()).toBe(true);
  });

  it('keeps a call’s page still when its budget figures arrive after it', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    const release = await holdRequests(page, '**/api/calls/*/availability');
    await page.goto(`${appUrl}/calls/01DEMOCALL0000000000000001`);
    const who = page.getByRole('heading', { level: 2, name: 'Who may apply' });
    await who.waitFor();
    const before = await who.boundingBox();
    release();
    await page.getByTestId('call-receipts').waitFor();
    await page.getByTestId('call-left').waitFor();
    expect(await who.boundingBox()).toEqual(before);
  });
});
