/**
 * A trade association adopts a real catalogue record (ID 8368, CCIAA Como-Lecco, "Progetto CLAB -
 * Servizi digitali", loaded by the local stack from data/catalogue/incentivi; Fonte: incentivi.gov.it,
 * MIMIT — IODL 2.0) and lands in the rules editor of its new draft, where the rules carry the
 * record's figures. Visitors and SMEs see no such offer.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { accessibilityViolations, launchBrowser, pageWidth, signIn } from './support/browser';

const appUrl = inject('appUrl');
const RECORD = '8368';
const ADOPT = 'Adopt this call as your association';

describe('adopting a catalogue call', () => {
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('starts a draft of the association’s own from the record, opened in the rules editor', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    // The form loads after the record, for associations only: a visitor's page must never ask for it.
    const formCode: string[] = [];
    page.on('request', (request) => {
      if (/\/adopt-form-[^/]*\.js$/.test(request.url())) formCode.push(request.url());
    });
    await page.goto(`${appUrl}/catalogue/${RECORD}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const title = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
    await page.waitForLoadState('networkidle');
    expect(await page.getByRole('heading', { name: ADOPT }).count()).toBe(0);
    expect(formCode).toEqual([]);

    await signIn(page, appUrl, 'anna@associazione.example');
    await page.waitForURL('**/association/calls');
    await page.goto(`${appUrl}/catalogue/${RECORD}`);
    await page.getByRole('heading', { name: ADOPT }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    const width = await pageWidth(page);
    expect(width.scroll, `wider than the screen: ${width.wide.join(' | ')}`).toBeLessThanOrEqual(width.inner);

    await page.getByRole('button', { name: 'Start a draft from this record' }).click();
    await page.waitForURL(/\/association\/calls\/[0-9A-Z]{26}\/rules$/);
    await page.getByRole('heading', { level: 1, name: `Rules of ${title}` }).waitFor();
    // The record's figures are in the draft's rules: Lombardy only, aid at most €5,000, rate 0 % until set.
    const rules = await page.evaluate(async (url) => {
      const id = url.split('/').at(-2);
      const token = localStorage.getItem('grantfit.idToken') ?? '';
      const response = await fetch('/api/calls/mine?limit=100', {
        headers: { authorization: `Bearer ${token}` },
      });
      const mine = (await response.json()) as { items: { id: string; rules?: unknown }[] };
      return mine.items.find((call) => call.id === id)?.rules;
    }, page.url());
    expect(rules).toMatchObject({
      applicant: { regions: { include: ['IT-25'] } },
      totals: { rate: { defaultBp: 0 }, maxGrantCents: 5_000_00 },
    });
    await page.close();
  });

  it('keeps the record on screen when the form’s code cannot be fetched, and loads it on “Try again”', async () => {
    const page = await browser.context.newPage();
    await signIn(page, appUrl, 'anna@associazione.example');
    await page.waitForURL('**/association/calls');
    // The address with or without the query a second try adds (web/src/lib/load-chunk.ts).
    const formCode = /\/adopt-form-[^/?]*\.js(\?.*)?$/;
    const tried: string[] = [];
    page.on('request', (request) => {
      if (formCode.test(request.url())) tried.push(new URL(request.url()).search);
    });
    await page.route(formCode, (route) => route.abort('internetdisconnected'));
    await page.goto(`${appUrl}/catalogue/${RECORD}`);
    const failed = page.getByRole('alert').filter({ hasText: 'could not be shown' });
    await failed.waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).not.toBe('');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.unroute(formCode);
    await failed.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('heading', { name: ADOPT }).waitFor();
    expect(await failed.count()).toBe(0);
    // The browser keeps a failed module for the page's life: both tries failed, and the form came from a
    // third address, after the connection was back.
    expect(tried).toEqual(['', '?retry=1', '?retry=2']);
  });

  it('asks for the budget a record does not state, names the problem at the field, then starts the draft', async () => {
    // ID 51 states no budget: the association gives one.
    const page = await browser.context.newPage();
    await signIn(page, appUrl, 'anna@associazione.example');
    await page.waitForURL('**/association/calls');
    await page.goto(`${appUrl}/catalogue/51`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const adopt = page.getByRole('region', { name: ADOPT });
    // The form loads after the record (it is for associations only): wait for it, or for the closed status.
    await adopt
      .or(page.getByText('Closed', { exact: true }))
      .first()
      .waitFor();
    if ((await adopt.count()) === 0) {
      // The record may have closed by the day this runs: then nobody adopts it.
      expect(await page.getByText('Closed', { exact: true }).count()).toBeGreaterThan(0);
      return;
    }
    const budget = adopt.getByLabel('Budget of the call (€)');
    await adopt.getByRole('button', { name: 'Start a draft from this record' }).click();
    await adopt.getByText('The record states no budget: write one in euros, such as 500000.').waitFor();
    await expect.poll(() => budget.evaluate((input) => input === document.activeElement)).toBe(true);
    expect(await budget.getAttribute('aria-invalid')).toBe('true');
    await budget.fill('500000');
    await adopt.getByRole('button', { name: 'Start a draft from this record' }).click();
    await page.waitForURL(/\/association\/calls\/[0-9A-Z]{26}\/rules$/);
    await page.close();
  });
});
