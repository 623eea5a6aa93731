import { describe, expect, test } from 'vitest';
import { propertySeed } from '../helpers/fast-check-seed.ts';

const commit = () => 'a160def0123456789abcdef0123456789abcdef0';
const noGit = (): string => {
  throw new Error('not a git repository');
};

describe('propertySeed', () => {
  test.each([
    ['FC_SEED as given', '722738430', commit, 722738430],
    ['a negative FC_SEED', '-5', commit, -5],
    ['"random" asks for no seed', 'random', commit, undefined],
    ['the commit, without FC_SEED', undefined, commit, 0xa160def0 | 0],
    ['an empty FC_SEED counts as unset', ' ', commit, 0xa160def0 | 0],
    ['no seed outside a Git checkout', undefined, noGit, undefined],
    ['no seed from something that is not a hash', undefined, () => 'fatal: bad revision', undefined],
  ])('%s', (_, fromEnv, readCommit, expected) => {
    expect(propertySeed(fromEnv, readCommit)).toBe(expected);
  });

  test('refuses an FC_SEED that is not a whole number, naming it', () => {
    expect(() => propertySeed('12ab', commit)).toThrow('FC_SEED must be a whole number or "random", not "12ab"');
  });

  test('one commit gives one seed; another commit another', () => {
    expect(propertySeed(undefined, commit)).toBe(propertySeed(undefined, commit));
    expect(propertySeed(undefined, () => '0b1c2d3e4f')).not.toBe(propertySeed(undefined, commit));
  });
});
