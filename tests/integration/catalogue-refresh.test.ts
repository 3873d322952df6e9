/**
 * Issue #16: importing the shipped incentivi.gov.it records is idempotent. The first import stores every
 * record; the second changes nothing; an edited record becomes one new version with the diff in its
 * audit trail; a record missing from a full export is withdrawn, never deleted, and comes back if it
 * reappears.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { refreshCatalogue } from '../../functions/catalogue/refresh-catalogue';
import { DynamoCatalogueStore } from '../../functions/data/dynamo-catalogue-store';
import { createDocumentClient, createDynamoClient } from '../../functions/data/dynamo-client';
import { ensureTable } from '../../functions/data/ensure-table';
import { CATALOGUE_IMPORT_TABLE_ACTIONS } from '../../infra/lib/api-areas';
import type { CatalogueCall } from '../../shared/catalogue/catalogue-call-schema';
import { importCatalogue } from '../../shared/catalogue/import-catalogue';
import { tableActionsOf } from './support/test-api';

const FILES = [
  'incentivi_gov_it_sample.json',
  'incentivi_raw_slice_423-4236.json',
  'incentivi-radar-tail.json',
];
const read = (file: string) =>
  JSON.parse(
    readFileSync(new URL(`../../data/catalogue/incentivi/${file}`, import.meta.url), 'utf8'),
  ) as unknown;

function callsOf(json: unknown): CatalogueCall[] {
  const result = importCatalogue(json);
  if (!result.ok) throw new Error(result.error);
  return result.results.flatMap((r) => (r.status === 'imported' ? [r.call] : []));
}

describe('catalogue refresh against DynamoDB Local', () => {
  let store: DynamoCatalogueStore;
  const allCalls = () => FILES.flatMap((f) => callsOf(read(f)));
  let clock = 0;
  const now = () => new Date(Date.UTC(2026, 0, 1, 0, 0, clock++)).toISOString();

  // Every table action the refresh issues, to compare with what infra grants the daily import.
  const issued = new Set<string>();

  beforeAll(async () => {
    const client = createDynamoClient({ endpoint: inject('dynamoEndpoint') });
    client.middlewareStack.add(
      (next, context) => async (args) => {
        for (const action of tableActionsOf(context.commandName ?? '', args.input as Record<string, unknown>))
          issued.add(action);
        return next(args);
      },
      { step: 'initialize', name: 'recordCatalogueActions' },
    );
    const tableName = `catalogue-${randomUUID()}`;
    await ensureTable(client, tableName);
    store = new DynamoCatalogueStore(createDocumentClient(client), tableName);
  });

  it('imports every shipped record once, then again without any change', async () => {
    const calls = allCalls();
    expect(calls.length).toBe(409);
    const first = await refreshCatalogue(store, calls, { now, withdrawMissing: true });
    expect(first).toEqual({ created: 409, updated: 0, unchanged: 0, restored: 0, withdrawn: 0 });
    const second = await refreshCatalogue(store, allCalls(), { now, withdrawMissing: true });
    expect(second).toEqual({ created: 0, updated: 0, unchanged: 409, restored: 0, withdrawn: 0 });
    expect(await store.get('1447')).toMatchObject({ version: 1, status: 'active', revision: 1 });
    expect((await store.auditTrail('1447')).map((e) => e.action)).toEqual(['catalogue.imported']);
    expect((await store.listSourceIds()).length).toBe(409);
  }, 120_000);

  it('stores an edited record as one new version, with the diff in its audit trail', async () => {
    const json = read('incentivi_gov_it_sample.json') as { response: { docs: Record<string, unknown>[] } };
    const doc = json.response.docs.find((d) => d.ID_Incentivo === '1447');
    if (!doc) throw new Error('record 1447 missing');
    doc.Stanziamento_incentivo = '350000';
    const calls = [...callsOf(json), ...FILES.slice(1).flatMap((f) => callsOf(read(f)))];
    const summary = await refreshCatalogue(store, calls, { now, withdrawMissing: true });
    expect(summary).toEqual({ created: 0, updated: 1, unchanged: 408, restored: 0, withdrawn: 0 });
    const entry = await store.get('1447');
    expect(entry).toMatchObject({ version: 2, revision: 2, call: { budget: { cents: 35_000_000 } } });
    expect((await store.getVersion('1447', 1))?.budget).toEqual({ cents: 30_000_000 });
    const trail = await store.auditTrail('1447');
    expect(trail.map((e) => [e.action, e.version])).toEqual([
      ['catalogue.imported', 1],
      ['catalogue.updated', 2],
    ]);
    expect(trail[1]?.changes.budget).toEqual({ before: { cents: 30_000_000 }, after: { cents: 35_000_000 } });
    expect(Object.keys(trail[1]?.changes ?? {}).sort()).toEqual(['budget', 'rawHash']);
  }, 120_000);

  it('withdraws what a full export no longer has, keeps it, and restores it when it reappears', async () => {
    const sampleOnly = callsOf(read('incentivi_gov_it_sample.json'));
    const slice = await refreshCatalogue(store, sampleOnly, { now, withdrawMissing: true });
    // 1447 goes back to its original text: a new version again.
    expect(slice).toEqual({ created: 0, updated: 1, unchanged: 36, restored: 0, withdrawn: 372 });
    expect(await store.get('4232')).toMatchObject({ status: 'withdrawn', version: 1 });
    const back = await refreshCatalogue(store, allCalls(), { now, withdrawMissing: true });
    expect(back).toEqual({ created: 0, updated: 0, unchanged: 37, restored: 372, withdrawn: 0 });
    expect(await store.get('4232')).toMatchObject({ status: 'active', version: 1 });
    expect((await store.auditTrail('4232')).map((e) => e.action)).toEqual([
      'catalogue.imported',
      'catalogue.withdrawn',
      'catalogue.restored',
    ]);
  }, 120_000);

  it('never withdraws on a partial file', async () => {
    const summary = await refreshCatalogue(store, callsOf(read('incentivi_raw_slice_423-4236.json')), {
      now,
      withdrawMissing: false,
    });
    expect(summary).toEqual({ created: 0, updated: 0, unchanged: 8, restored: 0, withdrawn: 0 });
  }, 60_000);

  it('issues exactly the table actions infra grants the daily import', () => {
    // CreateTable/DescribeTable come from the test's own table set-up, not from the refresh.
    const refresh = [...issued].filter((a) => !/Table$/.test(a)).sort();
    expect(refresh).toEqual([...CATALOGUE_IMPORT_TABLE_ACTIONS].sort());
  });
});
