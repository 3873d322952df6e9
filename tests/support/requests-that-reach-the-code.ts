/**
 * Hostile input that reaches the code: valid tokens of every role (now and then another role's, a forged
 * or no token), the seeded world's real ids among hostile path values, and bodies and query strings
 * generated from each route's own schemas — or, half the time on a writing route, the request a valid
 * user would send (the authorization matrix's) bent at one place: a value of the same type, a hostile
 * value, a field dropped, or nothing changed, so that most of those get past validation into the use
 * cases. Every answer must be below 500 and, when refused, in the one
 * error shape; after every write that was not refused, the stores must hold a state a valid request
 * could produce (./stored-state.ts). Run on DynamoDB Local (tests/integration/hostile-input.test.ts) and
 * on the in-memory adapters (tests/unit/api-attacked-in-memory.test.ts).
 */
import fc from 'fast-check';
import { routeDocs } from '../../functions/api/route-docs';
import { errorBodySchema } from '../../shared/api/error-body';
import { ROLES } from '../../shared/auth/roles';
import { arbitraryFor, hostileString, hostileValue } from './arbitrary-from-schema';
import { validRequest, type World } from './authorization-matrix';
import type { DrivableApi } from './drivable-api';
import { invalidState } from './stored-state';

/** An id no stored object has. */
export const UNKNOWN_ID = '01HOSTILE00000000000000001';

/** A path segment as a client would send it; a lone surrogate cannot be encoded, so it goes raw-escaped. */
export function encodeSegment(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return '%ED%A0%80';
  }
}

/** A generated query object as a query string (nested values as JSON, as a client might send them). */
function queryString(query: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query))
    params.set(name, typeof value === 'string' ? value : JSON.stringify(value));
  return params.toString();
}

/** How a valid body is bent: at which node (`at`, modulo their number) and with what. */
const bendArb = fc.record({
  kind: fc.constantFrom('keep', 'keep', 'same-type', 'same-type', 'same-type', 'drop', 'hostile'),
  at: fc.nat(),
  int: fc.oneof(fc.integer({ min: -5, max: 5 }), fc.integer({ min: 0, max: 2_000_000_000 })),
  text: fc.oneof(fc.string({ maxLength: 30 }), hostileString),
  hostile: hostileValue,
});
type Bend = typeof bendArb extends fc.Arbitrary<infer T> ? T : never;

/** Every node below the root of a JSON value, as its parent and key. */
function nodesOf(value: unknown): { parent: Record<string, unknown> | unknown[]; key: string | number }[] {
  if (typeof value !== 'object' || value === null) return [];
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : Object.entries(value);
  return entries.flatMap(([key, child]) => [
    { parent: value as Record<string, unknown>, key },
    ...nodesOf(child),
  ]);
}

const DAY_MS = 86_400_000;
/** A value of the same type: another integer, the other truth value, a day moved, other words. */
function sameType(value: unknown, bend: Bend): unknown {
  if (typeof value === 'number') return bend.int;
  if (typeof value === 'boolean') return !value;
  if (typeof value !== 'string') return value;
  const time = /^\d{4}-\d{2}-\d{2}/.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(time)) return bend.text;
  // Up to about ten years either way, so the date stays one a calendar has.
  const moved = new Date(time + (bend.int % 3_650) * DAY_MS).toISOString();
  return value.length === 10 ? moved.slice(0, 10) : moved;
}

function bent(body: unknown, bend: Bend): unknown {
  if (bend.kind === 'keep') return body;
  const copy = structuredClone(body);
  const nodes = nodesOf(copy);
  const node = nodes[bend.at % Math.max(nodes.length, 1)];
  if (!node) return copy;
  const parent = node.parent as Record<string | number, unknown>;
  if (bend.kind === 'drop') {
    if (Array.isArray(node.parent)) node.parent.splice(Number(node.key), 1);
    else delete parent[node.key];
  } else {
    parent[node.key] = bend.kind === 'hostile' ? bend.hostile : sameType(parent[node.key], bend);
  }
  return copy;
}

/** What is wrong with a refusal: not a 4xx, or not in the API's error shape. Undefined when right. */
export function badRefusal(status: number, body: unknown): string | undefined {
  if (status < 400 || status >= 500) return `${status}`;
  return errorBodySchema.safeParse(body).success ? undefined : `${status} not in the error shape`;
}

