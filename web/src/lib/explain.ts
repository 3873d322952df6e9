/**
 * The engine's reasons and hints in the reader's language: the text for the code, with each value
 * formatted as its name says (shared/eligibility/explanation.ts). Reports saved before reasons carried
 * their values fall back to the English sentence they were written with.
 */
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Explanation, TextParam, TextParams } from '../../../shared/eligibility/explanation';
import { placesIn } from '../../../shared/places/regions';
import type { Language } from '../i18n/languages';
import { INTL_LOCALE } from '../i18n/languages';
import { formatBasisPoints, formatCalendarDate, formatCents, formatNumber } from './format';
import { type Labels, labelsIn } from './labels';

export type ExplanationKind = 'reason' | 'hint' | 'size';
/** Reads the engine's and the size namespace's texts; each key below names its namespace. */
type EngineT = TFunction<['engine', 'size']>;

/** Where each kind's texts are: size-class reasons in the size namespace (the company page loads only it). */
const NAMESPACE: Record<ExplanationKind, 'engine' | 'size'> = {
  reason: 'engine',
  hint: 'engine',
  size: 'size',
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
// Array.isArray does not narrow readonly arrays.
const isList = (value: TextParam): value is readonly string[] => Array.isArray(value);

/** Parameters that hold codes, and the words each is read as (never the code itself). */
const CODE_PARAMS = new Map<string, (labels: Labels, code: string) => string>([
  ['tags', (l, c) => l.tag(c)],
  ['declaration', (l, c) => l.declaration(c)],
  ['regions', (l, c) => l.region(c)],
  ['callRegions', (l, c) => l.region(c)],
  ['region', (l, c) => l.region(c)],
  ['sector', (l, c) => l.sector(c)],
  ['spendType', (l, c) => l.taxonomy(c)],
  ['list', (l, c) => l.list(c)],
  ['unit', (l, c) => l.unit(c)],
]);

/** Region lists name each place once: a province's country and region add nothing to its name. */
/** Places by name, finest first: a company in Bergamo reads as "Bergamo", not "Italy, Lombardy, Bergamo". */
function placeList(labels: Labels, codes: readonly string[]): string {
  const finest = new Set(placesIn(codes));
  const places = codes.filter((code) => finest.has(code));
  return [...new Set((places.length > 0 ? places : codes).map((c) => labels.region(c)))].join(', ');
}

function formatParam(
  t: EngineT,
  language: Language,
  name: string,
  value: TextParam,
  labels: Labels = labelsIn(language),
): string {
  const locale = INTL_LOCALE[language];
  if (isList(value)) {
    if (name === 'regions' || name === 'callRegions') return placeList(labels, value);
    // Codes and names read best as a plain comma list in every language ("one of: a, b, c").
    return value.map((item) => formatParam(t, language, name, item, labels)).join(', ');
  }
  // A line without a supplier yet: the engine reads it as on no list and not linked; name it so.
  if (name === 'supplier' && value === '') return labels.unknownSupplier;
  const code = CODE_PARAMS.get(name);
  if (code && typeof value === 'string') return code(labels, value);
  if (typeof value === 'object') return value[language] ?? value.en;
  if (typeof value === 'number') {
    if (name.endsWith('Cents')) return formatCents(value, locale);
    if (name.endsWith('Bp')) return formatBasisPoints(value, locale);
    return formatNumber(value, locale);
  }
  if (name.startsWith('sizeClass')) return t(`size:sizeClasses.${value}` as 'size:sizeClasses.micro');
  if (name.endsWith('Date') && ISO_DATE.test(value)) return formatCalendarDate(value, locale);
  return value;
}

function formatParams(
  t: EngineT,
  language: Language,
  params: TextParams,
  labels: Labels | undefined,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) =>
      name === 'context' ? [name, String(value)] : [name, formatParam(t, language, name, value, labels)],
    ),
  );
}

/** One explanation as a sentence in `language`; `t` reads the engine and size namespaces. */
export function explain(
  t: EngineT,
  language: Language,
  kind: ExplanationKind,
  item: Explanation,
  labels?: Labels,
): string {
  const key = `${NAMESPACE[kind]}:${kind}.${item.code}` as 'engine:reason.BLOCKED';
  if (!item.params || !t(key, { defaultValue: '' })) return item.message;
  return t(key, {
    ...formatParams(t, language, item.params, labels),
    defaultValue: item.message,
  });
}

/** For components: `explain` bound to the language on screen, re-rendering when it changes. */
export function useExplain(): (kind: ExplanationKind, item: Explanation) => string {
  const { t, i18n } = useTranslation(['engine', 'size']);
  const language = i18n.language as Language;
  return (kind, item) => explain(t, language, kind, item);
}
