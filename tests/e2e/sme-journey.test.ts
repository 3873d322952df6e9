import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { accessibilityViolations, launchBrowser, openPlanMatches, signIn } from './support/browser';

const appUrl = inject('appUrl');

/**
 * One live application per company and call: other journeys on this shared stack may have applied as
 * the demo SME already, so this one starts by withdrawing them (through the API, as set-up).
 */
async function withdrawEarlierApplications(page: Page): Promise<void> {
  const signIn = await page.request.post(`${appUrl}/dev-auth/sign-in`, {
    data: { email: 'marco@bottega-rossi.example', password: 'grantfit-demo' },
  });
  const headers = { authorization: `Bearer ${((await signIn.json()) as { idToken: string }).idToken}` };
  const mine = (await (
    await page.request.get(`${appUrl}/api/applications?limit=100`, { headers })
  ).json()) as {
    items: { id: string; status: string }[];
  };
  for (const application of mine.items.filter((a) => a.status !== 'withdrawn'))
    await page.request.post(`${appUrl}/api/applications/${application.id}/withdraw`, { headers });
}

describe('SME journey in Chromium: plan → matches → line-by-line report → what-if → apply → receipt', () => {
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('walks the demo SME from its plan to a receipt, with no accessibility violations on the way', async () => {
    const page = await browser.context.newPage();
    await withdrawEarlierApplications(page);
    await signIn(page, appUrl, 'marco@bottega-rossi.example');
    await page.waitForURL('**/plans');
    await page.getByRole('heading', { name: 'Sell online and know our customers' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await openPlanMatches(page, 'Sell online and know our customers');
    await page.waitForURL('**/matches');
    const first = page.getByRole('listitem').filter({ hasText: 'Voucher Digitali I4.0' }).first();
    await first.waitFor();
    expect(await first.textContent()).toContain('€3,050.00');
    // A Flemish call is no near miss for a shop in Italy: it is among the other calls, folded.
    await page.getByText(/^Other calls \(\d+\)$/).click();
    const kmo = page.getByRole('listitem').filter({ hasText: 'KMO-portefeuille' }).first();
    expect(await kmo.textContent()).toContain('You cannot apply to this call.');
    expect(await accessibilityViolations(page)).toEqual([]);

    await first.getByRole('link', { name: /Check line by line/ }).click();
    await page.waitForURL(/\/calls\/[0-9A-Z]{26}$/);
    const smartphone = page.getByRole('row', { name: /Owner's smartphone/ });
    await smartphone.waitFor();
    expect(await smartphone.textContent()).toContain('Smartphones are excluded goods.');
    expect(await smartphone.textContent()).toContain('Bando PID 2025, art. 5(4)(b)');
    // The report says which size class the call was judged on and which figures decided it.
    const size = page.getByRole('region', {
      name: /^Size class used for this call: (micro|small|medium-sized|large) enterprise$/,
    });
    expect(await size.getByRole('listitem').count()).toBeGreaterThan(0);
    expect(await accessibilityViolations(page)).toEqual([]);

    // What-if in the browser: without the tablets, consulting + training pass 70 % of the spend and the
    // same engine as the API explains why the grant would be lost.
    await page.getByRole('checkbox', { name: 'Include 2 tablets for the shop floor' }).uncheck();
    await page.getByText('What-if: recomputed here').waitFor();
    expect(await page.locator('.facts').textContent()).toContain('Grant€0.00');
    await page
      .getByText(/Consulting \+ training is 76\.9\s?% of eligible spend; the call needs 30\s?%–70\s?%/)
      .first()
      .waitFor();
    await page.getByRole('checkbox', { name: 'Include 2 tablets for the shop floor' }).check();

    await page.getByRole('link', { name: 'Apply for this call' }).click();
    await page.waitForURL('**/apply');
    await page.getByRole('button', { name: 'Send the application' }).click();
    await page.locator('#answer-technologies-error').waitFor();
    // Each error says what to do in a sentence, not a fragment such as "is required".
    expect(await page.locator('#answer-technologies-error').textContent()).toBe(
      'Answer this question: the call asks it of every applicant.',
    );
    expect(
      await page
        .getByLabel('Which 4.0 technologies does the project introduce, and why?')
        .getAttribute('aria-invalid'),
    ).toBe('true');
    await page
      .getByLabel('Which 4.0 technologies does the project introduce, and why?')
      .fill('A cloud CRM linked to the till.');
    for (const box of await page.getByRole('checkbox').all()) await box.check();
    expect(await accessibilityViolations(page)).toEqual([]);
    // A double click still makes one application.
    await page.getByRole('button', { name: 'Send the application' }).dblclick();
    await page.waitForURL(/\/applications\/[0-9A-Z]{26}$/);
    await page.getByTestId('receipt-number').waitFor();
    expect(Number(await page.getByTestId('receipt-number').textContent())).toBeGreaterThanOrEqual(1);
    // The receipt's other parts announce their own loading, so the status is picked by its words.
    await page.getByRole('status').filter({ hasText: 'the grant is reserved for you' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    // The call's public page counts this application's receipt and shows what is left for new applicants.
    await page.goto(`${appUrl}/calls`);
    await page.getByRole('link', { name: 'Voucher Digitali I4.0 — Lombardia (demo)', exact: true }).click();
    await page.getByTestId('call-left').waitFor();
    const receipts = await page.getByTestId('call-receipts').textContent();
    expect(receipts).toMatch(/^[\d,]+ so far$/);
    expect(Number(receipts?.replace(/\D/g, ''))).toBeGreaterThanOrEqual(1);
    expect(await page.getByTestId('call-left').textContent()).toMatch(/^€[\d,]+\.\d{2}$/);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Your applications' }).click();
    // Withdrawn applications stay in the list (other journeys on this shared stack may have left some);
    // the live ones for this call must be exactly one, whatever the double click.
    const live = page
      .getByRole('row')
      .filter({
        has: page.getByRole('link', { name: 'Voucher Digitali I4.0 — Lombardia (demo)', exact: true }),
      })
      .filter({ hasNotText: 'Withdrawn' });
    await live.first().waitFor();
    expect(await live.count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
