import { describe, expect, it } from 'vitest';
import type { Application } from '../../shared/applications/application-schema';
import type { AuthUser } from '../auth/token-verifier';
import type { WaitlistEntry } from './application-ports';
import { applicationStanding, QUEUE_MAX_AGE_MS, WaitlistQueues } from './application-standing';

/** A queue source that counts its reads and can be made to fail or to answer later. */
function sources(entries: WaitlistEntry[], freedCents = 0) {
  const state = { reads: 0, failing: false, freedCents };
  return {
    state,
    sources: {
      applications: {
        waitlistQueue: async () => {
          state.reads++;
          if (state.failing) throw new Error('table unavailable');
          return entries;
        },
      },
      budgets: {
        get: async () => ({ budgetCents: 0, reservedCents: 0, received: 0, freedCents: state.freedCents }),
      },
    },
  };
}

describe('a warm function’s copies of call queues', () => {
  it('reads a call once for everyone asking within the window, sorted, with running totals', async () => {
    let clock = 0;
    const { state, sources: from } = sources([
      { receiptNo: 9, grantCents: 300 },
      { receiptNo: 4, grantCents: 100 },
      { receiptNo: 7, grantCents: 200 },
    ]);
    const kept = new WaitlistQueues(from, () => new Date(clock));
    const [a, b] = await Promise.all([kept.get('call'), kept.get('call')]);
    await kept.get('call');
    expect(state.reads).toBe(1);
    expect(a).toBe(b);
    expect(a.receipts).toEqual([4, 7, 9]);
    expect(a.cumulativeCents).toEqual([100, 300, 600]);
    clock += QUEUE_MAX_AGE_MS - 1;
    await kept.get('call');
    expect(state.reads).toBe(1);
    clock += 1;
    // Many asking at once after the window: still one read.
    await Promise.all([kept.get('call'), kept.get('call'), kept.get('call')]);
    expect(state.reads).toBe(2);
    await kept.get('other call');
    expect(state.reads).toBe(3);
  });

  it('keeps no failed read: the next request reads again', async () => {
    const { state, sources: from } = sources([]);
    const kept = new WaitlistQueues(from, () => new Date(0));
    state.failing = true;
    await expect(kept.get('call')).rejects.toThrow('table unavailable');
    state.failing = false;
    await expect(kept.get('call')).resolves.toMatchObject({ receipts: [] });
    expect(state.reads).toBe(2);
  });

  it('keeps at most 100 calls, letting the oldest read go first', async () => {
    const { state, sources: from } = sources([]);
    const kept = new WaitlistQueues(from, () => new Date(0));
    for (let i = 0; i <= 100; i++) await kept.get(`call-${i}`);
    expect(state.reads).toBe(101);
    await kept.get('call-100');
    expect(state.reads).toBe(101);
    await kept.get('call-0');
    expect(state.reads).toBe(102);
  });
});

describe('where a waitlisted application stands', () => {
  const user: AuthUser = { sub: 'u', orgId: 'sme-a', roles: ['sme'] };
  const waitlisted = (receiptNo: number, grantCents: number) =>
    ({
      id: 'APP',
      companyId: 'sme-a',
      callId: 'CALL',
      status: 'waitlisted',
      receipt: { receiptNo, receivedAt: '2026-03-10T09:00:00Z' },
      reservedCents: 0,
      requestedGrantCents: grantCents,
    }) as Application;
  const queue = [
    { receiptNo: 3, grantCents: 3_000_00 },
    { receiptNo: 4, grantCents: 1_500_00 },
    { receiptNo: 6, grantCents: 5_000_00 },
    { receiptNo: 8, grantCents: 1_000_00 },
    { receiptNo: 9, grantCents: 2_000_00 },
  ];
  async function standingOf(application: Application, freedCents = 0) {
    const { sources: from } = sources(queue, freedCents);
    return applicationStanding(
      { applications: { get: async () => application }, queues: new WaitlistQueues(from, () => new Date(0)) },
      user,
      'APP',
    );
  }

  it('gives the first in line the exact amount short, less what was given back', async () => {
    expect((await standingOf(waitlisted(3, 3_000_00))).waitlist).toEqual({
      position: 1,
      aheadCount: 0,
      shortCents: 3_000_00,
    });
    expect((await standingOf(waitlisted(3, 3_000_00), 1_200_00)).waitlist?.shortCents).toBe(1_800_00);
    expect((await standingOf(waitlisted(3, 3_000_00), 5_000_00)).waitlist?.shortCents).toBe(0);
  });

  it('tells no amount with one or two ahead, whose requests it would disclose', async () => {
    expect((await standingOf(waitlisted(4, 1_500_00))).waitlist).toEqual({ position: 2, aheadCount: 1 });
    expect((await standingOf(waitlisted(6, 5_000_00))).waitlist).toEqual({ position: 3, aheadCount: 2 });
  });

  it('rounds the amount up to the next €1,000 with three or more ahead', async () => {
    // Ahead: 3,000 + 1,500 + 5,000; own 1,000; given back 200 → 10,300 → about 11,000.
    expect((await standingOf(waitlisted(8, 1_000_00), 200_00)).waitlist).toEqual({
      position: 4,
      aheadCount: 3,
      shortCents: 11_000_00,
    });
    expect((await standingOf(waitlisted(9, 2_000_00))).waitlist?.shortCents).toBe(13_000_00);
  });

  it('gives no place when its own receipt is not in the queue read (index lag, or stored before it)', async () => {
    expect((await standingOf(waitlisted(5, 1_000_00))).waitlist).toBeUndefined();
    expect((await standingOf(waitlisted(10, 1_000_00))).waitlist).toBeUndefined();
  });
});
