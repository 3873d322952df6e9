import { describe, expect, it } from 'vitest';
import type { Application } from '../../../../../shared/applications/application-schema';
import { applicationsByRegion, eligibleByCategory, regionOf } from './breakdowns';

const app = (over: Partial<Application>): Application =>
  ({
    status: 'reserved',
    report: { lines: [{ lineId: 'a', categoryId: 'hardware', eligibleCents: 100 }] },
    ...over,
  }) as Application;

describe('dashboard breakdowns', () => {
  it('sum eligible spend by category and count applicants by region, leaving withdrawn ones out', () => {
    const apps = [
      app({ companyRegionCodes: ['IT', 'IT-25', 'ITC4'] }),
      app({ companyRegionCodes: ['IT', 'IT-25'] }),
      app({ companyRegionCodes: ['BE', 'BE-VLG'] }),
      app({ companyRegionCodes: ['IT', 'IT-34'], status: 'withdrawn' }),
    ];
    expect(eligibleByCategory(apps)).toEqual([['hardware', 300]]);
    expect(applicationsByRegion(apps)).toEqual([
      ['IT-25', 2],
      ['BE-VLG', 1],
    ]);
  });

  it('falls back to the country, then to unknown', () => {
    expect(regionOf(['FR'])).toBe('FR');
    expect(regionOf(undefined)).toBe('unknown');
  });
});
