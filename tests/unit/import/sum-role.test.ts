/**
 * The words each role of `guessSumRole` rests on, and the sum it cannot find. The cue is what a
 * maintainer is shown beside the guess, so it is checked exactly, not only the role. (Mutation
 * testing found these cues unchecked: README, "npm run mutation".)
 */
import { describe, expect, test } from 'vitest';
import { guessSumRole } from '../../../src/lib/import/sum-role.ts';

describe('guessSumRole: the cue shown with each guess', () => {
  test.each([
    // A share of the larger sum before it names that sum.
    ['The grant of £4.7m, of which £950,000 is for vehicles, is accepted.', '£950,000', { role: 'component', cue: 'of which (£4.7m)' }],
    // "up to" with "in principle": a cap agreed for later, not money taken now.
    ['MOPAC agrees in principle to provide up to £2m for the work.', '£2m', { role: 'future-cap', cue: 'agreement in principle' }],
    // Future offers of a sum: a cap, not an acceptance.
    ['Future offers to the partnership may reach £3m in total.', '£3m', { role: 'future-cap', cue: 'future offers' }],
    // "The £120,000 allocation": the cue is the word, without the space before it.
    ['The £120,000 allocation will be spent on training.', '£120,000', { role: 'allocation', cue: 'allocation' }],
    // "£50,000 of match funding" after the sum.
    ['The borough will provide £50,000 of match funding for the scheme.', '£50,000', { role: 'match-funding', cue: 'of match funding' }],
    // The same without "of", run together, as "fund", and after two spaces.
    ['The borough will provide £50,000 match funding for the scheme.', '£50,000', { role: 'match-funding', cue: 'match funding' }],
    ['The borough will provide £50,000 matchfunding for the scheme.', '£50,000', { role: 'match-funding', cue: 'matchfunding' }],
    ['The borough will provide £50,000 match fund for the scheme.', '£50,000', { role: 'match-funding', cue: 'match fund' }],
    ['The borough will provide £50,000  of  match funding for the scheme.', '£50,000', { role: 'match-funding', cue: 'of  match funding' }],
  ])('%s (%s)', (sentence, asWritten, guess) => {
    expect(guessSumRole(sentence, asWritten)).toEqual(guess);
  });
});

describe('guessSumRole: a sum the sentence does not have', () => {
  test('has no role and no cue, and the search ends', () => {
    expect(guessSumRole('MOPAC accepts £5,000 from the Home Office.', '£6,000')).toEqual({ role: null, cue: '' });
  });

  test('a later occurrence that is not there has no role either', () => {
    expect(guessSumRole('MOPAC accepts £5,000 and passes £5,000 to LB Enfield.', '£5,000', { occurrence: 2 })).toEqual({ role: null, cue: '' });
  });
});
