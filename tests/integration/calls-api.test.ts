import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../../functions/api/base-app';
import { firstComeHardwareRules } from './support/seed';
import { createTestApi, type TestApi } from './support/test-api';

const association = { role: 'association', orgId: 'assoc-a' } as const;
const otherAssociation = { role: 'association', orgId: 'assoc-b' } as const;
const sme = { role: 'sme', orgId: 'sme-a' } as const;

const draft = (overrides: Record<string, unknown> = {}) => ({
  title: 'Digital voucher 2027',
  description: 'Grants for digital projects.',
  closesAt: '2099-03-31T12:00:00+02:00',
  timeZone: 'Europe/Rome',
  budgetCents: 50_000_000,
  // Only a call with rules is published (#13).
  rules: firstComeHardwareRules('calls-api'),
  ...overrides,
});

describe('calls API on DynamoDB Local', () => {
  let api: TestApi;
  let associationToken: string;

  beforeAll(async () => {
    api = await createTestApi();
    associationToken = await api.tokenFor(association);
  });
  afterAll(() => api.dispose());

  async function publishedCall(overrides: Record<string, unknown> = {}) {
    const created = await api.request('POST', '/api/calls', {
      token: associationToken,
      body: draft(overrides),
    });
    expect(created.status).toBe(201);
    const published = await api.request('POST', `/api/calls/${created.body.id}/publish`, {
      token: associationToken,
    });
    expect(published.status).toBe(200);
    return published.body;
  }

  it('refuses to publish a call without rules, naming the field', async () => {
    const { rules: _rules, ...withoutRules } = draft();
    const created = await api.request('POST', '/api/calls', { token: associationToken, body: withoutRules });
    expect(created.status).toBe(201);
    const refused = await api.request('POST', `/api/calls/${created.body.id}/publish`, {
      token: associationToken,
    });
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('rules_invalid');
    expect(refused.body.error.fields).toEqual([{ path: 'rules', message: expect.stringMatching(/missing/) }]);
    expect((await api.request('GET', `/api/calls/${created.body.id}`)).status).toBe(404);
  });

  it('refuses to publish rules whose texts are not all in Italian, Dutch and English, naming each', async () => {
    const rules = firstComeHardwareRules('untranslated');
    const englishOnly = {
      ...rules,
      categories: rules.categories.map((c) => ({ ...c, label: { en: c.label.en, it: c.label.it } })),
    };
    const created = await api.request('POST', '/api/calls', {
      token: associationToken,
      body: draft({ rules: englishOnly }),
    });
    expect(created.status).toBe(201);
    const refused = await api.request('POST', `/api/calls/${created.body.id}/publish`, {
      token: associationToken,
    });
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('rules_untranslated');
    expect(refused.body.error.fields).toEqual([
      { path: 'rules.categories.0.label.nl', message: expect.stringMatching(/missing/) },
    ]);
    expect((await api.request('GET', `/api/calls/${created.body.id}`)).status).toBe(404);
  });

  it('lets an association create a draft that nobody else sees, then publish it for everyone', async () => {
    const created = await api.request('POST', '/api/calls', { token: associationToken, body: draft() });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      status: 'draft',
      ownerOrgId: 'assoc-a',
      revision: 1,
      budgetCents: 50_000_000,
    });
    expect(created.headers.get('location')).toBe(`/api/calls/${created.body.id}`);

    expect((await api.request('GET', `/api/calls/${created.body.id}`)).status).toBe(404);
    const hidden = await api.request('GET', `/api/calls/${created.body.id}/availability`);
    expect(hidden.status).toBe(404);
    // Never kept at the edge: the same address must answer the figures once the call is published.
    expect(hidden.headers.get('cache-control')).toBe('no-store');
    const listed = await api.request('GET', '/api/calls');
    expect(listed.body.items.map((c: { id: string }) => c.id)).not.toContain(created.body.id);

    const published = await api.request('POST', `/api/calls/${created.body.id}/publish`, {
      token: associationToken,
    });
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ status: 'published', revision: 2 });
    const detail = await api.request('GET', `/api/calls/${created.body.id}`);
    expect(detail.status).toBe(200);
    expect(detail.body.title).toBe('Digital voucher 2027');
    const availability = await api.request('GET', `/api/calls/${created.body.id}/availability`);
    expect(availability.body).toMatchObject({
      budgetCents: 50_000_000,
      open: true,
      remainingCents: 50_000_000,
      receipts: 0,
    });
    expect((await api.request('GET', '/api/calls/not-an-id/availability')).status).toBe(400);
  });

  it('lists open calls soonest deadline first, across time zones, and pages with a cursor', async () => {
    const later = await publishedCall({ title: 'Later', closesAt: '2098-06-01T09:00:00+02:00' });
    // 23:30 in New York is 04:30 UTC the next day: it closes after the Rome one below.
    const nyc = await publishedCall({
      title: 'NYC',
      closesAt: '2098-05-31T23:30:00-04:00',
      timeZone: 'America/New_York',
    });
    const rome = await publishedCall({ title: 'Rome', closesAt: '2098-06-01T00:30:00+02:00' });

    const all = await api.request('GET', '/api/calls?limit=100');
    const ids = all.body.items.map((c: { id: string }) => c.id);
    expect(ids.indexOf(rome.id)).toBeLessThan(ids.indexOf(nyc.id));
    expect(ids.indexOf(nyc.id)).toBeLessThan(ids.indexOf(later.id));

    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await api.request('GET', `/api/calls?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.status).toBe(200);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.items.map((c: { id: string }) => c.id));
      cursor = page.body.cursor;
    } while (cursor);
    expect(seen).toEqual(ids);
  });

  it('hides calls whose deadline has passed', async () => {
    let now = new Date('2030-01-01T00:00:00Z');
    const clocked = await createTestApi({ now: () => now });
    try {
      const token = await clocked.tokenFor(association);
      const created = await clocked.request('POST', '/api/calls', {
        token,
        body: draft({ closesAt: '2030-01-10T12:00:00+01:00' }),
      });
      await clocked.request('POST', `/api/calls/${created.body.id}/publish`, { token });
      expect((await clocked.request('GET', '/api/calls')).body.items).toHaveLength(1);
      now = new Date('2030-01-10T11:00:01Z'); // one second after noon in Rome
      expect((await clocked.request('GET', '/api/calls')).body.items).toHaveLength(0);
    } finally {
      await clocked.dispose();
    }
  });

  it('refuses to publish without a token (401) or as an SME (403), with a JSON error', async () => {
    const created = await api.request('POST', '/api/calls', { token: associationToken, body: draft() });
    const anonymous = await api.request('POST', `/api/calls/${created.body.id}/publish`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error.code).toBe('unauthenticated');

    const asSme = await api.request('POST', `/api/calls/${created.body.id}/publish`, {
      token: await api.tokenFor(sme),
    });
    expect(asSme.status).toBe(403);
    expect(asSme.body.error).toMatchObject({
      code: 'forbidden',
      message: expect.stringContaining('association'),
    });

    const createAsSme = await api.request('POST', '/api/calls', {
      token: await api.tokenFor(sme),
      body: draft(),
    });
    expect(createAsSme.status).toBe(403);
  });

  it('refuses expired, foreign-signed, unsigned and garbage tokens with 401', async () => {
    const expired = await api.tokenFor(association, -10);
    const stranger = await (await createTestApi()).tokenFor(association);
    const [header, payload] = associationToken.split('.');
    const unsigned = `${Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url')}.${payload}.`;
    const hs256 = `${Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url')}.${payload}.c2ln`;
    for (const token of [expired, stranger, unsigned, hs256, `${header}.${payload}.AAAA`, 'not-a-jwt']) {
      const response = await api.request('POST', '/api/calls', { token, body: draft() });
      expect(response.status, token).toBe(401);
      expect(response.body.error.code).toBe('unauthenticated');
    }
  });

  it('keeps drafts and publishing private to the owning association', async () => {
    const created = await api.request('POST', '/api/calls', { token: associationToken, body: draft() });
    const other = await api.tokenFor(otherAssociation);
    const publish = await api.request('POST', `/api/calls/${created.body.id}/publish`, { token: other });
    expect(publish.status).toBe(404);
    const theirs = await api.request('GET', '/api/calls/mine', { token: other });
    expect(theirs.body.items.map((c: { id: string }) => c.id)).not.toContain(created.body.id);
    const mine = await api.request('GET', '/api/calls/mine', { token: associationToken });
    expect(mine.body.items.map((c: { id: string }) => c.id)).toContain(created.body.id);
  });

  it('answers 409 when a call is published twice, and exactly one of two concurrent publishes wins', async () => {
    const created = await api.request('POST', '/api/calls', { token: associationToken, body: draft() });
    const path = `/api/calls/${created.body.id}/publish`;
    const results = await Promise.all(
      [1, 2, 3].map(() => api.request('POST', path, { token: associationToken })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409]);
    expect((await api.request('POST', path, { token: associationToken })).status).toBe(409);
  });

  it('refuses to publish a call whose deadline has passed (422 on closesAt)', async () => {
    const created = await api.request('POST', '/api/calls', {
      token: associationToken,
      body: draft({ closesAt: '2001-01-01T12:00:00+01:00' }),
    });
    const response = await api.request('POST', `/api/calls/${created.body.id}/publish`, {
      token: associationToken,
    });
    expect(response.status).toBe(422);
    expect(response.body.error.fields).toEqual([{ path: 'closesAt', message: 'is in the past' }]);
  });

  it.each([
    ['a missing title', draft({ title: undefined }), 'title'],
    ['negative money', draft({ budgetCents: -5 }), 'budgetCents'],
    ['fractional cents', draft({ budgetCents: 10.5 }), 'budgetCents'],
    ['money as a string', draft({ budgetCents: '100' }), 'budgetCents'],
    ['a date without offset', draft({ closesAt: '2099-03-31T12:00:00' }), 'closesAt'],
    ['an unknown time zone', draft({ timeZone: 'Europe/Atlantis' }), 'timeZone'],
    ['an unknown field', draft({ isAdmin: true }), 'isAdmin'],
  ])('answers 400 with the field path for %s', async (_name, body, path) => {
    const response = await api.request('POST', '/api/calls', { token: associationToken, body });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('invalid_input');
    expect(response.body.error.fields.map((f: { path: string }) => f.path)).toContain(path);
  });

  it('answers 4xx in the error shape for malformed JSON, oversized bodies, bad ids and bad cursors', async () => {
    const malformed = await api.request('POST', '/api/calls', {
      token: associationToken,
      body: '{"title": ',
    });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.code).toBeTypeOf('string');

    const huge = await api.request('POST', '/api/calls', {
      token: associationToken,
      body: draft({ description: 'x'.repeat(MAX_BODY_BYTES + 1) }),
    });
    expect(huge.status).toBe(413);
    expect(huge.body.error.code).toBe('payload_too_large');

    const badId = await api.request('GET', '/api/calls/..%2F..%2Fetc');
    expect(badId.status).toBe(400);
    expect(badId.body.error.fields[0].path).toBe('id');

    const forged = Buffer.from(
      JSON.stringify({ pk: 'CALL#x', sk: 'CALL', gsi1pk: 'ORG#x', gsi1sk: 'x' }),
    ).toString('base64url');
    for (const cursor of ['%%%', 'bm90LWpzb24', forged]) {
      const response = await api.request('GET', `/api/calls?cursor=${cursor}`);
      expect(response.status, cursor).toBe(400);
      expect(response.body.error.fields[0].path).toBe('cursor');
    }
    expect((await api.request('GET', '/api/calls?limit=1000')).status).toBe(400);
    expect((await api.request('GET', '/api/nowhere')).body.error.code).toBe('not_found');
  });
});
