import { describe, expect, test } from 'vitest';
import { applyDetails, fromRecordsFile, recordsKey, searchRecords, toDetailsFile, toRecordsFile, type SearchRecord } from '../../../src/lib/search/records.ts';
import { fullTextDecisions } from '../../helpers/content.ts';
import { amount, decision, signedOn } from '../../helpers/make-decision.ts';

const decisions = fullTextDecisions();
const records = searchRecords(decisions);
const record = (id: string): SearchRecord => {
  const found = records.find((r) => r.id === id);
  if (!found) throw new Error(`No record ${id}`);
  return found;
};
const summaryOf = (id: string) => decisions.find((d) => d.id === id)?.summary;

describe('searchRecords', () => {
  test('makes one record per decision, in the order given', () => {
    expect(records.map((r) => r.id)).toEqual(['ocs-grant-2023-2027', 'pcd-1092', 'pcd-386', 'pcd-785', 'pcd-911']);
  });

  test('places pcd-785, which has no signing date, at the start of its funding period', () => {
    expect(record('pcd-785')).toEqual({
      id: 'pcd-785',
      reference: 'PCD 785',
      referenceNumber: 785,
      title: 'MPS County Lines Unit – Operation Orochi expansion',
      label: 'PCD 785',
      summary: summaryOf('pcd-785'),
      date: '2020-04-01',
      dateIsSigned: false,
      year: 2020,
      financialYears: ['2020/21'],
      programmes: ['operation-orochi', 'county-lines'],
      programmeNames: ['Operation Orochi', 'County Lines'],
      funders: ['Home Office'],
      sums: [
        { pence: 560_000_000, role: 'accepted', asWritten: '£5.6m' },
        { pence: 80_000_000_000, role: 'context', asWritten: '£800m' },
      ],
      headline: { pence: 560_000_000, role: 'accepted' },
      evidence: 'full-text',
    });
  });

  test('gives pcd-386, whose document names no financial year, the financial year of its signing date', () => {
    expect(record('pcd-386')).toMatchObject({
      date: '2018-05-08',
      dateIsSigned: true,
      year: 2018,
      financialYears: ['2018/19'],
      headline: { pence: 370_000_000, role: 'bid' },
    });
  });

  test('reads the reference number and programme names of pcd-1092', () => {
    expect(record('pcd-1092')).toMatchObject({
      reference: 'PCD 1092',
      referenceNumber: 1092,
      label: 'PCD 1092',
      date: '2021-12-10',
      dateIsSigned: true,
      year: 2021,
      financialYears: ['2021/22'],
      programmes: ['anpr', 'operation-orochi', 'county-lines'],
      programmeNames: ['Roads Policing ANPR', 'Operation Orochi', 'County Lines'],
      headline: { pence: 136_000_000, role: 'accepted' },
    });
    expect(record('pcd-1092').sums).toEqual([
      { pence: 136_000_000, role: 'accepted', asWritten: '£1,360,000' },
      { pence: 660_000_000, role: 'other-decision-grant', asWritten: '£6.6m' },
      { pence: 470_000_000, role: 'allocation', asWritten: '£4.7m' },
      { pence: 80_000_000_000, role: 'context', asWritten: '£800m' },
    ]);
  });

  test('labels the OCS decision, which has no reference, by its short title', () => {
    expect(record('ocs-grant-2023-2027')).toMatchObject({
      reference: null,
      referenceNumber: null,
      label: 'OCS grant agreement 2023–2027',
      date: '2023-04-01',
      dateIsSigned: false,
      year: 2023,
      financialYears: ['2023/24'],
      funders: ['Home Office', 'East Midlands Special Operations Unit (EMSOU)'],
      headline: { pence: 170_100_000, role: 'accepted' },
    });
    expect(record('ocs-grant-2023-2027').sums).toHaveLength(11);
  });

  test('signs pcd-911 on its signing date, in the financial year its document names', () => {
    expect(record('pcd-911')).toMatchObject({ date: '2021-02-01', dateIsSigned: true, year: 2021, financialYears: ['2020/21'] });
  });

  test('leaves the date, year and financial years empty for a decision that states no date at all', () => {
    expect(searchRecords([decision('undated')])[0]).toMatchObject({
      date: null,
      dateIsSigned: false,
      year: null,
      financialYears: [],
      headline: null,
      sums: [],
    });
  });

  test('keeps a month-only placing date as written and takes the financial year of its first day', () => {
    const d = decision('march', { dates: [{ kind: 'decision-required-by', date: '2024-03', asWritten: 'March 2024' }] });
    expect(searchRecords([d])[0]).toMatchObject({ date: '2024-03', year: 2024, financialYears: ['2023/24'] });
  });

  test('places a decision with only a financial year at the start of that year', () => {
    const d = decision('fy-only', { financialYears: ['2022/23'] });
    expect(searchRecords([d])[0]).toMatchObject({ date: '2022-04-01', dateIsSigned: false, year: 2022, financialYears: ['2022/23'] });
  });

  test('takes the headline from the principal sum, not the first or the largest', () => {
    const d = decision('principal', {
      ...signedOn('2022-01-10', '10/01/2022'),
      amounts: [amount(900_000_000, '£9m', 'context'), amount(5_000_000, '£50,000', 'accepted', true)],
    });
    expect(searchRecords([d])[0]?.headline).toEqual({ pence: 5_000_000, role: 'accepted' });
  });

  test('copies the lists it takes, so changing a record does not change its decision', () => {
    const [copy] = searchRecords(decisions);
    copy?.programmes.push('nclcc');
    copy?.funders.push('Nobody');
    copy?.financialYears.push('1999/00');
    expect(decisions[0]?.programmes).toEqual(['organised-crime-grant']);
    expect(decisions[0]?.funders).toEqual(['Home Office', 'East Midlands Special Operations Unit (EMSOU)']);
    expect(decisions[0]?.financialYears).toEqual(['2023/24']);
  });
});

