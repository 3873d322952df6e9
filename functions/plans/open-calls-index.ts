/**
 * The open calls with rules, kept by a warm function so a match request does not read and parse every
 * call (ADR 0018). The index is stamped with the store's change counter (AP23), read strongly with
 * each request: while the counter is unchanged, the calls are the ones already parsed; once any
 * function publishes, corrects or closes a call, the next request reads them again (AP2, paged).
 * Calls whose deadline passes since the build are left out at each use. Requests that find the
 * same new counter share one read.
 */
import type { OpenCall } from '../../shared/eligibility/match-calls';
import type { CallStore } from '../calls/call-store';

const PAGE = 100;

interface Built {
  changes: number;
  calls: OpenCall[];
  closesAtMs: number[];
}

export class OpenCallsIndex {
  private built: Built | undefined;
  private building: { changes: number; done: Promise<Built> } | undefined;

  constructor(private readonly store: Pick<CallStore, 'listPublishedClosingAfter'>) {}

  /**
   * The calls open at `now`, as of `changes` (the counter read before this call: a change after that
   * read is caught by the next request, never cached under an older counter).
   */
  async openAt(changes: number, now: Date): Promise<OpenCall[]> {
    const built = this.built && this.built.changes >= changes ? this.built : await this.rebuild(changes, now);
    const at = now.getTime();
    // Most requests find every call still open: no copy then.
    if (built.closesAtMs.every((ms) => ms > at)) return built.calls;
    return built.calls.filter((_, i) => (built.closesAtMs[i] ?? 0) > at);
  }

  private rebuild(changes: number, now: Date): Promise<Built> {
    if (this.building?.changes === changes) return this.building.done;
    const done = this.read(now).then((calls) => {
      const built = { changes, calls, closesAtMs: calls.map((call) => Date.parse(call.closesAt)) };
      // A slower read for an older counter never replaces a newer index.
      if (!this.built || this.built.changes < changes) this.built = built;
      return built;
    });
    const building = { changes, done };
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
