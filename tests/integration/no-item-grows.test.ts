/**
 * Issue #15: no item grows with a call's applications. 7,000 applications to one call (above the 400 KB
 * ceiling of the old design, ~6,800) all get receipts; the call's budget item stays under 1 KB, and a
 * submit costs the same write capacity at the first application as after 7,000 (read from DynamoDB
 * Local's ReturnConsumedCapacity through a client middleware).
 */
import { BatchWriteCommand, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { ulid } from 'ulid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicationItem } from '../../functions/data/dynamo-application-store';
import { keys } from '../../functions/data/table-design';
import type { Application } from '../../shared/applications/application-schema';
import { firstComeHardwareRules, seedSme } from './support/seed';
import { createTestApi, type TestApi } from './support/test-api';

const NOW = new Date('2026-03-10T09:00:00Z');
const SEEDED = 7_000;
const GRANT_CENTS = 1_000_00;
/** Enough for all of them: the first and the last measured submit take the same (reserving) path. */
const GRANTS = 7_100;

/** Write capacity units per command, recorded while `recording` is on. */
const consumed: { command: string; units: number }[] = [];
let recording = false;

describe('a call with 7,000 applications', () => {
  let api: TestApi;
  let callId: string;

  beforeAll(async () => {
    api = await createTestApi({
      now: () => NOW,
      configureClient: (client) =>
        client.middlewareStack.add(
          (next, context) => async (args) => {
            const input = args.input as Record<string, unknown>;
            if (recording) input.ReturnConsumedCapacity = 'TOTAL';
            const result = await next(args);
            if (recording) {
              const output = result.output as { ConsumedCapacity?: unknown };
              const list = [output.ConsumedCapacity ?? []].flat() as { CapacityUnits?: number }[];
              const units = list.reduce((sum, c) => sum + (c.CapacityUnits ?? 0), 0);
              consumed.push({ command: context.commandName ?? '?', units });
            }
            return result;
          },
          { step: 'initialize', name: 'consumedCapacity' },
        ),
    });
    const association = await api.tokenFor({ role: 'association', orgId: 'assoc-big' });
    const created = await api.request('POST', '/api/calls', {
      token: association,
      body: {
        title: 'National click day',
        closesAt: '2026-04-30T12:00:00+02:00',
        timeZone: 'Europe/Rome',
        budgetCents: GRANTS * GRANT_CENTS,
        rules: firstComeHardwareRules('national'),
      },
    });
    await api.request('POST', `/api/calls/${created.body.id}/publish`, { token: association });
    callId = created.body.id;
  });
  afterAll(() => api.dispose());

  /** Submits over HTTP and returns the write capacity the whole submit consumed. */
  async function measuredSubmit(orgId: string) {
    const planId = await seedSme(api.deps, orgId, NOW);
    const token = await api.tokenFor({ role: 'sme', orgId });
    consumed.length = 0;
    recording = true;
    const response = await api.request('POST', '/api/applications', {
      token,
      body: { planId, callId, callVersion: 1 },
      headers: { 'idempotency-key': `${orgId}-key` },
    });
    recording = false;
    expect(response.status).toBe(201);
    const writes = consumed.filter((c) => !/^(Get|BatchGet|Query)/.test(c.command));
    return { application: response.body as Application, units: writes.reduce((s, c) => s + c.units, 0) };
  }

  async function budgetItemBytes() {
    const { Item } = await api.db.send(
      new GetCommand({ TableName: api.tableName, Key: keys.budget(callId), ConsistentRead: true }),
    );
    // An upper bound of DynamoDB's item size: attribute names and values as JSON text.
    return Buffer.byteLength(JSON.stringify(Item));
  }

  it('gives every application a receipt, keeps the budget item under 1 KB, and the submit cost flat', async () => {
    const first = await measuredSubmit('sme-big-first');
    expect(first.units).toBeGreaterThan(0);
    const template = first.application;

    // Seed 7,000 more, 100 at a time: each takes its receipt through the real counter write (and its
    // in-flight marker); the 100 applications are written in four batches and their markers settled in one
    // write — what 100 final transactions and settles would leave, without 7,000 HTTP round trips.
    const started = Date.now();
    for (let batch = 0; batch < SEEDED; batch += 100) {
      const ids = Array.from({ length: Math.min(100, SEEDED - batch) }, () => ulid());
      const outcomes = await Promise.all(
        ids.map((id) => api.deps.budgets.receive(callId, id, GRANT_CENTS, GRANTS * GRANT_CENTS)),
      );
      const applications = ids.map((id, i): Application => {
        const outcome = outcomes[i];
        if (!outcome) throw new Error('not in flight');
        return {
          ...template,
          id,
          companyId: `sme-big-${batch + i}`,
          status: outcome.reservedCents > 0 ? 'reserved' : 'waitlisted',
          receipt: { receiptNo: outcome.receiptNo, receivedAt: NOW.toISOString() },
          reservedCents: outcome.reservedCents,
        };
      });
      await Promise.all(
        [0, 25, 50, 75].map((from) =>
          api.db.send(
            new BatchWriteCommand({
              RequestItems: {
                [api.tableName]: applications
                  .slice(from, from + 25)
                  .map((a) => ({ PutRequest: { Item: applicationItem(a) } })),
              },
            }),
          ),
        ),
      );
      await api.db.send(
        new UpdateCommand({
          TableName: api.tableName,
          Key: keys.budget(callId),
          UpdateExpression: `REMOVE ${ids.map((_, i) => `pending.#a${i}, pendingCents.#a${i}`).join(', ')}`,
          ExpressionAttributeNames: Object.fromEntries(ids.map((id, i) => [`#a${i}`, id])),
        }),
      );
    }
    console.log(`seeded ${SEEDED} applications in ${((Date.now() - started) / 1000).toFixed(1)} s`);

    const last = await measuredSubmit('sme-big-last');
    expect(last.application.receipt.receiptNo).toBe(SEEDED + 2);
    expect(last.application.status).toBe('reserved');
    console.log(`write units per submit: first ${first.units}, after ${SEEDED}: ${last.units}`);
    expect(last.units).toBe(first.units);
    expect(await budgetItemBytes()).toBeLessThan(1024);

    const budget = await api.deps.budgets.get(callId);
    expect(budget).toMatchObject({ received: SEEDED + 2, reservedCents: (SEEDED + 2) * GRANT_CENTS });

    // Every receipt 1..7,002 is held by exactly one stored application, in the call's receipt order.
    const receipts: number[] = [];
    let cursor: string | undefined;
    do {
      const page = await api.deps.applications.listByCall(callId, { limit: 100, cursor });
      receipts.push(...page.items.map((a) => a.receipt.receiptNo));
      cursor = page.cursor;
    } while (cursor);
    expect(receipts).toEqual(Array.from({ length: SEEDED + 2 }, (_, i) => i + 1));
  }, 300_000);
});
