import { describe, expect, test } from 'vitest';
import { findWrittenDates } from '../../../src/lib/import/find-dates.ts';

const MONTHS: [long: string, short: string[], number: string][] = [
  ['January', ['Jan'], '01'],
  ['February', ['Feb'], '02'],
  ['March', ['Mar'], '03'],
  ['April', ['Apr'], '04'],
  ['May', [], '05'],
  ['June', ['Jun'], '06'],
  ['July', ['Jul'], '07'],
  ['August', ['Aug'], '08'],
  ['September', ['Sept', 'Sep'], '09'],
  ['October', ['Oct'], '10'],
  ['November', ['Nov'], '11'],
  ['December', ['Dec'], '12'],
];

const FORMS = MONTHS.flatMap(([long, shorts, number]) => [long, ...shorts].map((form) => [form, number] as const));
const SHORT_FORMS = MONTHS.flatMap(([, shorts, number]) => shorts.map((form) => [form, number] as const));

describe('findWrittenDates, month by month', () => {
  test('finds "1 Sept 2021" in a sentence as 1 September 2021', () => {
    expect(findWrittenDates('The grant was signed on 1 Sept 2021 by the Deputy Mayor.')).toMatchObject([{ iso: '2021-09-01', asWritten: '1 Sept 2021', start: 24 }]);
  });

  test.each(FORMS)('finds a day written with the month %j', (form, number) => {
    const written = `14 ${form} 2022`;
    expect(findWrittenDates(`agreed on ${written}, then`)).toMatchObject([{ iso: `2022-${number}-14`, asWritten: written, start: 10 }]);
  });

  test.each(SHORT_FORMS)('finds a day written with the short month %j and a full stop after it', (form, number) => {
    const written = `3rd ${form}. 2020`;
    expect(findWrittenDates(`from ${written} onwards`)).toMatchObject([{ iso: `2020-${number}-03`, asWritten: written }]);
  });

  test.each(MONTHS.map(([long, , number]) => [long, number] as const))('finds a month written in full, %j 2024, with no day', (long, number) => {
    expect(findWrittenDates(`expected in ${long} 2024.`)).toMatchObject([{ iso: `2024-${number}`, asWritten: `${long} 2024` }]);
  });
});
