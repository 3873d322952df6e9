/**
 * The application routes through `app.request` on in-memory adapters, no JVM: submit with its key,
 * replays, one live application per call, the waitlist, the standing, withdrawal and promotion. The
 * same routes on DynamoDB Local, under concurrency and faults: tests/integration/applications-api,
 * click-day, waitlist-promotion and waitlist-standing.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
// Test data written through the ports, shared with the integration project (no database in it).
import { firstComeHardwareRules, seedSme } from '../../../tests/integration/support/seed';
import { createInMemoryApp } from '../../in-memory/in-memory-app';

const NOW = new Date('2026-03-10T09:00:00Z');
/** Half of the seeded SME's €2,000 hardware line. */
const GRANT = 1_000_00;
type InMemoryApp = Awaited<ReturnType<typeof createInMemoryApp>>;

describe('application routes, in memory', () => {
  afterEach(() => vi.restoreAllMocks());
  let api: InMemoryApp;
  let callId: string;
  beforeEach(async () => {
    api = await createInMemoryApp({ now: () => NOW });
    const association = await api.tokenFor('association', 'assoc-apps');
    const created = await api.request('POST', '/api/calls', {
      token: association,
      body: {
        title: 'Hardware for two',
        closesAt: '2026-04-30T12:00:00+02:00',
        timeZone: 'Europe/Rome',
        budgetCents: 2 * GRANT,
        rules: firstComeHardwareRules('apps-in-memory'),
      },
    });
    callId = created.body.id;
    expect((await api.request('POST', `/api/calls/${callId}/publish`, { token: association })).status).toBe(
      200,
    );
  });

  async function sme(orgId: string) {
    const planId = await seedSme(api.deps, orgId, NOW);
    const token = await api.tokenFor('sme', orgId);
    const submit = (key: string, body: Record<string, unknown> = {}) =>
      api.request('POST', '/api/applications', {
        token,
        body: { planId, callId, callVersion: 1, ...body },
        headers: { 'idempotency-key': key },
      });
    return { token, planId, submit };
  }

  it('gives a receipt and reserves the grant; the same key again is the same application', async () => {
    const bakery = await sme('sme-bakery');
    const first = await bakery.submit('bakery-key-1');
    expect(first.status).toBe(201);
    expect(first.headers.get('location')).toBe(`/api/applications/${first.body.id}`);
    expect(first.body).toMatchObject({
      status: 'reserved',
      reservedCents: GRANT,
      receipt: { receiptNo: 1 },
      companyId: 'sme-bakery',
    });
    const again = await bakery.submit('bakery-key-1');
    expect(again.status).toBe(200);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body.id).toBe(first.body.id);
    // The same key for another request is refused, naming the key.
    const other = await bakery.submit('bakery-key-1', { callVersion: 2 });
    expect(other.status).toBe(422);
    // Another key, same call: one live application per company and call.
    const second = await bakery.submit('bakery-key-2');
    expect(second.status).toBe(409);
    expect(second.body.error).toMatchObject({
      code: 'already_applied',
      existingApplicationId: first.body.id,
    });
    const list = await api.request('GET', '/api/applications', { token: bakery.token });
    expect(list.body.items.map((a: { id: string }) => a.id)).toEqual([first.body.id]);
    expect((await api.deps.budgets.get(callId))?.reservedCents).toBe(GRANT);
  });

  it('replays a finished submit from its key even while its plan, company or call cannot be read', async () => {
    const bakery = await sme('sme-replay');
    const first = await bakery.submit('replay-key');
    expect(first.status).toBe(201);
    const down = new Error('database unavailable');
    vi.spyOn(api.deps.plans, 'get').mockRejectedValue(down);
    vi.spyOn(api.deps.companies, 'get').mockRejectedValue(down);
    vi.spyOn(api.deps.calls, 'get').mockRejectedValue(down);
    const again = await bakery.submit('replay-key');
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
    // The key used for another request is still refused as such, not as the failed read.
    expect((await bakery.submit('replay-key', { callVersion: 2 })).status).toBe(422);
    // A fresh submit needs those reads: their failure is its answer, and nothing is stored.
    expect((await bakery.submit('fresh-key')).status).toBeGreaterThanOrEqual(500);
    vi.restoreAllMocks();
    const list = await api.request('GET', '/api/applications', { token: bakery.token });
    expect(list.body.items.map((a: { id: string }) => a.id)).toEqual([first.body.id]);
  });

  it('keeps applications private: another SME gets 404, an association 403', async () => {
    const bakery = await sme('sme-bakery');
    const { body } = await bakery.submit('bakery-key');
    const other = await api.tokenFor('sme', 'sme-other');
    for (const path of [`/api/applications/${body.id}`, `/api/applications/${body.id}/standing`]) {
      expect((await api.request('GET', path, { token: other })).status).toBe(404);
    }
    expect(
      (await api.request('POST', `/api/applications/${body.id}/withdraw`, { token: other })).status,
    ).toBe(404);
    const association = await api.tokenFor('association', 'assoc-apps');
    expect((await api.request('GET', `/api/applications/${body.id}`, { token: association })).status).toBe(
      403,
    );
    expect(
      (await api.request('GET', `/api/applications/${body.id}`, { token: bakery.token })).body.status,
    ).toBe('reserved');
  });

  it('waitlists past the budget, says where each stands, and promotes in receipt order after a withdrawal', async () => {
    const smes: (Awaited<ReturnType<typeof sme>> & { application: { id: string; status: string } })[] = [];
    for (let i = 0; i < 4; i++) {
      const applicant = await sme(`sme-applicant-${i}`);
      const submitted = await applicant.submit(`applicant-key-${i}`);
      expect(submitted.status, JSON.stringify(submitted.body)).toBe(201);
      smes.push({ ...applicant, application: submitted.body });
    }
    expect(smes.map((s) => s.application.status)).toEqual([
      'reserved',
      'reserved',
      'waitlisted',
      'waitlisted',
    ]);
    const standing = async (i: number) =>
      (
        await api.request('GET', `/api/applications/${smes[i]?.application.id}/standing`, {
          token: smes[i]?.token,
        })
      ).body;
    // Second in line: its place, but no amount (it would tell the first one's request); the first gets it.
    expect((await standing(3)).waitlist).toEqual({ position: 2, aheadCount: 1 });
    expect((await standing(2)).waitlist).toEqual({ position: 1, aheadCount: 0, shortCents: GRANT });

    const withdrawn = await api.request('POST', `/api/applications/${smes[0]?.application.id}/withdraw`, {
      token: smes[0]?.token,
    });
    expect(withdrawn.body).toMatchObject({ status: 'withdrawn', reservedCents: 0 });
    const statuses = await Promise.all(
      smes.map(
        async (s) =>
          (await api.request('GET', `/api/applications/${s.application.id}`, { token: s.token })).body.status,
      ),
    );
    expect(statuses).toEqual(['withdrawn', 'reserved', 'reserved', 'waitlisted']);
    expect(await api.deps.budgets.get(callId)).toMatchObject({ reservedCents: 2 * GRANT, freedCents: 0 });
    const audit = await api.request('GET', `/api/applications/${smes[2]?.application.id}/audit`, {
      token: smes[2]?.token,
    });
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual([
      'submitted',
      'promoted_from_waitlist',
    ]);
    // Withdrawn twice: refused, nothing freed again.
    const twice = await api.request('POST', `/api/applications/${smes[0]?.application.id}/withdraw`, {
      token: smes[0]?.token,
    });
    expect(twice.status).toBe(409);
    // The place is free again: the company may apply anew, and joins the end of the line.
    const back = await smes[0]?.submit('applicant-key-0-again');
    expect(back?.status).toBe(201);
    expect(back?.body).toMatchObject({ status: 'waitlisted', receipt: { receiptNo: 5 } });
  });

  it('refuses a submit without a key, or with a body that is not an application, naming the field, storing nothing', async () => {
    const bakery = await sme('sme-bakery');
    const token = await api.tokenFor('sme', 'sme-bakery');
    const noKey = await api.request('POST', '/api/applications', {
      token,
      body: { planId: bakery.planId, callId, callVersion: 1 },
    });
    expect(noKey.status).toBe(400);
    expect(noKey.body.error.fields.map((f: { path: string }) => f.path)).toContain('idempotency-key');
    const bad = await bakery.submit('bakery-key', { callVersion: 'one' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((f: { path: string }) => f.path)).toContain('callVersion');
    expect((await api.request('GET', '/api/applications', { token })).body.items).toEqual([]);
    expect(await api.deps.budgets.get(callId)).toMatchObject({ received: 0, reservedCents: 0 });
  });
});
