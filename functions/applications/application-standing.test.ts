import { describe, expect, it } from 'vitest';
import type { WaitlistEntry } from './application-ports';
import { WaitlistQueues } from './application-standing';

describe('a warm function’s copies of call queues', () => {
  function queues(entries: WaitlistEntry[]) {
    let clock = 0;
    let reads = 0;
    let failing = false;
    const kept = new WaitlistQueues(
      async () => {
        reads++;
        if (failing) throw new Error('table unavailable');
        return entries;
      },
      () => new Date(clock),
      5000,
    );
    return {
      kept,
      reads: () => reads,
      advance: (ms: number) => {
        clock += ms;
      },
      fail: (on: boolean) => {
        failing = on;
      },
    };
  }

  it('reads a call once for everyone asking within the window, sorted, with running totals', async () => {
    const q = queues([
      { receiptNo: 9, grantCents: 300 },
      { receiptNo: 4, grantCents: 100 },
      { receiptNo: 7, grantCents: 200 },
    ]);
    const [a, b] = await Promise.all([q.kept.get('call'), q.kept.get('call')]);
    await q.kept.get('call');
    expect(q.reads()).toBe(1);
    expect(a).toBe(b);
    expect(a.receipts).toEqual([4, 7, 9]);
    expect(a.cumulativeCents).toEqual([100, 300, 600]);
    q.advance(4999);
    await q.kept.get('call');
    expect(q.reads()).toBe(1);
    q.advance(1);
    await q.kept.get('call');
    expect(q.reads()).toBe(2);
    await q.kept.get('other call');
    expect(q.reads()).toBe(3);
  });

  it('keeps no failed read: the next request reads again', async () => {
    const q = queues([]);
    q.fail(true);
    await expect(q.kept.get('call')).rejects.toThrow('table unavailable');
    q.fail(false);
    await expect(q.kept.get('call')).resolves.toMatchObject({ receipts: [] });
    expect(q.reads()).toBe(2);
  });
});
