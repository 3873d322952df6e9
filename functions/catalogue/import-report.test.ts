import { describe, expect, it } from 'vitest';
import { importCatalogue } from '../../shared/catalogue/import-catalogue';
import { recordLine, summary } from './import-report';

const result = importCatalogue([
  {
    ID_Incentivo: '1',
    Titolo: 'Voucher',
    Costi_Ammessi: ['Formazione Professionale', 'Formazione Professionale'],
  },
  { Titolo: 'no id' },
]);
const results = result.ok ? result.results : [];

describe('catalogue CLI output', () => {
  it('prints one line per record with the normalised call, warnings as strings and the reason', () => {
    const [imported, rejected] = results.map(recordLine);
    expect(imported).toMatchObject({
      sourceId: '1',
      status: 'imported',
      call: { sourceId: '1', costFamilies: ['training'] },
    });
    expect(imported?.warnings).toContain(
      'DUPLICATE_VALUES: Costi_Ammessi lists "Formazione Professionale" 2 times',
    );
    expect(rejected).toEqual({
      sourceId: null,
      status: 'rejected',
      warnings: [],
      reason: 'MISSING_ID: the record has no ID_Incentivo',
    });
  });

  it('summarises counts, the commonest warnings and each rejection', () => {
    const text = summary('f.json', 'compact-array', results);
    expect(text).toContain('f.json (compact-array): imported 1, rejected 1');
    expect(text).toContain('  DUPLICATE_VALUES  1');
    expect(text).toContain('rejected #1 (no id): the record has no ID_Incentivo');
  });
});
