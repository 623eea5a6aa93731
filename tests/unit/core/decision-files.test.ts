import { describe, expect, test } from 'vitest';
import { checkDecisionFiles, type DecisionFileFacts } from '../../../src/lib/core/decision-files.ts';

const file = (id: string, reference: unknown): DecisionFileFacts => ({
  file: `content/decisions/${id}.md`,
  id,
  reference,
});

describe('checkDecisionFiles', () => {
  test('returns no problems for an empty set of files', () => {
    expect(checkDecisionFiles([])).toEqual([]);
  });

  test('returns no problems for numbered decisions named by their reference and an unnumbered one with a descriptive slug', () => {
    expect(
      checkDecisionFiles([
        file('pcd-1092', 'PCD 1092'),
        file('pcd-785', 'PCD 785'),
        file('ocs-grant-2023-2027', null),
      ]),
    ).toEqual([]);
  });

  test('reports two files whose addresses differ only in case, since one would be lost', () => {
    expect(checkDecisionFiles([file('ocs-grant', null), file('OCS-Grant', null)])).toEqual([
      'content/decisions/OCS-Grant.md: its address "ocs-grant" is also the address of content/decisions/ocs-grant.md; one would be lost',
      'content/decisions/OCS-Grant.md: the file name must be a lowercase slug such as "pcd-1092.md"',
    ]);
  });

  test.each([
    ['pcd_1092'],
    ['Grant 2021'],
    ['grant--2021'],
  ])('reports the file name %j, which is not a lowercase slug', (id) => {
    expect(checkDecisionFiles([file(id, null)])).toEqual([
      `content/decisions/${id}.md: the file name must be a lowercase slug such as "pcd-1092.md"`,
    ]);
  });

  test('reports two files with the same reference, however it is written', () => {
    expect(
      checkDecisionFiles([
        { file: 'a/pcd-1092.md', id: 'pcd-1092', reference: 'PCD 1092' },
        { file: 'b/grant-2022.md', id: 'grant-2022', reference: 'PCD1092' },
      ]),
    ).toEqual([
      'b/grant-2022.md: reference "PCD 1092" is also used by a/pcd-1092.md',
      'b/grant-2022.md: a decision with reference "PCD 1092" must be named "pcd-1092.md"',
    ]);
  });

  test('reports a numbered decision whose file is not named after its reference', () => {
    expect(checkDecisionFiles([file('pcd-912', 'PCD 911')])).toEqual([
      'content/decisions/pcd-912.md: a decision with reference "PCD 911" must be named "pcd-911.md"',
    ]);
  });

  test('reports a decision without a reference whose file is named like a PCD', () => {
    expect(checkDecisionFiles([file('pcd-12', null)])).toEqual([
      'content/decisions/pcd-12.md: a decision without a reference must not be named like a PCD ("pcd-12")',
    ]);
  });

  test('leaves a malformed reference to the schema, which names it precisely', () => {
    expect(checkDecisionFiles([file('pcd-1092', 'PCD-1092x'), file('pcd-1093', 'not a reference')])).toEqual([]);
  });

  test('does not count a malformed reference as a use of the reference', () => {
    expect(checkDecisionFiles([file('pcd-1092', 'PCD 1092x'), file('pcd-1092-copy', 'PCD 1092')])).toEqual([
      'content/decisions/pcd-1092-copy.md: a decision with reference "PCD 1092" must be named "pcd-1092.md"',
    ]);
  });

  test('reports every problem in a set, file by file', () => {
    expect(checkDecisionFiles([file('pcd-1', 'PCD 1'), file('pcd-1', 'PCD 2'), file('pcd-3', null)])).toEqual([
      'content/decisions/pcd-1.md: its address "pcd-1" is also the address of content/decisions/pcd-1.md; one would be lost',
      'content/decisions/pcd-1.md: a decision with reference "PCD 2" must be named "pcd-2.md"',
      'content/decisions/pcd-3.md: a decision without a reference must not be named like a PCD ("pcd-3")',
    ]);
  });
});

describe('checkDecisionFiles: one decision in two files', () => {
  const ocs = {
    title: 'Organised Crime Specific Grant 2023–2027',
    signed: { notStated: 'No signature block.' },
    amounts: [{ pence: 170_100_000 }, { pence: 5_000_000 }],
    source: { file: '003_ocs.txt' },
  };
  const withFrontmatter = (id: string, frontmatter: Record<string, unknown>): DecisionFileFacts => ({
    file: `content/decisions/${id}.md`,
    id,
    reference: null,
    frontmatter,
  });

  test('reports a copy under another name, naming both files', () => {
    expect(checkDecisionFiles([withFrontmatter('ocs-grant-2023-2027', ocs), withFrontmatter('ocs-copy', ocs)])).toEqual([
      'content/decisions/ocs-copy.md: its source file "003_ocs.txt" is also the source of content/decisions/ocs-grant-2023-2027.md; one decision in two files would be counted twice',
    ]);
  });

  test('reports two files made from the same published document', () => {
    const url = 'https://www.london.gov.uk/mopac-decisions/ocs';
    const problems = checkDecisionFiles([
      withFrontmatter('ocs-a', { ...ocs, title: 'A', source: { file: 'a.txt', url } }),
      withFrontmatter('ocs-b', { ...ocs, title: 'B', source: { file: 'b.txt', url: `${url.toUpperCase()}/` } }),
    ]);
    expect(problems).toEqual([
      `content/decisions/ocs-b.md: its published document ${url.toUpperCase()}/ is also the document of content/decisions/ocs-a.md; one decision in two files would be counted twice`,
    ]);
  });

  test('reports two files with the same title, signing date and sums, whatever their sources say', () => {
    const problems = checkDecisionFiles([
      withFrontmatter('ocs-a', { ...ocs, source: { file: 'a.txt' } }),
      withFrontmatter('ocs-b', { ...ocs, title: ` ${ocs.title.toUpperCase()} `, amounts: [...ocs.amounts].reverse(), source: { file: 'b.txt' } }),
    ]);
    expect(problems).toEqual([
      'content/decisions/ocs-b.md: its title, signing date and sums are those of content/decisions/ocs-a.md; one decision in two files would be counted twice',
    ]);
  });

  test('lets two decisions with one title but other dates or sums stand', () => {
    expect(
      checkDecisionFiles([
        withFrontmatter('grant-2021', { ...ocs, signed: { date: '2021-02-01' }, source: { file: 'a.txt' } }),
        withFrontmatter('grant-2022', { ...ocs, signed: { date: '2022-02-01' }, source: { file: 'b.txt' } }),
        withFrontmatter('grant-2023', { ...ocs, amounts: [{ pence: 1 }], source: { file: 'c.txt' } }),
      ]),
    ).toEqual([]);
  });
});

describe('checkDecisionFiles: one decision at two levels of evidence', () => {
  test('names both files and says the levels, so the better record is kept', () => {
    const facts = (id: string, evidence?: string): DecisionFileFacts => ({
      file: `content/decisions/${id}.md`,
      id,
      reference: 'PCD 990',
      frontmatter: { ...(evidence ? { evidence } : {}), title: id, source: { file: `${id}.txt` } },
    });
    expect(checkDecisionFiles([facts('pcd-990'), facts('pcd-990-register', 'register')])).toContain(
      'content/decisions/pcd-990-register.md: reference "PCD 990" is also used by content/decisions/pcd-990.md; the same decision at two levels of evidence (register and full-text): keep the better record, under the decision\'s address',
    );
  });
});
