/**
 * Source data is untrusted input: names every object has ("__proto__", "constructor") as values or keys,
 * wrong types, missing ids, other sites' re-shaped copies. None of it may break the run or leak into
 * lookups; every record comes out imported or rejected with a reason.
 */
import { describe, expect, it } from 'vitest';
import { importCatalogue, importCatalogueText } from './import-catalogue';

const resultsOf = (json: unknown) => {
  const result = importCatalogue(json);
  if (!result.ok) throw new Error(result.error);
  return result.results;
};

describe('hostile and malformed records', () => {
  it('treats "__proto__", "constructor" and friends as unknown values, never as lookups', () => {
    const text = `[{"ID_Incentivo":"1","Titolo":"constructor","__proto__":{"polluted":true},
      "Regioni":["constructor","__proto__","toString","Lombardia"],"Costi_Ammessi":["hasOwnProperty"],
      "Dimensioni":["__proto__","valueOf"],"Obiettivo_Finalita":["constructor"],"Comuni":"constructor; __proto__",
      "Codici_ATECO":"__proto__","Stanziamento_incentivo":"constructor","Data_chiusura":"__proto__"},
      {"ID_Incentivo":"2","Titolo":"__proto__"}]`;
    const result = importCatalogueText(text);
    expect(result.ok).toBe(true);
    const [first, second] = result.ok ? result.results : [];
    expect(first?.status).toBe('imported');
    expect(second?.status).toBe('imported');
    const call = first?.status === 'imported' ? first.call : undefined;
    expect(call?.area.regions).toEqual(['IT-25']);
    expect(call?.costFamilies).toEqual([]);
    expect(call?.sizeClasses).toEqual([]);
    expect(call?.purposes).toEqual([]);
    expect(call?.area.municipalities).toEqual({ kind: 'listed', names: ['constructor', '__proto__'] });
    const codes = call?.warnings.map((w) => w.code) ?? [];
    expect(codes.filter((c) => c === 'UNKNOWN_VALUE').length).toBe(7);
    expect(codes).toEqual(
      expect.arrayContaining(['UNKNOWN_FIELD', 'ATECO_UNPARSED', 'BUDGET_UNPARSED', 'DATE_INVALID']),
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects ids that are not portal node ids, naming the reason', () => {
    const results = resultsOf([
      { ID_Incentivo: '__proto__', Titolo: 'x' },
      { ID_Incentivo: 'constructor', Titolo: 'x' },
      { ID_Incentivo: 1447, Titolo: 'x' },
      { Titolo: 'no id' },
      { ID_Incentivo: '', Titolo: 'blank id' },
    ]);
    expect(results.map((r) => r.status === 'rejected' && r.reason.code)).toEqual([
      'INVALID_ID',
      'INVALID_ID',
      'INVALID_ID',
      'MISSING_ID',
      'MISSING_ID',
    ]);
  });

  it('rejects what is not a record, a record without a title and a repeated id, and goes on', () => {
    const results = resultsOf([
      null,
      42,
      'text',
      [],
      { ID_Incentivo: '7' },
      { ID_Incentivo: '8', Titolo: 'ok' },
      { ID_Incentivo: '8', Titolo: 'again' },
      { ID_Incentivo: '9', Titolo: 'last' },
    ]);
    expect(results.map((r) => (r.status === 'rejected' ? r.reason.code : r.status))).toEqual([
      'NOT_AN_OBJECT',
      'NOT_AN_OBJECT',
      'NOT_AN_OBJECT',
      'NOT_AN_OBJECT',
      'MISSING_TITLE',
      'imported',
      'DUPLICATE_ID',
      'imported',
    ]);
    expect(results[4]).toMatchObject({ sourceId: '7' });
  });

  it('ignores a field of the wrong type with a warning, keeping the record', () => {
    const [result] = resultsOf([
      { ID_Incentivo: '3', Titolo: 't', Regioni: 5, Stanziamento_incentivo: 300000 },
    ]);
    expect(
      result?.status === 'imported' && result.call.warnings.map((w) => [w.code, w.params.field]),
    ).toEqual(
      expect.arrayContaining([
        ['FIELD_INVALID', 'Regioni'],
        ['FIELD_INVALID', 'Stanziamento_incentivo'],
      ]),
    );
  });

  it('reads a third-party re-shaped copy (derived from real record 1447: dates cut, blanks as "", budget a number) with warnings', () => {
    const [result] = resultsOf([
      {
        ID_Incentivo: '1447',
        Titolo:
          'Bando Voucher digitali e transizione energetica - anno 2024 - Camera di Commercio di Chieti Pescara',
        Data_apertura: '2024-04-22',
        Data_chiusura: '2024-06-29',
        Note_di_apertura_chiusura: '',
        Regioni: ['Abruzzo'],
        Stanziamento_incentivo: 300000,
      },
    ]);
    expect(result?.status).toBe('imported');
    const call = result?.status === 'imported' ? result.call : undefined;
    expect(call?.window.closes).toEqual({
      date: '2024-06-29',
      at: '2024-06-29T23:59:59+02:00',
      precision: 'day',
    });
    expect(call?.budget).toEqual({});
    expect(call?.warnings.map((w) => w.code)).toEqual(
      expect.arrayContaining(['EMPTY_VALUE', 'FIELD_INVALID']),
    );
  });

  it("rejects another site's renamed keys as records without an id", () => {
    const results = resultsOf([{ title: 'Voucher', sizes: ['micro'], aiutoMax: 5000 }]);
    expect(results[0]).toMatchObject({ status: 'rejected', reason: { code: 'MISSING_ID' } });
  });

  it('reports a file that is neither export shape, or not JSON, as an error of the file', () => {
    expect(importCatalogueText('{not json')).toMatchObject({ ok: false });
    expect(importCatalogue({ docs: [] })).toMatchObject({ ok: false });
    expect(importCatalogue({ response: { docs: 'x' } })).toMatchObject({ ok: false });
    expect(importCatalogueText('\uFEFF[]')).toEqual({ ok: true, shape: 'compact-array', results: [] });
  });
});
