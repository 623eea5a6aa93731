import { describe, expect, test } from 'vitest';
import { parse } from 'csv-parse/sync';
import { toCsv, UTF8_BOM, type CsvColumn } from '../../../src/lib/core/csv.ts';

interface Row {
  text: string;
}

const COLUMNS: readonly CsvColumn<Row>[] = [{ name: 'text', description: 'Any text.', value: (r) => r.text }];
const AWKWARD = ['£1.701m', 'County Lines – Operation Orochi', 'the Deputy Mayor’s “approval”', '1/2/2021', '10/12/2021', 'PCD 785', '0123'];

describe('toCsv', () => {
  test('starts with the UTF-8 byte-order mark, so Excel reads £ as £ and not as "Â£"', () => {
    const bytes = Buffer.from(toCsv(COLUMNS, [{ text: '£1.701m' }]), 'utf8');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe('text\n£1.701m\n');
  });

  test('writes the mark once, before the header, even with no rows', () => {
    const csv = toCsv(COLUMNS, []);
    expect(csv).toBe(`${UTF8_BOM}text\n`);
    expect(csv.lastIndexOf(UTF8_BOM)).toBe(0);
  });

  test('reads back byte for byte through csv-parse (bom: true): £, en dashes, curly quotes and "1/2/2021" as written', () => {
    const bytes = Buffer.from(toCsv(COLUMNS, AWKWARD.map((text) => ({ text }))), 'utf8');
    const rows = parse(bytes, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r['text'])).toEqual(AWKWARD);
    expect(Object.keys(rows[0] ?? {})).toEqual(['text']);
  });

  test('without bom: true a reader sees the mark as part of the first header, which is why the data page says to use it', () => {
    const [header] = parse(toCsv(COLUMNS, [{ text: 'x' }])) as string[][];
    expect(header).toEqual([`${UTF8_BOM}text`]);
  });
});
