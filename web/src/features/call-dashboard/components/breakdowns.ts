/** Dashboard breakdowns over the applications that still count (not withdrawn): spend by category, applicants by region. */
import type { Application } from '../../../../../shared/applications/application-schema';

const counting = (applications: readonly Application[]) =>
  applications.filter((a) => a.status !== 'withdrawn');

const byValueDesc = (a: [string, number], b: [string, number]) => b[1] - a[1] || a[0].localeCompare(b[0]);

export function eligibleByCategory(applications: readonly Application[]): [string, number][] {
  const totals = new Map<string, number>();
  for (const a of counting(applications)) {
    for (const line of a.report.lines) {
      const key = line.categoryId ?? 'uncategorised';
      totals.set(key, (totals.get(key) ?? 0) + line.eligibleCents);
    }
  }
  return [...totals].sort(byValueDesc);
}

/** The region an applicant counts under: its first ISO 3166-2 subdivision (IT-25, BE-VLG), else its country. */
export function regionOf(codes: readonly string[] | undefined): string {
  if (!codes?.length) return 'unknown';
  return codes.find((c) => /^[A-Z]{2}-[A-Z0-9]{2,3}$/.test(c)) ?? codes[0] ?? 'unknown';
}

export function applicationsByRegion(applications: readonly Application[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const a of counting(applications)) {
    const region = regionOf(a.companyRegionCodes);
    counts.set(region, (counts.get(region) ?? 0) + 1);
  }
  return [...counts].sort(byValueDesc);
}
