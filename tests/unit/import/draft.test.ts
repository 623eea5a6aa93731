import { parseFrontmatter } from '@astrojs/markdown-remark';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decisionSchema } from '../../../src/schemas/decision.ts';
import { draftDecisionFile, slugFromTitle, type DraftInput } from '../../../src/lib/import/draft.ts';
import type { Candidates } from '../../../src/lib/import/candidates.ts';
import { importDocument } from '../../../src/lib/import/import-document.ts';
import { readDecisionBytes } from '../../../src/lib/import/input.ts';

/** Candidates with every free-text field set from `text`, and a comment source holding it too. */
function candidatesHolding(text: string): DraftInput {
  const mention = { pence: 100, asWritten: '£1', quote: text, line: 1, role: 'accepted' as const, cue: text, financialYears: ['2021/22'] };
  return {
    candidates: {
      reference: null,
      conflictingReferences: [],
      title: { value: text, line: 1, how: text },
      signed: { iso: '2021-12-10', asWritten: text, kind: 'signed', cue: text, sentence: text, line: 2 },
      dates: [],
      sums: [
        {
          pence: 100,
          role: 'accepted',
          chosen: mention,
          mentions: [mention],
          otherRoles: [],
          principal: true,
          totalPrinted: true,
          confidence: { level: 'medium', reason: text },
        },
      ],
      tableSums: [],
      financialYears: ['2021/22'],
      related: [{ reference: 'PCD 990', quote: text, line: 3 }],
      partTwo: { status: 'not-stated', asWritten: text, classification: null, exemptions: [text], note: text, line: 4 },
      funders: [],
      recipient: text,
      programmeSuggestions: [],
      decisionTypes: ['grant-acceptance'],
      summaryHint: text,
      notADecision: null,
      confidence: { reference: { level: 'low', reason: text }, title: { level: 'high', reason: text }, signed: { level: 'high', reason: text } },
      flags: [],
      errors: [],
    } as unknown as Candidates,
    body: 'Body.',
    sourceFile: text,
    cleaned: [{ original: text, replacement: text, reason: text, lines: [5] }],
    undecided: [text],
  };
}

describe('draftDecisionFile', () => {
  test.each(['PCD 1092', '£1,360,000', 'yes', 'No', 'null', '2021/22', '10/12/2021', '2021-12-10', 'Title: with a colon', '# not a comment', '', 'trailing space ', 'a, b', '[x]', '---'])(
    'writes %j so that it reads back as itself wherever it stands',
    (text) => {
      const { frontmatter } = parseFrontmatter(draftDecisionFile(candidatesHolding(text)));
      expect(frontmatter).toMatchObject({ title: text, recipient: text, signed: { date: '2021-12-10', asWritten: text }, source: { file: text } });
      expect(frontmatter['amounts']).toMatchObject([{ quote: text, financialYears: ['2021/22'] }]);
      // An empty Part 2 wording or note is left out rather than written empty.
      expect(frontmatter['partTwo']).toMatchObject(text ? { asWritten: text, exemptions: [text], note: text } : { exemptions: [text] });
      expect(frontmatter['cleaned']).toEqual([{ original: text, ...(text ? { replacement: text } : {}), reason: text }]);
    },
  );

  test('writes the day of the import as addedOn, quoted, when given', () => {
    const { frontmatter } = parseFrontmatter(draftDecisionFile({ ...candidatesHolding('x'), addedOn: '2026-12-03' }));
    expect(frontmatter['addedOn']).toBe('2026-12-03');
  });

  test('writes lists of plain words in one line, and quotes every date', () => {
    const file = draftDecisionFile(candidatesHolding('x'));
    expect(file).toContain('financialYears: [2021/22]');
    expect(file).toContain('date: "2021-12-10"');
  });

  test('property: any string reads back as itself, in a value and in the comments around it', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        const { frontmatter } = parseFrontmatter(draftDecisionFile(candidatesHolding(text)));
        expect(frontmatter).toMatchObject({ title: text, recipient: text, source: { file: text } });
        expect(frontmatter['amounts']).toMatchObject([{ quote: text }]);
      }),
      { numRuns: 300 },
    );
    // The drafts need little CPU; the time allowed covers a machine shared by many runs.
  }, 30_000);
});

describe('slugFromTitle', () => {
  test.each([
    ['Home Office Grant Organised Crime Specific Grant Agreement 2023 - 2027', 'home-office-grant-organised-crime-specific-grant-agreement-2023-2027'],
    ['OCS Grant & Agreement – 2023/24', 'ocs-grant-and-agreement-2023-24'],
    ['Café Policing', 'cafe-policing'],
    ['PCD 12', 'decision-pcd-12'],
    ['!!!', null],
  ])('makes %j into %j', (title, slug) => {
    expect(slugFromTitle(title)).toBe(slug);
  });

  test('keeps within 80 characters, at a word boundary', () => {
    const slug = slugFromTitle('word '.repeat(40)) ?? '';
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('word')).toBe(true);
  });
});

