/**
 * One problem of rules typed as JSON, as words the rules editor can say in the reader's language: a
 * key of the `rules` texts' `problem` group and the facts it needs. Read from the schema issue's code
 * and limits (never zod's English message, such as "Too small: expected number to be >=0"), from the
 * rule that refused it (`params.words`, set by the rules schema), or from where the JSON broke. A
 * pattern check carries only its message, so the rules schema's three are recognised by theirs.
 */
import type { Messages } from '../../../i18n/locales/rules/en';
import type { IssueLike } from '../../../lib/field-messages';

export type ProblemKey = keyof Messages['problem'];
export interface RulesProblem {
  /** Where in the rules, as the JSON names it ('totals.rate.defaultBp'); absent for the text as a whole. */
  path?: string;
  key: ProblemKey;
  values?: Record<string, string | number>;
}

/** The rules schema's rules across fields, by the name they give themselves. */
const RULES = new Set<ProblemKey>([
  'needsTarget',
  'minAboveMax',
  'needsDay',
  'dayOrder',
  'intensityPolicy',
  'belowRegulation',
  'duplicateCategory',
  'noCategory',
  'windowOrder',
]);

/** A pattern check says only its message: these are the rules schema's own. */
const BY_PATTERN_MESSAGE = new Map<string, ProblemKey>([
  ['must be a lowercase-with-dashes id', 'id'],
  ['must be lowercase words joined by - or :', 'tag'],
  ['must be a NACE code such as 49.41', 'nace'],
]);

const TYPE = new Map<string, ProblemKey>([
  ['int', 'whole'],
  ['number', 'number'],
  ['string', 'text'],
  ['array', 'list'],
  ['object', 'group'],
  ['boolean', 'trueFalse'],
  ['record', 'group'],
]);

/** The problem's place, unless it is the rules as a whole. */
const placeOf = (path: readonly PropertyKey[]) =>
  path.length > 0 ? { path: path.map(String).join('.') } : {};

function wordsOf(issue: IssueLike, missing: boolean): Pick<RulesProblem, 'key' | 'values'> {
  const limit = (value: unknown) => ({ limit: Number(value) });
  switch (issue.code) {
    case 'custom': {
      const words = issue.params?.words;
      const key = typeof words === 'string' ? RULES.has(words as ProblemKey) && (words as ProblemKey) : false;
      if (!key) return { key: 'invalid' };
      const { id, cents } = issue.params ?? {};
      return {
        key,
        values: {
          ...(typeof id === 'string' ? { id } : {}),
          ...(typeof cents === 'number' ? { cents } : {}),
        },
      };
    }
    case 'invalid_type':
      if (missing) return { key: 'required' };
      return { key: TYPE.get(String(issue.expected)) ?? 'invalid' };
    case 'too_small':
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1
          ? { key: 'required' }
          : { key: 'minChars', values: limit(issue.minimum) };
      if (issue.origin === 'array') return { key: 'minItems', values: limit(issue.minimum) };
      return { key: 'atLeast', values: limit(issue.minimum) };
    case 'too_big':
      if (issue.origin === 'string') return { key: 'maxChars', values: limit(issue.maximum) };
      if (issue.origin === 'array') return { key: 'maxItems', values: limit(issue.maximum) };
      return { key: 'atMost', values: limit(issue.maximum) };
    case 'invalid_value':
      if (missing) return { key: 'required' };
      return { key: 'oneOf', values: { values: (issue.values ?? []).map(String).join(', ') } };
    case 'invalid_format':
      if (issue.format === 'date') return { key: 'date' };
      return { key: BY_PATTERN_MESSAGE.get(issue.message ?? '') ?? 'format' };
    case 'invalid_union':
      return { key: 'shape' };
    default:
      return { key: 'invalid' };
  }
}

/** Whether the JSON has nothing at this path (a field left out, rather than one of the wrong kind). */
function isMissing(json: unknown, path: readonly PropertyKey[]): boolean {
  let at: unknown = json;
  for (const step of path) {
    if (at === null || typeof at !== 'object' || !Object.hasOwn(at, step)) return true;
    at = (at as Record<PropertyKey, unknown>)[step];
  }
  return at === undefined;
}

/** The problems of one parse, an unknown field at its own path. */
export function rulesProblems(issues: readonly IssueLike[], json: unknown): RulesProblem[] {
  return issues.flatMap((issue): RulesProblem[] =>
    issue.code === 'unrecognized_keys'
      ? (issue.keys ?? []).map((key) => ({ ...placeOf([...issue.path, key]), key: 'unknownField' }))
      : [{ ...placeOf(issue.path), ...wordsOf(issue, isMissing(json, issue.path)) }],
  );
}

/**
 * Where the text stopped being JSON, from the line and column or the position the browser's JSON
 * parser names ("… at position 42"); some messages name neither (Chromium's "Unexpected token 'x', …
 * is not valid JSON"), and then the text as a whole.
 */
export function jsonProblem(text: string, parserMessage: string): RulesProblem {
  // Firefox names the line and column itself ("at line 3 column 7 of the JSON data").
  const named = /line (\d+) column (\d+)/.exec(parserMessage);
  if (named) return { key: 'jsonAt', values: { line: Number(named[1]), column: Number(named[2]) } };
  const found = /position (\d+)/.exec(parserMessage);
  if (!found) return { key: 'json' };
  const at = Math.min(Number(found[1]), text.length);
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  const column = at - before.lastIndexOf('\n');
  return { key: 'jsonAt', values: { line, column } };
}
