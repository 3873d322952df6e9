import { describe, expect, it } from 'vitest';
import { HINT_CODES, REASON_CODES, SIZE_CODES } from '../../../../shared/eligibility/explanation';
import { NEXT_STEP_CODES } from '../../lib/next-steps';
import { messages as catalogueEn } from './catalogue/en';
import { messages as catalogueIt } from './catalogue/it';
import { messages as catalogueNl } from './catalogue/nl';
import { messages as en } from './en';
import { messages as engineEn } from './engine/en';
import { messages as engineIt } from './engine/it';
import { messages as engineNl } from './engine/nl';
import { messages as it_ } from './it';
import { messages as labelsEn } from './labels/en';
import { messages as labelsNl } from './labels/nl';
import { messages as nl } from './nl';
import { messages as partsEn } from './parts/en';
import { messages as partsIt } from './parts/it';
import { messages as partsNl } from './parts/nl';
import { messages as readinessEn } from './readiness/en';
import { messages as readinessIt } from './readiness/it';
import { messages as readinessNl } from './readiness/nl';
import { messages as rulesEn } from './rules/en';
import { messages as rulesIt } from './rules/it';
import { messages as rulesNl } from './rules/nl';
import { messages as sizeEn } from './size/en';
import { messages as sizeIt } from './size/it';
import { messages as sizeNl } from './size/nl';

/** Each language's bundle beside the English one it must match. */
const BUNDLES = [
  ['it', it_, en],
  ['nl', nl, en],
  ['it signed-in pages', partsIt, partsEn],
  ['nl signed-in pages', partsNl, partsEn],
  ['it readiness', readinessIt, readinessEn],
  ['nl readiness', readinessNl, readinessEn],
  ['it rules', rulesIt, rulesEn],
  ['nl rules', rulesNl, rulesEn],
  ['it catalogue', catalogueIt, catalogueEn],
  ['nl catalogue', catalogueNl, catalogueEn],
  ['it engine', engineIt, engineEn],
  ['nl engine', engineNl, engineEn],
  ['it size', sizeIt, sizeEn],
  ['nl size', sizeNl, sizeEn],
] as const;

/** Every key path with its {{placeholders}}, so a missing key or a dropped placeholder fails here. */
function entries(value: unknown, path = ''): [string, string[]][] {
  if (typeof value === 'string')
    return [[path, [...value.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '').sort()]];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
    entries(v, path ? `${path}.${k}` : k),
  );
}

describe('translations', () => {
  for (const [name, bundle, english] of BUNDLES) {
    it(`${name} has every English key, no other, with the same placeholders and no empty text`, () => {
      expect(entries(bundle)).toEqual(entries(english));
      for (const [path] of entries(bundle)) {
        const text = path
          .split('.')
          .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], bundle);
        expect(String(text).trim(), path).not.toBe('');
      }
    });
  }
});

/** Texts the same as the English in that language: a word both use, or only placeholders and signs. */
const SAME_AS_ENGLISH = new Set([
  'it:auth.email',
  'it:auth.password',
  'it:callPage.size.micro',
  'nl:callPage.size.micro',
  'nl:calls.budget',
  'nl:applications.status',
  'nl signed-in pages:callEditor.colStatus',
  'nl signed-in pages:callEditor.colBudget',
  'nl signed-in pages:callEditor.budget',
  'nl signed-in pages:dashboard.budget',
  'nl signed-in pages:dashboard.status',
  'nl signed-in pages:dashboard.csvHeaders.status',
  'nl signed-in pages:reviews.status',
  'nl catalogue:status.open',
]);

function texts(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
    texts(v, path ? `${path}.${k}` : k),
  );
}

describe('translated, not copied', () => {
  for (const [name, bundle, english] of BUNDLES) {
    it(`${name} has no English text pasted in`, () => {
      const inEnglish = new Map(texts(english));
      const copied = texts(bundle)
        .filter(([path, text]) => inEnglish.get(path) === text)
        // Only placeholders, spaces and signs: nothing to translate.
        .filter(([, text]) => /[A-Za-z]/.test(text.replace(/\{\{\w+\}\}/g, '')))
        .map(([path]) => `${name}:${path}`)
        .filter((key) => !SAME_AS_ENGLISH.has(key));
      expect(copied).toEqual([]);
    });
  }
});

/**
 * Dutch speaks to the reader as "u" throughout, as Belgian and Dutch public bodies and business software
 * do; a page that says "u" in one sentence and "je" in the next reads as written by two people.
 */
describe('Dutch says "u", never "je"', () => {
  const dutch = [nl, partsNl, readinessNl, rulesNl, catalogueNl, engineNl, sizeNl, labelsNl] as const;
  it('has no informal pronoun in any Dutch bundle', () => {
    const informal = dutch
      .flatMap((bundle) => texts(bundle))
      .filter(([, text]) => /(?<![\p{L}-])(je|jou|jouw|jij|jullie|jezelf)(?![\p{L}-])/iu.test(text))
      .map(([path, text]) => `${path}: ${text}`);
    expect(informal).toEqual([]);
  });
});

describe('engine texts', () => {
  it('every reason, hint and size-class code the engine writes has an English text', () => {
    const missing = [
      ...REASON_CODES.filter((code) => !(code in engineEn.reason)).map((code) => `reason.${code}`),
      ...HINT_CODES.filter((code) => !(code in engineEn.hint)).map((code) => `hint.${code}`),
      ...SIZE_CODES.filter((code) => !(code in sizeEn.size)).map((code) => `size.${code}`),
    ];
    expect(missing).toEqual([]);
  });

  it('every next step has words (the other languages have the same keys as English)', () => {
    expect(NEXT_STEP_CODES.filter((code) => !(code in labelsEn.nextSteps))).toEqual([]);
  });
});
