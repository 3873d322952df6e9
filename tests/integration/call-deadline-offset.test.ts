/**
 * Issue #12, finding 9: a call's deadline must carry the UTC offset its own time zone has at that
 * instant. `12:00+05:00` for a Europe/Rome call is 08:00 in Rome — almost certainly not what was meant —
 * so drafts, edits and errata refuse it and name the offset expected.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pidLombardiaRules } from '../../shared/fixtures/schemes';
import { createTestApi, type TestApi } from './support/test-api';

const association = { role: 'association', orgId: 'assoc-offsets' } as const;
const draft = (closesAt: string, timeZone = 'Europe/Rome') => ({
  title: 'Offsets',
  closesAt,
  timeZone,
  budgetCents: 100_000_00,
  rules: pidLombardiaRules,
});

describe("a call's deadline and its time zone", () => {
  let api: TestApi;
  let token: string;

  beforeAll(async () => {
    api = await createTestApi();
    token = await api.tokenFor(association);
  });
  afterAll(() => api.dispose());

  const closesAtError = (body: { error: { fields?: { path: string; message: string }[] } }) =>
    body.error.fields?.find((f) => f.path === 'closesAt')?.message;

  it('refuses a draft whose offset is not its zone’s offset at that time, naming the expected one', async () => {
    const winter = await api.request('POST', '/api/calls', {
      token,
      body: draft('2099-01-15T12:00:00+05:00'),
    });
    expect(winter.status).toBe(400);
    expect(closesAtError(winter.body)).toBe("must use Europe/Rome's offset at that time (+01:00)");
    // Summer time: +01:00 is Rome's winter offset, wrong in July.
    const summer = await api.request('POST', '/api/calls', {
      token,
      body: draft('2099-07-15T12:00:00+01:00'),
    });
    expect(summer.status).toBe(400);
    expect(closesAtError(summer.body)).toContain('(+02:00)');
    const utc = await api.request('POST', '/api/calls', { token, body: draft('2099-07-15T12:00:00Z') });
    expect(utc.status).toBe(400);

    const accepted: [string, string][] = [
      ['2099-01-15T12:00:00+01:00', 'Europe/Rome'],
      ['2099-07-15T12:00:00+02:00', 'Europe/Rome'],
      ['2099-11-25T09:00:00-05:00', 'America/New_York'],
      ['2099-07-15T12:00:00Z', 'UTC'],
    ];
    for (const [closesAt, zone] of accepted) {
      const ok = await api.request('POST', '/api/calls', { token, body: draft(closesAt, zone) });
      expect(ok.status, `${closesAt} ${zone}`).toBe(201);
    }
  });

  it('refuses an edit that moves the deadline to a wrong offset, or a zone that does not match it', async () => {
    const created = await api.request('POST', '/api/calls', {
      token,
      body: draft('2099-01-15T12:00:00+01:00'),
    });
    const wrongOffset = await api.request('PUT', `/api/calls/${created.body.id}`, {
      token,
      body: { ...draft('2099-01-15T12:00:00+05:00'), revision: 1 },
    });
    expect(wrongOffset.status).toBe(400);
    expect(closesAtError(wrongOffset.body)).toContain('(+01:00)');
    const wrongZone = await api.request('PUT', `/api/calls/${created.body.id}`, {
      token,
      body: { ...draft('2099-01-15T12:00:00+01:00', 'America/New_York'), revision: 1 },
    });
    expect(wrongZone.status).toBe(400);
    expect(closesAtError(wrongZone.body)).toBe("must use America/New_York's offset at that time (-05:00)");
  });

  it('refuses an erratum whose new deadline does not carry the call zone’s offset (422 on closesAt)', async () => {
    const created = await api.request('POST', '/api/calls', {
      token,
      body: draft('2099-01-15T12:00:00+01:00'),
    });
    const published = await api.request('POST', `/api/calls/${created.body.id}/publish`, { token });
    const erratum = await api.request('POST', `/api/calls/${created.body.id}/errata`, {
      token,
      body: {
        revision: published.body.revision,
        rules: pidLombardiaRules,
        closesAt: '2099-02-15T12:00:00+05:00',
      },
    });
    expect(erratum.status).toBe(422);
    expect(erratum.body.error.fields).toEqual([
      { path: 'closesAt', message: "must use Europe/Rome's offset at that time (+01:00)" },
    ]);
    const fine = await api.request('POST', `/api/calls/${created.body.id}/errata`, {
      token,
      body: {
        revision: published.body.revision,
        rules: pidLombardiaRules,
        closesAt: '2099-02-15T12:00:00+01:00',
      },
    });
    expect(fine.status).toBe(200);
  });
});
