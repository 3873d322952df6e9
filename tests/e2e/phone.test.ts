/**
 * Every page the journeys visit, on a 390 × 844 screen (a layout viewport, not `isMobile`: with it the
 * page would widen to fit what overflows and the width check would pass on a page that scrolls sideways).
 * Each page must fit the screen's width, and pass axe's WCAG 2.2 AA rules, target size (2.5.8) included.
 * In English, then again in Italian and Dutch, whose longer words wrap buttons and links differently;
 * there every page's text is also scanned for internal codes.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { accessibilityViolations, launchBrowser, pageWidth, readIn, signIn } from './support/browser';
import { internalCodesIn } from './support/internal-codes';
import { visibleText } from './support/visible-text';
import { type Words, wordsIn } from './support/words';

const appUrl = inject('appUrl');
const CALL = '01DEMOCALL0000000000000001';
const CALL_TITLE = 'Voucher Digitali I4.0 — Lombardia (demo)';
const PLAN = '01DEMOPLAN0000000000000001';

/** The page fits the screen's width and has no accessibility violations. */
async function expectFitsPhone(page: Page, name: string): Promise<void> {
  const width = await pageWidth(page);
  expect
    .soft(width.scroll, `${name} is wider than the screen: ${width.wide.join(' | ')}`)
    .toBeLessThanOrEqual(width.inner);
  expect.soft(await accessibilityViolations(page), name).toEqual([]);
}

async function visit(page: Page, path: string, heading: string | RegExp, name: string): Promise<void> {
  await page.goto(`${appUrl}${path}`);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  await expectFitsPhone(page, name);
}

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('link', { name: 'Sign in' }).waitFor();
}

