import { describe, expect, it } from 'vitest';
import { deMinimisHeadroom } from './de-minimis';

const history = [
  { grantedOn: '2023-03-01', cents: 120_000_00, description: '' },
  { grantedOn: '2024-06-01', cents: 100_000_00, description: '' },
  { grantedOn: '2025-02-01', cents: 60_000_00, description: '' },
];

describe('deMinimisHeadroom', () => {
  it('counts 280,000 on 1 Oct 2025 under 2023/2831 → 20,000 headroom', () => {
    const result = deMinimisHeadroom(history, '2025-10-01', 'EU-2023/2831');
    expect(result.countedCents).toBe(280_000_00);
    expect(result.headroomCents).toBe(20_000_00);
  });

  it('drops the March 2023 aid by 15 Mar 2026 → 140,000 headroom', () => {
    expect(deMinimisHeadroom(history, '2026-03-15', 'EU-2023/2831').headroomCents).toBe(140_000_00);
  });

  it('uses fiscal years and the 200,000 ceiling under 1407/2013', () => {
    const result = deMinimisHeadroom(history, '2025-10-01', 'EU-1407/2013');
    expect(result.windowFrom).toBe('2023-01-01');
    expect(result.headroomCents).toBe(0);
  });

  it('ignores aid granted after the grant date', () => {
    const result = deMinimisHeadroom(history, '2024-01-01', 'EU-2023/2831');
    expect(result.countedCents).toBe(120_000_00);
  });
});
