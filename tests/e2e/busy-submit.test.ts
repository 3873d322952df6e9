/**
 * A click day's busy gateway, in the browser: API Gateway's throttling answers 429 with its own body
 * ({"message":"Too Many Requests"}), not our error shape. The apply form waits and sends again with the
 * same Idempotency-Key, so the SME lands on its receipt with one application, instead of an error.
 * The 429s are played by the browser test in front of the real local API.
 */
import type { Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { consultingCall, enterBakery, signUpNewSme, writeConsultingPlan } from './support/new-sme';

const appUrl = inject('appUrl');

describe('a busy click day, in Chromium', () => {
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let closeCall: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await closeCall?.();
    await browser.close();
  });

  it('sends the application again with the same key after the gateway answers 429, and lands on one receipt', async () => {
    const page = await browser.context.newPage();
    const call = await consultingCall(page.request, appUrl, 'Consulting voucher on a busy click day');
    closeCall = call.close;
    await signUpNewSme(page, appUrl);
    await enterBakery(page);
    const planId = await writeConsultingPlan(page, 'Online bookings', 'Booking system set-up consulting');

    const keys: string[] = [];
    await page.route('**/api/applications', async (route: Route) => {
      const request = route.request();
      if (request.method() !== 'POST') return route.continue();
      keys.push(request.headers()['idempotency-key'] ?? '');
      if (keys.length <= 2) {
        return route.fulfill({
          status: 429,
          contentType: 'application/json',
          body: JSON.stringify({ message: 'Too Many Requests' }),
        });
      }
      return route.continue();
    });

    await page.goto(`${appUrl}/plans/${planId}/calls/${call.id}/apply`);
    for (const box of await page.getByRole('checkbox').all()) await box.check();
    await page.getByRole('button', { name: 'Send the application' }).click();
    await page.waitForURL(/\/applications\/[0-9A-Z]{26}$/, { timeout: 20_000 });
    await page.getByTestId('receipt-number').waitFor();
    expect(keys).toHaveLength(3);
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).not.toBe('');

    await page.getByRole('link', { name: 'Your applications' }).click();
    const rows = page.getByRole('row').filter({
      has: page.getByRole('link', { name: 'Consulting voucher on a busy click day', exact: true }),
    });
    await rows.first().waitFor();
    expect(await rows.count()).toBe(1);
    await page.close();
  });
});
