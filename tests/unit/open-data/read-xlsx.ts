/** Reading an .xlsx back with exceljs, and checking every cell of a sheet against the rows the source gives. */
import { expect } from 'vitest';
import ExcelJS from 'exceljs';
import type { SourceRow } from './source-rows.ts';

/** A workbook's sheet as its header and its cells, each with the type exceljs reads. */
export async function readSheets(bytes: Uint8Array): Promise<Map<string, { header: string[]; rows: ExcelJS.Cell[][] }>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const sheets = new Map<string, { header: string[]; rows: ExcelJS.Cell[][] }>();
  workbook.eachSheet((sheet) => {
    const width = sheet.getRow(1).cellCount;
    const cells = (r: number) => Array.from({ length: width }, (_, c) => sheet.getRow(r).getCell(c + 1));
    const header = cells(1).map((cell) => String(cell.value));
    sheets.set(sheet.name, { header, rows: Array.from({ length: sheet.rowCount - 1 }, (_, i) => cells(i + 2)) });
  });
  return sheets;
}

/** Every cell of a sheet against the source: numbers where NUMBER_COLUMNS says, text (as written) everywhere else. */
export function expectSheet(sheet: { header: string[]; rows: ExcelJS.Cell[][] } | undefined, expected: SourceRow[], numbers: Record<string, string>) {
  expect(sheet).toBeDefined();
  expect(sheet!.header).toEqual(Object.keys(expected[0] ?? {}));
  expect(sheet!.rows).toHaveLength(expected.length);
  for (const [r, row] of sheet!.rows.entries()) {
    for (const [c, cell] of row.entries()) {
      const column = sheet!.header[c]!;
      const want = expected[r]![column]!;
      const where = `row ${r + 2} ${column}`;
      if (column in numbers) {
        expect(cell.type, where).toBe(ExcelJS.ValueType.Number);
        expect(cell.value, where).toBe(Number(want));
        expect(cell.numFmt, where).toBe(numbers[column] === 'integer' ? '0' : '#,##0.00');
      } else {
        // An empty text cell reads back as no value; every other text cell is a string, exactly as written.
        expect(want === '' ? cell.value ?? '' : cell.type, where).toBe(want === '' ? '' : ExcelJS.ValueType.String);
        if (want !== '') expect(cell.value, where).toBe(want);
      }
    }
  }
}
