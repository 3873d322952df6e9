import { describe, expect, it } from 'vitest';
import { declarationSchema } from '../../../../../shared/companies/company-schema';
import { spendTaxonomySchema } from '../../../../../shared/eligibility/taxonomy';
import * as schemes from '../../../../../shared/fixtures/schemes';
import { messages as en } from './en';
import { messages as it_ } from './it';
import { messages as nl } from './nl';

/** Keys are codes (with dots and colons), so the bundles are compared group by group, not as i18next paths. */
const shape = (bundle: typeof en) =>
  Object.entries(bundle).map(
    ([group, names]) => [group, typeof names === 'string' ? 'text' : Object.keys(names).sort()] as const,
  );

const schemeTags = [
  schemes.miseVoucherRules,
  schemes.pidLombardiaRules,
  schemes.kmoPortefeuille2025Rules,
  schemes.mitFeasibilityRules,
].flatMap((rules) => [
  ...rules.categories.flatMap((c) => [...(c.requiresAllTags ?? []), ...(c.requiresAnyTag ?? [])]),
  ...(rules.exclusions?.rules ?? []).flatMap((r) => r.tagsAny ?? []),
]);

describe('labels', () => {
  for (const [name, bundle] of [
    ['it', it_],
    ['nl', nl],
  ] as const) {
    it(`${name} names every code English names, no other, never with empty text`, () => {
      expect(shape(bundle)).toEqual(shape(en));
      for (const names of Object.values(bundle)) {
        const texts = typeof names === 'string' ? [['text', names]] : Object.entries(names);
        for (const [code, text] of texts) expect(String(text).trim(), code).not.toBe('');
      }
    });
  }

  it('name every spend type, declaration, and every tag the four schemes use', () => {
    const has = (group: Record<string, string>, code: string) => Object.hasOwn(group, code);
    expect(spendTaxonomySchema.options.filter((c) => !has(en.taxonomy, c))).toEqual([]);
    expect(declarationSchema.options.filter((c) => !has(en.declarations, c))).toEqual([]);
    expect(schemeTags.filter((c) => !has(en.tags, c))).toEqual([]);
    for (const code of ['47.19', '56.10', '18.12', '62.01', '01', '02', '03']) {
      expect(has(en.sectors, code), code).toBe(true);
    }
  });
});
