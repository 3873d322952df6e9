/**
 * The authorization matrix: every route × every role × own and another organisation's object, each
 * cell with the answer it must get, sent with a valid body. `runMatrix` returns the cells that answered
 * otherwise (it asserts nothing itself), so a test can also run it against an app with a check removed
 * and expect it to complain.
 */

import { refreshCatalogue } from '../../functions/catalogue/refresh-catalogue';
import { shippedCatalogueCalls } from '../../functions/local/seed-catalogue';
import type { Role } from '../../shared/auth/roles';
import { ROLES } from '../../shared/auth/roles';
import { milanRestaurant, milanRestaurantPlan, pidLombardiaRules } from '../../shared/fixtures/schemes';
import type { DrivableApi } from './drivable-api';

/** A shipped catalogue record (Fonte: incentivi.gov.it, MIMIT — IODL 2.0) for the public catalogue reads. */
const CATALOGUE_RECORD = (() => {
  const call = shippedCatalogueCalls().find((c) => c.sourceId === '8368');
  if (!call) throw new Error('record 8368 is not shipped');
  return call;
})();

export const OWN = { association: 'assoc-own', sme: 'sme-own', consultant: 'consultant-own' } as const;
export const FOREIGN = {
  association: 'assoc-foreign',
  sme: 'sme-foreign',
  consultant: 'consultant-foreign',
} as const;

/** The objects the own organisations hold when the matrix starts (filled by `seedWorld`). */
export interface World {
  /** A published call with rules, applied to. */
  call: string;
  /** A draft call, edited, validated and published by the matrix. */
  draft: string;
  plan: string;
  /** An application to `call`, shared with the own consultancy. */
  application: string;
  review: string;
  /** A line of the plan (and so of the reviewed report). */
  lineId: string;
  /** Set by the matrix itself: the application it submits to `draft`, then shares. */
  second?: string;
}

export interface Context {
  api: DrivableApi;
  world: World;
  tokens: Map<string, string>;
}

/** What another organisation's user of an allowed role must get. */
type Foreign =
  /** The object is not theirs: it does not exist for them. */
  | 404
  /** A list or "mine" read: whatever it answers, nothing of the own organisations is in it. */
  | 'sees-only-its-own'
  /** The route has no object of someone else's to reach (it creates, or writes the caller's own). */
  | 'no-object';

export interface MatrixRow {
  route: string;
  /** Who may call it: 'public', or the roles (must equal the route's documentation). */
  access: 'public' | readonly Role[];
  /** The answer to the own organisation's user, per allowed role (public routes: to everyone). */
  own: number | Partial<Record<Role, number>>;
  foreign: Foreign;
  /**
   * For 'sees-only-its-own' reads of the caller's own object ("/me"): texts of the own organisation's
   * object that another organisation's answer must not hold (the world's ids do not appear in it).
   */
  ownTexts?: readonly string[];
  /** The object a foreign attempt must leave unchanged. */
  object?: (world: World) => { kind: 'call' | 'plan' | 'application' | 'review'; id: string };
  path?: (world: World) => string;
  body?: (ctx: Context) => Promise<unknown> | unknown;
  headers?: (role: Role, who: 'own' | 'foreign') => Record<string, string>;
  /** Runs before the own attempt, e.g. to review every line before signing. */
  before?: (ctx: Context) => Promise<void>;
}

const revisionOf = async (
  ctx: Context,
  kind: 'call' | 'plan' | 'review' | 'company' | 'consultancy',
  id = '',
) => {
  const { deps } = ctx.api;
  if (kind === 'consultancy') return (await deps.consultancies.get(OWN.consultant))?.revision ?? 0;
  if (kind === 'call') return (await deps.calls.get(id))?.revision ?? 0;
  if (kind === 'plan') return (await deps.plans.get(OWN.sme, id))?.revision ?? 0;
  if (kind === 'review') return (await deps.reviews.get(id))?.revision ?? 0;
  return (await deps.companies.get(OWN.sme))?.revision ?? 0;
};

