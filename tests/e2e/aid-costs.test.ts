/**
 * The costs an aid received paid for, on a 390 × 844 phone. A new SME writes a plan, sees its CRM line
 * eligible for a call that allows no other aid on the same cost, then says on its company page that a
 * €600 of a €1,500 regional GBER grant paid for that line — picked from its plan's lines in words, never typed as an id.
 * What it ticked is kept after a reload, and the same line is then refused, citing the call's rule.
 * The call is set up through the API and closed when the test ends, so no other test meets it open.
 */
import { randomUUID } from 'node:crypto';
import type { APIRequestContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { addDays } from '../../shared/time/calendar-date';
import { accessibilityViolations, launchBrowser, pageWidth } from './support/browser';

const appUrl = inject('appUrl');
const today = new Date().toISOString().slice(0, 10);
const LINE = 'CRM set-up consulting';
const PLAN = 'Customer file for the bakery';
const COST = `${PLAN}: ${LINE}, €3,000.00`;
const AMOUNT = `Aid 1: how much of it went to “${LINE}” (€)?`;

async function bearer(request: APIRequestContext, email: string): Promise<Record<string, string>> {
  const answer = await request.post(`${appUrl}/dev-auth/sign-in`, {
    data: { email, password: 'grantfit-demo' },
  });
  return { authorization: `Bearer ${((await answer.json()) as { idToken: string }).idToken}` };
}

/**
 * A call open to any enterprise that funds half of consulting and allows no other aid on the same cost;
 * `close` closes it.
 */
async function callWithoutOtherAid(
  request: APIRequestContext,
): Promise<{ id: string; close: () => Promise<void> }> {
  const headers = await bearer(request, 'anna@associazione.example');
  const created = await request.post(`${appUrl}/api/calls`, {
    headers,
    data: {
      title: 'Consulting voucher, no other aid on the same cost',
      description: 'Half of consulting costs; a cost another aid paid for is not funded.',
      closesAt: '2099-06-30T17:00:00+02:00',
      timeZone: 'Europe/Rome',
      budgetCents: 100_000_00,
      rules: {
        schemaVersion: 1,
        family: `aid-costs-${randomUUID().slice(0, 8)}`,
        applicant: { article: 'Art. 2', sizeClasses: ['micro', 'small', 'medium'] },
        categories: [
          { id: 'consulting', label: { en: 'Consulting' }, article: 'Art. 4', taxonomy: ['consulting'] },
        ],
        spendWindow: { article: 'Art. 5' },
        cumulation: { article: 'Art. 9', policy: 'none' },
        totals: { article: 'Art. 6', rate: { defaultBp: 5000 } },
        allocation: { article: 'Art. 7', mode: 'ranking' },
      },
    },
  });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  const published = await request.post(`${appUrl}/api/calls/${id}/publish`, { headers });
  expect(published.status()).toBe(200);
  const { revision } = (await published.json()) as { revision: number };
  const close = async () => {
    const closed = await request.post(`${appUrl}/api/calls/${id}/close`, { headers, data: { revision } });
    expect(closed.status()).toBe(200);
  };
  return { id, close };
}

async function signUp(page: Page): Promise<void> {
  const email = `sme-${randomUUID().slice(0, 8)}@aid-costs.example`;
  await page.goto(`${appUrl}/sign-up`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('Nuova-Impresa-2026');
  await page.getByRole('button', { name: 'Create the account' }).click();
  const mailbox = await page.request.get(`${appUrl}/dev-auth/mailbox?email=${encodeURIComponent(email)}`);
  const { code } = (await mailbox.json()) as { code: string };
  await page.getByLabel('Confirmation code').fill(code);
  await page.getByRole('button', { name: 'Confirm and sign in' }).click();
  await page.waitForURL('**/company');
  await page.getByRole('heading', { name: 'Your company' }).waitFor();
}

async function lineVerdict(page: Page, reportUrl: string): Promise<string> {
  await page.goto(reportUrl);
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: LINE, exact: true }) });
  await row.waitFor();
  return (await row.textContent()) ?? '';
}

