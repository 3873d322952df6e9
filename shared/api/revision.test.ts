import { describe, expect, it } from 'vitest';
import { MAX_REVISION, revisionSchema } from './revision';

describe('revisionSchema', () => {
  it('takes the revisions a client read, from 0 where a save may create', () => {
    expect(revisionSchema(0).parse(0)).toBe(0);
    expect(revisionSchema(1).parse(MAX_REVISION)).toBe(MAX_REVISION);
  });

  it('refuses revisions no save can have made, in words', () => {
    expect(revisionSchema(1).safeParse(0).error?.issues[0]?.message).toBe('must be at least 1');
    expect(revisionSchema(0).safeParse(Number.MAX_SAFE_INTEGER).error?.issues[0]?.message).toBe(
      'is not a revision this API gave out',
    );
    expect(revisionSchema(0).safeParse(1.5).success).toBe(false);
  });
});