const draftBody = {
  title: 'Matrix draft',
  closesAt: '2025-06-30T12:00:00+02:00',
  timeZone: 'Europe/Rome',
  budgetCents: 100_000_00,
  rules: pidLombardiaRules,
};
const { id: _company, ...profile } = milanRestaurant;
/** The own consultancy's directory listing: SMEs can only share with a listed consultancy. */
const listing = {
  name: 'Matrix Consulting',
  place: 'Milano',
  languages: ['it', 'en'],
  description: 'Reviews for the matrix.',
};
const { id: _plan, companyId: _owner, ...planBody } = milanRestaurantPlan;

const call = (world: World) => ({ kind: 'call' as const, id: world.call });
const draft = (world: World) => ({ kind: 'call' as const, id: world.draft });
const plan = (world: World) => ({ kind: 'plan' as const, id: world.plan });
const application = (world: World) => ({ kind: 'application' as const, id: world.application });
const review = (world: World) => ({ kind: 'review' as const, id: world.review });

/**
 * The matrix, in the order it runs: reads first, then writes ordered so that each finds the state it
 * needs (the draft is edited, then published, then applied to; the review is decided, then signed).
 */
export const MATRIX: readonly MatrixRow[] = [
  { route: 'GET /health', access: 'public', own: 200, foreign: 'no-object' },
  { route: 'GET /openapi.json', access: 'public', own: 200, foreign: 'no-object' },
  { route: 'GET /docs', access: 'public', own: 200, foreign: 'no-object' },
  { route: 'GET /docs.js', access: 'public', own: 200, foreign: 'no-object' },
  { route: 'GET /docs.css', access: 'public', own: 200, foreign: 'no-object' },
  { route: 'GET /calls', access: 'public', own: 200, foreign: 'no-object' },
  { route: 'GET /calls/:id', access: 'public', own: 200, foreign: 'no-object', object: call },
  { route: 'GET /calls/:id/availability', access: 'public', own: 200, foreign: 'no-object', object: call },
  {
    route: 'GET /calls/:id/versions/:version',
    access: 'public',
    own: 200,
    foreign: 'no-object',
    object: call,
  },
  { route: 'GET /catalogue', access: 'public', own: 200, foreign: 'no-object' },
  {
    route: 'GET /catalogue/:sourceId',
    access: 'public',
    own: 200,
    foreign: 'no-object',
    path: () => `/catalogue/${CATALOGUE_RECORD.sourceId}`,
  },
  { route: 'GET /calls/mine', access: ['association'], own: 200, foreign: 'sees-only-its-own' },
  { route: 'GET /calls/:id/audit', access: ['association'], own: 200, foreign: 404, object: call },
  { route: 'GET /calls/:id/applications', access: ['association'], own: 200, foreign: 404, object: call },
  { route: 'GET /calls/:id/budget', access: ['association'], own: 200, foreign: 404, object: call },
  { route: 'GET /companies/mine', access: ['sme'], own: 200, foreign: 'sees-only-its-own' },
  { route: 'GET /plans', access: ['sme'], own: 200, foreign: 'sees-only-its-own' },
  { route: 'GET /plans/:id', access: ['sme'], own: 200, foreign: 404, object: plan },
  { route: 'GET /plans/:id/matches', access: ['sme'], own: 200, foreign: 404, object: plan },
  {
    route: 'GET /catalogue/fits/:planId',
    access: ['sme'],
    own: 200,
    foreign: 404,
    object: plan,
    path: (w) => `/catalogue/fits/${w.plan}`,
  },
  {
    route: 'GET /plans/:id/application-draft/:callId',
    access: ['sme'],
    own: 200,
    foreign: 404,
    object: plan,
  },
  { route: 'GET /plans/:id/eligibility/:callId', access: ['sme'], own: 200, foreign: 404, object: plan },
  { route: 'GET /applications', access: ['sme'], own: 200, foreign: 'sees-only-its-own' },
  { route: 'GET /applications/:id', access: ['sme'], own: 200, foreign: 404, object: application },
  { route: 'GET /applications/:id/audit', access: ['sme'], own: 200, foreign: 404, object: application },
  { route: 'GET /applications/:id/standing', access: ['sme'], own: 200, foreign: 404, object: application },
  { route: 'GET /reviews', access: ['consultant'], own: 200, foreign: 'sees-only-its-own' },
  { route: 'GET /reviews/:id', access: ['consultant'], own: 200, foreign: 404, object: review },
  // The directory is every SME's to read; a consultancy's listing is its own ("me", never an id).
  { route: 'GET /consultancies', access: ['sme'], own: 200, foreign: 'sees-only-its-own' },
  {
    route: 'GET /consultancies/me',
    access: ['consultant'],
    own: 200,
    foreign: 'sees-only-its-own',
    ownTexts: [OWN.consultant, listing.name],
  },
  {
    route: 'POST /calls',
    access: ['association'],
    own: 201,
    foreign: 'no-object',
    body: () => ({ ...draftBody, title: 'Another draft' }),
  },
  {
    route: 'POST /catalogue/:sourceId/adopt',
    access: ['association'],
    own: 201,
    foreign: 'no-object',
    path: () => `/catalogue/${CATALOGUE_RECORD.sourceId}/adopt`,
    body: () => ({ budgetCents: 100_000_00, closesAt: '2030-06-28T12:00:00+02:00' }),
  },
  {
    route: 'PUT /calls/:id',
    access: ['association'],
    own: 200,
    foreign: 404,
    object: draft,
    path: (w) => `/calls/${w.draft}`,
    body: async (ctx) => ({ ...draftBody, revision: await revisionOf(ctx, 'call', ctx.world.draft) }),
  },
  {
    route: 'POST /calls/:id/validate',
    access: ['association'],
    own: 200,
    foreign: 404,
    object: draft,
    path: (w) => `/calls/${w.draft}/validate`,
  },
  {
    route: 'POST /calls/:id/publish',
    access: ['association'],
    own: 200,
    foreign: 404,
    object: draft,
    path: (w) => `/calls/${w.draft}/publish`,
  },
  {
    route: 'POST /calls/:id/errata',
    access: ['association'],
    own: 200,
    foreign: 404,
    object: call,
    body: async (ctx) => ({
      revision: await revisionOf(ctx, 'call', ctx.world.call),
      rules: pidLombardiaRules,
      description: 'Corrected text',
    }),
  },
  {
    route: 'PUT /companies/mine',
    access: ['sme'],
    own: 200,
    foreign: 'no-object',
    body: async (ctx) => ({ ...profile, revision: await revisionOf(ctx, 'company') }),
  },
  { route: 'POST /plans', access: ['sme'], own: 201, foreign: 'no-object', body: () => planBody },
  {
    route: 'PUT /consultancies/me',
    access: ['consultant'],
    own: 200,
    foreign: 'no-object',
    body: async (ctx) => ({ ...listing, revision: await revisionOf(ctx, 'consultancy') }),
  },
  {
    route: 'PUT /plans/:id',
    access: ['sme'],
    own: 200,
    foreign: 404,
    object: plan,
    body: async (ctx) => ({ ...planBody, revision: await revisionOf(ctx, 'plan', ctx.world.plan) }),
  },
  {
    route: 'POST /applications',
    access: ['sme'],
    own: 201,
    // Another company naming this plan: it is not theirs.
    foreign: 404,
    object: plan,
    body: (ctx) => ({ planId: ctx.world.plan, callId: ctx.world.draft, callVersion: 1 }),
    headers: (_role, who) => ({ 'idempotency-key': `matrix-submit-${who}` }),
  },
  {
    route: 'POST /applications/:id/share',
    access: ['sme'],
    own: 201,
    foreign: 404,
    object: (w) => ({ kind: 'application', id: w.second ?? '' }),
    path: (w) => `/applications/${w.second}/share`,
    body: () => ({ consultantOrgId: OWN.consultant }),
  },
  {
    route: 'PUT /reviews/:id/lines/:lineId',
    access: ['consultant'],
    own: 200,
    foreign: 404,
    object: review,
    body: async (ctx) => ({
      decision: 'accept',
      revision: await revisionOf(ctx, 'review', ctx.world.review),
    }),
  },
  {
    route: 'POST /reviews/:id/decision',
    access: ['consultant'],
    own: 200,
    foreign: 404,
    object: review,
    body: async (ctx) => ({
      decision: 'approve',
      note: 'Fits the call',
      revision: await revisionOf(ctx, 'review', ctx.world.review),
    }),
  },
  {
    route: 'POST /reviews/:id/sign',
    access: ['consultant'],
    own: 200,
    foreign: 404,
    object: review,
    before: acceptEveryLine,
    body: async (ctx) => ({ revision: await revisionOf(ctx, 'review', ctx.world.review) }),
  },
  {
    route: 'GET /reviews/:id/verify',
    access: ['consultant', 'sme'],
    own: { consultant: 200, sme: 200 },
    foreign: 404,
    object: review,
  },
  // After the sign-off above: the SME reads its own application's signed review (404 while unsigned).
  {
    route: 'GET /applications/:id/sharing',
    access: ['sme'],
    own: 200,
    foreign: 404,
    object: application,
  },
  {
    route: 'GET /applications/:id/review',
    access: ['sme'],
    own: 200,
    foreign: 404,
    object: application,
  },
  {
    route: 'POST /applications/:id/withdraw',
    access: ['sme'],
    own: 200,
    foreign: 404,
    object: application,
  },
  {
    route: 'POST /calls/:id/close',
    access: ['association'],
    own: 200,
    foreign: 404,
    object: call,
    body: async (ctx) => ({ revision: await revisionOf(ctx, 'call', ctx.world.call) }),
  },
];

