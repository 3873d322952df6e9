/**
 * Every page the journeys visit, on a 390 × 844 screen (a layout viewport, not `isMobile`: with it the
 * page would widen to fit what overflows and the width check would pass on a page that scrolls sideways).
 * Each page must fit the screen's width, and pass axe's WCAG 2.2 AA rules, target size (2.5.8) included.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { accessibilityViolations, launchBrowser, pageWidth, signIn } from './support/browser';

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
