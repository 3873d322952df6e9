/** A call's public budget figures, on the in-memory call store and a budget answering fixed counters: no JVM. */
import { describe, expect, it } from 'vitest';
import { callRulesSchema } from '../../shared/eligibility/call-rules-schema';
import { pidLombardiaRules } from '../../shared/fixtures/schemes';
import type { BudgetTotals } from '../applications/application-ports';
import { NotFoundError } from '../errors/use-case-errors';
import { InMemoryAuditLog } from '../in-memory/in-memory-audit-log';
import { InMemoryCallStore } from '../in-memory/in-memory-call-store';
import { callAvailability } from './call-availability';
import { callOf } from './call-store.contract';

const NOW = new Date('2026-12-03T09:00:00Z');
const totals: BudgetTotals = {
  budgetCents: 100_000_00,
  reservedCents: 60_000_00,
  received: 75,
  freedCents: 0,
};

async function depsWith(...calls: Parameters<typeof callOf>[]) {
  const store = new InMemoryCallStore(new InMemoryAuditLog());
  for (const args of calls) await store.create(callOf(...args));
  const reads: { recent?: boolean }[] = [];
  return {
    reads,
    deps: {
      calls: store,
      budgets: {
        get: async (_id: string, options: { recent?: boolean } = {}) => {
          reads.push(options);
          return totals;
        },
      },
      now: () => NOW,
    },
  };
}

describe('call availability', () => {
  it('says what a new applicant can still be reserved on an open first-come call, and how many receipts were given', async () => {
    const { deps, reads } = await depsWith(['C1', { status: 'published', version: 1 }]);
    expect(await callAvailability(deps, 'C1')).toEqual({
      budgetCents: 100_000_00,
      open: true,
      remainingCents: 40_000_00,
      receipts: 75,
      asOf: NOW.toISOString(),
    });
    // A public figure cached for seconds needs no strongly consistent read of the click day's hottest item.
    expect(reads).toEqual([{ recent: true }]);
  });

  it('states no amount left where nothing is reserved on arrival, or once the call is closed or past its deadline', async () => {
    const ranking = callRulesSchema.parse({
      ...pidLombardiaRules,
      allocation: { article: 'Art. 9', mode: 'ranking' },
    });
    const { deps } = await depsWith(
      ['R1', { status: 'published', version: 1, rules: ranking }],
      ['X1', { status: 'closed', version: 1 }],
      ['P1', { status: 'published', version: 1, closesAt: '2026-12-01T17:00:00+01:00' }],
    );
    expect(await callAvailability(deps, 'R1')).toMatchObject({ open: true, receipts: 75 });
    expect((await callAvailability(deps, 'R1')).remainingCents).toBeUndefined();
    for (const id of ['X1', 'P1']) {
      const answer = await callAvailability(deps, id);
      expect(answer.open).toBe(false);
      expect(answer.remainingCents).toBeUndefined();
    }
  });

  it('does not exist for a draft or an unknown call', async () => {
    const { deps } = await depsWith(['D1', {}]);
    await expect(callAvailability(deps, 'D1')).rejects.toBeInstanceOf(NotFoundError);
    await expect(callAvailability(deps, 'nope')).rejects.toBeInstanceOf(NotFoundError);
  });
});
