/**
 * Finds internal codes in text people read: tags (`technology:crm`), spend types and declarations by
 * their ids (`saas-cloud`, `chamber-fee-paid`), place codes (`IT-MI`, `ITC4`), reason codes
 * (`CAP_MATCHES_BUDGET`), organisation ids (`sme-bottega-rossi`, `user-<uuid>`), user ids and record ids (ULIDs, demo ids). Every one of
 * them has words in the reader's language; showing the code means a label was missed.
 *
 * The closed lists come from the domain code, so a new code is checked as soon as it exists. Codes that
 * are also plain words ("training", "hardware", "IT" in "IT services") are left out: they cannot be told
 * apart from prose.
 */
import { declarationSchema } from '../../../shared/companies/company-schema';
import { HINT_CODES, REASON_CODES, SIZE_CODES } from '../../../shared/eligibility/explanation';
import { spendTaxonomySchema } from '../../../shared/eligibility/taxonomy';
import { PROVINCES, REGIONS } from '../../../shared/places/regions';

/** Text to match as itself inside a regular expression. */
export const escapeRegExp = (code: string) => code.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Ids joined by hyphens: as whole tokens (not inside a longer hyphenated word or an email address). */
const hyphenatedIds = [
  ...spendTaxonomySchema.options,
  ...declarationSchema.options,
  'request-changes',
  'first-come',
  'pro-rata',
].filter((code) => code.includes('-'));

const placeCodes = [...REGIONS, ...PROVINCES].flatMap((p) => [p.code, ...(p.nuts ? [p.nuts] : [])]);

const upperCodes = [...REASON_CODES, ...HINT_CODES, ...SIZE_CODES];

const PATTERNS: readonly RegExp[] = [
  // A tag: a lowercase word, a colon, a lowercase word ('technology:crm'); times (12:00) and URLs
  // (https://) do not match because the part before the colon must start with a letter and the part
  // after it must start with a letter too.
  /(?<![\w/@.-])[a-z][a-z0-9]*(?:-[a-z0-9]+)*:[a-z][a-z0-9]*(?:[-:][a-z0-9]+)*/g,
  new RegExp(`(?<![\\w@.-])(?:${hyphenatedIds.map(escapeRegExp).join('|')})(?![\\w-])`, 'g'),
  new RegExp(`(?<![\\w-])(?:${placeCodes.map(escapeRegExp).join('|')})(?![\\w-])`, 'g'),
  new RegExp(`(?<![\\w])(?:${upperCodes.map(escapeRegExp).join('|')})(?![\\w])`, 'g'),
  // Any other code in capitals joined by underscores (catalogue warnings, error codes).
  /(?<![\w])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+(?![\w])/g,
  // Error codes and field names in snake case ('already_applied', a CSV header such as 'receipt_no').
  /(?<![\w])[a-z][a-z0-9]*(?:_[a-z0-9]+)+(?![\w])/g,
  // A text's key shown instead of its text ('sizeClasses.small', 'reportMoney.title'): a camel-case
  // group, a dot, a name.
  /(?<![\w.@/-])[a-z]+[A-Z][A-Za-z0-9]*\.[a-z][A-Za-z0-9_]*(?![\w-])/g,
  // Organisation ids as the demo data makes them.
  /(?<![\w@.-])(?:sme|consultant|assoc|association)-[a-z0-9]+(?:-[a-z0-9]+)*(?![\w@-])/g,
  // A self-signed-up SME's organisation id (`user-` and its sign-in's subject), and a subject on its
  // own: a UUID, as Cognito and the local sign-in make them, in either case.
  /(?<![\w@.])(?:user-)?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![\w-])/gi,
  // Record ids: ULIDs (26 Crockford base-32 characters) and the demo data's readable ids of the same
  // length ('01DEMOCALL0000000000000001', whose L and O no ULID has): 26 capitals and digits, a digit
  // among them, as no word is.
  /(?<![\w])(?=[A-Z]*[0-9])[0-9A-Z]{26}(?![\w])/g,
];

/**
 * The internal codes found in `text`, each once, in order of appearance. `ids` adds the ids a test
 * knows (a plan's line ids, which are user data and have no fixed shape).
 */
export function internalCodesIn(text: string, ids: readonly string[] = []): string[] {
  const found: { at: number; code: string }[] = [];
  const known = ids.length
    ? [new RegExp(`(?<![\\w-])(?:${ids.map(escapeRegExp).join('|')})(?![\\w-])`, 'g')]
    : [];
  for (const pattern of [...PATTERNS, ...known]) {
    for (const match of text.matchAll(pattern)) found.push({ at: match.index, code: match[0] });
  }
  return [...new Set(found.sort((a, b) => a.at - b.at).map((f) => f.code))];
}
