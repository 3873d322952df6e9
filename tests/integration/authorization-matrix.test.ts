/**
 * Every route × every role × own and another organisation's object, with valid bodies: the matrix in
 * support/authorization-matrix.ts lists each cell's expected answer. It must cover every served route,
 * and it must catch a missing check: run against an app whose stores hand any object to whoever asks,
 * it reports the cells that then answer 200 instead of 404.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiPath } from '../../functions/api/openapi/build-openapi';
import { routeDocs } from '../../functions/api/route-docs';
import { MATRIX, OWN, runMatrix } from '../support/authorization-matrix';
import {
  CELLS_A_MISSING_OWNER_CHECK_OPENS,
  storesThatHandObjectsToWhoeverAsks,
} from '../support/broken-stores';
import { createTestApi, type TestApi } from './support/test-api';

const NOW = () => new Date('2025-03-01T09:00:00Z');
const key = (method: string, path: string) => `${method.toUpperCase()} ${openApiPath(path)}`;

describe('authorization matrix', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi({ now: NOW });
  });
  afterAll(() => api.dispose());

  it('has a row for every route the API serves, with the access its documentation states', () => {
    const served = api.app.routes
      .filter((r) => r.method !== 'ALL')
      .map((r) => key(r.method, r.path.replace(/^\/api/, '')));
    const rows = MATRIX.map((row) => {
      const [method = '', path = ''] = row.route.split(' ');
      return key(method, path);
    });
    expect([...new Set(rows)].sort()).toEqual([...new Set(served)].sort());
    expect(rows).toHaveLength(new Set(rows).size);
    for (const doc of routeDocs) {
      const row = MATRIX.find((r) => r.route === `${doc.method.toUpperCase()} ${doc.path}`);
      expect(row?.access, `${doc.method} ${doc.path}`).toEqual(doc.access);
    }
  });

  it('answers every cell as listed: 401 anonymous, 403 wrong role, 404 another organisation (unchanged), 2xx own', async () => {
    expect(await runMatrix(api)).toEqual([]);
  }, 120_000);

  it('catches a missing ownership check (stores that hand reviews and calls to whoever asks)', async () => {
    let acting: string | undefined;
    const broken = await createTestApi({
      now: NOW,
      wrapDeps: storesThatHandObjectsToWhoeverAsks(() => acting),
    });
    try {
      const failures = await runMatrix(broken, { acting: (orgId) => (acting = orgId) });
      expect(failures).toEqual(
        expect.arrayContaining(CELLS_A_MISSING_OWNER_CHECK_OPENS.map((cell) => expect.stringMatching(cell))),
      );
    } finally {
      await broken.dispose();
    }
  }, 120_000);

  it('keeps drafts out of public reads', async () => {
    const token = await api.tokenFor({ role: 'association', orgId: OWN.association });
    const draft = await api.request('POST', '/api/calls', {
      token,
      body: {
        title: 'Secret draft',
        closesAt: '2025-06-30T12:00:00+02:00',
        timeZone: 'Europe/Rome',
        budgetCents: 100,
      },
    });
    expect((await api.request('GET', `/api/calls/${draft.body.id}`)).status).toBe(404);
    expect((await api.request('GET', `/api/calls/${draft.body.id}/versions/1`)).status).toBe(404);
  });
});
