/**
 * The costs an aid received paid for, on a 390 × 844 phone. A new SME writes a plan, sees its CRM line
 * eligible for a call that allows no other aid on the same cost, then says on its company page that
 * €600 of a €1,500 regional GBER grant paid for that line — picked from its plan's lines in words,
 * never typed as an id.
 * What it ticked is kept after a reload, and the same line is then refused, citing the call's rule.
 * The call is set up through the API and closed when the test ends, so no other test meets it open.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { addDays } from '../../shared/time/calendar-date';
import { accessibilityViolations, launchBrowser, pageWidth } from './support/browser';
import { consultingCall, enterBakery, signUpNewSme, writeConsultingPlan } from './support/new-sme';

const appUrl = inject('appUrl');
const today = new Date().toISOString().slice(0, 10);
const LINE = 'CRM set-up consulting';
const PLAN = 'Customer file for the bakery';
const COST = `${PLAN}: ${LINE}, €3,000.00`;
const AMOUNT = `Aid 1: how much of it went to “${LINE}” (€)?`;

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
    const call = await consultingCall(
      page.request,
      appUrl,
      'Consulting voucher, no other aid on the same cost',
      {
        cumulation: { article: 'Art. 9', policy: 'none' },
      },
    );
    closeCall = call.close;
    await signUpNewSme(page, appUrl);
    await enterBakery(page);
    const planId = await writeConsultingPlan(page, PLAN, LINE);
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
