import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { RESULTS_CSV_COLUMNS, resultsCsv } from '../../../src/lib/search/results-csv.ts';
import { searchRecords, type SearchRecord } from '../../../src/lib/search/records.ts';
import { fullTextDecisions } from '../../helpers/content.ts';

const records = searchRecords(fullTextDecisions());
const byId = (id: string) => records.find((r) => r.id === id) as SearchRecord;
const urlOf = (id: string) => `https://example.org/decisions/${id}/`;
const rowsOf = (csv: string) => parse(csv, { columns: true, bom: true }) as Record<string, string>[];

describe('resultsCsv', () => {
  test('writes the header, then one row per result in the order given', () => {
    const csv = resultsCsv([byId('pcd-785'), byId('pcd-1092')], urlOf);
    expect(csv.split('\n')[0]).toBe('\ufeffreference,title,placing_date,signed_date,headline_pence,headline_role,programmes,url');
    expect(rowsOf(csv).map((row) => row['url'])).toEqual(['https://example.org/decisions/pcd-785/', 'https://example.org/decisions/pcd-1092/']);
  });

  test('writes PCD 1092 with its headline sum in pence, its kind, and its programmes joined by "; "', () => {
    const [row] = rowsOf(resultsCsv([byId('pcd-1092')], urlOf));
    expect(row).toMatchObject({ reference: 'PCD 1092', headline_pence: '136000000', headline_role: 'accepted' });
    expect(row?.['programmes']).toBe(byId('pcd-1092').programmeNames.join('; '));
  });

  test('gives the signing date only when the placing date is the signing date', () => {
    const signed = { ...byId('pcd-1092'), date: '2021-06-01', dateIsSigned: true };
    const unsigned = { ...signed, dateIsSigned: false };
    const rows = rowsOf(resultsCsv([signed, unsigned], urlOf));
    expect(rows.map((row) => [row['placing_date'], row['signed_date']])).toEqual([
      ['2021-06-01', '2021-06-01'],
      ['2021-06-01', ''],
    ]);
  });

  test('leaves the reference, dates and sum empty when a decision has none', () => {
    const bare = { ...byId('pcd-1092'), reference: null, date: null, dateIsSigned: false, headline: null };
    const [row] = rowsOf(resultsCsv([bare], urlOf));
    expect(row).toMatchObject({ reference: '', placing_date: '', signed_date: '', headline_pence: '', headline_role: '' });
  });

  test('neutralises a title a spreadsheet would run as a formula', () => {
    const hostile = { ...byId('pcd-1092'), title: '=HYPERLINK("https://example.com","x")' };
    expect(rowsOf(resultsCsv([hostile], urlOf))[0]?.['title']).toBe(`'=HYPERLINK("https://example.com","x")`);
  });

  test('names each column once, and describes it', () => {
    const names = RESULTS_CSV_COLUMNS.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    for (const column of RESULTS_CSV_COLUMNS) expect(column.description).not.toBe('');
  });
});
