/** A next step in words, in the reader's language: the step's text with its values named and formatted. */
import { useTranslation } from 'react-i18next';
import type { TextParam } from '../../../shared/eligibility/explanation';
import { INTL_LOCALE, type Language } from '../i18n/languages';
import { formatCalendarDate, formatCents } from './format';
import { type Labels, labelsIn } from './labels';
import type { NextStep } from './next-steps';

function formatValue(labels: Labels, name: string, value: TextParam): string {
  const locale = INTL_LOCALE[labels.language];
  if (Array.isArray(value)) {
    const list = value as readonly string[];
    return [...new Set(list.map((v) => formatValue(labels, name, v)))].join(', ');
  }
  if (typeof value === 'object') return (value as Record<string, string>)[labels.language] ?? '';
  if (typeof value === 'number') return name.endsWith('Cents') ? formatCents(value, locale) : String(value);
  if (name.endsWith('Date') && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatCalendarDate(value, locale);
  if (name === 'list') return labels.list(value);
  if (name === 'unit') return labels.unit(value);
  if (name === 'declaration') return labels.declaration(value);
  if (name === 'callRegions') return labels.region(value);
  return value;
}

export function nextStepText(labels: Labels, step: NextStep): string {
  const template = labels.nextStep(step.code);
  const values = new Map(Object.entries(step.params).map(([k, v]) => [k, formatValue(labels, k, v)]));
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values.get(name) ?? '');
}

/** For components: next steps in the language on screen. */
export function useNextStepText(): { text: (step: NextStep) => string; link: string } {
  const { i18n } = useTranslation();
  const labels = labelsIn(i18n.language as Language);
  return { text: (step) => nextStepText(labels, step), link: labels.nextStep('link') };
}