describe('the records and details files (/search/records.json, /search/details.json)', () => {
  const undated = decision('undated', { reference: null, shortTitle: 'A short title', amounts: [] });
  const twoSums = decision('two-sums', {
    ...signedOn('2022-01-10', '10/01/2022'),
    amounts: [amount(900_000_000, '£9m', 'context'), amount(5_000_000, '£50,000', 'accepted', true)],
  });
  /** Through JSON and back, as the page receives them. */
  const wire = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

  test.each([
    ['the five real decisions', decisions],
    ['a decision with no reference, date or sums, and one whose headline is its second sum', [undated, twoSums]],
  ])('give back exactly the records they were made from: %s', (_, from) => {
    const original = searchRecords(from);
    const read = fromRecordsFile(wire(toRecordsFile(original)));
    applyDetails(read, toRecordsFile(original).key, wire(toDetailsFile(original)));
    expect(read).toEqual(original);
  });

  test('records.json alone lists every record, with its summary and written sums still to come', () => {
    const read = fromRecordsFile(wire(toRecordsFile(records)));
    expect(read.map((r) => r.id)).toEqual(records.map((r) => r.id));
    expect(read.every((r) => r.summary === null && r.sums.every((s) => s.asWritten === null))).toBe(true);
    expect(read.find((r) => r.id === 'pcd-1092')?.sums.map((s) => s.pence)).toEqual([136_000_000, 660_000_000, 470_000_000, 80_000_000_000]);
  });

  test('writes an id only when it is not the slug of the reference', () => {
    const file = toRecordsFile(records);
    expect(file.columns.id).toEqual(['ocs-grant-2023-2027', null, null, null, null]);
  });

  test('records.json is under 40% of the size of the records written as objects', () => {
    expect(JSON.stringify(toRecordsFile(records)).length).toBeLessThan(JSON.stringify(records).length * 0.4);
  });

  test('refuses a headline that is not one of the sums, rather than losing it', () => {
    const [bad] = searchRecords([twoSums]);
    expect(() => toRecordsFile([{ ...bad!, headline: { pence: 1, role: 'accepted' } }])).toThrow(/two-sums: its headline sum is not one of its sums/);
  });

  test('refuses to write details it does not have', () => {
    const read = fromRecordsFile(wire(toRecordsFile(records)));
    expect(() => toDetailsFile(read)).toThrow(/ocs-grant-2023-2027: it has no summary to write/);
  });

  test('refuses a records file with a column shorter than the others', () => {
    const file = wire(toRecordsFile(records));
    file.columns.title.pop();
    expect(() => fromRecordsFile(file)).toThrow(/records.json is damaged: its title column does not hold 5 values/);
  });

  test('refuses a reference that is not in its canonical form', () => {
    const file = wire(toRecordsFile(records));
    file.columns.reference[1] = 'pcd-1092';
    expect(() => fromRecordsFile(file)).toThrow(/record 2 has the reference "pcd-1092"/);
  });

  test('refuses a record with neither an id nor a reference', () => {
    const file = wire(toRecordsFile(records));
    file.columns.id[0] = null;
    expect(() => fromRecordsFile(file)).toThrow(/record 1 has neither an id nor a reference/);
  });

  test.each([
    ['from another build', (d: ReturnType<typeof toDetailsFile>) => ({ ...d, key: toDetailsFile(searchRecords([undated])).key }), /from another build/],
    ['with a summary missing', (d: ReturnType<typeof toDetailsFile>) => ({ ...d, summaries: d.summaries.slice(1) }), /does not hold 5 summaries/],
    ['with a sum missing', (d: ReturnType<typeof toDetailsFile>) => ({ ...d, sumsAsWritten: d.sumsAsWritten.map((w, i) => (i === 1 ? w.slice(1) : w)) }), /pcd-1092 has 4 sums/],
  ])('refuses a details file %s and leaves the records as they were', (_, spoil, message) => {
    const read = fromRecordsFile(wire(toRecordsFile(records)));
    const before = structuredClone(read);
    expect(() => applyDetails(read, toRecordsFile(records).key, spoil(wire(toDetailsFile(records))))).toThrow(message);
    expect(read).toEqual(before);
  });
});

describe('recordsKey', () => {
  // The key names the files written from a list of records, so a browser never mixes files of two lists.
  const withIds = (...ids: string[]) => ids.map((id) => ({ ...records[0], id }) as SearchRecord);
  test('is the count and a short fingerprint of the ids, the same for the same ids in the same order', () => {
    expect(recordsKey(records)).toMatch(new RegExp(`^${records.length.toString(36)}-[0-9a-z]{1,7}$`));
    expect(recordsKey(withIds('a', 'b'))).toBe(recordsKey(withIds('a', 'b')));
  });
  test('changes with the ids, their order, and where one id ends and the next begins', () => {
    const keys = [recordsKey(withIds('a', 'b')), recordsKey(withIds('b', 'a')), recordsKey(withIds('a', 'c')), recordsKey(withIds('ab', 'c')), recordsKey(withIds('a', 'bc')), recordsKey(withIds('a'))];
    expect(new Set(keys).size).toBe(keys.length);
  });
});
