import { describe, expect, it } from 'vitest';
import { serverValuesStep } from './use-server-values';

describe('server values in a form', () => {
  it('fill an untouched form, and never overwrite typed edits', () => {
    const first = serverValuesStep(undefined, { name: '' }, { name: 'Studio' });
    expect(first).toEqual({ shown: { name: 'Studio' }, apply: true });
    // Typed since: a refetch with a newer version keeps the typing (the save then meets the 409).
    expect(serverValuesStep(first.shown, { name: 'Studio B' }, { name: 'Studio C' })).toEqual({
      shown: { name: 'Studio C' },
      apply: false,
    });
  });

  it('count "nothing stored yet" as loaded, so a first save that loses a race keeps what was typed', () => {
    const empty = { name: '' };
    const none = serverValuesStep(undefined, empty, null);
    expect(none).toEqual({ shown: empty, apply: false });
    // Someone else created it meanwhile; the 409's refetch brings theirs while the form holds ours.
    expect(serverValuesStep(none.shown, { name: 'Ours' }, { name: 'Theirs' }).apply).toBe(false);
    // Untouched, theirs is simply shown.
    expect(serverValuesStep(none.shown, empty, { name: 'Theirs' }).apply).toBe(true);
  });
});
