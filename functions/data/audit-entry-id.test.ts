import { describe, expect, it } from 'vitest';
import { nextAuditEntryId } from './audit-entry-id';
import { keys } from './table-design';

describe('audit entry ids', () => {
  it('sort entries of the same instant in the order they were written', () => {
    const at = '2026-12-04T21:00:00.000Z';
    const sortKeys = Array.from({ length: 2000 }, () => keys.audit('call', 'C1', at, nextAuditEntryId()).sk);
    expect(new Set(sortKeys).size).toBe(sortKeys.length);
    expect([...sortKeys].sort()).toEqual(sortKeys);
  });
});
