import { describe, expect, it } from 'vitest';
import { nothingSeen, type Seen, serverValuesStep } from './use-server-values';

interface Stored {
  name: string;
  revision: number;
}
type Values = { name: string };
const toValues = ({ name }: Stored): Values => ({ name });
const step = (seen: Seen<Stored, Values>, current: Values, source: Stored | null) =>
  serverValuesStep(seen, current, source, toValues);

describe('server values in a form', () => {
  it('fill an untouched form, and never overwrite typed edits', () => {
    const first = step(nothingSeen, { name: '' }, { name: 'Studio', revision: 1 });
    expect(first.apply).toBe(true);
    expect(first.seen.shown).toEqual({ name: 'Studio' });
    // Typed since: a refetch with a newer version keeps the typing.
    const refetched = step(first.seen, { name: 'Studio B' }, { name: 'Studio C', revision: 2 });
    expect(refetched.apply).toBe(false);
  });

  it('keep the version the edits were made on as the base, so their save meets the 409', () => {
    const first = step(nothingSeen, { name: '' }, { name: 'Studio', revision: 1 });
    expect(first.seen.base?.revision).toBe(1);
    // Someone else saved revision 2; the window regained focus and it was fetched while this form holds
    // edits made on revision 1: a save must still send 1.
    const refetched = step(first.seen, { name: 'Studio B' }, { name: 'Studio C', revision: 2 });
    expect(refetched.seen.base?.revision).toBe(1);
    // Untouched, the newer version is shown and becomes the base.
    const untouched = step(first.seen, { name: 'Studio' }, { name: 'Studio C', revision: 2 });
    expect(untouched.apply).toBe(true);
    expect(untouched.seen.base?.revision).toBe(2);
  });

  it('take the answer to the form’s own save as its base: the form already shows it', () => {
    const first = step(nothingSeen, { name: '' }, { name: 'Studio', revision: 1 });
    const saved = step(first.seen, { name: 'Studio B' }, { name: 'Studio B', revision: 2 });
    expect(saved.seen.base?.revision).toBe(2);
  });

  it('count "nothing stored yet" as loaded, so a first save that loses a race keeps what was typed', () => {
    const empty = { name: '' };
    const none = step(nothingSeen, empty, null);
    expect(none).toEqual({ seen: { source: null, shown: empty, base: null }, apply: false });
    // Someone else created it meanwhile; the 409's refetch brings theirs while the form holds ours, and
    // the form stays based on "nothing stored" (revision 0): its save meets the 409 again.
    const theirs = step(none.seen, { name: 'Ours' }, { name: 'Theirs', revision: 1 });
    expect(theirs.apply).toBe(false);
    expect(theirs.seen.base).toBeNull();
    // Untouched, theirs is simply shown.
    expect(step(none.seen, empty, { name: 'Theirs', revision: 1 }).apply).toBe(true);
  });
});
