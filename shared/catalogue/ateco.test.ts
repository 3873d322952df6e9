import { describe, expect, it } from 'vitest';
import { parseAteco } from './ateco';

describe('Codici_ATECO', () => {
  it('reads every "all sectors" spelling', () => {
    for (const sentence of [
      'Tutti i settori economici ammissibili a ricevere aiuti;',
      'Tutti i settori economici ammissibili a ricevere aiuti',
      'Tutti i codici ammissibili a ricevere aiuti',
      'Tutti i settori economici',
    ])
      expect(parseAteco(sentence).ateco).toEqual({ kind: 'all-sectors', sentence });
  });

  it('keeps both editions when a record names both, and de-duplicates with a warning', () => {
    const { ateco, warnings } = parseAteco('ATECO 2007: 90.02; 90.01; 90.02; ATECO 2025: 82.1; 82.10;');
    expect(ateco).toEqual({
      kind: 'codes',
      lists: [
        { edition: '2007', editionStated: true, codes: ['90.01', '90.02'] },
        { edition: '2025', editionStated: true, codes: ['82.1', '82.10'] },
      ],
    });
    expect(warnings.map((w) => w.code)).toEqual(['DUPLICATE_VALUES']);
  });

  it('flags what is not a code, and text that is neither codes nor a sentence', () => {
    expect(parseAteco('62.01; informatica').warnings.map((w) => w.code)).toEqual([
      'ATECO_INVALID_CODE',
      'ATECO_EDITION_ASSUMED',
    ]);
    expect(parseAteco('vari').ateco).toEqual({ kind: 'unspecified' });
  });
});
