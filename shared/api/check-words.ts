/**
 * Which plain words a schema's own check (a `refine`) is told in. Its English message is for the API's
 * 400 answers; the web app words the issue in the reader's language from this key, carried on the issue
 * as `params.words` (a closed list, so a form never shows "Check this value" for a check it knows).
 */
export const CHECK_WORDS = [
  'endBeforeStart',
  'twoDecimals',
  'amountOrShare',
  'costTwice',
  'notMoreThanAid',
  'amountPerCost',
  'costsAddUp',
  'yearTwice',
  'questionIdTwice',
  'reservedId',
  'deadlineOffset',
  'plainText',
  'plainTextOneLine',
  'languageTwice',
  'invoiceDate',
] as const;
export type CheckWords = (typeof CHECK_WORDS)[number];

/** The `params` of a check's issue that name its words. */
export const checkWords = (words: CheckWords) => ({ words });

export function isCheckWords(value: unknown): value is CheckWords {
  return CHECK_WORDS.includes(value as CheckWords);
}