describe('on a 390 × 844 phone screen', () => {
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    page.on('dialog', (dialog) => dialog.accept());
  });
  afterAll(() => browser.close());

  it('the public pages fit the screen', async () => {
    await visit(page, '/', /GrantFit/, 'landing page');
    await visit(page, '/calls', 'Open funding calls', 'open calls');
    await page.getByRole('link', { name: CALL_TITLE, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: CALL_TITLE }).waitFor();
    await expectFitsPhone(page, 'call page');
    await visit(page, '/readiness', /readiness/i, 'readiness');
    await visit(page, '/sign-in', 'Sign in', 'sign-in');
    await visit(page, '/sign-up', 'Create an SME account', 'sign-up');
  }, 180_000);

  it("the SME's pages fit the screen, from plan to receipt", async () => {
    await signIn(page, appUrl, 'marco@bottega-rossi.example');
    await page.waitForURL('**/plans');
    await page.getByRole('heading', { name: 'Sell online and know our customers' }).waitFor();
    await expectFitsPhone(page, 'plans');
    await visit(page, '/plans/new', 'A new digitalisation plan', 'new plan');
    await visit(page, `/plans/${PLAN}/edit`, 'Edit your plan', 'plan editor');
    await visit(page, '/company', 'Your company', 'company');
    await visit(page, `/plans/${PLAN}/matches`, 'Calls that fit your plan', 'matches');
    await page.goto(`${appUrl}/plans/${PLAN}/calls/${CALL}`);
    await page.getByRole('row', { name: /Owner's smartphone/ }).waitFor();
    await expectFitsPhone(page, 'report');

    // Apply, unless an earlier test in this run already did (one application per company and call).
    await page.goto(`${appUrl}/applications`);
    await page.getByRole('heading', { level: 1, name: 'Your applications' }).waitFor();
    await page.waitForLoadState('networkidle');
    const existing = page
      .getByRole('row')
      .filter({ hasNotText: 'Withdrawn' })
      .getByRole('link', { name: CALL_TITLE, exact: true });
    if ((await existing.count()) === 0) {
      await visit(page, `/plans/${PLAN}/calls/${CALL}/apply`, /Apply/, 'apply');
      await page
        .getByLabel('Which 4.0 technologies does the project introduce, and why?')
        .fill('A cloud CRM linked to the till.');
      for (const box of await page.getByRole('checkbox').all()) await box.check();
      await page.getByRole('button', { name: 'Send the application' }).click();
      await page.waitForURL(/\/applications\/[0-9A-Z]{26}$/);
    } else {
      await expectFitsPhone(page, 'applications');
      await visit(page, `/plans/${PLAN}/calls/${CALL}/apply`, /Apply/, 'apply');
      await page.goto(`${appUrl}/applications`);
      await existing.first().click();
    }
    await page.getByTestId('receipt-number').waitFor();
    // The receipt offers to share, says whom it was shared with, or shows the signed review: tests
    // share the demo stack and run in any order, so an earlier one may have shared or even signed it.
    const share = page.getByRole('button', { name: 'Share for review' });
    await share
      .or(page.getByText(/Shared with/))
      .or(page.getByRole('heading', { level: 2, name: 'Your consultant’s signed review' }))
      .first()
      .waitFor();
    if ((await share.count()) > 0) {
      await page.getByRole('radio', { name: /^Studio Bianchi/ }).check();
      await share.click();
      await page.getByText(/Shared with/).waitFor();
    }
    await expectFitsPhone(page, 'receipt');
    await visit(page, '/applications', 'Your applications', 'applications');
    await signOut(page);
  }, 180_000);

  it("the consultant's and the association's pages fit the screen", async () => {
    await signIn(page, appUrl, 'giulia@studio-bianchi.example');
    await page.waitForURL('**/reviews');
    const first = page.getByRole('table').getByRole('link').first();
    await first.waitFor();
    await expectFitsPhone(page, 'review queue');
    await first.click();
    await page.getByRole('heading', { level: 1, name: /^Review: / }).waitFor();
    await expectFitsPhone(page, 'review');
    await signOut(page);

    await signIn(page, appUrl, 'anna@associazione.example');
    await page.waitForURL('**/association/calls');
    await page.getByRole('link', { name: CALL_TITLE, exact: true }).waitFor();
    await expectFitsPhone(page, 'association calls');
    await page.goto(`${appUrl}/association/calls/${CALL}/rules`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');
    await expectFitsPhone(page, 'call rules');
    await visit(page, `/association/calls/${CALL}`, CALL_TITLE, 'dashboard');
    await signOut(page);
  }, 180_000);
});

/**
 * Opens a page and waits until it has shown its data: its heading, no request in flight, no "loading";
 * the page itself (its address kept, not a sign-in it led to, no error shown) in the language asked.
 */
async function settle(page: Page, { t, language }: Words, path: string): Promise<void> {
  await page.goto(`${appUrl}${path}`);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForLoadState('networkidle');
  await expect.poll(() => page.getByText(t('common.loading'), { exact: true }).count()).toBe(0);
  expect(new URL(page.url()).pathname, path).toBe(path.split('?')[0]);
  expect(await page.getByRole('alert').count(), `an alert on ${path}`).toBe(0);
  expect(await page.getAttribute('html', 'lang'), path).toBe(language);
}

/** The first link of the page's first table, the way a person opens the first item of a list. */
async function firstListed(page: Page): Promise<string> {
  const href = await page.getByRole('table').first().getByRole('link').first().getAttribute('href');
  if (!href) throw new Error(`no item listed on ${page.url()}`);
  return href;
}

for (const language of ['it', 'nl'] as const) {
  describe(`on a 390 × 844 phone screen, in ${language}`, () => {
    const words = wordsIn(language);
    let browser: Awaited<ReturnType<typeof launchBrowser>>;
    let page: Page;
    beforeAll(async () => {
      browser = await launchBrowser();
      page = await browser.context.newPage();
      await page.setViewportSize({ width: 390, height: 844 });
      // Picked with the switcher, as a reader does, and remembered on this browser for every page after.
      await page.goto(appUrl);
      await readIn(page, language);
    });
    afterAll(() => browser.close());

    /** Every page of one role (signed in as `email`, or a visitor), read in this language. */
    async function sweep(email: string | null, paths: (string | (() => Promise<string>))[]) {
      if (email) {
        await signIn(page, appUrl, email, words);
        await page.getByRole('button', { name: words.t('nav.signOut') }).waitFor();
      }
      for (const path of paths) {
        const where = typeof path === 'string' ? path : await path();
        await settle(page, words, where);
        await expectFitsPhone(page, `${where} in ${language}`);
        // Every page, not only those the code scan's own test reads: words, never codes (folds opened).
        expect.soft(internalCodesIn(await visibleText(page)), `codes on ${where} in ${language}`).toEqual([]);
      }
      if (email) {
        await page.getByRole('button', { name: words.t('nav.signOut') }).click();
        await page
          .getByRole('link', { name: words.t('nav.signIn') })
          .first()
          .waitFor();
      }
    }

    it('every page fits the screen, for a visitor and for each role', async () => {
      await sweep(null, ['/', '/calls', `/calls/${CALL}`, '/readiness', '/sign-in', '/sign-up']);
      await sweep('marco@bottega-rossi.example', [
        '/plans',
        '/plans/new',
        `/plans/${PLAN}/edit`,
        '/company',
        `/plans/${PLAN}/matches`,
        `/plans/${PLAN}/calls/${CALL}`,
        `/plans/${PLAN}/calls/${CALL}/apply`,
        '/applications',
        // The receipt of the demo SME's application, which the English run above sent if none was there.
        () => firstListed(page),
      ]);
      await sweep('giulia@studio-bianchi.example', ['/reviews', () => firstListed(page)]);
      await sweep('anna@associazione.example', [
        '/association/calls',
        `/association/calls/${CALL}/rules`,
        `/association/calls/${CALL}`,
      ]);
    }, 300_000);
  });
}
