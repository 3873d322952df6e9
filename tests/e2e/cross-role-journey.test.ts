import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { pdfText } from '../../web/src/testing/pdf-text';
import { accessibilityViolations, launchBrowser, openPlanMatches, signIn } from './support/browser';

const appUrl = inject('appUrl');
const CALL = 'Voucher Digitali I4.0 — Lombardia, second window (demo draft)';

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('link', { name: 'Sign in' }).waitFor();
}

describe('cross-role journey in Chromium: association publishes → SME applies → consultant signs → both see it', () => {
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('carries one application from a newly published call to a signed review, seen by the SME and the association', async () => {
    const page = await browser.context.newPage();
    page.on('dialog', (dialog) => dialog.accept());

    // Association: publish the draft.
    await signIn(page, appUrl, 'anna@associazione.example');
    await page.waitForURL('**/association/calls');
    await page.getByRole('button', { name: `Publish ${CALL}` }).click();
    await page.getByRole('link', { name: CALL, exact: true }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await signOut(page);

    // SME: the new call fits the plan; check it, apply, share with the consultancy.
    await signIn(page, appUrl, 'marco@bottega-rossi.example');
    await page.waitForURL('**/plans');
    await openPlanMatches(page, 'Sell online and know our customers');
    const match = page.getByRole('listitem').filter({ hasText: CALL });
    await match.getByRole('link', { name: /Check line by line/ }).click();
    await page.getByRole('link', { name: 'Apply for this call' }).click();
    await page.waitForURL('**/apply');
    await page
      .getByLabel('Which 4.0 technologies does the project introduce, and why?')
      .fill('A cloud CRM linked to the till.');
    for (const box of await page.getByRole('checkbox').all()) await box.check();
    await page.getByRole('button', { name: 'Send the application' }).click();
    await page.waitForURL(/\/applications\/[0-9A-Z]{26}$/);
    const receiptUrl = page.url();
    // Picked from the directory by name, place and languages: nobody types an id.
    await page.getByRole('radio', { name: /^Studio Bianchi — Milano/ }).check();
    await page.getByRole('button', { name: 'Share for review' }).click();
    await page.getByText('Shared with Studio Bianchi for review.').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await signOut(page);

    // Consultant: accept every line but one, override that one with a reason, approve, sign, export.
    await signIn(page, appUrl, 'giulia@studio-bianchi.example');
    await page.waitForURL('**/reviews');
    // Its own application's review: tests share the demo stack, so the queue may hold others' reviews,
    // and another test may have renamed the demo company (company-profile saves "… — Milano").
    const ours = page.getByRole('link', {
      name: new RegExp(`^Bottega Rossi .+ — application ${receiptUrl.slice(-6)}$`),
    });
    await ours.waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await ours.click();
    await page.getByRole('heading', { name: `Review: ${CALL}` }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByText('Override Website redesign and SEO').click();
    const override = page.getByRole('form', { name: 'Override Website redesign and SEO' });
    // More than was asked, and no reason to speak of: both said at their fields, in euros and words,
    // and nothing sent.
    let sent = 0;
    const countLineSaves = (request: { method(): string; url(): string }) => {
      if (request.method() === 'PUT' && request.url().includes('/lines/')) sent += 1;
    };
    page.on('request', countLineSaves);
    await override.getByLabel('Eligible amount (€)').fill('1500.01');
    await override.getByLabel('Reason (cite the rule)').fill('  too high  ');
    await override.getByRole('button', { name: 'Save override' }).click();
    await override.getByText('An override cannot be more than the amount requested, €1,500.00.').waitFor();
    await override.getByText('Explain the override in at least 10 characters.').waitFor();
    page.off('request', countLineSaves);
    expect(sent).toBe(0);
    await override.getByLabel('Eligible amount (€)').fill('1000');
    await override
      .getByLabel('Reason (cite the rule)')
      .fill('Only the e-commerce part is eligible, art. 5(3).');
    await override.getByRole('button', { name: 'Save override' }).click();
    await page
      .getByTestId('line-website-verdict')
      .getByText(/Overridden to €1,000.00/)
      .waitFor();
    for (const [lineId, expense] of [
      ['crm-consulting', 'CRM and online-shop integration consulting'],
      ['crm-training', 'Staff CRM training'],
      ['crm-licence', '12-month CRM licence'],
      ['tablets', '2 tablets for the shop floor'],
      ['smartphone', "Owner's smartphone"],
    ]) {
      await page.getByRole('button', { name: `Accept ${expense}`, exact: true }).click();
      await page.getByTestId(`line-${lineId}-verdict`).getByText('Accepted as computed').waitFor();
    }
    await page.getByLabel('Note for the SME and the association').fill('Eligible as reviewed.');
    await page.getByRole('button', { name: 'Record decision' }).click();
    await page.getByText('Recorded: approve').waitFor();
    await page.getByRole('button', { name: 'Sign the report' }).click();
    await page.getByText(/^Signed on/).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download PDF' }).click(),
    ]);
    const pdf = readFileSync((await download.path()) ?? '');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1').trimEnd().endsWith('%%EOF')).toBe(true);
    const text = pdfText(pdf);
    expect(text).toContain('Eligibility review');
    expect(text).toContain('Only the e-commerce part is eligible, art. 5(3).');
    expect(text).toMatch(/approved - Eligible as reviewed\./);
    expect(text).toMatch(/Content hash: [0-9a-f]{64}/);
    // The engine's totals beside the totals it recalculated with the override.
    await page.getByRole('columnheader', { name: 'After the review' }).waitFor();
    const [, calculated, reviewed] =
      /Grant: .?([\d,.]+) as calculated, .?([\d,.]+) after the review/.exec(text) ?? [];
    expect(reviewed).not.toBe(calculated);
    await signOut(page);

    // The SME sees the decision on its receipt…
    await signIn(page, appUrl, 'marco@bottega-rossi.example');
    await page.waitForURL('**/plans');
    await page.goto(receiptUrl);
    await page.getByText(/Consultant decision: approve/).waitFor();
    // …with the signed review itself: the note, each line's verdict, both totals and the same PDF.
    await page.getByRole('heading', { name: 'Your consultant’s signed review' }).waitFor();
    expect(await page.getByTestId('review-note').textContent()).toBe('Eligible as reviewed.');
    expect(await page.getByTestId('verdict-website').textContent()).toMatch(
      /^Changed to €1,000\.00: “Only the e-commerce part is eligible, art\. 5\(3\)\.”$/,
    );
    await page.getByRole('columnheader', { name: 'After the review' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    const [smeDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the signed review (PDF)' }).click(),
    ]);
    const smeText = pdfText(readFileSync((await smeDownload.path()) ?? ''));
    expect(smeText).toMatch(/approved - Eligible as reviewed\./);
    // The same names as the consultant's: each expense in the SME's own words, in both documents.
    for (const document of [text, smeText]) expect(document).toContain('Website redesign and SEO');
    expect(smeDownload.suggestedFilename()).toMatch(/^grantfit-review-receipt-\d+\.pdf$/);
    expect(smeText).toMatch(/Grant: .?[\d,.]+ as calculated, .?[\d,.]+ after the review/);
    // The list of applications shows the grant as signed, not as first calculated.
    await page.getByRole('link', { name: 'Your applications', exact: true }).click();
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: CALL, exact: true }) });
    await row.waitFor();
    expect(await row.getByRole('cell').last().textContent()).toBe(
      `€${reviewed}after the consultant’s review (requested €${calculated})`,
    );
    await signOut(page);

    // …and the association on its call's dashboard, with the budget reserved for it.
    await signIn(page, appUrl, 'anna@associazione.example');
    await page.getByRole('link', { name: CALL, exact: true }).click();
    await page.getByRole('heading', { name: CALL }).waitFor();
    expect(await page.getByTestId('review-1').textContent()).toBe('signed: approved');
    // The consultant's override raised the grant above the budget reserved for the request: said so.
    const cents = (euros = '') => Math.round(Number(euros.replaceAll(',', '')) * 100);
    const over = ((cents(reviewed) - cents(calculated)) / 100).toLocaleString('en-GB', {
      minimumFractionDigits: 2,
    });
    expect(await page.getByTestId('reviewed-grant-1').textContent()).toBe(
      `€${reviewed} (€${over} more than reserved)`,
    );
    expect(await page.getByRole('row', { name: 'Lombardy' }).getByRole('cell').textContent()).toBe('1');
    expect(await page.locator('figcaption').textContent()).toMatch(/reserved of €1,000,000.00/);
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
