import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { accessibilityViolations, launchBrowser, signIn } from './support/browser';

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
    await page
      .getByText(/3\.398\.000,00\s€/)
      .first()
      .waitFor();
    expect(await page.getByRole('link', { name: 'Accedi' }).count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.reload();
    await page.getByRole('heading', { name: 'Bandi di finanziamento aperti' }).waitFor();
    // A page with its own texts loads them in the chosen language, and again when the language changes.
    await page.getByRole('link', { name: 'Autovalutazione' }).click();
    await page.getByRole('heading', { name: 'Autovalutazione della maturità digitale' }).waitFor();
    await page.getByLabel('Lingua').selectOption('nl');
    await page.getByRole('heading', { name: 'Zelftest digitale paraatheid' }).waitFor();
    await page.getByLabel('Taal').selectOption('it');
    await page.getByRole('link', { name: 'Bandi aperti' }).click();

    await page.getByLabel('Lingua').selectOption('nl');
    await page.getByRole('heading', { name: 'Open subsidieoproepen' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    await page
      .getByText(/€\s3\.398\.000,00/)
      .first()
      .waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel('Taal').selectOption('en');
    await page.getByRole('heading', { name: 'Open funding calls' }).waitFor();
    await page.close();
  });

  it("explains the engine's verdicts in the reader's language, with the call's own texts", async () => {
    const page = await browser.context.newPage();
    await signIn(page, appUrl, 'marco@bottega-rossi.example');
    await page.waitForURL('**/plans');
    await page.getByLabel('Language').selectOption('it');
    await page
      .getByRole('listitem')
      .filter({ hasText: 'Sell online and know our customers' })
      .getByRole('link', { name: 'Vedi i bandi adatti a questo piano' })
      .click();
    await page.waitForURL('**/matches');
    // A Flemish call is no near miss for a shop in Italy: it is among the other calls, folded.
    await page.getByText(/^Altri bandi \(\d+\)$/).click();
    const kmo = page.getByRole('listitem').filter({ hasText: 'KMO-portefeuille' }).first();
    await kmo.getByText(/è nel territorio del bando/).waitFor();

    await page
      .getByRole('listitem')
      .filter({ hasText: 'Voucher Digitali I4.0' })
      .first()
      .getByRole('link', { name: /Verifica voce per voce/ })
      .click();
    const smartphone = page.getByRole('row', { name: /Owner's smartphone/ });
    // The call's own reason, in the call's Italian.
    await smartphone.getByText('Smartphone esclusi.').waitFor();
    await page.getByRole('checkbox', { name: /2 tablets for the shop floor/ }).uncheck();
    await page
      .getByText(
        /Consulenza \+ formazione è il 76,9\s?% della spesa ammissibile; il bando richiede 30\s?%–70\s?%/,
      )
      .first()
      .waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByLabel('Lingua').selectOption('nl');
    await page
      .getByText(/Advies \+ opleiding is 76,9\s?% van de subsidiabele uitgaven/)
      .first()
      .waitFor();
    // The company page, opened afresh (no report page has loaded texts before it), loads only the size
    // classes' texts, not the engine's: its reasons are in Dutch too.
    await page.goto(`${appUrl}/company`);
    await page.getByText(/^Personeel [\d,]+ jaarlijkse arbeidseenheden, minder dan 10\.$/).waitFor();
    // A Dutch reader's places come first in the picker: Belgian, then Dutch, then Italian ones.
    const groups = await page
      .locator('#company-place optgroup')
      .evaluateAll((all) => all.map((g) => g.getAttribute('label') ?? ''));
    expect(groups[0]).toMatch(/België$/);
    expect(groups.findIndex((g) => g.endsWith('Italië'))).toBeGreaterThan(groups.indexOf('Nederland'));
    await page.getByRole('combobox', { name: 'Taal', exact: true }).selectOption('en');
    await page.getByText(/^Staff [\d.]+ annual work units, fewer than 10\.$/).waitFor();
    await page.close();
  });
});
