/** The score `npm run mutation` prints for a folder (scripts/mutation/tally.ts). */
import { describe, expect, test } from 'vitest';
import { tally } from '../../scripts/mutation/tally.ts';

const report = (...statuses: string[]) => ({ files: { 'a.ts': { mutants: statuses.slice(0, 3).map((status) => ({ status })) }, 'b.ts': { mutants: statuses.slice(3).map((status) => ({ status })) } } });

describe('tally', () => {
  test('counts killed and timed-out mutants as detected, over every mutant tested or left uncovered, across files', () => {
    expect(tally(report('Killed', 'Killed', 'Timeout', 'Survived', 'NoCoverage', 'Killed', 'Survived', 'Killed'))).toEqual({
      killed: 4,
      timeout: 1,
      survived: 2,
      noCoverage: 1,
      score: (5 / 8) * 100,
    });
  });

  test('leaves out mutants that were never tested: compile and runtime errors, ignored ones', () => {
    expect(tally(report('Killed', 'CompileError', 'RuntimeError', 'Ignored', 'Survived'))).toEqual({
      killed: 1,
      timeout: 0,
      survived: 1,
      noCoverage: 0,
      score: 50,
    });
  });

  test('counts a static mutant like any other (Stryker marks it, and it was tested)', () => {
    const statics = { files: { 'a.ts': { mutants: [{ status: 'Survived', static: true }, { status: 'Killed', static: true }] } } };
    expect(tally(statics).score).toBe(50);
  });

  test('has no score when nothing was tested', () => {
    expect(tally(report('Ignored')).score).toBeNull();
    expect(tally({ files: {} }).score).toBeNull();
  });
});
