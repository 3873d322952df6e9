import { describe, expect, it } from 'vitest';
import { keys } from './table-design';

describe('the consultancy directory sort key', () => {
  it('sorts by the name without accents or case, then by organisation id', () => {
    expect(keys.consultancyDirectorySort('Études Ång', 'c-1')).toBe('etudes ang#c-1');
  });

  it('stays under the 1,024 bytes DynamoDB allows a sort key, whatever the folding multiplies', () => {
    // One U+FDFA folds to 18 characters: 100 of them would make a 3,300-byte key.
    const key = keys.consultancyDirectorySort('\uFDFA'.repeat(100), 'c'.repeat(64));
    expect(Buffer.byteLength(key)).toBeLessThan(1024);
  });
});
