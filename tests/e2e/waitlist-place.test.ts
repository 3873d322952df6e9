/**
 * Issue #15, in Chromium: a waitlisted SME's receipt says where it stands — its place in line and about
 * how much more must be given back for its turn — on a 390 px phone, and it changes on its own when an
 * applicant ahead withdraws from its own receipt and the freed grant comes to it.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, pageWidth } from './support/browser';
import { consultingCall, enterBakery, signUpNewSme, writeConsultingPlan } from './support/new-sme';

const appUrl = inject('appUrl');
/** Half of the €3,000 consulting line each SME plans. */
const ONE_GRANT = 1_500_00;

describe('a place on the waiting list, in Chromium', () => {
  let first: Awaited<ReturnType<typeof launchBrowser>>;
  let second: Awaited<ReturnType<typeof launchBrowser>>;
  let closeCall: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    // Two browsers: two SMEs, each signed in on its own.
    first = await launchBrowser();
    second = await launchBrowser();
  });
  afterAll(async () => {
    await closeCall?.();
    await first.close();
    await second.close();
  });

  async function apply(page: Awaited<ReturnType<typeof first.context.newPage>>, callId: string) {
    await signUpNewSme(page, appUrl);
    await enterBakery(page);
    const planId = await writeConsultingPlan(page, 'Online bookings', 'Booking system set-up consulting');
    await page.goto(`${appUrl}/plans/${planId}/calls/${callId}/apply`);
    for (const box of await page.getByRole('checkbox').all()) await box.check();
    await page.getByRole('button', { name: 'Send the application' }).click();
    await page.waitForURL(/\/applications\/[0-9A-Z]{26}$/, { timeout: 20_000 });
    await page.getByTestId('receipt-number').waitFor();
  }

  it('shows the waitlisted SME its place, and its grant reserved once the applicant ahead withdraws', async () => {
    const ahead = await first.context.newPage();
    const call = await consultingCall(ahead.request, appUrl, 'Consulting voucher for one', {}, ONE_GRANT);
    closeCall = call.close;
    await apply(ahead, call.id);
    await ahead.getByText('Received — the grant is reserved for you').waitFor();

    const waiting = await second.context.newPage();
    await waiting.setViewportSize({ width: 390, height: 844 });
    await apply(waiting, call.id);
    await waiting.getByText('Received — on the waiting list').waitFor();
    await waiting.getByRole('heading', { name: 'Your place on the waiting list' }).waitFor();
    expect(await waiting.getByTestId('waitlist-position').textContent()).toBe(
      'You are number 1 on the waiting list.',
    );
    // First in line: the amount short is its own grant, to the cent (nobody else's request is told).
    await waiting.getByText('about €1,500.00 more would have to be given back').waitFor();
    const width = await pageWidth(waiting);
    expect(width.wide).toEqual([]);
    expect(width.scroll).toBeLessThanOrEqual(width.inner);

    // The applicant ahead withdraws from its receipt, after being told what that does.
    await ahead.getByRole('button', { name: 'Withdraw this application' }).click();
    await ahead.getByText('go to the next applicant on the waiting list').waitFor();
    // Focus moves to the question that appeared, so a keyboard or screen-reader user is not lost.
    expect(await ahead.evaluate(() => document.activeElement?.id)).toBe('withdraw-title');
    await ahead.getByRole('button', { name: 'Yes, withdraw it' }).click();
    await ahead.getByText('Withdrawn', { exact: true }).waitFor();
    expect(await ahead.getByRole('button', { name: 'Withdraw this application' }).count()).toBe(0);

    // Without a reload: the waiting receipt asks again on its own and shows the grant reserved.
    // It asks every 25–35 s (jittered), so give it one whole interval and a margin.
    await waiting.getByText('Received — the grant is reserved for you').waitFor({ timeout: 45_000 });
    expect(await waiting.getByRole('heading', { name: 'Your place on the waiting list' }).count()).toBe(0);
    await ahead.close();
    await waiting.close();
  }, 120_000);
});