/**
 * Sends `numRuns` generated requests (`tokens`: own-<role> → a valid token of the world's own
 * organisations) and returns how many were sent and every problem seen, with its request.
 */
export async function sendRequestsThatReachTheCode(
  api: DrivableApi,
  tokens: Map<string, string>,
  world: World,
  numRuns: number,
): Promise<{ requests: number; problems: string[] }> {
  const [header, payload] = tokens.get('own-sme')?.split('.') ?? [];
  const badToken = fc.constantFrom(
    'not-a-token',
    `${Buffer.from('{"alg":"none"}').toString('base64url')}.${payload}.`,
    `${header}.${payload}.${'A'.repeat(342)}`,
    `${header}.${Buffer.from('{"sub":"x","cognito:groups":["association"]}').toString('base64url')}.sig`,
  );
  const realIds = [world.call, world.draft, world.plan, world.application, world.review, world.lineId];
  const segment = fc.oneof(
    { arbitrary: fc.constantFrom(...realIds), weight: 4 },
    { arbitrary: fc.constant(UNKNOWN_ID), weight: 1 },
    { arbitrary: hostileString.map(encodeSegment), weight: 1 },
    { arbitrary: fc.string({ maxLength: 30 }).map(encodeSegment), weight: 1 },
  );
  // One arbitrary per route, built once: building them from the schemas costs a hundred times more
  // than drawing from them.
  const perRoute = routeDocs.map((doc) =>
    fc.record({
      doc: fc.constant(doc),
      who: fc.oneof(
        { arbitrary: fc.constant('allowed' as const), weight: 8 },
        {
          arbitrary: fc.constantFrom('other-role' as const, 'bad-token' as const, 'anonymous' as const),
          weight: 2,
        },
      ),
      badToken,
      segments: fc.array(segment, { minLength: 3, maxLength: 3 }),
      query: doc.query ? arbitraryFor(doc.query) : fc.constant(undefined),
      body: doc.body && doc.method !== 'get' ? arbitraryFor(doc.body) : fc.constant(undefined),
      key: fc.oneof(fc.constant('hostile-key-0001'), fc.string({ maxLength: 80 })),
      pick: fc.nat(),
      seeded: fc.boolean(),
      bend: bendArb,
    }),
  );
  const request = fc.oneof(...perRoute);
  let requests = 0;
  const problems: string[] = [];
  await fc.assert(
    fc.asyncProperty(request, async (generated) => {
      const { doc, who, badToken: bad, segments, query, key, pick } = generated;
      const allowed = doc.access === 'public' ? [...ROLES] : doc.access;
      const role =
        who === 'allowed'
          ? allowed[pick % allowed.length]
          : who === 'other-role'
            ? ROLES.find((r) => !allowed.includes(r))
            : undefined;
      const method = doc.method.toUpperCase();
      const valid =
        generated.seeded && who === 'allowed' && role
          ? await validRequest(`${method} ${doc.path}`, role, { api, world, tokens })
          : undefined;
      let n = 0;
      const path =
        valid?.path ?? `/api${doc.path}`.replace(/:[a-zA-Z]+/g, () => segments[n++ % 3] ?? UNKNOWN_ID);
      const search =
        !valid && query && typeof query === 'object'
          ? `?${queryString(query as Record<string, unknown>)}`
          : '';
      // The route's own key (a replay) half the time a valid request has one, else the generated one.
      const headers = { 'idempotency-key': key, ...(pick % 2 ? valid?.headers : {}) };
      const token = role ? tokens.get(`own-${role}`) : who === 'bad-token' ? bad : undefined;
      const what = `${method} ${path}${search}`;
      const body = valid ? bent(valid.body, generated.bend) : generated.body;
      // A string body goes as it is: JSON.stringify of the generated value, whatever it is.
      const sent = body === undefined ? undefined : JSON.stringify(body);
      const answer = await api.request(method, `${path}${search}`, { token, body: sent, headers });
      requests += 1;
      if (answer.status >= 400) {
        const wrong = badRefusal(answer.status, answer.body);
        if (wrong) problems.push(`${what} → ${wrong} ${JSON.stringify(answer.body)}`);
      } else if (method !== 'GET') {
        problems.push(...(await invalidState(api)).map((p) => `${what}: ${p}`));
      }
    }),
    { numRuns },
  );
  return { requests, problems };
}
