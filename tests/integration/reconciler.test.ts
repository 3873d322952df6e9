/**
 * Issue #15: nothing orphaned. DynamoDB Local is stopped mid-burst and the clients told 503 give up
 * (nobody retries). Submits that died left places claimed and reservations made for applications that
 * were never written. After the reconciler runs: reserved budget equals the sum of the stored
 * applications' reservations exactly, the freed grants went to the waitlist in receipt order, every
 * release is audited on the call, and a company whose submit died can apply again (no stale place).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../functions/api/app';
import { wireAllDeps } from '../../functions/api/wire-all-deps';
import { reconcileClaims } from '../../functions/applications/reconcile-claims';
import { createDocumentClient, createDynamoClient } from '../../functions/data/dynamo-client';
import { ensureTable } from '../../functions/data/ensure-table';
import { createDevIssuer } from '../../functions/local/dev-issuer';
import { type DynamoLocal, startDynamoLocal } from '../../functions/local/dynamo-local';
import { findFreePort } from '../../functions/local/ports';
import { RECONCILER_TABLE_ACTIONS } from '../../infra/lib/api-areas';
import type { Application } from '../../shared/applications/application-schema';
import { firstComeHardwareRules, seedSme } from './support/seed';
import { tableActionsOf } from './support/test-api';

const NOW = new Date('2026-03-10T09:00:00Z');
const APPLICANTS = 150;
const GRANTS = 40;
const GRANT = 1_000_00;
const dataDir = mkdtempSync(join(tmpdir(), 'grantfit-reconcile-'));
let dynamo: DynamoLocal | undefined;

afterAll(async () => {
  await dynamo?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the reconciler after clients gave up on a dead database', () => {
  it('releases every orphaned place and reservation, to the waitlist in receipt order, audited', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const port = await findFreePort();
    dynamo = await startDynamoLocal({ port, dataDir });
    const client = createDynamoClient({ endpoint: dynamo.endpoint });
    // Besides the kill, the first ten final transactions are lost on the way (as a dropped connection
    // would): those submits die holding a reservation for sure, whatever the kill's timing.
    let dropped = 0;
    client.middlewareStack.add(
      (next, context) => async (args) => {
        if (
          context.commandName === 'TransactWriteItemsCommand' &&
          JSON.stringify(args.input).includes('"APP#') &&
          dropped < 10
        ) {
          dropped += 1;
          throw Object.assign(new Error('connection reset (injected by the test)'), { code: 'ECONNRESET' });
        }
        return next(args);
      },
      { step: 'initialize', name: 'dropFinalWrites' },
    );
    // The table actions the reconciler issues, checked against its grant in infra.
    const issued = new Set<string>();
    let recording = false;
    client.middlewareStack.add(
      (next, context) => async (args) => {
        if (recording) {
          for (const action of tableActionsOf(
            context.commandName ?? '',
            args.input as Record<string, unknown>,
          ))
            issued.add(action);
        }
        return next(args);
      },
      { step: 'initialize', name: 'recordActions' },
    );
    await ensureTable(client, 'reconcile');
    const issuer = await createDevIssuer();
    let now = NOW;
    const deps = wireAllDeps({
      db: createDocumentClient(client),
      tableName: 'reconcile',
      auth: { issuer: issuer.issuer, audience: issuer.audience, jwks: { keys: issuer.jwks } },
      now: () => now,
    });
    const app = createApp(deps);
    const token = (role: 'sme' | 'association', orgId: string) =>
      issuer.sign({ sub: orgId, email: `${orgId}@x.test`, name: orgId, orgName: orgId, role, orgId });
    const call = async (method: string, path: string, bearer: string, body?: unknown, key?: string) => {
      const headers: Record<string, string> = {
        authorization: `Bearer ${bearer}`,
        'content-type': 'application/json',
      };
      if (key) headers['idempotency-key'] = key;
      const response = await app.request(path, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.status, body: await response.json() };
    };

    const association = await token('association', 'assoc-reconcile');
    const created = await call('POST', '/api/calls', association, {
      title: 'Reconciled call',
      closesAt: '2026-04-30T12:00:00+02:00',
      timeZone: 'Europe/Rome',
      budgetCents: GRANTS * GRANT,
      rules: firstComeHardwareRules('reconcile'),
    });
    const callId = created.body.id as string;
    await call('POST', `/api/calls/${callId}/publish`, association);
    const applicants = await Promise.all(
      Array.from({ length: APPLICANTS }, async (_, i) => {
        const orgId = `sme-reconcile-${i}`;
        const planId = await seedSme(deps, orgId, NOW);
        return { orgId, planId, bearer: await token('sme', orgId) };
      }),
    );

    let answered = 0;
    const burst = applicants.map((a, i) =>
      call(
        'POST',
        '/api/applications',
        a.bearer,
        { planId: a.planId, callId, callVersion: 1 },
        `gave-up-${i}`,
      ).finally(() => {
        answered += 1;
      }),
    );
    while (answered < 15) await new Promise((r) => setTimeout(r, 5));
    process.kill(dynamo.pid ?? 0, 'SIGTERM');
    const results = await Promise.all(burst);
    expect(results.filter((r) => r.status !== 201 && r.status !== 503)).toEqual([]);
    const gaveUp = applicants.filter((_, i) => results[i]?.status === 503);
    expect(gaveUp.length).toBeGreaterThan(0);

    // Restart on the same data. Nobody retries; the reconciler runs after the claims' deadline.
    await dynamo.stop();
    dynamo = await startDynamoLocal({ port, dataDir });
    now = new Date(NOW.getTime() + 10 * 60_000);
    recording = true;
    const report = await reconcileClaims(deps);
    console.log(`${gaveUp.length} clients gave up; reconciler: ${JSON.stringify(report)}`);
    expect(report.released).toBeGreaterThanOrEqual(10);
    expect(report.releasedCents).toBeGreaterThan(0);
    expect(await reconcileClaims(deps)).toEqual({ released: 0, releasedCents: 0, settled: 0, promoted: 0 });
    recording = false;
    expect([...issued].sort()).toEqual([...RECONCILER_TABLE_ACTIONS].sort());

    const stored: Application[] = [];
    let cursor: string | undefined;
    do {
      const page = await deps.applications.listByCall(callId, { limit: 100, cursor });
      stored.push(...page.items);
      cursor = page.cursor;
    } while (cursor);
    const budget = await deps.budgets.get(callId);
    expect(budget?.freedCents).toBe(0);
    expect(budget?.reservedCents).toBe(stored.reduce((sum, a) => sum + a.reservedCents, 0));
    // Equal grants: the reserved applications are exactly the first ones by receipt.
    const statuses = stored.map((a) => a.status);
    const reservedCount = Math.min(GRANTS, stored.length);
    expect(statuses).toEqual([
      ...Array(reservedCount).fill('reserved'),
      ...Array(stored.length - reservedCount).fill('waitlisted'),
    ]);
    if (report.releasedCents > 0) {
      const callAudit = await deps.audit.list('call', callId);
      expect(callAudit.filter((e) => e.action === 'reservation_released').length).toBe(report.released);
    }

    // No stale place: every company that gave up and has no application can apply again with a new key.
    const storedBy = new Set(stored.map((a) => a.companyId));
    const again = await Promise.all(
      gaveUp
        .filter((a) => !storedBy.has(a.orgId))
        .map((a, i) =>
          call(
            'POST',
            '/api/applications',
            a.bearer,
            { planId: a.planId, callId, callVersion: 1 },
            `again-key-${i}`,
          ),
        ),
    );
    expect(again.filter((r) => r.status !== 201 && r.status !== 200).map((r) => r.body)).toEqual([]);
    client.destroy();
  }, 240_000);
});
