/**
 * Other aid on a cost, asked on the plan line only where a call limits it. The association's call (set up
 * through the API, then closed so no other test meets it in the open list) allows other State aid on the
 * same cost only up to 50 % (Reg. 2023/2831 art. 5(2)); the SME, coming from that call, is asked about
 * other aid on each line it funds, in words, and what it says is kept.
 */
import type { APIRequestContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { pidLombardiaRules } from '../../shared/fixtures/schemes';
import { accessibilityViolations, launchBrowser, signIn } from './support/browser';

const appUrl = inject('appUrl');
const QUESTION = 'Line 1: does other public aid pay for part of this cost?';

async function bearer(request: APIRequestContext, email: string): Promise<Record<string, string>> {
  const answer = await request.post(`${appUrl}/dev-auth/sign-in`, {
    data: { email, password: 'grantfit-demo' },
  });
  return { authorization: `Bearer ${((await answer.json()) as { idToken: string }).idToken}` };
}

/** A call with a cumulation rule, published and then closed: reachable by its id, in no open list. */
async function callWithCumulationRule(request: APIRequestContext): Promise<string> {
  const headers = await bearer(request, 'anna@associazione.example');
  const created = await request.post(`${appUrl}/api/calls`, {
    headers,
    data: {
      title: 'Digital voucher with a cumulation rule',
      description: 'Other State aid on the same cost up to 50 % in all.',
      closesAt: '2099-06-30T17:00:00+02:00',
      timeZone: 'Europe/Rome',
      budgetCents: 100_000_00,
      rules: {
        ...pidLombardiaRules,
        cumulation: {
          article: 'Reg. 2023/2831 art. 5(2)',
          policy: 'max-intensity',
          maxIntensityBp: 5000,
        },
      },
    },
  });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  const published = await request.post(`${appUrl}/api/calls/${id}/publish`, { headers });
  expect(published.status()).toBe(200);
  const { revision } = (await published.json()) as { revision: number };
  const closed = await request.post(`${appUrl}/api/calls/${id}/close`, { headers, data: { revision } });
  expect(closed.status()).toBe(200);
  return id;
}

describe('other aid on a cost, in Chromium', () => {
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('is asked on the line only for a call that limits it, in words, and kept when the plan is saved', async () => {
    const page = await browser.context.newPage();
    const callId = await callWithCumulationRule(page.request);
    await signIn(page, appUrl, 'marco@bottega-rossi.example');
    await page.waitForURL('**/plans');

    // No open call limits other aid: the question is not shown.
    await page.getByRole('link', { name: 'Write a new plan' }).click();
    await page.getByRole('heading', { name: 'A new digitalisation plan' }).waitFor();
    await page.getByLabel('Line 1: description').waitFor();
    expect(await page.getByRole('group', { name: QUESTION }).count()).toBe(0);

    // Coming from the call that does, it is.
    await page.goto(`${appUrl}/plans/new?call=${callId}`);
    await page.getByRole('heading', { name: 'A new digitalisation plan' }).waitFor();
    await page.getByLabel('Title').fill('CRM with regional support');
    await page.getByLabel('Where do you want to go?').fill('Know our customers.');
    await page.getByLabel('Who pulls the cart?').fill('Marco, the owner');
    await page.getByLabel('From').fill('2026-12-01');
    await page.getByLabel('To', { exact: true }).fill('2027-06-30');
    await page.getByLabel('Goal 1: what').fill('One customer file');
    await page.getByLabel('Goal 1: KPI').fill('Customers in the CRM');
    await page.getByLabel('Line 1: description').fill('CRM set-up consulting');
    await page.getByLabel('Line 1: category').selectOption('consulting');
    await page.getByLabel('Line 1: amount (€)').fill('3.000');
    await page.getByLabel('Line 1: expected invoice date').fill('2027-01-15');
    const question = page.getByRole('group', { name: QUESTION });
    await question.getByLabel('Yes, other aid pays for part of it').check();
    await page.getByLabel('Line 1: what kind of aid?').selectOption({
      label: 'Aid under the EU block exemption (GBER), e.g. a regional grant',
    });
    await page.getByLabel('Line 1: received or applied for?').selectOption({ label: 'Already received' });
    await page.getByLabel('Line 1: how much of this cost does it pay (€)?').fill('900');
    await page.getByLabel('Line 1: or which share of this cost (%)?').fill('30');
    await page.getByLabel('Line 1: who grants it?').fill('Regione Lombardia');
    expect(await accessibilityViolations(page)).toEqual([]);

    // An amount and a share at once: the line says to give one, in words, and nothing is sent.
    await page.getByRole('button', { name: 'Save plan' }).click();
    const amount = page.getByLabel('Line 1: how much of this cost does it pay (€)?');
    await expect.poll(() => amount.getAttribute('aria-invalid')).toBe('true');
    await page.getByText('Give the amount or the share, one of the two.').waitFor();
    await page.getByLabel('Line 1: or which share of this cost (%)?').fill('');
    await page.getByRole('button', { name: 'Save plan' }).click();
    await page.waitForURL('**/plans');

    // Opened again from the call, the line shows what was said.
    const card = page.getByRole('listitem').filter({ hasText: 'CRM with regional support' });
    const edit = await card.getByRole('link', { name: /Edit/ }).getAttribute('href');
    await page.goto(`${appUrl}${edit}?call=${callId}`);
    await page.getByRole('heading', { name: 'Edit your plan' }).waitFor();
    await question.waitFor();
    expect(await question.getByLabel('Yes, other aid pays for part of it').isChecked()).toBe(true);
    expect(await amount.inputValue()).toBe('900.00');
    expect(await page.getByLabel('Line 1: who grants it?').inputValue()).toBe('Regione Lombardia');
    await page.close();
  });
});
