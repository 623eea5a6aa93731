import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { RESULTS_CSV_COLUMNS, resultsCsv } from '../../../src/lib/search/results-csv.ts';
import { searchRecords, type SearchRecord } from '../../../src/lib/search/records.ts';
import { selectionTotals } from '../../../src/lib/search/summary.ts';
import { fullTextDecisions } from '../../helpers/content.ts';

const records = searchRecords(fullTextDecisions());
const byId = (id: string) => records.find((r) => r.id === id) as SearchRecord;
const urlOf = (id: string) => `https://example.org/decisions/${id}/`;
const allRowsOf = (csv: string) => parse(csv, { columns: true, bom: true }) as Record<string, string>[];
/** The rows of the results, without the totals row that ends the file. */
const rowsOf = (csv: string) => allRowsOf(csv).slice(0, -1);

describe('resultsCsv', () => {
  test('writes the header, then one row per result in the order given', () => {
    const csv = resultsCsv([byId('pcd-785'), byId('pcd-1092')], urlOf);
    expect(csv.split('\n')[0]).toBe('\ufeffreference,title,placing_date,signed_date,headline_pence,headline_role,programmes,accepted_pence,bid_pence,url');
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

  test('gives each decision its accepted and bid totals, and ends with their sum in a row of its own', () => {
    const listed = records.filter((r) => r.id !== 'pcd-911');
    const rows = allRowsOf(resultsCsv(listed, urlOf));
    expect(rows).toHaveLength(listed.length + 1);
    const total = rows.at(-1) as Record<string, string>;
    const add = (column: string) => rows.slice(0, -1).reduce((sum, row) => sum + Number(row[column]), 0);
    expect(total).toEqual({
      reference: '',
      title: `Total of the ${listed.length} decisions above`,
      placing_date: '',
      signed_date: '',
      headline_pence: '',
      headline_role: '',
      programmes: '',
      accepted_pence: String(add('accepted_pence')),
      bid_pence: String(add('bid_pence')),
      url: '',
    });
    expect(Number(total['accepted_pence'])).toBe(selectionTotals(listed).acceptedPence);
    expect(Number(total['bid_pence'])).toBe(selectionTotals(listed).bidPence);
    expect(rows.find((row) => row['reference'] === 'PCD 386')).toMatchObject({ accepted_pence: '0', bid_pence: '370000000' });
    expect(rows.find((row) => row['reference'] === 'PCD 1092')).toMatchObject({ accepted_pence: '136000000', bid_pence: '0' });
  });

  test.each([
    [0, 'Total: no decisions'],
    [1, 'Total of the decision above'],
  ])('names the totals row of %i results %j', (n, title) => {
    const rows = allRowsOf(resultsCsv(records.slice(0, n), urlOf));
    expect(rows.at(-1)).toMatchObject({ title, accepted_pence: String(selectionTotals(records.slice(0, n)).acceptedPence) });
  });

  test('names each column once, and describes it', () => {
    const names = RESULTS_CSV_COLUMNS.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    for (const column of RESULTS_CSV_COLUMNS) expect(column.description).not.toBe('');
  });
});
