/**
 * Checks across the records of one import: copy-paste between records shows only there. IDs 1671 and
 * 1673 share a title; ID 1448's implementing act is another call's ("BANDO VOUCHER DIGITALI E
 * TRANSIZIONE ENERGETICA", the title of ID 1447).
 */
import type { CatalogueCall } from './catalogue-call-schema';
import { type CatalogueWarning, warn } from './warnings';

const simplify = (s: string) =>
  s
    .toLocaleLowerCase('it')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** A title's first " - " segment names the call; the rest is usually the granting body. */
const callName = (title: string) => simplify(title.split(/\s+[-–]\s+/)[0] ?? title);
/** Shorter first segments are places or bodies ("Regione Marche", "Fondo comuni marginali"), shared by many acts. */
const MIN_NAME_LENGTH = 30;
const BODY_LIKE = /^(regione|comune|provincia|camera|cciaa|gal|fvg|pr)\b/;

export function batchChecks(calls: readonly CatalogueCall[]): Map<string, CatalogueWarning[]> {
  const found = new Map<string, CatalogueWarning[]>();
  const add = (id: string, w: CatalogueWarning) => found.set(id, [...(found.get(id) ?? []), w]);

  const byTitle = new Map<string, string[]>();
  for (const call of calls) {
    const key = simplify(call.title);
    byTitle.set(key, [...(byTitle.get(key) ?? []), call.sourceId]);
  }
  for (const ids of byTitle.values())
    if (ids.length > 1)
      for (const id of ids) {
        const others = ids.filter((o) => o !== id);
        add(
          id,
          warn('DUPLICATE_TITLE', { others }, `another record has the same title (${others.join(', ')})`),
        );
      }

  const names = calls
    .map((c) => ({ id: c.sourceId, name: callName(c.title), body: simplify(c.grantingBody ?? '') }))
    .filter((n) => n.name.length >= MIN_NAME_LENGTH && !BODY_LIKE.test(n.name) && !n.body.includes(n.name));
  for (const call of calls) {
    const act = call.legalBasis.implementing;
    if (act === undefined) continue;
    const actText = simplify(act);
    const own = simplify(call.title);
    const other = names.find(
      (n) => n.id !== call.sourceId && actText.includes(n.name) && !own.includes(n.name),
    );
    if (other)
      add(
        call.sourceId,
        warn(
          'LEGAL_ACT_NAMES_OTHER_CALL',
          { other: other.id },
          `Provvedimento_attuativo names another call (${other.id}): copied from it?`,
        ),
      );
  }
  return found;
}
