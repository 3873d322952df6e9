/**
 * Stores an import idempotently. The raw record's hash decides: the same hash changes nothing; a new
 * hash is a new version with the diff in the audit trail; a record missing from a full export is marked
 * withdrawn (never deleted), and comes back as active if it reappears.
 */
import type { CatalogueCall } from '../../shared/catalogue/catalogue-call-schema';
import { callDiff } from './call-diff';
import type { CatalogueAuditEntry, CatalogueEntry, CatalogueStore } from './catalogue-store';

export interface RefreshOptions {
  now: () => string;
  /** Only a full export may withdraw what it does not contain; a slice must not. */
  withdrawMissing: boolean;
  /** Writes in flight at once (DynamoDB Local is one process; AWS takes more). */
  concurrency?: number;
}

export interface RefreshSummary {
  created: number;
  updated: number;
  unchanged: number;
  restored: number;
  withdrawn: number;
}

type Outcome = Exclude<keyof RefreshSummary, 'withdrawn'>;

async function storeOne(store: CatalogueStore, call: CatalogueCall, now: string): Promise<Outcome> {
  const current = await store.get(call.sourceId);
  const audit = (
    action: CatalogueAuditEntry['action'],
    version: number,
    changes: CatalogueAuditEntry['changes'],
  ) => ({
    source: call.source,
    sourceId: call.sourceId,
    at: now,
    action,
    version,
    changes,
  });
  if (!current) {
    const entry: CatalogueEntry = {
      source: call.source,
      sourceId: call.sourceId,
      version: 1,
      rawHash: call.rawHash,
      status: 'active',
      call,
      importedAt: now,
      revision: 1,
    };
    await store.save(entry, 0, audit('catalogue.imported', 1, {}), true);
    return 'created';
  }
  if (current.rawHash === call.rawHash) {
    if (current.status === 'active') return 'unchanged';
    const { withdrawnAt: _gone, ...rest } = current;
    const status = { before: 'withdrawn', after: 'active' };
    await store.save(
      { ...rest, status: 'active', revision: current.revision + 1 },
      current.revision,
      audit('catalogue.restored', current.version, { status }),
      false,
    );
    return 'restored';
  }
  const version = current.version + 1;
  const { withdrawnAt: _gone, ...rest } = current;
  const entry: CatalogueEntry = {
    ...rest,
    version,
    rawHash: call.rawHash,
    status: 'active',
    call,
    importedAt: now,
    revision: current.revision + 1,
  };
  await store.save(
    entry,
    current.revision,
    audit('catalogue.updated', version, callDiff(current.call, call)),
    true,
  );
  return 'updated';
}

/** Runs `work` over `items` with at most `limit` in flight, keeping nothing but the results. */
async function pool<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

export async function refreshCatalogue(
  store: CatalogueStore,
  calls: readonly CatalogueCall[],
  options: RefreshOptions,
): Promise<RefreshSummary> {
  const now = options.now();
  const limit = options.concurrency ?? 8;
  const outcomes = await pool(calls, limit, (call) => storeOne(store, call, now));
  const summary: RefreshSummary = { created: 0, updated: 0, unchanged: 0, restored: 0, withdrawn: 0 };
  for (const outcome of outcomes) summary[outcome]++;
  if (options.withdrawMissing) {
    const present = new Set(calls.map((c) => c.sourceId));
    const missing = (await store.listSourceIds()).filter((id) => !present.has(id));
    const withdrawn = await pool(missing, limit, async (sourceId) => {
      const current = await store.get(sourceId);
      if (!current || current.status === 'withdrawn') return false;
      await store.save(
        { ...current, status: 'withdrawn', withdrawnAt: now, revision: current.revision + 1 },
        current.revision,
        {
          source: current.source,
          sourceId,
          at: now,
          action: 'catalogue.withdrawn',
          version: current.version,
          changes: { status: { before: 'active', after: 'withdrawn' } },
        },
        false,
      );
      return true;
    });
    summary.withdrawn = withdrawn.filter(Boolean).length;
  }
  return summary;
}