describe('the costs an aid paid for, on a phone', () => {
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let closeCall: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await closeCall?.();
    await browser.close();
  });

  it('are picked from the plan lines in words, kept, and make a call that allows no other aid refuse the line', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    const call = await callWithoutOtherAid(page.request);
    closeCall = call.close;
    await signUp(page);

    await page.getByLabel('Company name').fill('Forno Bergamasco');
    await page.getByLabel('Province or region').selectOption({ label: 'Bergamo' });
    await page.getByRole('button', { name: 'Add this place' }).click();
    await page.getByLabel('Main activity (NACE/ATECO code)').fill('10.71');
    await page.getByLabel('Registered on').fill('2015-03-01');
    await page.getByLabel('Staff (annual work units)').fill('12');
    await page.getByLabel('Annual turnover (€)').fill('1200000');
    await page.getByLabel('Balance sheet total (€)').fill('600000');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.getByText('Profile saved.').waitFor();

    await page.getByRole('link', { name: 'Your plans' }).click();
    await page.getByRole('link', { name: 'Write a new plan' }).click();
    await page.getByRole('heading', { name: 'A new digitalisation plan' }).waitFor();
    await page.getByLabel('Title', { exact: true }).fill(PLAN);
    await page.getByLabel('From', { exact: true }).fill(today);
    await page.getByLabel('To', { exact: true }).fill(addDays(today, 180));
    await page.getByLabel('Line 1: description', { exact: true }).fill(LINE);
    await page.getByLabel('Line 1: category', { exact: true }).selectOption('consulting');
    await page.getByLabel('Line 1: amount (€)', { exact: true }).fill('3000');
    await page.getByLabel('Line 1: invoice date (expected)', { exact: true }).fill(addDays(today, 30));
    await page.getByRole('button', { name: 'Save plan' }).click();
    await page.waitForURL('**/plans');
    const edit = await page
      .getByRole('listitem')
      .filter({ hasText: PLAN })
      .getByRole('link', { name: /Edit/ })
      .getAttribute('href');
    const planId = edit?.match(/\/plans\/([^/]+)\/edit/)?.[1];
    expect(planId).toBeTruthy();
    const reportUrl = `${appUrl}/plans/${planId}/calls/${call.id}`;
    expect(await lineVerdict(page, reportUrl)).toContain('Eligible');

    // The company page offers the plan's costs by name under the aid, and keeps what is ticked.
    await page.goto(`${appUrl}/company`);
    await page.getByRole('heading', { name: 'Your company' }).waitFor();
    await page.getByRole('button', { name: 'Add aid received' }).click();
    await page.getByLabel('Aid 1: what kind?').selectOption({
      label: 'Aid under the EU block exemption (GBER), e.g. a regional grant',
    });
    await page.getByLabel('Aid 1: granted on').fill(addDays(today, -60));
    await page.getByLabel('Aid 1: amount (€)').fill('1500');
    await page.getByLabel('Aid 1: granted by').fill('Regione Lombardia');
    const costs = page.getByRole('group', { name: 'Aid 1: which costs in your plans did it pay for?' });
    await costs.getByRole('checkbox', { name: COST }).check();
    await page.getByLabel(AMOUNT).fill('600');
    expect(await accessibilityViolations(page)).toEqual([]);
    const width = await pageWidth(page);
    expect(width.scroll, `sticking out: ${width.wide.join('; ')}`).toBeLessThanOrEqual(width.inner);
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.getByText('Profile saved.').waitFor();

    await page.reload();
    await page.getByRole('heading', { name: 'Your company' }).waitFor();
    await expect.poll(() => costs.getByRole('checkbox', { name: COST }).isChecked()).toBe(true);
    expect(await page.getByLabel(AMOUNT).inputValue()).toBe('600.00');

    // The same line, for the same call, is now refused in words citing the call's rule.
    const refused = await lineVerdict(page, reportUrl);
    expect(refused).toContain('Not eligible');
    expect(refused).toContain(
      'This cost already has €600.00 of other aid; the call allows no other aid on the same cost.',
    );
    expect(refused).toContain('Art. 9');
    await page.close();
  });
});
