/** What the catalogue CLI prints: one JSON line per record, or a short summary for a person. */
import type { CatalogueCall } from '../../shared/catalogue/catalogue-call-schema';
import type { RecordResult } from '../../shared/catalogue/import-catalogue';
import { warningLine } from '../../shared/catalogue/warnings';

export interface RecordLine {
  sourceId: string | null;
  status: 'imported' | 'rejected';
  call?: CatalogueCall;
  warnings: string[];
  reason?: string;
}

export function recordLine(result: RecordResult): RecordLine {
  if (result.status === 'imported')
    return {
      sourceId: result.sourceId,
      status: 'imported',
      call: result.call,
      warnings: result.call.warnings.map(warningLine),
    };
  return {
    // A record without a usable id still gets a line, so the count of lines is the count of records.
    sourceId: result.sourceId ?? null,
    status: 'rejected',
    warnings: [],
    reason: `${result.reason.code}: ${result.reason.message}`,
  };
}

const TOP_WARNINGS = 10;

export function summary(file: string, shape: string, results: readonly RecordResult[]): string {
  const imported = results.filter((r) => r.status === 'imported');
  const rejected = results.filter((r) => r.status === 'rejected');
  const counts = new Map<string, number>();
  for (const r of imported)
    for (const code of new Set(r.call.warnings.map((w) => w.code)))
      counts.set(code, (counts.get(code) ?? 0) + 1);
  const top = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, TOP_WARNINGS);
  const lines = [
    `${file} (${shape}): imported ${imported.length}, rejected ${rejected.length}`,
    ...(top.length > 0
      ? ['top warnings (records with each):', ...top.map(([code, n]) => `  ${code}  ${n}`)]
      : []),
    ...rejected.map((r) => `  rejected #${r.index} ${r.sourceId ?? '(no id)'}: ${r.reason.message}`),
  ];
  return `${lines.join('\n')}\n`;
}
