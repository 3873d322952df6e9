import { describe, expect, it } from 'vitest';
import type { Consultancy } from '../../shared/consultancies/consultancy-schema';
import { consultancyListingInputSchema } from '../../shared/consultancies/consultancy-schema';
import type { AuthUser } from '../auth/token-verifier';
import type { PageRequest } from '../calls/call-store';
import type { Page } from '../data/page-cursor';
import { ConflictError, StaleRevisionError } from '../data/store-errors';
import { NotFoundError } from '../errors/use-case-errors';
import type { ConsultancyRecord, ConsultancyStore } from './consultancy-store';
import { listConsultancies } from './list-consultancies';
import { ownListing } from './own-listing';
import { saveListing } from './save-listing';

/** The port's contract in memory: revisions checked like the table's conditional put, pages by name. */
class MemoryConsultancies implements ConsultancyStore {
  readonly records = new Map<string, ConsultancyRecord>();

  async get(orgId: string) {
    return this.records.get(orgId);
  }

  async put(record: ConsultancyRecord, expectedRevision: number) {
    const stored = this.records.get(record.consultancy.id)?.revision ?? 0;
    if (stored !== expectedRevision) throw new ConflictError(`listing at revision ${stored}`);
    this.records.set(record.consultancy.id, record);
  }

  async page({ limit, cursor }: PageRequest): Promise<Page<Consultancy>> {
    const sorted = [...this.records.values()]
      .map((r) => r.consultancy)
      .sort((a, b) => a.name.localeCompare(b.name));
    const start = cursor ? Number(cursor) : 0;
    const items = sorted.slice(start, start + limit);
    return start + limit < sorted.length ? { items, cursor: String(start + limit) } : { items };
  }
}

const NOW = new Date('2026-03-10T09:00:00Z');
const consultant: AuthUser = { sub: 'giulia', roles: ['consultant'], orgId: 'consultant-studio-bianchi' };
const input = (patch: Record<string, unknown> = {}) =>
  consultancyListingInputSchema.parse({
    name: 'Studio Bianchi',
    place: 'Milano',
    languages: ['it', 'en'],
    description: 'Grant advice for shops.',
    revision: 0,
    ...patch,
  });

describe('consultancy listings', () => {
  it('creates the listing under the caller’s own organisation, then updates it at the revision read', async () => {
    const deps = { consultancies: new MemoryConsultancies(), now: () => NOW };
    const created = await saveListing(deps, consultant, input());
    expect(created).toEqual({
      consultancy: {
        id: 'consultant-studio-bianchi',
        name: 'Studio Bianchi',
        place: 'Milano',
        languages: ['it', 'en'],
        description: 'Grant advice for shops.',
      },
      revision: 1,
      updatedAt: NOW.toISOString(),
    });
    const updated = await saveListing(deps, consultant, input({ place: 'Bergamo', revision: 1 }));
    expect(updated.revision).toBe(2);
    expect((await ownListing(deps, consultant)).consultancy.place).toBe('Bergamo');
  });

  it('refuses a stale revision with the stored listing, and writes nothing', async () => {
    const deps = { consultancies: new MemoryConsultancies(), now: () => NOW };
    await saveListing(deps, consultant, input());
    const stale = saveListing(deps, consultant, input({ name: 'Other', revision: 0 }));
    await expect(stale).rejects.toBeInstanceOf(StaleRevisionError);
    await stale.catch((error: StaleRevisionError<ConsultancyRecord>) => {
      expect(error.current?.consultancy.name).toBe('Studio Bianchi');
    });
    expect((await ownListing(deps, consultant)).consultancy.name).toBe('Studio Bianchi');
  });

  it('refuses as not found a consultancy that has not listed itself yet', async () => {
    const missing = ownListing({ consultancies: new MemoryConsultancies() }, consultant);
    await expect(missing).rejects.toBeInstanceOf(NotFoundError);
  });

  it('lists the directory a page at a time, as the store pages it', async () => {
    const deps = { consultancies: new MemoryConsultancies(), now: () => NOW };
    for (const [orgId, name] of [
      ['c-b', 'Bravo'],
      ['c-a', 'Alfa'],
      ['c-c', 'Charlie'],
    ] as const) {
      await saveListing(deps, { ...consultant, orgId }, input({ name }));
    }
    const first = await listConsultancies(deps, { limit: 2 });
    expect(first.items.map((c) => c.name)).toEqual(['Alfa', 'Bravo']);
    const second = await listConsultancies(deps, { limit: 2, cursor: first.cursor });
    expect(second).toEqual({ items: [expect.objectContaining({ name: 'Charlie' })] });
  });
});
