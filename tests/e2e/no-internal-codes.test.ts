/**
 * People read words, not codes: the visible text of the main pages of each role, and the CSV and PDF
 * they download, in each of the three languages, hold no internal code (tags, spend-type and declaration ids, place codes, reason and
 * error codes, organisation ids, record ids). The patterns are in ./support/internal-codes.ts, with a
 * unit test proving each kind is found.
 */
import { readFile } from 'node:fs/promises';
import type { APIRequestContext, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { pdfText } from '../../web/src/testing/pdf-text';
import { launchBrowser, signIn } from './support/browser';
import { internalCodesIn } from './support/internal-codes';
import { visibleText } from './support/visible-text';

const appUrl = inject('appUrl');
const CALL = '01DEMOCALL0000000000000001';
const CALL_TITLE = 'Voucher Digitali I4.0 — Lombardia (demo)';
const PLAN = '01DEMOPLAN0000000000000001';

/**
 * The demo plan's line ids that cannot be read as words ('tablets' and 'website' are ids too, but also
 * words of their descriptions): user data with no fixed shape, so the check is told them.
 */
const LINE_IDS = ['crm-consulting', 'crm-training', 'crm-licence'];

async function expectNoCodes(page: Page, name: string): Promise<void> {
  expect.soft(internalCodesIn(await visibleText(page), LINE_IDS), name).toEqual([]);
}

/**
 * Reads `paths` again in Italian and in Dutch, where a label missing in one language falls back to a
 * code in that language only; `also` checks a download in each. English is chosen again afterwards, so
 * the next test reads the pages it expects.
 */
async function expectNoCodesInOtherLanguages(
  page: Page,
  paths: readonly string[],
  also?: (language: string) => Promise<void>,
): Promise<void> {
  try {
    for (const language of ['it', 'nl']) {
      await page.evaluate((chosen) => localStorage.setItem('grantfit.language', chosen), language);
      for (const path of paths) {
        await page.goto(`${appUrl}${path}`);
        await page.getByRole('heading', { level: 1 }).waitFor();
        expect(await page.getAttribute('html', 'lang')).toBe(language);
        await expectNoCodes(page, `${path} in ${language}`);
      }
      await also?.(language);
    }
  } finally {
    await page.evaluate(() => localStorage.setItem('grantfit.language', 'en'));
    await page.reload();
  }
}

async function downloadedText(download: Download): Promise<Buffer> {
  const path = await download.path();
  return readFile(path);
}

async function tokenOf(request: APIRequestContext, email: string): Promise<Record<string, string>> {
  const answer = await request.post(`${appUrl}/dev-auth/sign-in`, {
    data: { email, password: 'grantfit-demo' },
  });
  return { authorization: `Bearer ${((await answer.json()) as { idToken: string }).idToken}` };
}

interface ReportLine {
  lineId: string;
}

/**
 * The demo SME's live application to the demo call is shared with the demo consultancy, and the review
 * is signed (every line accepted, approved) when this test made it: pages then show a signed outcome.
 */
async function shareAndSign(request: APIRequestContext, applicationId: string): Promise<void> {
  const sme = await tokenOf(request, 'marco@bottega-rossi.example');
  const shared = await request.post(`${appUrl}/api/applications/${applicationId}/share`, {
    headers: sme,
    data: { consultantOrgId: 'consultant-studio-bianchi' },
  });
  if (shared.status() !== 201) return; // shared before: whatever state it is in is fine to read
  const reviewId = ((await shared.json()) as { id: string }).id;
  const consultant = await tokenOf(request, 'giulia@studio-bianchi.example');
  const opened = (await (
    await request.get(`${appUrl}/api/reviews/${reviewId}`, { headers: consultant })
  ).json()) as {
    review: { revision: number };
    application: { report: { lines: ReportLine[] } };
  };
  let revision = opened.review.revision;
  for (const line of opened.application.report.lines) {
    const put = await request.put(`${appUrl}/api/reviews/${reviewId}/lines/${line.lineId}`, {
      headers: consultant,
      data: { decision: 'accept', revision },
    });
    revision = ((await put.json()) as { revision: number }).revision;
  }
  const decided = await request.post(`${appUrl}/api/reviews/${reviewId}/decision`, {
    headers: consultant,
    data: { decision: 'approve', note: 'Every line checked against the call.', revision },
  });
  revision = ((await decided.json()) as { revision: number }).revision;
  const signed = await request.post(`${appUrl}/api/reviews/${reviewId}/sign`, {
    headers: consultant,
    data: { revision },
  });
  expect(signed.status()).toBe(200);
}

describe('no internal code in the text people read, in English, Italian and Dutch', () => {
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.context.newPage();
  });
  afterAll(() => browser.close());

  it('on the public calls and each call’s public page', async () => {
    await page.goto(`${appUrl}/calls`);
    await page.getByRole('heading', { level: 1, name: 'Open funding calls' }).waitFor();
    await expectNoCodes(page, 'open calls');
    const calls = await page
      .getByRole('main')
      .getByRole('link')
      .evaluateAll((links) =>
        links.map((a) => a.getAttribute('href') ?? '').filter((href) => /^\/calls\/[0-9A-Z]{26}$/.test(href)),
      );
    expect(calls.length).toBeGreaterThan(0);
    for (const href of calls) {
      await page.goto(`${appUrl}${href}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await expectNoCodes(page, `public page ${href}`);
    }
    await expectNoCodesInOtherLanguages(page, ['/calls', ...calls]);
  }, 240_000);

  it('on the SME’s matches, every report, the application form and the receipt', async () => {
    await signIn(page, appUrl, 'marco@bottega-rossi.example');
    await page.waitForURL('**/plans');
    await page.goto(`${appUrl}/plans/${PLAN}/matches`);
    await page.getByRole('heading', { level: 1, name: 'Calls that fit your plan' }).waitFor();
    await expectNoCodes(page, 'matches');
    const reports = await page
      .getByRole('link', { name: /Check line by line/ })
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(reports.length).toBeGreaterThan(0);
    for (const href of reports) {
      await page.goto(`${appUrl}${href}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await expectNoCodes(page, `report ${href}`);
    }
    await page.goto(`${appUrl}/plans/${PLAN}/calls/${CALL}/apply`);
    await page.getByRole('button', { name: 'Send the application' }).waitFor();
    await expectNoCodes(page, 'apply');

    // The receipt of the live application to the demo call (applying first if there is none).
    await page.goto(`${appUrl}/applications`);
    await page.getByRole('heading', { level: 1, name: 'Your applications' }).waitFor();
    await page.waitForLoadState('networkidle');
    const live = page
      .getByRole('row')
      .filter({ hasNotText: 'Withdrawn' })
      .getByRole('link', { name: CALL_TITLE, exact: true });
    if ((await live.count()) === 0) {
      await page.goto(`${appUrl}/plans/${PLAN}/calls/${CALL}/apply`);
      await page
        .getByLabel('Which 4.0 technologies does the project introduce, and why?')
        .fill('A cloud CRM linked to the till.');
      for (const box of await page.getByRole('checkbox').all()) await box.check();
      await page.getByRole('button', { name: 'Send the application' }).click();
    } else {
      await expectNoCodes(page, 'applications');
      await live.first().click();
    }
    await page.waitForURL(/\/applications\/[0-9A-Z]{26}$/);
    const applicationId = page.url().split('/').pop() ?? '';
    await shareAndSign(page.request, applicationId);
    await page.reload();
    await page.getByTestId('receipt-number').waitFor();
    await expectNoCodes(page, 'receipt');
    await expectNoCodesInOtherLanguages(page, [
      `/plans/${PLAN}/matches`,
      ...reports,
      `/plans/${PLAN}/calls/${CALL}/apply`,
      '/applications',
      `/applications/${applicationId}`,
    ]);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('link', { name: 'Sign in' }).waitFor();
  }, 360_000);

  it('on the association’s dashboard and its CSV', async () => {
    await signIn(page, appUrl, 'anna@associazione.example');
    await page.waitForURL('**/association/calls');
    await expectNoCodes(page, 'association calls');
    await page.goto(`${appUrl}/association/calls/${CALL}`);
    await page.getByRole('heading', { level: 1, name: CALL_TITLE }).waitFor();
    await expectNoCodes(page, 'dashboard');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    const csv = (await downloadedText(download)).toString('utf8');
    expect(csv.split('\r\n').length).toBeGreaterThan(1);
    expect.soft(internalCodesIn(csv, LINE_IDS), 'CSV').toEqual([]);
    await expectNoCodesInOtherLanguages(
      page,
      ['/association/calls', `/association/calls/${CALL}`],
      async (language) => {
        const [translated] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('button', { name: /CSV/ }).click(),
        ]);
        const text = (await downloadedText(translated)).toString('utf8');
        expect(text.split('\r\n').length).toBeGreaterThan(1);
        expect.soft(internalCodesIn(text, LINE_IDS), `CSV in ${language}`).toEqual([]);
      },
    );
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('link', { name: 'Sign in' }).waitFor();
  }, 180_000);

  it('on the consultant’s queue, the review and its PDF', async () => {
    await signIn(page, appUrl, 'giulia@studio-bianchi.example');
    await page.waitForURL('**/reviews');
    const first = page.getByRole('table').getByRole('link').first();
    await first.waitFor();
    await expectNoCodes(page, 'review queue');
    await first.click();
    await page.getByRole('heading', { level: 1, name: /^Review: / }).waitFor();
    await expectNoCodes(page, 'review');
    // Tests share the demo stack in any order: when the first review is not signed yet, the consultant
    // accepts each line, decides and signs it here, so its PDF exists.
    await page
      .getByRole('button', { name: /^(Download PDF|Sign the report)$/ })
      .first()
      .waitFor();
    if ((await page.getByRole('button', { name: 'Download PDF' }).count()) === 0) {
      const accepts = page.getByRole('button', { name: /^Accept / });
      const accepted = page.getByText('Accepted as computed', { exact: true });
      const lines = await accepts.count();
      for (let i = 0; i < lines; i++) {
        const before = await accepted.count();
        await accepts.nth(i).click();
        await expect.poll(() => accepted.count()).toBeGreaterThan(before);
      }
      await page.getByLabel('Note for the SME and the association').fill('Checked line by line.');
      await page.getByRole('button', { name: 'Record decision' }).click();
      await page.getByText(/^Recorded: /).waitFor();
      await page.getByRole('button', { name: 'Sign the report' }).click();
      await page.getByText(/^Signed on/).waitFor();
    }
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download PDF' }).click(),
    ]);
    const text = pdfText(new Uint8Array(await downloadedText(download)));
    expect(text.length).toBeGreaterThan(100);
    expect.soft(internalCodesIn(text, LINE_IDS), 'PDF').toEqual([]);
    const reviewPath = new URL(page.url()).pathname;
    await expectNoCodesInOtherLanguages(page, ['/reviews', reviewPath], async (language) => {
      const [translated] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: /PDF/ }).click(),
      ]);
      const pdf = pdfText(new Uint8Array(await downloadedText(translated)));
      expect(pdf.length).toBeGreaterThan(100);
      expect.soft(internalCodesIn(pdf, LINE_IDS), `PDF in ${language}`).toEqual([]);
    });
  }, 180_000);
});
