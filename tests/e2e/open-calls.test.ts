import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { accessibilityViolations, launchBrowser, signIn } from './support/browser';

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
    // The official notice, linked from the call's public page: an https address only.
    const official = page.getByLabel('Official notice (optional)');
    await official.fill('http://www.example.org/cyber-voucher');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page
      .locator('#officialUrl-error')
      .getByText('Write a full web address starting with https://')
      .waitFor();
    await official.fill('https://www.example.org/cyber-voucher');
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

    // Its public page: the key figures of its rules, and the official notice.
    await page.getByRole('link', { name: title }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    const facts = (await page.locator('dl.facts').first().textContent()) ?? '';
    expect(facts).toContain('Grant at most€10,000.00');
    expect(facts).toContain('Smallest project (eligible spend)€4,000.00');
    expect(
      await page.getByRole('link', { name: 'The official notice of this call' }).getAttribute('href'),
    ).toBe('https://www.example.org/cyber-voucher');
  });

  /** How the budget figures of a call's page answer, once the test lets them. */
  type Figures = 'as served' | 'closed' | 'unreachable';
  it.each<[string, string, Figures, { left: boolean }]>([
    ['a first-come call while open', '01DEMOCALL0000000000000001', 'as served', { left: true }],
    [
      'a pro-rata call, which reserves nothing on arrival',
      '01DEMOCALL0000000000000004',
      'as served',
      { left: false },
    ],
    ['a first-come call past its deadline', '01DEMOCALL0000000000000001', 'closed', { left: false }],
    ['a call whose figures cannot be read', '01DEMOCALL0000000000000001', 'unreachable', { left: true }],
  ])(
    'keeps a call’s page still when its budget figures arrive after it: %s',
    async (_, callId, figures, expected) => {
      await page.setViewportSize({ width: 390, height: 844 });
      if (figures === 'closed') {
        // The same call, its deadline passed an hour ago, as the API then answers it.
        await page.route(`**/api/calls/${callId}`, async (route) => {
          const call = await (await route.fetch()).json();
          await route.fulfill({
            json: { ...call, closesAt: new Date(Date.now() - 3_600_000).toISOString() },
          });
        });
      }
      let release = () => {};
      const released = new Promise<void>((resolve) => {
        release = resolve;
      });
      await page.route('**/api/calls/*/availability', async (route) => {
        await released;
        if (figures === 'unreachable') return route.abort('internetdisconnected');
        if (figures === 'as served') return route.continue();
        const { remainingCents: _, ...served } = await (await route.fetch()).json();
        return route.fulfill({ json: { ...served, open: false } });
      });
      await page.goto(`${appUrl}/calls/${callId}`);
      const who = page.getByRole('heading', { level: 2, name: 'Who may apply' });
      await who.waitFor();
      const before = await who.boundingBox();
      // The row is there from the start exactly when the figures will fill it.
      const left = page.getByText('Still available to new applicants');
      expect(await left.count()).toBe(expected.left ? 1 : 0);
      release();
      if (figures === 'unreachable') {
        await page.getByText('Could not be read just now').first().waitFor();
      } else {
        await page.getByTestId('call-receipts').waitFor();
      }
      expect(await who.boundingBox()).toEqual(before);
      expect(await left.count()).toBe(expected.left ? 1 : 0);
    },
  );
});
