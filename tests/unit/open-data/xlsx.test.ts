/**
 * decisions.xlsx read back with a real spreadsheet reader (exceljs, the writer's own library, in
 * reading mode): every cell of both sheets has the type and value the source decisions give it.
 */
import { describe, expect, test } from 'vitest';
import ExcelJS from 'exceljs';
import { decisionsWorkbook, toXlsx, typedCell, xlsxSheet } from '../../../src/lib/open-data/xlsx.ts';
import type { CsvColumn } from '../../../src/lib/core/csv.ts';
import { NUMBER_COLUMNS, sourceDecisionRows, sourceFundingRows } from './source-rows.ts';
import { expectSheet, readSheets } from './read-xlsx.ts';
import { real, urlOf } from './fixtures.ts';

describe('decisionsWorkbook', async () => {
  const bytes = await decisionsWorkbook(real, urlOf);
  const sheets = await readSheets(bytes);

  test('has a decisions sheet, a funding sheet and an about sheet', () => {
    expect([...sheets.keys()]).toEqual(['decisions', 'funding', 'about']);
  });

  test('decisions: every cell of every row is the source decision’s, numbers as numbers, the rest as text', () => {
    expectSheet(sheets.get('decisions'), sourceDecisionRows(real, urlOf), NUMBER_COLUMNS.decisions);
  });

  test('funding: every cell of every sum is the source’s, programme and programme_id in their own columns', () => {
    expectSheet(sheets.get('funding'), sourceFundingRows(real, urlOf), NUMBER_COLUMNS.funding);
  });

  test('keeps a date as printed, "1/2/2021", as text, where a CSV opened in Excel becomes a date', () => {
    const decisions = sheets.get('decisions')!;
    const column = decisions.header.indexOf('signed_as_written');
    const cell = decisions.rows.map((row) => row[column]!).find((c) => c.value === '1/2/2021');
    expect(cell?.type).toBe(ExcelJS.ValueType.String);
    expect(cell?.numFmt).toBe('@');
  });

  test('says in its about sheet what every column holds', () => {
    const about = sheets.get('about')!;
    const described = about.rows.map((row) => `${row[0]?.value}.${row[1]?.value}`);
    for (const name of ['decisions', 'funding']) for (const column of sheets.get(name)!.header) expect(described).toContain(`${name}.${column}`);
  });

  test('writes the same bytes for the same decisions, whatever the clock says', async () => {
    expect(Buffer.from(await decisionsWorkbook(real, urlOf)).equals(Buffer.from(bytes))).toBe(true);
  });
});

describe('typedCell', () => {
  test.each([
    ['1/2/2021', 'text', '1/2/2021'],
    ['0123', 'text', '0123'],
    ['136000000', 'integer', 136_000_000],
    ['1360000.05', 'pounds', 1_360_000.05],
    ['', 'integer', null],
  ] as const)('holds %j in a %s column as %j', (text, cell, value) => {
    expect(typedCell(text, cell, 'here')).toBe(value);
  });

  test.each([
    ['£1.36m', 'pounds'],
    ['12.5', 'integer'],
  ] as const)('refuses %j in a %s column, naming where', (text, cell) => {
    expect(() => typedCell(text, cell, 'funding row 2, pence')).toThrow(/funding row 2, pence/);
  });
});

describe('toXlsx', () => {
  test('writes a text cell beginning "=" as text, never as a formula', async () => {
    const columns: CsvColumn<{ t: string }>[] = [{ name: 't', description: '', value: (r) => r.t }];
    const sheet = (await readSheets(await toXlsx([xlsxSheet('s', columns, [{ t: '=1+1' }])]))).get('s')!;
    expect([sheet.rows[0]![0]!.type, sheet.rows[0]![0]!.value]).toEqual([ExcelJS.ValueType.String, '=1+1']);
  });
});
