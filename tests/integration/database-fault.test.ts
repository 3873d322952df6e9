/**
 * Fault: the database dies mid-burst. Every request is answered (201, or 503 with Retry-After — never a
 * hang or a 500); after a restart every acknowledged application is there, and retrying the others with
 * their keys ends with exactly one application each and a consistent budget.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../functions/api/app';
import { wireAllDeps } from '../../functions/api/wire-all-deps';
import { createDocumentClient, createDynamoClient } from '../../functions/data/dynamo-client';
import { ensureTable } from '../../functions/data/ensure-table';
import { createDevIssuer } from '../../functions/local/dev-issuer';
import { type DynamoLocal, startDynamoLocal } from '../../functions/local/dynamo-local';
import { findFreePort } from '../../functions/local/ports';
import type { Application } from '../../shared/applications/application-schema';
import { firstComeHardwareRules, seedSme } from './support/seed';

const NOW = new Date('2026-03-10T09:00:00Z');
const APPLICANTS = 300;
const dataDir = mkdtempSync(join(tmpdir(), 'grantfit-fault-'));
let dynamo: DynamoLocal | undefined;

afterAll(async () => {
  await dynamo?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('database killed mid-burst', () => {
  it('answers every request, keeps every acknowledged application, and converges on retry', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const port = await findFreePort();
    dynamo = await startDynamoLocal({ port, dataDir });
    const client = createDynamoClient({ endpoint: dynamo.endpoint });
    await ensureTable(client, 'fault');
    const issuer = await createDevIssuer();
    const deps = wireAllDeps({
      db: createDocumentClient(client),
      tableName: 'fault',
      auth: { issuer: issuer.issuer, audience: issuer.audience, jwks: { keys: issuer.jwks } },
      now: () => NOW,
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
      return { status: response.status, headers: response.headers, body: await response.json() };
    };

    const association = await token('association', 'assoc-fault');
    const created = await call('POST', '/api/calls', association, {
      title: 'Fault call',
      closesAt: '2026-04-30T12:00:00+02:00',
      timeZone: 'Europe/Rome',
      budgetCents: 50 * 1_000_00,
      rules: firstComeHardwareRules('fault'),
    });
    const callId = created.body.id as string;
    await call('POST', `/api/calls/${callId}/publish`, association);
    const applicants = await Promise.all(
      Array.from({ length: APPLICANTS }, async (_, i) => {
        const orgId = `sme-fault-${i}`;
        const planId = await seedSme(deps, orgId, NOW);
        return { orgId, planId, bearer: await token('sme', orgId), key: `fault-key-${i}` };
      }),
    );

    // The burst; the JVM is stopped once the first answers are back. SIGTERM, not SIGKILL: DynamoDB Local
    // itself loses writes it had acknowledged when killed with SIGKILL (seen here: an acknowledged
    // application missing after restart), which says nothing about our code or about DynamoDB on AWS.
    let answered = 0;
    const burst = applicants.map((a) =>
      call(
        'POST',
        '/api/applications',
        a.bearer,
        { planId: a.planId, callId, callVersion: 1 },
        a.key,
      ).finally(() => {
        answered += 1;
      }),
    );
    while (answered < 20) await new Promise((r) => setTimeout(r, 5));
    process.kill(dynamo.pid ?? 0, 'SIGTERM');
    const results = await Promise.race([
      Promise.all(burst),
      new Promise<never>((_, fail) =>
        setTimeout(() => fail(new Error('requests hung after the kill')), 60_000),
      ),
    ]);
    const statuses = new Set(results.map((r) => r.status));
    expect([...statuses].filter((s) => s !== 201 && s !== 503)).toEqual([]);
    expect(statuses.has(503)).toBe(true);
    for (const r of results.filter((x) => x.status === 503)) {
      expect(r.headers.get('retry-after')).toBe('2');
      expect(r.body.error.code).toBe('unavailable');
    }
    const acknowledged = results.flatMap((r, i) =>
      r.status === 201 ? [{ who: applicants[i], application: r.body as Application }] : [],
    );

    // Restart on the same data: every acknowledged application is there, unchanged.
    await dynamo.stop();
    dynamo = await startDynamoLocal({ port, dataDir });
    for (const { who, application } of acknowledged) {
      const stored = await deps.applications.get(who?.orgId ?? '', application.id);
      expect(stored?.receipt).toEqual(application.receipt);
    }

    // Retrying everyone with their keys converges: one application each, a consistent budget.
    const final = await Promise.all(
      applicants.map(async (a) => {
        for (let attempt = 0; attempt < 20; attempt++) {
          const r = await call(
            'POST',
            '/api/applications',
            a.bearer,
            { planId: a.planId, callId, callVersion: 1 },
            a.key,
          );
          if (r.status !== 503) return r;
          await new Promise((res) => setTimeout(res, 300));
        }
        throw new Error(`${a.key} never succeeded`);
      }),
    );
    expect(final.filter((r) => r.status !== 200 && r.status !== 201)).toEqual([]);
    const applications = final.map((r) => r.body as Application);
    expect(new Set(applications.map((a) => a.receipt.receiptNo)).size).toBe(APPLICANTS);
    for (const { application } of acknowledged) {
      expect(applications.find((a) => a.id === application.id)?.receipt).toEqual(application.receipt);
    }
    const perCompany = await Promise.all(applicants.map((a) => deps.applications.listByCompany(a.orgId)));
    expect(perCompany.map((list) => list.length)).toEqual(applicants.map(() => 1));
    const budget = await deps.budgets.get(callId);
    const reserved = applications.filter((a) => a.status === 'reserved');
    expect(reserved).toHaveLength(50);
    expect(budget?.reservedCents).toBe(reserved.reduce((s, a) => s + a.reservedCents, 0));
    client.destroy();
  }, 240_000);
});
