/**
 * The open calls with rules, kept by a warm function so a match request does not read and parse every
 * call (ADR 0018). The index is stamped with the store's change counter (AP23), read strongly with
 * each request: while the counter is the one the index was built at, the calls are the ones already
 * parsed; once any function publishes, corrects or closes a call, the next request reads them again
 * (AP2, paged). AP2 is a secondary index, and those are eventually consistent: a read just after a
 * change may not show it yet. So an index read less than `settleMs` after the last change answers its
 * own request but is not kept as settled; requests keep reading until one starts after that window.
 * Calls whose deadline passes since the build are left out at each use. Requests that find the same
 * counter share one read.
 */
import type { OpenCall } from '../../shared/eligibility/match-calls';
import type { CallStore, OpenCallChanges } from '../calls/call-store';

const PAGE = 100;
/** Secondary indexes usually catch up within a second; five leaves room for a slow propagation. */
const SETTLE_MS = 5_000;

interface Built {
  changes: number;
  /** Read long enough after the last change that the secondary index had caught up with it. */
  settled: boolean;
  calls: OpenCall[];
  closesAtMs: number[];
}

export class OpenCallsIndex {
  private built: Built | undefined;
  private building: { changes: number; done: Promise<Built> } | undefined;

  constructor(
    private readonly store: Pick<CallStore, 'listPublishedClosingAfter'>,
    private readonly settleMs = SETTLE_MS,
  ) {}

  /**
   * The calls open at `now`, as of `stamp` (the counter read before this call: a change after that
   * read is caught by the next request, never cached under an older counter).
   */
  async openAt(stamp: OpenCallChanges, now: Date): Promise<OpenCall[]> {
    const current = this.built;
    const built =
      current && current.changes === stamp.changes && current.settled
        ? current
        : await this.rebuild(stamp, now);
    const at = now.getTime();
    // Most requests find every call still open: no copy then.
    if (built.closesAtMs.every((ms) => ms > at)) return built.calls;
    return built.calls.filter((_, i) => (built.closesAtMs[i] ?? 0) > at);
  }

  private rebuild(stamp: OpenCallChanges, now: Date): Promise<Built> {
    if (this.building?.changes === stamp.changes) return this.building.done;
    const changedAtMs = stamp.changedAt ? Date.parse(stamp.changedAt) : Number.NEGATIVE_INFINITY;
    const settled = now.getTime() >= changedAtMs + this.settleMs;
    const done = this.read(now).then((calls) => {
      const built = {
        changes: stamp.changes,
        settled,
        calls,
        closesAtMs: calls.map((call) => Date.parse(call.closesAt)),
      };
      // The last read kept is the one asked for last; an index is only ever used for its own counter.
      this.built = built;
      return built;
    });
    const building = { changes: stamp.changes, done };
    this.building = building;
    const clear = () => {
      if (this.building === building) this.building = undefined;
    };
    done.then(clear, clear);
    return done;
  }

  /** Every open call with rules, a page at a time (AP2, never a Scan). */
  private async read(now: Date): Promise<OpenCall[]> {
    const calls: OpenCall[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.store.listPublishedClosingAfter(now.toISOString(), { limit: PAGE, cursor });
      for (const call of page.items) {
        if (call.rules) {
          calls.push({
            id: call.id,
            version: call.version ?? 1,
            rules: call.rules,
            rulesHash: call.rulesHash,
            title: call.title,
            closesAt: call.closesAt,
            timeZone: call.timeZone,
          });
        }
      }
      cursor = page.cursor;
    } while (cursor);
    return calls;
  }
}
