import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { accessibilityViolations, launchBrowser, signIn } from './support/browser';

const appUrl = inject('appUrl');

describe('company profile in Chromium: size class shown as you type, a concurrent save loses nothing', () => {
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('explains the size class live, validates inline, and resolves a 409 by keeping the SME’s own changes', async () => {
    const page = await browser.context.newPage();
    await signIn(page, appUrl, 'marco@bottega-rossi.example');
    await page.waitForURL('**/plans');
    await page.getByRole('link', { name: 'Your company' }).click();
    await page.getByRole('heading', { name: 'Your size class: Micro enterprise' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    // Live helper: 12 staff makes a small enterprise, with the reason spelled out.
    await page.getByLabel('Staff (annual work units)').fill('12');
    await page.getByRole('heading', { name: 'Your size class: Small enterprise' }).waitFor();
    expect(await page.locator('.size-class').textContent()).toContain(
      'Staff 12 annual work units, fewer than 50.',
    );
    // Over the years: 12 staff in 2025 after 7 in 2024 is one year past the threshold only, so the class
    // stays micro, and the helper says why (2003/361 Annex art. 4(2)). Taken out again before saving.
    await page.getByLabel('Financial year of these figures').fill('2025');
    const yearEnd = page.getByLabel('Your financial year ends on');
    expect(await yearEnd.locator('option:checked').textContent()).toBe('31 December');
    await yearEnd.selectOption({ label: '30 June' });
    await page.getByRole('button', { name: 'Add an earlier year' }).click();
    await page.getByLabel('Year 1: financial year').fill('2024');
    await page.getByLabel('Year 1: staff (annual work units)').fill('7');
    await page.getByLabel('Year 1: turnover (€)').fill('900.000');
    await page.getByLabel('Year 1: balance sheet total (€)').fill('420.000');
    await page.getByRole('heading', { name: 'Your size class: Micro enterprise' }).waitFor();
    expect(await page.locator('.size-class').textContent()).toContain('The 2025 figures alone give a');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Remove year 1' }).click();
    await page.getByLabel('Financial year of these figures').fill('');
    await yearEnd.selectOption({ label: '31 December' });
    await page.getByLabel('Staff (annual work units)').fill('8');

    // Inline validation names the field.
    await page.getByLabel('Main activity (NACE/ATECO code)').fill('retail');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await expect
      .poll(() => page.getByLabel('Main activity (NACE/ATECO code)').getAttribute('aria-invalid'))
      .toBe('true');
    await page.getByLabel('Main activity (NACE/ATECO code)').fill('47.19');

    // Aid received is given with its kind, in words (de minimis unless said otherwise); removed again
    // here, so the demo company's de minimis history stays as the other tests expect it.
    await page.getByRole('button', { name: 'Add aid received' }).click();
    const kind = page.getByLabel('Aid 1: what kind?');
    expect(await kind.inputValue()).toBe('de-minimis');
    await kind.selectOption({ label: 'Aid under the EU block exemption (GBER), e.g. a regional grant' });
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Remove aid 1' }).click();

    // Someone else saves in another tab meanwhile.
    const other = await browser.context.newPage();
    await other.goto(`${appUrl}/company`);
    await other.getByLabel('Company name').fill('Bottega Rossi S.r.l.');
    await other.getByRole('button', { name: 'Save profile' }).click();
    await other.getByText('Profile saved.').waitFor();
    await other.close();

    await page.getByLabel('Company name').fill('Bottega Rossi srl — Milano');
    await page.getByRole('button', { name: 'Save profile' }).click();
    const conflict = page.getByRole('alert').filter({ hasText: 'Someone else saved this profile' });
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain('Bottega Rossi S.r.l.');
    expect(await page.getByLabel('Company name').inputValue()).toBe('Bottega Rossi srl — Milano');
    expect(await accessibilityViolations(page)).toEqual([]);
    await conflict.getByRole('button', { name: 'Keep my changes' }).click();
    await page.getByText('Profile saved.').waitFor();
    await page.reload();
    expect(await page.getByLabel('Company name').inputValue()).toBe('Bottega Rossi srl — Milano');
    expect(await page.getByLabel('Staff (annual work units)').inputValue()).toBe('8');
  });
});
