/**
 * Publishing and errata refuse rules whose texts are not all in Italian, Dutch and English: SMEs read a
 * call's category names and exclusion reasons in their own language (shared/eligibility/untranslated-texts.ts).
 */
import type { CallRules } from '../../shared/eligibility/call-rules-schema';
import {
  newlyUntranslatedTexts,
  UNTRANSLATED_MESSAGE,
  untranslatedTexts,
} from '../../shared/eligibility/untranslated-texts';
import { RuleRefusalError } from '../errors/use-case-errors';

/**
 * Every text of the rules in Italian, Dutch and English (SMEs read them in theirs); 422 names each gap.
 * With `before` (an erratum), only texts new or changed since it: a call published before the rule can
 * still be corrected.
 */
export function assertTranslated(rules: CallRules, before?: CallRules): void {
  const missing = before ? newlyUntranslatedTexts(rules, before) : untranslatedTexts(rules);
  if (missing.length === 0) return;
  throw new RuleRefusalError(
    'rules_untranslated',
    "Some texts of the call's rules are not given in Italian, Dutch and English; add them first.",
    missing.map((path) => ({ path: `rules.${path}`, message: UNTRANSLATED_MESSAGE })),
  );
}
