/** Click day: 1,000 applicants at once against a budget for 100 grants, three times over. */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Application } from '../../shared/applications/application-schema';
import { firstComeHardwareRules, seedSme } from './support/seed';
import { createTestApi, type TestApi } from './support/test-api';

const NOW = new Date('2026-03-10T09:00:00Z');
const APPLICANTS = 1000;
const GRANTS = 100;
const GRANT_CENTS = 1_000_00;

describe('click day', () => {
  let api: TestApi;
  const applicants: { orgId: string; token: string; planId: string }[] = [];

  beforeAll(async () => {
    // The API logs each busy (503) answer; here they are expected and counted, not printed.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    api = await createTestApi({ now: () => NOW });
    for (let batch = 0; batch < APPLICANTS; batch += 100) {
      const made = await Promise.all(
        Array.from({ length: 100 }, async (_, i) => {
          const orgId = `sme-click-${batch + i}`;
          const planId = await seedSme(api.deps, orgId, NOW);
          return { orgId, token: await api.tokenFor({ role: 'sme', orgId }), planId };
        }),
      );
      applicants.push(...made);
    }
  }, 180_000);
  afterAll(() => api.dispose());

  for (const round of [1, 2, 3]) {
    it(`round ${round}: exactly the first ${GRANTS} receipts are reserved, every request answered with one receipt, none lost or duplicated`, async () => {
      const association = await api.tokenFor({ role: 'association', orgId: 'assoc-click' });
      const call = await api.request('POST', '/api/calls', {
        token: association,
        body: {
          title: `Click day ${round}`,
          closesAt: '2026-04-30T12:00:00+02:00',
          timeZone: 'Europe/Rome',
          budgetCents: GRANTS * GRANT_CENTS,
          rules: firstComeHardwareRules(`click-day-${round}`),
        },
      });
      await api.request('POST', `/api/calls/${call.body.id}/publish`, { token: association });

      // Clients behave like the web app: on 503 they wait and retry with the same Idempotency-Key.
      let busy = 0;
      const submit = async (who: (typeof applicants)[number], key: string) => {
        for (let attempt = 0; attempt < 30; attempt++) {
          const response = await api.request('POST', '/api/applications', {
            token: who.token,
            body: { planId: who.planId, callId: call.body.id, callVersion: 1 },
            headers: { 'idempotency-key': key },
          });
          if (response.status !== 503) return response;
          busy += 1;
          expect(response.headers.get('retry-after')).toBe('2');
          await new Promise((r) => setTimeout(r, 200 + Math.random() * 800));
        }
        throw new Error(`${key} still busy after 30 attempts`);
      };
      const responses = await Promise.all(applicants.map((who, i) => submit(who, `click-${round}-${i}-key`)));
      console.log(`round ${round}: ${busy} busy answers (503) were retried with the same key`);
      expect(responses.filter((r) => r.status !== 201 && r.status !== 200).map((r) => r.status)).toEqual([]);
      const applications = responses.map((r) => r.body as Application);
      const receipts = applications.map((a) => a.receipt.receiptNo).sort((a, b) => a - b);
      expect(receipts).toEqual(Array.from({ length: APPLICANTS }, (_, i) => i + 1));
      const reserved = applications.filter((a) => a.status === 'reserved').map((a) => a.receipt.receiptNo);
      expect(reserved.sort((a, b) => a - b)).toEqual(Array.from({ length: GRANTS }, (_, i) => i + 1));
      expect(applications.filter((a) => a.status === 'waitlisted')).toHaveLength(APPLICANTS - GRANTS);
      const budget = await api.deps.budgets.get(call.body.id);
      expect(budget).toEqual({
        budgetCents: GRANTS * GRANT_CENTS,
        reservedCents: GRANTS * GRANT_CENTS,
        received: APPLICANTS,
        freedCents: 0,
      });
      // Every acknowledged application is stored, once.
      const stored = await Promise.all(
        applicants.map((who) => api.deps.applications.listByCompany(who.orgId)),
      );
      expect(stored.map((list) => list.filter((a) => a.callId === call.body.id).length)).toEqual(
        applicants.map(() => 1),
      );
    }, 180_000);
  }
});
