/**
 * decisions.xlsx: decisions.csv and funding.csv as one workbook with typed cells, for spreadsheet
 * users. A CSV cannot type its cells, so Excel turns "1/2/2021" into a date and a reference such as
 * "PCD 785" may be reformatted; here each column's CellType decides: text cells for dates as printed,
 * references and codes, numbers for pence and pounds. The columns are the CSVs' own CsvColumn
 * lists. Written at build time with exceljs (Node only: nothing in the browser imports this file);
 * the zip is re-packed with fixed dates so the same content writes the same bytes.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { CellType, CsvColumn } from '../core/csv.ts';
import type { Decision } from '../core/decisions.ts';
import { DATA_LICENCE, DATA_SOURCE, type UrlOf } from './data-terms.ts';
import { exportDecisions } from './decisions-json.ts';
import { DECISION_CSV_COLUMNS, FUNDING_CSV_COLUMNS, fundingRows } from './csv-columns.ts';

/** The date written into the workbook's properties and every zip entry: the zip format's epoch, not the build's clock. */
const FIXED_DATE = new Date(Date.UTC(1980, 0, 1));

/** The number format of each cell type: "@" keeps an edited text cell text; pence are whole; pounds show two decimals. */
const NUMBER_FORMATS: Record<CellType, string> = { text: '@', integer: '0', pounds: '#,##0.00' };

/** The widest a column opens, in characters; longer text wraps at the reader's wish. */
const MAX_COLUMN_WIDTH = 60;

/** One sheet of a workbook: its name, its columns' headers and cell types, and its rows as the CSV's text. */
export interface XlsxSheet {
  name: string;
  columns: { name: string; description: string; cell: CellType }[];
  rows: string[][];
}

/** A sheet from a CsvColumn list and its records: the same headers and values as the CSV. */
export function xlsxSheet<T>(name: string, columns: readonly CsvColumn<T>[], records: readonly T[]): XlsxSheet {
  return {
    name,
    columns: columns.map((c) => ({ name: c.name, description: c.description, cell: c.cell ?? 'text' })),
    rows: records.map((record) => columns.map((c) => c.value(record))),
  };
}

/** A cell's value as the spreadsheet holds it: the text itself, or its number (an empty number cell stays empty). */
export function typedCell(text: string, cell: CellType, where: string): string | number | null {
  if (cell === 'text') return text;
  if (text === '') return null;
  const value = Number(text);
  // A value that is not a number in a number column is a fault in the column list, not data to hide.
  if (!Number.isFinite(value) || (cell === 'integer' && !Number.isInteger(value))) throw new Error(`${where}: "${text}" is not a ${cell === 'integer' ? 'whole number' : 'number'}`);
  return value;
}

/** An .xlsx workbook of the sheets, header row bold and frozen, cells typed by their column. */
export async function toXlsx(sheets: readonly XlsxSheet[]): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    worksheet.columns = sheet.columns.map((c, i) => ({
      header: c.name,
      key: c.name,
      width: Math.min(MAX_COLUMN_WIDTH, Math.max(c.name.length + 2, ...sheet.rows.map((r) => (r[i] ?? '').length + 2))),
      style: { numFmt: NUMBER_FORMATS[c.cell] },
    }));
    worksheet.getRow(1).font = { bold: true };
    for (const [r, row] of sheet.rows.entries()) {
      worksheet.addRow(sheet.columns.map((c, i) => typedCell(row[i] ?? '', c.cell, `${sheet.name} row ${r + 2}, ${c.name}`)));
    }
  }
  return repackWithFixedDates(new Uint8Array(await workbook.xlsx.writeBuffer()));
}

/** The same zip with every entry dated FIXED_DATE and no folder entries: exceljs's zip writer stamps each entry, and JSZip each folder it adds, with the clock. */
async function repackWithFixedDates(bytes: Uint8Array): Promise<Uint8Array<ArrayBuffer>> {
  const source = await JSZip.loadAsync(bytes);
  const fixed = new JSZip();
  for (const entry of Object.values(source.files)) {
    if (!entry.dir) fixed.file(entry.name, await entry.async('uint8array'), { date: FIXED_DATE, createFolders: false });
  }
  return new Uint8Array(await fixed.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
}

/** The "about" sheet: where the data comes from, its terms, and what every column of the other sheets holds. */
function aboutSheet(sheets: readonly XlsxSheet[]): XlsxSheet {
  const rows = [
    ['source', '', DATA_SOURCE],
    ['licence', '', `${DATA_LICENCE.name}: ${DATA_LICENCE.url}`],
    ['licence note', '', DATA_LICENCE.note],
    ...sheets.flatMap((s) => s.columns.map((c) => [s.name, c.name, `${c.description} (${c.cell === 'text' ? 'text' : 'number'})`])),
  ];
  const columns = ['sheet', 'column', 'what it holds'].map((name) => ({ name, description: '', cell: 'text' as const }));
  return { name: 'about', columns, rows };
}

/** decisions.xlsx: a sheet of decisions (decisions.csv's columns), a sheet of sums (funding.csv's), and an "about" sheet. */
export function decisionsWorkbook(decisions: readonly Decision[], urlOf: UrlOf): Promise<Uint8Array<ArrayBuffer>> {
  const sheets = [
    xlsxSheet('decisions', DECISION_CSV_COLUMNS, exportDecisions(decisions, urlOf)),
    xlsxSheet('funding', FUNDING_CSV_COLUMNS, fundingRows(decisions, urlOf)),
  ];
  return toXlsx([...sheets, aboutSheet(sheets)]);
}
