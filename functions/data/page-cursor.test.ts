import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from './page-cursor';
import { InvalidCursorError } from './store-errors';

const expected = {
  names: ['pk', 'sk', 'gsi1pk', 'gsi1sk'],
  partition: ['gsi1pk', 'CONSULTANCIES'] as [string, string],
};

describe('page cursors', () => {
  it('give back the key they were made from', () => {
    const key = { pk: 'CONSULTANCY#a', sk: 'PROFILE', gsi1pk: 'CONSULTANCIES', gsi1sk: 'a#a' };
    expect(decodeCursor(encodeCursor(key), expected)).toEqual(key);
  });

  it('refuse a forged key with an empty value (DynamoDB would refuse it with a 500)', () => {
    const forged = encodeCursor({ pk: '', sk: '', gsi1pk: 'CONSULTANCIES', gsi1sk: '' });
    expect(() => decodeCursor(forged, expected)).toThrow(InvalidCursorError);
  });

  it('refuse a key of another list', () => {
    const other = encodeCursor({ pk: 'x', sk: 'y', gsi1pk: 'CALLS#PUBLISHED', gsi1sk: 'z' });
    expect(() => decodeCursor(other, expected)).toThrow(InvalidCursorError);
  });

  it('refuse a key outside the list’s kind of item, which DynamoDB would refuse with a 500', () => {
    const plans = {
      names: ['pk', 'sk'],
      partition: ['pk', 'COMPANY#a'] as [string, string],
      sortKeyPrefix: ['sk', 'PLAN#'] as [string, string],
    };
    expect(decodeCursor(encodeCursor({ pk: 'COMPANY#a', sk: 'PLAN#p1' }), plans)).toEqual({
      pk: 'COMPANY#a',
      sk: 'PLAN#p1',
    });
    expect(() => decodeCursor(encodeCursor({ pk: 'COMPANY#a', sk: 'PROFILE' }), plans)).toThrow(
      InvalidCursorError,
    );
  });
});
