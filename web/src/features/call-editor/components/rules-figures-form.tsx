/**
 * The call's key figures as form fields, for associations who would rather not edit JSON: each change
 * is written into the rules text (the one source of truth), and a value that cannot be read is named
 * under its field instead of being written.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/field';
import { currentLocale } from '../../../i18n/i18n';
import { RulesChoicesForm } from './rules-choices-form';
import { RulesDeMinimisForm } from './rules-de-minimis-form';
import {
  CALL_FIGURES,
  type CallFigure,
  categoryFigures,
  type Figure,
  labelOf,
  parseFigure,
  readAt,
  shareRangeFigures,
  showFigure,
  writeAt,
} from './rules-figures';

interface Props {
  /** The rules text as the editor holds it. */
  text: string;
  onChange: (text: string) => void;
}

function parseObject(text: string): Record<string, unknown> | undefined {
  try {
    const json: unknown = JSON.parse(text);
    return json !== null && typeof json === 'object' && !Array.isArray(json)
      ? (json as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

export function RulesFiguresForm({ text, onChange }: Props) {
  const { t, i18n } = useTranslation('rules');
  // What the person is typing, per field, until it leaves the field; the JSON holds the parsed value.
  const [typing, setTyping] = useState<Record<string, string>>({});
  const [problems, setProblems] = useState<Record<string, string>>({});
  const json = parseObject(text);
  if (!json) return <p className="hint">{t('figures.unreadable')}</p>;
  const locale = currentLocale();

  const field = (id: string, label: string, figure: Figure, invalid?: string) => {
    const shown = typing[id] ?? showFigure(figure.kind, readAt(json, figure.path), locale);
    const update = (input: string) => {
      setTyping((current) => ({ ...current, [id]: input }));
      const parsed = parseFigure(figure.kind, input);
      if (!parsed.ok || (parsed.value === undefined && !figure.optional)) {
        const problem = parsed.ok ? 'required' : parsed.problem;
        setProblems((current) => ({ ...current, [id]: t(`figures.problems.${problem}`) }));
        return;
      }
      setProblems(({ [id]: _, ...rest }) => rest);
      const path = parsed.value === undefined ? (figure.clearPath ?? figure.path) : figure.path;
      onChange(JSON.stringify(writeAt(json, path, parsed.value), null, 2));
    };
    return (
      <Field key={id} id={`figure-${id}`} label={label} error={problems[id] ?? invalid}>
        {(aria) => (
          <input
            {...aria}
            type={figure.kind === 'date' ? 'date' : 'text'}
            inputMode={figure.kind === 'money' || figure.kind === 'percent' ? 'decimal' : undefined}
            value={shown}
            onChange={(e) => update(e.target.value)}
            onBlur={() => setTyping(({ [id]: _, ...rest }) => rest)}
          />
        )}
      </Field>
    );
  };

  const categories = Array.isArray(json.categories)
    ? (json.categories as { id?: unknown; label?: unknown }[])
    : [];
  const ranges = Array.isArray(json.shareRanges) ? (json.shareRanges as unknown[]) : [];
  return (
    <>
      <fieldset className="figures">
        <legend>{t('figures.legend')}</legend>
        <p className="hint">{t('figures.hint')}</p>
        {(Object.keys(CALL_FIGURES) as CallFigure[]).map((id) =>
          field(id, t(`figures.${id}`), CALL_FIGURES[id]),
        )}
        {categories.map((category, index) => {
          const name = labelOf(category, i18n.language, category.id ?? index + 1);
          const figures = categoryFigures(index);
          return (
            <fieldset key={String(category.id ?? index)}>
              <legend>{t('figures.category', { name })}</legend>
              {field(`category-${index}-rate`, t('figures.categoryRate'), figures.rate)}
              {field(`category-${index}-cap`, t('figures.categoryCap'), figures.cap)}
            </fieldset>
          );
        })}
        {ranges.map((range, index) => {
          const name = labelOf(range, i18n.language, index + 1);
          const figures = shareRangeFigures(index);
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: a range is edited in place; its position is its identity here.
            <fieldset key={index}>
              <legend>{t('figures.shareRange', { name })}</legend>
              {field(`range-${index}-min`, t('figures.shareRangeMin'), figures.min)}
              {field(
                `range-${index}-max`,
                t('figures.shareRangeMax'),
                figures.max,
                // Each bound is valid alone; together the least share must not pass the greatest.
                Number(readAt(json, figures.min.path) ?? 0) > Number(readAt(json, figures.max.path) ?? 10_000)
                  ? t('figures.problems.shareRangeOrder')
                  : undefined,
              )}
            </fieldset>
          );
        })}
      </fieldset>
      <RulesChoicesForm json={json} onChange={(next) => onChange(JSON.stringify(next, null, 2))} />
      <RulesDeMinimisForm json={json} onChange={(next) => onChange(JSON.stringify(next, null, 2))} />
    </>
  );
}
