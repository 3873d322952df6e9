import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { accessibilityViolations, launchBrowser } from './support/browser';

const appUrl = inject('appUrl');

describe('languages in Chromium: Italian, Dutch and English, switchable and remembered', () => {
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('switches the whole page, money and dates included, and keeps the choice after a reload', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${appUrl}/calls`);
    await page.getByRole('heading', { name: 'Open funding calls' }).waitFor();

    await page.getByLabel('Language').selectOption('it');
    await page.getByRole('heading', { name: 'Bandi di finanziamento aperti' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('it');
    expect(await page.locator('main').textContent()).toMatch(/3\.398\.000,00\s€/);
    expect(await page.getByRole('link', { name: 'Accedi' }).count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.reload();
    await page.getByRole('heading', { name: 'Bandi di finanziamento aperti' }).waitFor();

    await page.getByLabel('Lingua').selectOption('nl');
    await page.getByRole('heading', { name: 'Open subsidieoproepen' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    expect(await page.locator('main').textContent()).toMatch(/€\s3\.398\.000,00/);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel('Taal').selectOption('en');
    await page.getByRole('heading', { name: 'Open funding calls' }).waitFor();
    await page.close();
  });
});
