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
    // De minimis aid names its regulation in words ("not stated" unless the decision says); once picked it
    // stays shown whatever the kind.
    const regulation = page.getByLabel('Aid 1: under which de minimis regulation?');
    expect(await regulation.locator('option:checked').textContent()).toBe('Not stated');
    await regulation.selectOption({ label: 'De minimis Regulation (EU) 2023/2831 (from 2024)' });
    await kind.selectOption({ label: 'Aid under the EU block exemption (GBER), e.g. a regional grant' });
    expect(await regulation.inputValue()).toBe('EU-2023/2831');
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
    // The form shows the stored profile the moment it appears, never an empty one for a frame first:
    // recorded as the name field is inserted, before the browser could paint.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        const input = document.querySelector<HTMLInputElement>('#company-name');
        if (!input) return;
        document.documentElement.dataset.firstName = input.value;
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await page.reload();
    expect(await page.getByLabel('Company name').inputValue()).toBe('Bottega Rossi srl — Milano');
    expect(await page.evaluate(() => document.documentElement.dataset.firstName)).toBe(
      'Bottega Rossi srl — Milano',
    );
    expect(await page.getByLabel('Staff (annual work units)').inputValue()).toBe('8');
  });

  it('saves at the version the form was loaded from: a newer one fetched while editing meets the 409, never a silent overwrite', async () => {
    const page = await browser.context.newPage();
    // A fake clock, so the profile can turn stale (30 s) and be refetched without waiting.
    await page.clock.install();
    await signIn(page, appUrl, 'marco@bottega-rossi.example');
    await page.waitForURL('**/plans');
    const firstRead = page.waitForResponse(
      (r) => r.url().endsWith('/api/companies/mine') && r.request().method() === 'GET',
    );
    await page.getByRole('link', { name: 'Your company' }).click();
    const { revision } = (await (await firstRead).json()) as { revision: number };
    const name = page.getByLabel('Company name');
    await name.waitFor();
    const loaded = await name.inputValue();
    // What a save sent (the revision it stands on) and how the API answered.
    const saveProfile = async () => {
      const answer = page.waitForResponse(
        (r) => r.url().endsWith('/api/companies/mine') && r.request().method() === 'PUT',
      );
      await page.getByRole('button', { name: 'Save profile' }).click();
      const response = await answer;
      const sent = response.request().postDataJSON() as { revision: number };
      return { sent: sent.revision, status: response.status() };
    };
    await name.fill(`${loaded} — forno`);

    // Someone else saves in another tab meanwhile.
    const other = await browser.context.newPage();
    await other.goto(`${appUrl}/company`);
    await other.getByLabel('Company name').fill('Bottega Rossi — Bergamo');
    await other.getByRole('button', { name: 'Save profile' }).click();
    await other.getByText('Profile saved.').waitFor();
    await other.close();

    // The window regains focus with the profile stale: TanStack Query refetches it and gets their
    // version. The form keeps what was typed, and its save still names the version it was loaded from.
    await page.clock.fastForward('00:31');
    const refetched = page.waitForResponse(
      (r) => r.url().endsWith('/api/companies/mine') && r.request().method() === 'GET',
    );
    await page.evaluate(() => window.dispatchEvent(new Event('visibilitychange')));
    expect((await refetched).status()).toBe(200);
    expect(await name.inputValue()).toBe(`${loaded} — forno`);
    expect(await saveProfile()).toEqual({ sent: revision, status: 409 });
    const conflict = page.getByRole('alert').filter({ hasText: 'Someone else saved this profile' });
    expect(await conflict.textContent()).toContain('Bottega Rossi — Bergamo');

    // Taking the saved version makes it the form's version: an edit on it saves, and so does a second
    // save straight after (at the version the first one stored).
    await conflict.getByRole('button', { name: 'Use the saved version' }).click();
    expect(await name.inputValue()).toBe('Bottega Rossi — Bergamo');
    await name.fill(`${loaded} — Bergamo`);
    expect(await saveProfile()).toEqual({ sent: revision + 1, status: 200 });
    await name.fill(loaded);
    expect(await saveProfile()).toEqual({ sent: revision + 2, status: 200 });
    await page.getByText('Profile saved.').waitFor();
    await page.close();
  });

  it('keeps the de minimis aid a related enterprise received and its own related enterprises, on a phone', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, appUrl, 'marco@bottega-rossi.example');
    await page.waitForURL('**/plans');
    await page.goto(`${appUrl}/company`);
    await page.getByRole('heading', { level: 1, name: 'Your company' }).waitFor();
    const field = (id: string) => page.locator(`#${id}`);

    // A partner (30 %, no control): its aid does not count toward the demo company's de minimis ceiling
    // and its figures keep the size class, while it is listed; it is removed again at the end, so the
    // demo company has no related enterprise, as the other tests expect.
    await page.getByRole('button', { name: 'Add an enterprise', exact: true }).click();
    await field('related-0-name').fill('Holding Rossi');
    await field('related-0-sharePct').fill('30');
    await field('related-0-staffAwu').fill('1');
    await field('related-0-turnover').fill('50.000');
    await field('related-0-balanceSheet').fill('20.000');
    await page.getByRole('button', { name: 'Add de minimis aid enterprise 1 received' }).click();
    expect(
      await page.getByLabel('Enterprise 1, its aid 1: amount (€)', { exact: true }).getAttribute('id'),
    ).toBe('related-0-aid-0-amount');
    await field('related-0-aid-0-grantedOn').fill('2025-03-14');
    await field('related-0-aid-0-amount').fill('12.500,50');
    await page.getByRole('button', { name: 'Add an enterprise related to enterprise 1' }).click();
    expect(
      await page.getByLabel('Enterprise 1, its enterprise 1: name', { exact: true }).getAttribute('id'),
    ).toBe('related-0-second-0-name');
    await field('related-0-second-0-name').fill('Fondo Alfa');
    await field('related-0-second-0-sharePct').fill('40');
    await field('related-0-second-0-exempt').check();
    await field('related-0-second-0-staffAwu').fill('0.5');
    await field('related-0-second-0-turnover').fill('10.000');
    await field('related-0-second-0-balanceSheet').fill('5.000');
    // The nested rows fit a 390 px screen's width, and pass the accessibility rules.
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.getByText('Profile saved.').waitFor();

    await page.reload();
    expect(await field('related-0-name').inputValue()).toBe('Holding Rossi');
    expect(await field('related-0-aid-0-grantedOn').inputValue()).toBe('2025-03-14');
    expect(await field('related-0-aid-0-amount').inputValue()).toBe('12500.50');
    expect(await field('related-0-second-0-name').inputValue()).toBe('Fondo Alfa');
    expect(await field('related-0-second-0-sharePct').inputValue()).toBe('40');
    expect(await field('related-0-second-0-exempt').isChecked()).toBe(true);
    expect(await field('related-0-second-0-controls').isChecked()).toBe(false);
    expect(await field('related-0-second-0-turnover').inputValue()).toBe('10000.00');

    // Removed again, row by row, then the enterprise itself.
    await page.getByRole('button', { name: 'Remove its aid 1 from enterprise 1' }).click();
    await page.getByRole('button', { name: 'Remove its enterprise 1 from enterprise 1' }).click();
    expect(await field('related-0-aid-0-amount').count()).toBe(0);
    expect(await field('related-0-second-0-name').count()).toBe(0);
    await page.getByRole('button', { name: 'Remove enterprise 1', exact: true }).click();
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.getByText('Profile saved.').waitFor();
    await page.reload();
    await expect.poll(() => page.getByLabel('Company name').inputValue()).not.toBe('');
    expect(await field('related-0-name').count()).toBe(0);
    await page.close();
  }, 120_000);
});