/** Signing needs every line reviewed: the own consultancy accepts the ones not yet reviewed. */
async function acceptEveryLine(ctx: Context): Promise<void> {
  const token = ctx.tokens.get('own-consultant');
  const opened = await ctx.api.request('GET', `/api/reviews/${ctx.world.review}`, { token });
  const report = opened.body?.application?.report as { lines: { lineId: string }[] } | undefined;
  const lines = (report?.lines ?? []).map((l) => l.lineId);
  for (const lineId of lines) {
    const revision = await revisionOf(ctx, 'review', ctx.world.review);
    await ctx.api.request('PUT', `/api/reviews/${ctx.world.review}/lines/${lineId}`, {
      token,
      body: { decision: 'accept', revision },
    });
  }
}

export async function tokensFor(api: DrivableApi): Promise<Map<string, string>> {
  const tokens = new Map<string, string>();
  for (const role of ROLES) {
    tokens.set(`own-${role}`, await api.tokenFor({ role, orgId: OWN[role] }));
    tokens.set(`foreign-${role}`, await api.tokenFor({ role, orgId: FOREIGN[role] }));
  }
  return tokens;
}

/** The own organisations' objects, made through the API as their users would. */
export async function seedWorld(api: DrivableApi, tokens: Map<string, string>): Promise<World> {
  // One real catalogue record, stored as the daily import stores it.
  await refreshCatalogue(api.deps.catalogue, [CATALOGUE_RECORD], {
    now: () => '2025-03-01T09:00:00.000Z',
    withdrawMissing: false,
  });
  const association = tokens.get('own-association');
  const sme = tokens.get('own-sme');
  const listed = await api.request('PUT', '/api/consultancies/me', {
    token: tokens.get('own-consultant'),
    body: { ...listing, revision: 0 },
  });
  const created = await api.request('POST', '/api/calls', {
    token: association,
    body: { ...draftBody, title: 'Matrix call' },
  });
  const callId = created.body.id as string;
  await api.request('POST', `/api/calls/${callId}/publish`, { token: association });
  const draftId = (await api.request('POST', '/api/calls', { token: association, body: draftBody })).body
    .id as string;
  await api.request('PUT', '/api/companies/mine', { token: sme, body: { ...profile, revision: 0 } });
  const planId = (await api.request('POST', '/api/plans', { token: sme, body: planBody })).body.plan
    .id as string;
  const submitted = await api.request('POST', '/api/applications', {
    token: sme,
    body: { planId, callId, callVersion: 1 },
    headers: { 'idempotency-key': 'matrix-key-0001' },
  });
  const shared = await api.request('POST', `/api/applications/${submitted.body.id}/share`, {
    token: sme,
    body: { consultantOrgId: OWN.consultant },
  });
  const lineId = milanRestaurantPlan.lines[0]?.id ?? '';
  if (
    !callId ||
    !draftId ||
    !planId ||
    listed.status !== 200 ||
    submitted.status !== 201 ||
    shared.status !== 201
  )
    throw new Error(
      `seeding the matrix failed: ${JSON.stringify([listed.body, submitted.body, shared.body])}`,
    );
  return {
    call: callId,
    draft: draftId,
    plan: planId,
    application: submitted.body.id,
    review: shared.body.id,
    lineId,
  };
}

