/**
 * What a call checks of a company's past grants, entered on a 390 × 844 phone. A call pays at most
 * €2,000 per company each year and adds €250 for a legality rating: a new SME's €3,000 consulting line
 * is first worth €1,500; once its company page says it holds a legality rating and that the same scheme
 * already granted it €400 this year, the report shows €1,600 (the €250 premium cut to what the yearly
 * ceiling leaves) and says why; once the scheme has paid the whole ceiling, €0 and no "Apply". Before, no screen asked either fact, and the grant was overstated for a
 * company the scheme had already paid. A Flemish scheme's question is not put to the Bergamo bakery.
 * The call is set up through the API and closed when the test ends.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { accessibilityViolations, launchBrowser, pageWidth } from './support/browser';
import { consultingCall, enterBakery, signUpNewSme, writeConsultingPlan } from './support/new-sme';

const appUrl = inject('appUrl');
const TITLE = 'Consulting voucher with a yearly ceiling and a legality premium';
const YEAR = new Date().getUTCFullYear();
/** The demo KMO-portefeuille call, open to Flemish companies only, pays at most €7,500 a year. */
const KMO = 'KMO-portefeuille';

async function grant(page: Page, reportUrl: string): Promise<string> {
  await page.goto(reportUrl);
  const facts = page.locator('dl.facts').first();
  await facts.waitFor();
  return (
    (await facts
      .locator('div')
      .filter({ has: page.getByText('Grant', { exact: true }) })
      .locator('dd')
      .textContent()) ?? ''
  );
}

describe('past grants a call checks, on a phone', () => {
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let closeCall: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await closeCall?.();
    await browser.close();
  });

  it('are asked on the company page by the call’s name, kept, and change the grant as the rules say', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    const call = await consultingCall(page.request, appUrl, TITLE, {
      perCompanyYearCeiling: { article: 'Art. 8', cents: 2_000_00 },
      // VAT counts here (the plan's line has none): the report's explanation of the money says so.
      exclusions: { article: 'Art. 9', vatEligible: true },
      totals: {
        article: 'Art. 6',
        rate: { defaultBp: 5000 },
        bonuses: [
          {
            id: 'legality',
            article: 'Art. 7',
            label: {
              en: 'Legality rating premium',
              it: 'Premio per il rating di legalità',
              nl: 'Premie voor de legaliteitsrating',
            },
            cents: 250_00,
            when: 'legality-rating',
          },
        ],
      },
    });
    closeCall = call.close;
    await signUpNewSme(page, appUrl);
    // Until the company says where it is, it is asked about every scheme with a yearly ceiling; a
    // bakery in Bergamo is then no longer asked about the Flemish one.
    const flemish = page.getByLabel(new RegExp(`^Granted to you in ${YEAR} by “${KMO}`));
    await flemish.waitFor();
    await enterBakery(page);
    expect(await flemish.count()).toBe(0);
    const planId = await writeConsultingPlan(page, 'Advice for the bakery', 'Process consulting');
    const reportUrl = `${appUrl}/plans/${planId}/calls/${call.id}`;
    expect(await grant(page, reportUrl)).toBe('€1,500.00');
    await page.getByText('What the figures mean').click();
    await page.getByText('This call counts VAT as eligible spend: the amounts include it').waitFor();
    expect(await page.getByText('All amounts are without VAT').count()).toBe(0);

    await page.goto(`${appUrl}/company`);
    await page.getByRole('heading', { name: 'Your company' }).waitFor();
    const granted = page.getByLabel(
      `Granted to you in ${YEAR} by “${TITLE}” or another round of the same scheme (€)`,
    );
    // The call's ceiling is said beside the question, in money, not as a code or in cents.
    expect(await granted.getAttribute('aria-describedby')).toBeTruthy();
    await page.getByText('This call pays at most €2,000.00 per company each year.').first().waitFor();
    await granted.fill('400');
    await page.getByLabel('We hold a legality rating').check();
    expect(await accessibilityViolations(page)).toEqual([]);
    const width = await pageWidth(page);
    expect(width.scroll, `sticking out: ${width.wide.join('; ')}`).toBeLessThanOrEqual(width.inner);
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.getByText('Profile saved.').waitFor();

    await page.reload();
    await page.getByRole('heading', { name: 'Your company' }).waitFor();
    await expect.poll(() => granted.inputValue()).toBe('400.00');
    expect(await page.getByLabel('We hold a legality rating').isChecked()).toBe(true);

    // €1,500 + the €250 premium would pass the €1,600 the ceiling leaves: the premium is cut to €100.
    expect(await grant(page, reportUrl)).toBe('€1,600.00');
    await page
      .getByText(`At most €2,000.00 per company in ${YEAR}; €400.00 already granted.`)
      .first()
      .waitFor();
    const apply = page.getByRole('link', { name: 'Apply for this call' });
    expect(await apply.count()).toBe(1);

    // The scheme already paid the whole ceiling this year: the call gives nothing, and the report does
    // not offer an application the server would refuse as funded with €0.
    await page.goto(`${appUrl}/company`);
    await expect.poll(() => granted.inputValue()).toBe('400.00');
    await granted.fill('2000');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.getByText('Profile saved.').waitFor();
    expect(await grant(page, reportUrl)).toBe('€0.00');
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    expect(await apply.count()).toBe(0);

    // On the matches, the call is no fit and no near miss (no change earns a grant): among the other
    // calls, saying which limit left nothing.
    await page.goto(`${appUrl}/plans/${planId}/matches`);
    await page.getByRole('heading', { level: 1, name: 'Calls that fit your plan' }).waitFor();
    await page.getByText(/^Other calls \(\d+\)$/).click();
    const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: TITLE }) });
    await card
      .getByText(`At most €2,000.00 per company in ${YEAR}; €2,000.00 already granted.`)
      .first()
      .waitFor();
    const near = page.getByRole('heading', { name: 'Near misses: one change away' });
    if ((await near.count()) > 0)
      expect(await near.evaluate((h) => h.nextElementSibling?.textContent ?? '')).not.toContain(TITLE);
    await page.close();
  });
});
