import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { accessibilityViolations, launchBrowser, signIn } from './support/browser';

const appUrl = inject('appUrl');

describe('readiness self-check in Chromium: three questions, maturity, small first steps, then a plan', () => {
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('suggests the weakest areas first, remembers the answers, and starts a plan from them', async () => {
    const page = await browser.context.newPage();
    await signIn(page, appUrl, 'marco@bottega-rossi.example');
    await page.waitForURL('**/plans');
    await page.getByRole('link', { name: 'Readiness check' }).click();
    await page.getByRole('heading', { name: 'Digital readiness self-check' }).waitFor();
    await page
      .getByLabel('Where do you want to go?')
      .fill('Customers book online and we stop losing orders.');
    await page.getByLabel('Who pulls the cart?').fill('Giulia, the shop manager');
    const choose = (question: string, answer: string) =>
      page.getByRole('group', { name: question }).getByLabel(answer).check();
    await choose('Backups and sign-in security', 'No backups');
    await choose('Where your customer and sales data lives', 'In spreadsheets');
    await choose('How customers find and reach you online', 'A website');
    await choose('How you handle orders and invoices', 'On paper');
    await choose('Digital skills in the team', 'A training plan for everyone');
    const steps = page.getByRole('region', { name: 'Small first steps' });
    expect(await steps.getByText('Readiness: 40 / 100').count()).toBe(1);
    const items = await steps.getByRole('listitem').allTextContents();
    expect(items.map((i) => i.slice(0, 20))).toEqual([
      'Turn on automatic da',
      'Send and receive inv',
      'Move customer and sa',
    ]);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.reload();
    await page.getByRole('heading', { name: 'Digital readiness self-check' }).waitFor();
    expect(await page.getByLabel('Who pulls the cart?').inputValue()).toBe('Giulia, the shop manager');

    await page.getByRole('link', { name: 'Start a plan with these answers' }).click();
    await page.getByRole('heading', { name: 'A new digitalisation plan' }).waitFor();
    expect(await page.getByLabel('Where do you want to go?').inputValue()).toContain('book online');
    expect(await page.getByLabel('Line 1: description').inputValue()).toContain('automatic daily backups');
    expect(await page.getByLabel('Line 1: category').inputValue()).toBe('consulting');
    expect(await page.getByLabel('Line 3: category').inputValue()).toBe('saas-cloud');
  });
});
