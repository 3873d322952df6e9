/**
 * The figures most calls differ by (rates, money limits, spending period, regions, per-category caps),
 * read from and written into the rules JSON the editor holds. The JSON stays the one source of truth:
 * the form is a view on it, and the full check (schema + preview) still runs on the whole text.
 */
import { parseEurosToCents } from '../../../../../shared/money/parse-euros';

export type FigureKind = 'money' | 'percent' | 'date' | 'list';
export type Path = readonly (string | number)[];

export interface Figure {
  /** Where the value lives in the rules, e.g. ['totals', 'maxGrantCents']. */
  path: Path;
  kind: FigureKind;
  /** Whether an empty field removes the rule (optional limits) or is a mistake. */
  optional: boolean;
  /** What an empty field removes, when more than the value itself (a category's whole own rate). */
  clearPath?: Path;
}

/** The call-wide figures, in the order the form shows them (their labels are in the rules namespace). */
export const CALL_FIGURES = {
  rate: { path: ['totals', 'rate', 'defaultBp'], kind: 'percent', optional: false },
  minProject: { path: ['totals', 'minProjectCents'], kind: 'money', optional: true },
  maxProject: { path: ['totals', 'maxProjectCents'], kind: 'money', optional: true },
  maxGrant: { path: ['totals', 'maxGrantCents'], kind: 'money', optional: true },
  spendFrom: { path: ['spendWindow', 'from'], kind: 'date', optional: true },
  spendTo: { path: ['spendWindow', 'to'], kind: 'date', optional: true },
  regions: { path: ['applicant', 'regions', 'include'], kind: 'list', optional: false },
} as const satisfies Record<string, Figure>;
export type CallFigure = keyof typeof CALL_FIGURES;

/** A category's own rate (else the call's) and absolute cap. */
export const categoryFigures = (index: number) =>
  ({
    rate: {
      path: ['categories', index, 'rate', 'defaultBp'],
      kind: 'percent',
      optional: true,
      clearPath: ['categories', index, 'rate'],
    },
    cap: { path: ['categories', index, 'capCents'], kind: 'money', optional: true },
  }) as const satisfies Record<string, Figure>;

/** A share range's bounds: the group's least and greatest share of eligible spend (empty = 0 % or 100 %). */
export const shareRangeFigures = (index: number) =>
  ({
    min: { path: ['shareRanges', index, 'minBp'], kind: 'percent', optional: true },
    max: { path: ['shareRanges', index, 'maxBp'], kind: 'percent', optional: true },
  }) as const satisfies Record<string, Figure>;

type Json = Record<string | number, unknown>;

export function readAt(json: unknown, path: Path): unknown {
  return path.reduce<unknown>(
    (node, key) => (node !== null && typeof node === 'object' ? (node as Json)[key] : undefined),
    json,
  );
}

/** A string read from the rules, or '' for anything else. */
export const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** Whether a value read from the rules or a form is one of `choices`. */
export const isOneOf = <T extends string>(choices: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (choices as readonly string[]).includes(value);

/** A category's or range's label in the reader's language, else English, else `fallback`. */
export const labelOf = (node: unknown, language: string, fallback: unknown): string =>
  String(readAt(node, ['label', language]) ?? readAt(node, ['label', 'en']) ?? fallback);

/** A copy of `json` with the value at `path` set (or removed when `undefined`), creating objects on the way. */
export function writeAt<T>(json: T, path: Path, value: unknown): T {
  const copy = structuredClone(json) as Json;
  let node = copy;
  for (const key of path.slice(0, -1)) {
    if (node[key] === null || typeof node[key] !== 'object') node[key] = {};
    node = node[key] as Json;
  }
  const last = path[path.length - 1] as string | number;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy as T;
}

/** The value as a person reads it: euros, a percentage, a date or a comma-separated list. */
export function showFigure(kind: FigureKind, value: unknown, locale: string): string {
  if (value === undefined || value === null) return '';
  // Cents → euros and basis points → percent are both a division by 100.
  if ((kind === 'money' || kind === 'percent') && typeof value === 'number') {
    return new Intl.NumberFormat(locale, { maximumFractionDigits: 2, useGrouping: false }).format(
      value / 100,
    );
  }
  if (kind === 'list' && Array.isArray(value)) return value.join(', ');
  return String(value);
}

export type ParsedFigure =
  | { ok: true; value: unknown }
  | { ok: false; problem: 'money' | 'percent' | 'date' };

/** What a person typed, as the rules store it; empty is `undefined` (the caller decides if that is allowed). */
export function parseFigure(kind: FigureKind, input: string): ParsedFigure {
  const text = input.trim();
  if (text === '') return { ok: true, value: kind === 'list' ? [] : undefined };
  if (kind === 'money') {
    const cents = parseEurosToCents(text);
    return cents === undefined ? { ok: false, problem: 'money' } : { ok: true, value: cents };
  }
  if (kind === 'percent') {
    const match = /^(\d{1,3})(?:[.,](\d{1,2}))?\s*%?$/.exec(text);
    const bp = match ? Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0')) : Number.NaN;
    return match && bp <= 10_000 ? { ok: true, value: bp } : { ok: false, problem: 'percent' };
  }
  if (kind === 'date') {
    return /^\d{4}-\d{2}-\d{2}$/.test(text) ? { ok: true, value: text } : { ok: false, problem: 'date' };
  }
  return {
    ok: true,
    value: text
      .split(',')
      .map((code) => code.trim())
      .filter(Boolean),
  };
}
