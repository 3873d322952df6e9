import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { milanRestaurant, milanRestaurantPlan, pidLombardiaRules } from '../../shared/fixtures/schemes';
import { createTestApi, type TestApi } from './support/test-api';

const sme = { role: 'sme', orgId: 'sme-milano' } as const;
const otherSme = { role: 'sme', orgId: 'sme-other' } as const;
const association = { role: 'association', orgId: 'assoc-pid' } as const;

const { id: _id, ...profile } = milanRestaurant;
const { id: _planId, companyId: _companyId, ...planBody } = milanRestaurantPlan;

describe('companies and plans API on DynamoDB Local', () => {
  let api: TestApi;
  let token: string;

  beforeAll(async () => {
    // The worked example's dates are in 2025; evaluate as of its project start.
    api = await createTestApi({ now: () => new Date('2025-03-01T09:00:00Z') });
    token = await api.tokenFor(sme);
  });
  afterAll(() => api.dispose());

  it('saves a company profile with its size class and reasons, and refuses a stale save with 409 and the current one', async () => {
    expect((await api.request('GET', '/api/companies/mine', { token })).status).toBe(404);
    const created = await api.request('PUT', '/api/companies/mine', {
      token,
      body: { ...profile, revision: 0 },
    });
    expect(created.status).toBe(200);
    expect(created.body.revision).toBe(1);
    expect(created.body.company.id).toBe('sme-milano');
    expect(created.body.sizeClass.sizeClass).toBe('micro');
    expect(created.body.sizeClass.reasons[0].message).toContain('staff 8 AWU < 10');

    const stale = await api.request('PUT', '/api/companies/mine', {
      token,
      body: { ...profile, revision: 0 },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('conflict');
    expect(stale.body.current.revision).toBe(1);
  });

  it('lets exactly one of two concurrent plan edits from the same revision win; the other gets 409 and loses nothing', async () => {
    const created = await api.request('POST', '/api/plans', { token, body: planBody });
    expect(created.status).toBe(201);
    const id = created.body.plan.id;
    const edit = (title: string) =>
      api.request('PUT', `/api/plans/${id}`, { token, body: { ...planBody, title, revision: 1 } });
    const results = await Promise.all([edit('Version A'), edit('Version B')]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const winner = results.find((r) => r.status === 200);
    const loser = results.find((r) => r.status === 409);
    expect(loser?.body.current.plan.title).toBe(winner?.body.plan.title);
    const stored = await api.request('GET', `/api/plans/${id}`, { token });
    expect(stored.body).toMatchObject({ revision: 2, plan: { title: winner?.body.plan.title } });
  });

  it('keeps plans private: another SME gets 404, an association gets 403', async () => {
    const created = await api.request('POST', '/api/plans', { token, body: planBody });
    const path = `/api/plans/${created.body.plan.id}`;
    expect((await api.request('GET', path, { token: await api.tokenFor(otherSme) })).status).toBe(404);
    expect((await api.request('GET', path, { token: await api.tokenFor(association) })).status).toBe(403);
    expect((await api.request('GET', path)).status).toBe(401);
    const theirs = await api.request('GET', '/api/plans', { token: await api.tokenFor(otherSme) });
    expect(theirs.body.items).toEqual([]);
  });

  it('matches a plan against open calls and explains one call line by line, as the worked example', async () => {
    const assocToken = await api.tokenFor(association);
    const call = await api.request('POST', '/api/calls', {
      token: assocToken,
      body: {
        title: 'PID Lombardia',
        closesAt: '2025-06-30T12:00:00+02:00',
        timeZone: 'Europe/Rome',
        budgetCents: 200_000_000,
        rules: pidLombardiaRules,
      },
    });
    expect(call.status).toBe(201);
    const published = await api.request('POST', `/api/calls/${call.body.id}/publish`, { token: assocToken });
    expect(published.body.rulesHash).toMatch(/^sha256:[0-9a-f]{64}$/);
    const plan = await api.request('POST', '/api/plans', { token, body: planBody });
    const planPath = `/api/plans/${plan.body.plan.id}`;

    const matches = await api.request('GET', `${planPath}/matches`, { token });
    expect(matches.status).toBe(200);
    expect(matches.body.items[0]).toMatchObject({
      callId: call.body.id,
      canApply: true,
      expectedGrantCents: 3_050_00,
    });

    const report = await api.request('GET', `${planPath}/eligibility/${call.body.id}`, { token });
    expect(report.status).toBe(200);
    expect(report.body.totals).toMatchObject({
      eligibleCents: 6_100_00,
      grantCents: 3_050_00,
      payoutCents: 2_928_00,
    });
    expect(report.body.rulesHash).toBe(published.body.rulesHash);
    const draft = await api.request('GET', `${planPath}/application-draft/${call.body.id}`, { token });
    expect(draft.status).toBe(200);
    expect(draft.body).toMatchObject({
      callVersion: 1,
      questions: [],
      declarations: ['social-security-regular', 'chamber-fee-paid', 'no-supply-contract-with-issuer'],
      report: { totals: { grantCents: 3_050_00 } },
    });
    // The report page's one request: the call's title and rules, the plan and the company the report
    // was worked out from, which its what-ifs re-run the engine on (ADR 0025).
    expect(draft.body.title).toBe(call.body.title);
    expect(draft.body.rules).toEqual(published.body.rules);
    expect(draft.body.plan.lines.map((l: { id: string }) => l.id).sort()).toEqual(
      report.body.lines.map((l: { lineId: string }) => l.lineId).sort(),
    );
    expect(draft.body.company.id).toBe(draft.body.plan.companyId);
    const website = report.body.lines.find((l: { lineId: string }) => l.lineId === 'website');
    expect(website.reasons[0]).toMatchObject({
      code: 'TAGS_MISSING',
      article: 'Bando PID 2025, art. 5(1)(c)',
    });
  });

  it('asks for the company profile before matching (422), and validates plan bodies with field paths', async () => {
    const newcomer = await api.tokenFor({ role: 'sme', orgId: 'sme-new' });
    const plan = await api.request('POST', '/api/plans', { token: newcomer, body: planBody });
    const matches = await api.request('GET', `/api/plans/${plan.body.plan.id}/matches`, { token: newcomer });
    expect(matches.status).toBe(422);
    expect(matches.body.error.code).toBe('profile_missing');

    const bad = await api.request('POST', '/api/plans', {
      token,
      body: { ...planBody, lines: [{ ...planBody.lines[0], amountCents: -5, category: 'yacht' }] },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((f: { path: string }) => f.path)).toEqual(
      expect.arrayContaining(['lines.0.amountCents', 'lines.0.category']),
    );
  });

  it('keeps an estimate without an invoice date, tells its report the dates to keep, and refuses an undated invoice', async () => {
    const assocToken = await api.tokenFor(association);
    const call = await api.request('POST', '/api/calls', {
      token: assocToken,
      body: {
        title: 'PID Lombardia, estimates',
        closesAt: '2025-06-30T12:00:00+02:00',
        timeZone: 'Europe/Rome',
        budgetCents: 200_000_000,
        rules: pidLombardiaRules,
      },
    });
    await api.request('POST', `/api/calls/${call.body.id}/publish`, { token: assocToken });
    const lines = planBody.lines.map((l) => (l.id === 'crm-consulting' ? { ...l, date: undefined } : l));
    const plan = await api.request('POST', '/api/plans', { token, body: { ...planBody, lines } });
    expect(plan.status).toBe(201);
    const stored = await api.request('GET', `/api/plans/${plan.body.plan.id}`, { token });
    const crm = stored.body.plan.lines.find((l: { id: string }) => l.id === 'crm-consulting');
    expect(crm).not.toHaveProperty('date');

    const report = await api.request('GET', `/api/plans/${plan.body.plan.id}/eligibility/${call.body.id}`, {
      token,
    });
    // The worked example's grant: the estimate counts, on the call's dates.
    expect(report.body.totals).toMatchObject({ eligibleCents: 6_100_00, grantCents: 3_050_00 });
    const line = report.body.lines.find((l: { lineId: string }) => l.lineId === 'crm-consulting');
    expect(line.verdict).toBe('eligible');
    expect(line.reasons).toEqual([
      expect.objectContaining({
        code: 'INVOICE_DATE_TO_KEEP',
        ruleId: 'spendWindow',
        params: { fromDate: '2025-01-01', toDate: '2025-12-31' },
      }),
    ]);

    const invoiced = lines.map((l) => (l.id === 'crm-consulting' ? { ...l, status: 'invoice' } : l));
    const bad = await api.request('POST', '/api/plans', { token, body: { ...planBody, lines: invoiced } });
    expect(bad.status).toBe(400);
    const index = invoiced.findIndex((l) => l.id === 'crm-consulting');
    expect(bad.body.error.fields).toContainEqual(expect.objectContaining({ path: `lines.${index}.date` }));
  });
});