function fill(row: MatrixRow, world: World): string {
  const [, path = ''] = row.route.split(' ');
  const filled = row.path?.(world) ?? path;
  return `/api${filled}`
    .replace(':callId', world.call)
    .replace(':version', '1')
    .replace(':lineId', world.lineId)
    .replace(':id', row.object?.(world).id ?? '');
}

/**
 * The request the own organisation's user of an allowed role would send on `route` now: the matrix row's
 * path on the world's objects, its body (at the stored revision) and its headers. Undefined for a route
 * with no body. The hostile suite bends these, so that its requests get past validation.
 */
export async function validRequest(
  route: string,
  role: Role,
  ctx: Context,
): Promise<{ path: string; body: unknown; headers?: Record<string, string> } | undefined> {
  const row = MATRIX.find((r) => r.route === route);
  if (!row?.body) return undefined;
  return { path: fill(row, ctx.world), body: await row.body(ctx), headers: row.headers?.(role, 'own') };
}

async function stateOf(api: DrivableApi, object: { kind: string; id: string }): Promise<string> {
  const { deps } = api;
  const stored =
    object.kind === 'call'
      ? await deps.calls.get(object.id)
      : object.kind === 'plan'
        ? await deps.plans.get(OWN.sme, object.id)
        : object.kind === 'application'
          ? await deps.applications.get(OWN.sme, object.id)
          : await deps.reviews.get(object.id);
  return JSON.stringify(stored ?? null);
}

