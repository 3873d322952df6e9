/**
 * A click day's busy gateway, in the browser: API Gateway's throttling answers 429 with its own body
 * ({"message":"Too Many Requests"}), not our error shape. The apply form waits and sends again with the
 * same Idempotency-Key, so the SME lands on its receipt with one application, instead of an error.
 * The 429s are played by the browser test in front of the real local API.
 */
import type { Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { EDGE_WINDOW_SECONDS, edgeBusyBody } from '../../shared/hosting/edge-rate-limit';
import { launchBrowser } from './support/browser';
import { consultingCall, enterBakery, signUpNewSme, writeConsultingPlan } from './support/new-sme';

const appUrl = inject('appUrl');

describe('a busy click day, in Chromium', () => {
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  const closeCalls: (() => Promise<void>)[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const close of closeCalls) await close();
    await browser.close();
  });

  it('sends the application again with the same key after the gateway answers 429, and lands on one receipt', async () => {
    const page = await browser.context.newPage();
    const call = await consultingCall(page.request, appUrl, 'Consulting voucher on a busy click day');
    closeCalls.push(call.close);
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

  it('says in words that it is busy when the edge keeps refusing an address, and the same application goes through later', async () => {
    const page = await browser.context.newPage();
    const call = await consultingCall(page.request, appUrl, 'Consulting voucher behind a busy address');
    closeCalls.push(call.close);
    await signUpNewSme(page, appUrl);
    await enterBakery(page);
    const planId = await writeConsultingPlan(page, 'Shop online', 'Online shop set-up consulting');

    // What CloudFront's web ACL answers past the per-address limit (infra/lib/edge-protection.ts builds
    // its rule from the same module), but asking for 1 s instead of its window, to keep the test short.
    expect(EDGE_WINDOW_SECONDS).toBeGreaterThan(1);
    const keys: string[] = [];
    const edgeRefuses = async (route: Route) => {
      const request = route.request();
      if (request.method() !== 'POST') return route.continue();
      keys.push(request.headers()['idempotency-key'] ?? '');
      return route.fulfill({
        status: 429,
        headers: { 'retry-after': '1' },
        contentType: 'application/json',
        body: JSON.stringify(edgeBusyBody),
      });
    };
    await page.route('**/api/applications', edgeRefuses);

    await page.goto(`${appUrl}/plans/${planId}/calls/${call.id}/apply`);
    for (const box of await page.getByRole('checkbox').all()) await box.check();
    const send = page.getByRole('button', { name: 'Send the application' });
    await send.click();
    // While it waits to send again, it says so.
    await page.getByText('GrantFit is busy, so your application will be sent again in a moment').waitFor();
    await page.getByText('GrantFit is very busy right now').waitFor({ timeout: 20_000 });
    // Sent again once, after the edge's window (the edge counts refused requests too), then handed back
    // to the SME in words: never a status code.
    expect(keys).toHaveLength(2);
    expect(await page.getByText('429').count()).toBe(0);
    expect(await page.getByText('Too many applications were sent').count()).toBe(0);

    await page.unroute('**/api/applications', edgeRefuses);
    const sent: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/api/applications'))
        sent.push(request.headers()['idempotency-key'] ?? '');
    });
    await send.click();
    await page.waitForURL(/\/applications\/[0-9A-Z]{26}$/, { timeout: 20_000 });
    await page.getByTestId('receipt-number').waitFor();
    expect(new Set([...keys, ...sent]).size).toBe(1);
    await page.close();
  });
});
