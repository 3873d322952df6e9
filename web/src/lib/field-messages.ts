/**
 * Validation messages in the page's language and in plain words: a zod issue is read by its code and
 * limits (never its English schema message, such as "Too small: expected string to have >=1
 * characters"), and a field the API refused is named in the reader's language too.
 */
import i18next from 'i18next';
import { isCheckWords } from '../../../shared/api/check-words';
import type { FieldError } from '../../../shared/api/error-body';

/** The parts of a zod issue these messages read (zod's full and mini issues both fit). */
export interface IssueLike {
  code: string;
  path: readonly PropertyKey[];
  expected?: unknown;
  origin?: unknown;
  format?: unknown;
  minimum?: unknown;
  maximum?: unknown;
  keys?: readonly string[];
  values?: readonly unknown[];
  message?: string;
  params?: Record<string, unknown>;
}

const joinPath = (path: readonly PropertyKey[]) => (path.length > 0 ? path.map(String).join('.') : '(body)');
/** Money travels in cents: a field whose path names cents is read as an amount in euros. */
const isMoney = (path: string) => /cents$/i.test(path);

/** One plain message for one issue. */
export function plainMessage(issue: IssueLike): string {
  const path = joinPath(issue.path);
  const t = i18next.t;
  const limit = (value: unknown) => Number(value);
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'number') return t(isMoney(path) ? 'validation.amount' : 'validation.number');
      return t('validation.required');
    case 'too_small':
      if (issue.origin === 'string')
        return limit(issue.minimum) <= 1
          ? t('validation.required')
          : t('validation.tooShort', { min: limit(issue.minimum) });
      if (issue.origin === 'array' || issue.origin === 'set')
        return t('validation.tooFew', { min: limit(issue.minimum) });
      if (isMoney(path)) return t('validation.amountPositive');
      return t('validation.tooSmall', { min: limit(issue.minimum) });
    case 'too_big':
      if (issue.origin === 'string') return t('validation.tooLong', { max: limit(issue.maximum) });
      if (issue.origin === 'array' || issue.origin === 'set')
        return t('validation.tooMany', { max: limit(issue.maximum) });
      if (isMoney(path)) return t('validation.amountTooBig');
      return t('validation.tooBig', { max: limit(issue.maximum) });
    case 'invalid_format':
      if (issue.format === 'url') return t('validation.url');
      return String(issue.format).includes('date') ? t('validation.date') : t('validation.format');
    case 'invalid_value':
    case 'invalid_union':
    case 'invalid_enum_value':
      return t('validation.choose');
    case 'not_multiple_of':
      return isMoney(path) ? t('validation.amount') : t('validation.number');
    case 'custom':
      // A check of our own schemas names its words; any other says "check this value".
      return isCheckWords(issue.params?.words)
        ? t(`validation.checks.${issue.params.words}`)
        : t('validation.invalid');
    default:
      return t('validation.invalid');
  }
}

/** Field path → plain message, the first issue of each field. */
export function plainFieldMessages(issues: readonly IssueLike[]): Record<string, string> {
  const messages = new Map<string, string>();
  for (const issue of issues) {
    const paths =
      issue.code === 'unrecognized_keys'
        ? (issue.keys ?? []).map((key) => joinPath([...issue.path, key]))
        : [joinPath(issue.path)];
    for (const path of paths) if (!messages.has(path)) messages.set(path, plainMessage(issue));
  }
  return Object.fromEntries(messages);
}

/** The API's field errors, named in the reader's language (its own message is English). */
export function plainServerMessages(fields: readonly FieldError[]): Record<string, string> {
  return Object.fromEntries(fields.map((f) => [f.path, i18next.t('validation.rejected')]));
}
