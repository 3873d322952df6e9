/**
 * A near miss by one line, as a new SME meets it on its matches: a call funds consulting only when it
 * serves a technology (CRM or cybersecurity). The bakery's honest "CRM set-up" line says none, so the
 * call grants €0 — before, it folded away among the other calls. Now the matches list it as one change
 * away, name the line in the SME's words and link to the exact question; answering it makes the call a
 * fit with its grant. The call is set up through the API and closed when the test ends.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { accessibilityViolations, launchBrowser, pageWidth } from './support/browser';
import { internalCodesIn } from './support/internal-codes';
import { consultingCall, enterBakery, signUpNewSme, writeConsultingPlan } from './support/new-sme';
import { visibleText } from './support/visible-text';

const appUrl = inject('appUrl');
const TITLE = 'Consulting voucher for CRM and cybersecurity';
const CRM = 'Customer management and bookings (CRM)';

describe('a near miss by one line, on a phone', () => {
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let closeCall: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await closeCall?.();
    await browser.close();
  });

  it('names the line and its one change, links to the question, and becomes a fit once answered', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    const call = await consultingCall(page.request, appUrl, TITLE, {
      categories: [
        {
          id: 'consulting',
          label: { en: 'Consulting', it: 'Consulenza', nl: 'Advies' },
          article: 'Art. 4',
          taxonomy: ['consulting'],
          requiresAnyTag: ['technology:crm', 'cybersecurity'],
        },
      ],
    });
    closeCall = call.close;
    await signUpNewSme(page, appUrl);
    await enterBakery(page);
    const planId = await writeConsultingPlan(page, 'Customers in one place', 'CRM set-up');

    await page.goto(`${appUrl}/plans/${planId}/matches`);
    await page.getByRole('heading', { level: 1, name: 'Calls that fit your plan' }).waitFor();
    const near = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: TITLE }) });
    await near.waitFor();
    // Listed under the near misses, not folded among the other calls.
    expect(
      await page
        .getByRole('heading', { name: 'Near misses: one change away' })
        .evaluate((h) => h.nextElementSibling?.textContent ?? ''),
    ).toContain(TITLE);
    const step = near.getByRole('listitem').filter({ hasText: 'CRM set-up:' });
    // The refusal in words (the technologies the call counts), then its one change.
    expect(await step.textContent()).toMatch(
      /^CRM set-up: Consulting counts only for spend tied to one of: .*Customer management and bookings \(CRM\).*\. If it serves one of these, tell us which technology or purpose\./,
    );
    // A new SME's page: its organisation id (user-<uuid>) or any other code never shows.
    expect(internalCodesIn(await visibleText(page))).toEqual([]);
    expect(await pageWidth(page)).toMatchObject({ wide: [] });
    expect(await accessibilityViolations(page)).toEqual([]);

    await step.getByRole('link', { name: /Change it/ }).click();
    await page.waitForURL(new RegExp(`/plans/${planId}/edit\\?call=${call.id}#line-`));
    const purpose = page.getByRole('group', { name: 'Line 1: which technology or purpose does it serve?' });
    await expect.poll(() => purpose.evaluate((g) => g.contains(document.activeElement))).toBe(true);
    await purpose.getByRole('checkbox', { name: CRM, exact: true }).check();
    await page.getByRole('button', { name: 'Save plan' }).click();
    // Saved, the SME is back on the report of the call it came from.
    await page.waitForURL(new RegExp(`/plans/${planId}/calls/${call.id}$`));
    await page.getByRole('heading', { name: TITLE }).waitFor();

    await page.goto(`${appUrl}/plans/${planId}/matches`);
    const fits = page.getByRole('list', { name: 'Calls that fit' });
    const fit = fits.getByRole('listitem').filter({ has: page.getByRole('heading', { name: TITLE }) });
    await fit.waitFor();
    expect(await fit.locator('dl.facts dd').first().textContent()).toBe('€1,500.00');
  }, 180_000);
});
