/**
 * Whether a call's rules can fund anything at all: a call whose every rate is 0 % and that has no
 * fixed bonus answers "eligible, €0" to every plan. An adopted catalogue call starts that way (the
 * record states no rate), so publishing refuses it until the association sets a rate — unless the call
 * takes unfunded applications on purpose.
 */
import type { CallRules, Rate } from './call-rules-schema';

const paysSomething = (rate: Rate) =>
  rate.defaultBp > 0 || Object.values(rate.bySizeClass).some((bp) => (bp ?? 0) > 0);

export function fundsNothing(rules: CallRules): boolean {
  if (rules.totals.bonuses.length > 0) return false;
  return !rules.categories.some((category) => paysSomething(category.rate ?? rules.totals.rate));
}

export const FUNDS_NOTHING_MESSAGE =
  'is 0 % for every kind of spend: set the rate from the official text (or let the call take unfunded applications)';
