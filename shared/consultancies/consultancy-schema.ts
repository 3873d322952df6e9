/**
 * The consultancy directory: each consultancy lists itself once (its id is its organisation id), and an
 * SME picks from the list when it shares an application for review, so nobody has to type an id.
 */
import * as z from 'zod';
import { checkWords } from '../api/check-words';
import { revisionSchema } from '../api/revision';

/**
 * The languages a consultancy can serve clients in: GrantFit's three, and the others of the regions its
 * schemes cover (Belgium speaks French and German too). A closed list, so the browser can name each
 * one in the reader's language.
 */
export const CONSULTANCY_LANGUAGES = ['it', 'nl', 'en', 'fr', 'de'] as const;
export const consultancyLanguageSchema = z.enum(CONSULTANCY_LANGUAGES, {
  error: 'must be one of it, nl, en, fr, de',
});
export type ConsultancyLanguage = z.infer<typeof consultancyLanguageSchema>;

/**
 * Text a person reads in a list: no control characters and no lone surrogates (half an emoji). The name
 * is also part of a DynamoDB key, which must be valid UTF-8, so such text is refused here, not at the table.
 */
const readable = (multiline: boolean) => (text: string) =>
  !(multiline ? /(?![\n\t])[\p{Cc}\p{Cs}]/u : /[\p{Cc}\p{Cs}]/u).test(text);
const line = (max: number) =>
  z
    .string()
    .trim()
    .min(2, { error: 'must have at least 2 characters' })
    .max(max, { error: `must have at most ${max} characters` })
    .refine(readable(false), {
      error: 'must be plain text on one line',
      params: checkWords('plainTextOneLine'),
    });

const listingFields = {
  name: line(100),
  /** A city or a region, as a client would look for it ("Milano", "Vlaanderen"). */
  place: line(80),
  languages: z
    .array(consultancyLanguageSchema)
    .min(1, { error: 'must name at least one language' })
    .max(CONSULTANCY_LANGUAGES.length)
    .refine((list) => new Set(list).size === list.length, {
      error: 'names a language twice',
      params: checkWords('languageTwice'),
    }),
  description: z
    .string()
    .trim()
    .max(300, { error: 'must have at most 300 characters' })
    .refine(readable(true), { error: 'must be plain text', params: checkWords('plainText') })
    .default(''),
};

/** What a consultancy writes about itself; `revision` is the one it read (0 = its first listing). */
export const consultancyListingInputSchema = z.strictObject({
  ...listingFields,
  revision: revisionSchema(0),
});
export type ConsultancyListingInput = z.input<typeof consultancyListingInputSchema>;

export const consultancySchema = z.strictObject({
  /** The consultancy's organisation id: what a review's `consultantOrgId` holds. */
  id: z.string().min(1).max(64),
  ...listingFields,
});
export type Consultancy = z.infer<typeof consultancySchema>;