/**
 * Sends every cell of the matrix and returns the ones that answered otherwise. `acting` is told which
 * organisation is about to ask, for test doubles that need to know (see the test that breaks a check).
 */
export async function runMatrix(
  api: DrivableApi,
  options: { acting?: (orgId: string | undefined) => void } = {},
): Promise<string[]> {
  const tokens = await tokensFor(api);
  const world = await seedWorld(api, tokens);
  const ctx: Context = { api, world, tokens };
  const ownIds = () => Object.values(world).filter(Boolean) as string[];
  const failures: string[] = [];

  for (const row of MATRIX) {
    const [method = 'GET'] = row.route.split(' ');
    const allowed: readonly Role[] = row.access === 'public' ? ROLES : row.access;
    const send = async (role: Role | undefined, who: 'own' | 'foreign') => {
      const orgId = role ? (who === 'own' ? OWN : FOREIGN)[role] : undefined;
      options.acting?.(orgId);
      const body = row.body && method !== 'GET' ? await row.body(ctx) : method === 'GET' ? undefined : {};
      return api.request(method, fill(row, world), {
        token: role ? tokens.get(`${who}-${role}`) : undefined,
        body,
        headers: role ? row.headers?.(role, who) : undefined,
      });
    };
    const expectStatus = (what: string, got: { status: number; body: unknown }, want: number) => {
      if (got.status !== want)
        failures.push(`${row.route} ${what}: ${got.status}, expected ${want} ${JSON.stringify(got.body)}`);
    };

    expectStatus('anonymous', await send(undefined, 'own'), row.access === 'public' ? 200 : 401);
    for (const role of ROLES.filter((r) => !allowed.includes(r)))
      expectStatus(`as ${role}`, await send(role, 'own'), 403);
    for (const role of allowed) {
      if (row.foreign === 404) {
        const object = row.object?.(world);
        const before = object && (await stateOf(api, object));
        expectStatus(`as another ${role}`, await send(role, 'foreign'), 404);
        if (object && (await stateOf(api, object)) !== before)
          failures.push(`${row.route} as another ${role}: changed the object it was refused`);
      } else if (row.foreign === 'sees-only-its-own') {
        const theirs = await send(role, 'foreign');
        const leaked = [...ownIds(), ...(row.ownTexts ?? [])].filter((id) =>
          JSON.stringify(theirs.body ?? '').includes(id),
        );
        if (theirs.status >= 500 || leaked.length > 0)
          failures.push(`${row.route} as another ${role}: ${theirs.status}, sees ${leaked.join(', ')}`);
      }
      options.acting?.(OWN[role]);
      await row.before?.(ctx);
      const own = typeof row.own === 'number' ? row.own : (row.own[role] ?? -1);
      const mine = await send(role, 'own');
      expectStatus(`as own ${role}`, mine, own);
      if (row.route === 'POST /applications' && mine.status === 201) world.second = mine.body.id;
    }
  }
  return failures;
}
