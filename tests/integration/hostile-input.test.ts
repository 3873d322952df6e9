/** Malformed, mistyped, unknown and oversized input on every route: always 4xx in the error shape, never 5xx. */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routeDocs } from '../../functions/api/route-docs';
import { errorBodySchema } from '../../shared/api/error-body';
import { ROLES } from '../../shared/auth/roles';
import { milanRestaurantPlan } from '../../shared/fixtures/schemes';
import { seedWorld, tokensFor } from '../support/authorization-matrix';
import { planStoreThatCorrupts } from '../support/broken-stores';
import { sendRequestsThatReachTheCode, UNKNOWN_ID } from '../support/requests-that-reach-the-code';
import { invalidState } from '../support/stored-state';
import { createTestApi, type TestApi } from './support/test-api';

describe('hostile input', () => {
  let api: TestApi;
  const tokens: Record<string, string> = {};
  let worldTokens: Map<string, string>;
  beforeAll(async () => {
    // The matrix world's call closes on 30 June 2025.
    api = await createTestApi({ now: () => new Date('2025-03-01T09:00:00Z') });
    for (const role of ROLES) tokens[role] = await api.tokenFor({ role, orgId: `${role}-hostile` });
    worldTokens = await tokensFor(api);
  });
  afterAll(() => api.dispose());

  const ID = UNKNOWN_ID;
  const bodyRoutes = routeDocs.filter((d) => d.method !== 'get');

  async function send(
    method: string,
    path: string,
    role: string | undefined,
    body: string | undefined,
    contentType = 'application/json',
  ) {
    const headers: Record<string, string> = { 'idempotency-key': 'hostile-key-001' };
    if (role) headers.authorization = `Bearer ${tokens[role]}`;
    if (body !== undefined) headers['content-type'] = contentType;
    const response = await api.app.request(path, { method, headers, body });
    const text = await response.text();
    return { status: response.status, text };
  }

  function expectClientError(result: { status: number; text: string }, what: string) {
    expect(result.status, what).toBeGreaterThanOrEqual(400);
    expect(result.status, what).toBeLessThan(500);
    expect(errorBodySchema.safeParse(JSON.parse(result.text)).success, what).toBe(true);
  }

  it('answers generated JSON bodies on every writing route with 4xx and the error shape', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...bodyRoutes), fc.jsonValue({ maxDepth: 4 }), async (doc, value) => {
        const path = `/api${doc.path}`.replace(/:[a-zA-Z]+/g, ID);
        const role = doc.access === 'public' ? undefined : doc.access[0];
        expectClientError(
          await send(doc.method.toUpperCase(), path, role, JSON.stringify(value)),
          `${doc.method} ${path}`,
        );
      }),
      { numRuns: 300 },
    );
  });

  it('answers broken JSON, wrong content types, deep nesting, huge numbers and oversized bodies with 4xx', async () => {
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    const bodies: [string, string?][] = [
      ['{"title": '],
      ['not json at all'],
      ['{"title":"x"}', 'text/plain'],
      [deep],
      [
        JSON.stringify({
          title: 'Big',
          budgetCents: 1e308,
          closesAt: '2099-01-01T00:00:00Z',
          timeZone: 'UTC',
        }),
      ],
      [
        JSON.stringify({
          title: "\u0000\ud800 <script>alert(1)</script> '; DROP TABLE calls; --",
          budgetCents: -1,
        }),
      ],
      [JSON.stringify({ description: 'x'.repeat(70_000) })],
      [JSON.stringify({ __proto__: { admin: true }, constructor: { prototype: {} } })],
    ];
    for (const doc of bodyRoutes) {
      const path = `/api${doc.path}`.replace(/:[a-zA-Z]+/g, ID);
      const role = doc.access === 'public' ? undefined : doc.access[0];
      for (const [body, type] of bodies) {
        expectClientError(
          await send(doc.method.toUpperCase(), path, role, body, type),
          `${doc.method} ${path} ${body.slice(0, 20)}`,
        );
      }
    }
  });

  it('answers 10,000 generated requests with broken tokens, paths and bodies across all routes with 4xx only', async () => {
    const [header, payload] = tokens.sme?.split('.') ?? [];
    const badToken = fc.oneof(
      fc.constant(undefined),
      fc.string({ maxLength: 300 }),
      fc.constant(`${Buffer.from('{"alg":"none"}').toString('base64url')}.${payload}.`),
      fc.constant(`${header}.${payload}.${'A'.repeat(342)}`),
      fc.constant('x'.repeat(20_000)),
      fc.constant(
        `${header}.${Buffer.from('{"sub":"x","cognito:groups":["association"]}').toString('base64url')}.sig`,
      ),
    );
    const segment = fc.oneof(
      fc.constant(ID),
      fc.string({ maxLength: 40 }),
      fc.string({ unit: 'binary', maxLength: 20 }),
    );
    const body = fc.oneof(
      fc.jsonValue({ maxDepth: 6 }).map((v) => JSON.stringify(v)),
      fc.string({ maxLength: 200 }),
      fc.constant(undefined),
    );
    let requests = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...routeDocs),
        segment,
        badToken,
        body,
        async (doc, value, token, raw) => {
          const path = `/api${doc.path}`.replace(/:[a-zA-Z]+/g, encodeURIComponent(value));
          const headers: Record<string, string> = {
            'content-type': 'application/json',
            'idempotency-key': 'hostile-key-001',
          };
          if (token !== undefined) headers.authorization = `Bearer ${token}`;
          const method = doc.method.toUpperCase();
          const response = await api.app.request(path, {
            method,
            headers,
            body: method === 'GET' ? undefined : raw,
          });
          requests += 1;
          const text = await response.text();
          // Public reads of real ids may succeed; everything else must be a client error in the shape.
          if (response.status < 400) return;
          expectClientError({ status: response.status, text }, `${method} ${path}`);
        },
      ),
      { numRuns: 10_000 },
    );
    expect(requests).toBeGreaterThanOrEqual(10_000);
  }, 180_000);

  it('answers 1,000 generated requests that reach the code — valid tokens of every role, real ids, bodies and queries from the route schemas or valid requests bent — with no 5xx, one error shape, and only states a valid request could produce', async () => {
    const world = await seedWorld(api, worldTokens);
    // Each of these reaches DynamoDB Local; with the 10,000 above the suite sends 11,000 requests. The
    // unit project sends 10,000 more of them to the in-memory adapters (api-attacked-in-memory.test.ts).
    const { requests, problems } = await sendRequestsThatReachTheCode(api, worldTokens, world, 1_000);
    expect(problems).toEqual([]);
    expect(requests).toBeGreaterThanOrEqual(1_000);
  }, 300_000);

  it('notices a stored state no valid request could produce (a store that corrupts what it writes)', async () => {
    const corrupting = await createTestApi({ wrapDeps: planStoreThatCorrupts() });
    try {
      const token = (await tokensFor(corrupting)).get('own-sme');
      const { id: _p, companyId: _c, ...plan } = milanRestaurantPlan;
      expect((await corrupting.request('POST', '/api/plans', { token, body: plan })).status).toBe(201);
      expect(await invalidState(corrupting)).toEqual(
        expect.arrayContaining([expect.stringMatching(/^plan of sme-own: lines\.0\.amountCents/)]),
      );
    } finally {
      await corrupting.dispose();
    }
  });

  it('answers hostile path and query values on reading routes with 4xx', async () => {
    for (const doc of routeDocs.filter((d) => d.method === 'get' && d.path.includes(':'))) {
      const role = doc.access === 'public' ? undefined : doc.access[0];
      for (const value of ['..%2F..', '%00', 'a'.repeat(500), '1%20OR%201=1', '%F0%9F%92%A9']) {
        const path = `/api${doc.path}`.replace(/:[a-zA-Z]+/g, value);
        expectClientError(await send('GET', path, role, undefined), `GET ${path}`);
      }
    }
    for (const query of [
      'limit=-1',
      'limit=1e9',
      'limit=abc',
      'cursor=%00%00',
      'closesBefore=yesterday',
      'extra=1',
    ]) {
      expectClientError(await send('GET', `/api/calls?${query}`, undefined, undefined), query);
    }
  });
});
