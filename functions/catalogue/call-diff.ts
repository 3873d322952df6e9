/** The top-level fields of a catalogue call that differ between two versions, for the audit trail. */
import { canonicalJson } from '../../shared/eligibility/content-hash';

export function callDiff(
  before: object | undefined,
  after: object,
): Record<string, { before: unknown; after: unknown }> {
  // Maps, not plain-object lookups: the calls' keys are ours, but the diff must not trust that.
  const was = new Map(Object.entries(before ?? {}));
  const is = new Map(Object.entries(after));
  const changes: Record<string, { before: unknown; after: unknown }> = {};
  for (const field of [...new Set([...was.keys(), ...is.keys()])].sort()) {
    if (canonicalJson(was.get(field)) === canonicalJson(is.get(field))) continue;
    changes[field] = { before: was.get(field), after: is.get(field) };
  }
  return changes;
}