describe('readDecisionBytes', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);

  test.each([
    ['an empty file', new Uint8Array(), 'the file is empty'],
    ['a file of blank lines', bytes(' \n\t\n'), 'the file is empty'],
    ['a binary file', new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]), 'not a text file (it holds NUL bytes)'],
    ['a file that is not UTF-8', new Uint8Array([0x41, 0xe9, 0x42]), 'not UTF-8 text'],
  ])('refuses %s', (_, input, problem) => {
    expect(readDecisionBytes(input)).toEqual({ ok: false, problem });
  });

  test('reads UTF-8 text and drops a byte-order mark', () => {
    expect(readDecisionBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('£1.36m')]))).toEqual({ ok: true, text: '£1.36m' });
  });
});

describe('importDocument', () => {
  const minimal = [
    'DMPC Decision - PCD 4321',
    '',
    'Title: Test Grant',
    '',
    'The Deputy Mayor is recommended to approve the acceptance of £10,000 of Home Office grant for 2024/25.',
    '',
    'The grant will fund Metropolitan Police Service (MPS) overtime.',
  ].join('\n');

  test('drafts a file named after the reference, which is YAML and fails the schema only where a person must write', () => {
    const result = importDocument(minimal, { fileName: 'test.txt' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.slug).toBe('pcd-4321');
    const { frontmatter, content } = parseFrontmatter(result.file);
    expect(content.trim()).toBe(result.body.trim());
    const parsed = decisionSchema.safeParse(frontmatter);
    expect(parsed.success).toBe(false);
    const paths = parsed.error?.issues.map((issue) => issue.path.join('.')).sort();
    expect(paths).toEqual(['programmes', 'summary']);
    expect(frontmatter).toMatchObject({
      reference: 'PCD 4321',
      title: 'Test Grant',
      signed: { notStated: expect.any(String) },
      amounts: [{ pence: 1_000_000, role: 'accepted', principal: true, asWritten: '£10,000', financialYears: ['2024/25'] }],
      source: { file: 'test.txt' },
    });
    expect(result.undecided).toContain('no signing date: signed.notStated says so; check the document');
  });

  test('passes the schema once summary and programmes are written', () => {
    const result = importDocument(minimal, { fileName: 'test.txt' });
    if (!result.ok) throw new Error(result.problem);
    const { frontmatter } = parseFrontmatter(result.file);
    expect(decisionSchema.safeParse({ ...frontmatter, summary: 'A test.', programmes: ['county-lines'] }).success).toBe(true);
  });

  test.each([
    ['an empty text', '', 'the file is empty'],
    ['a text that is not a decision', 'Shopping: eggs, milk and bread.', 'not a decision document (no PCD reference, no sum of money, no mention of MOPAC, the DMPC or the Deputy Mayor)'],
    ['a MOPAC text with neither reference nor sum', 'MOPAC news\n\nThe office moves on Monday.', 'not a decision document (no PCD reference, no sum of money)'],
    ['a decision with nothing to name it after', 'The Deputy Mayor accepts £5m.', 'no PCD reference and no title to name the draft after'],
  ])('refuses %s', (_, text, problem) => {
    expect(importDocument(text, { fileName: 'x.txt' })).toEqual({ ok: false, problem });
  });

  test('names a document without a reference after its title', () => {
    const result = importDocument('## OCS Grant Agreement 2023 - 2027\n\nMOPAC is asked to approve the acceptance of £1.701m.', { fileName: 'ocs.txt' });
    expect(result.ok && result.slug).toBe('ocs-grant-agreement-2023-2027');
    if (result.ok) expect(parseFrontmatter(result.file).frontmatter).toMatchObject({ reference: null });
  });

  test('removes text named with acceptLoss, records it under cleaned and reports it as explained', () => {
    const text = `${minimal}\n\nThe above request has my approval.\n\ndue hinden Signature\n\nDate 10/12/2021`;
    const kept = importDocument(text, { fileName: 't.txt' });
    const removed = importDocument(text, { fileName: 't.txt', acceptLoss: ['due hinden', 'not there'] });
    if (!kept.ok || !removed.ok) throw new Error('import failed');
    expect(kept.body).toContain('due hinden Signature');
    expect(kept.suspectedNoise.map((n) => n.text)).toEqual(['due hinden']);
    expect(removed.body).not.toContain('due hinden');
    expect(removed.explainedLosses.map((run) => run.text)).toEqual(['due hinden']);
    expect(removed.unexplainedLosses).toEqual([]);
    expect(removed.acceptLossNotFound).toEqual(['not there']);
    expect(parseFrontmatter(removed.file).frontmatter.cleaned).toEqual([
      { original: 'due hinden', reason: 'A handwritten signature, read by text extraction as words.' },
    ]);
    expect(parseFrontmatter(removed.file).frontmatter.signed).toEqual({ date: '2021-12-10', asWritten: '10/12/2021' });
  });
});

describe('drafts of register pages', () => {
  const text = `PCD 8333 Social media unit grant 2024-26

Recommendation

The Deputy Mayor for Policing and Crime is recommended to:

1. Approve entering a new grant agreement with the Home Office for £418,900 per year for 2024/25 and 2025/26.
2. Approve grant payments of £30,000 each to the London Boroughs of Enfield, Haringey and Brent.

1.1. The unit went on with £402, 500 for 2022/23 (PCD8060).
`;
  const reference = { value: 'PCD 8333', asWritten: 'PCD 8333', how: 'Key information: Reference code' };

  /** What the schema says of the draft once a maintainer has written what only a person can. */
  const schemaProblemsOnceReviewed = (frontmatter: Record<string, unknown>) => {
    const parsed = decisionSchema.safeParse({
      ...frontmatter,
      summary: 'A grant for two years.',
      recipient: 'Metropolitan Police Service (MPS)',
      programmes: ['smin'],
      related: (frontmatter['related'] as Record<string, unknown>[]).map((item) => ({ ...item, says: 'An earlier grant.' })),
    });
    return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  };

  test('write per-year sums, counts and amounts set right so that a reviewed draft passes the schema', () => {
    const result = importDocument({ text, origin: { file: 'pcd-8333.html' }, known: { reference }, cleaned: [] });
    if (!result.ok) throw new Error(result.problem);
    const { frontmatter } = parseFrontmatter(result.file);
    const amounts = frontmatter['amounts'] as Record<string, unknown>[];
    expect(amounts[0]).toMatchObject({
      pence: 83_780_000,
      role: 'accepted',
      principal: true,
      perYear: [
        { financialYear: '2024/25', pence: 41_890_000, asWritten: '£418,900' },
        { financialYear: '2025/26', pence: 41_890_000, asWritten: '£418,900' },
      ],
    });
    expect(amounts[0]).not.toHaveProperty('asWritten');
    expect(amounts[1]).toMatchObject({ pence: 3_000_000, role: 'allocation', note: expect.stringContaining('3 bodies') });
    expect(amounts[2]).toMatchObject({ pence: 40_250_000, asWritten: '£402, 500', role: 'other-decision-grant', decision: 'PCD 8060' });
    expect(result.file).toMatch(/sure: low \(a space inside the number/);
    expect(schemaProblemsOnceReviewed(frontmatter)).toEqual([]);
  });

  test('a page and its PDF are kept where the schema keeps them: register.page, register.pdf and source.url', () => {
    const page = 'https://www.london.gov.uk/mopac-decisions/pcd-8333-lantern';
    const pdf = 'https://www.london.gov.uk/sites/default/files/pcd-8333.pdf';
    const decisionBy = { value: 'Deputy Mayor for Policing and Crime', asWritten: 'Deputy Mayor for Policing and Crime', how: 'Key information: Decision by' };
    const result = importDocument({ text, origin: { file: 'pcd-8333.pdf', page, pdf }, known: { reference, decisionBy }, cleaned: [] });
    if (!result.ok) throw new Error(result.problem);
    const { frontmatter } = parseFrontmatter(result.file);
    expect(frontmatter['register']).toEqual({ page, pdf, decisionBy: 'Deputy Mayor for Policing and Crime' });
    expect(frontmatter['source']).toEqual({ file: 'pcd-8333.pdf', url: pdf });
    expect(schemaProblemsOnceReviewed(frontmatter)).toEqual([]);
  });

  test('an impossible page "Date signed" is said in the draft, not taken for no date', () => {
    const result = importDocument({
      text,
      origin: { file: 'pcd-8333.html' },
      known: { reference, dateSigned: { value: '31/02/2022', asWritten: '31/02/2022', how: 'Key information: Date signed' } },
      cleaned: [],
    });
    if (!result.ok) throw new Error(result.problem);
    expect(parseFrontmatter(result.file).frontmatter['signed']).toEqual({ notStated: expect.stringContaining('not a real day') });
    expect(result.undecided[0]).toContain('31/02/2022');
  });
});
