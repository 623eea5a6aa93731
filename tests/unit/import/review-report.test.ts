/**
 * The review report: what makes a draft need a person, and the report's text for a run of
 * written, doubtful and refused inputs, read as a maintainer reads it.
 */
import { describe, expect, test } from 'vitest';
import { importDocument, type ImportedDocument } from '../../../src/lib/import/import-document.ts';
import { attentionOf, entryNeedsAttention, reviewReport, type ReviewEntry } from '../../../src/lib/import/review-report.ts';
import type { SourceDocument } from '../../../src/lib/import/source-document.ts';

/** A short decision in the form's layout, written for the tests. */
const CLEAN = `DMPC Decision – PCD 9500

Title: Home Office grant for the Beacon project 2022/23

Recommendation:

The Deputy Mayor for Policing and Crime is asked to accept the Home Office grant of £250,000 for 2022/23.

The above request has my approval.

Signature

Date 12/05/2022
`;

function imported(input: string | SourceDocument, acceptLoss: string[] = []): ImportedDocument {
  const result = importDocument(input, { fileName: 'beacon.txt', acceptLoss });
  if (!result.ok) throw new Error(result.problem);
  return result;
}

describe('attentionOf', () => {
  test('a clean draft needs nothing beyond the routine', () => {
    expect(attentionOf(imported(CLEAN))).toEqual([]);
  });

  test('a flagged amount needs a person, once', () => {
    const items = attentionOf(imported(CLEAN.replace('£250,000', '£250, 000')));
    expect(items).toEqual([expect.stringMatching(/^amount to check: “£250, 000” \(line 7\): /)]);
  });

  test('an impossible date is an error', () => {
    expect(attentionOf(imported(CLEAN.replace('12/05/2022', '31/02/2022')))).toContainEqual(expect.stringMatching(/^error: .*31\/02\/2022.*not a real day/));
    const page: SourceDocument = {
      text: CLEAN,
      origin: { page: 'https://www.london.gov.uk/pcd-9500' },
      known: { dateSigned: { value: '31/02/2022', asWritten: '31/02/2022', how: 'Key information: Date signed' } },
      cleaned: [],
    };
    expect(attentionOf(imported(page))).toContainEqual(expect.stringMatching(/^error: the page’s “Date signed” is “31\/02\/2022”/));
  });

  test('a sum whose role is not decided, a missing reference and words that would be lost need a person', () => {
    const text = CLEAN.replace('DMPC Decision – PCD 9500', 'MOPAC').replace('The above request', 'A table shows £7,500.\n\nThe above request');
    const items = attentionOf(imported(text));
    expect(items).toContainEqual(expect.stringMatching(/^reference: /));
    expect(items).toContainEqual('role of £7,500 (line 9) not decided');
    const lost = { ...imported(CLEAN), unexplainedLosses: [{ text: 'two words', words: ['two', 'words'], line: 3 }] };
    expect(attentionOf(lost)).toContainEqual(expect.stringMatching(/^1 passage of the source would be lost/));
  });

  test('an --accept-loss text found nowhere is reported', () => {
    expect(attentionOf(imported(CLEAN, ['due hinden']))).toEqual(['--accept-loss “due hinden” occurs nowhere in this document']);
  });
});

describe('reviewReport', () => {
  const clean = imported(CLEAN);
  const flagged = imported(CLEAN.replace('£250,000', '£250, 000').replace('PCD 9500', 'PCD 9501'));
  const entries: ReviewEntry[] = [
    { input: 'in/beacon.txt', draft: 'out/pcd-9500.md', written: true, notes: [], result: clean },
    { input: 'in/flagged.txt', draft: 'out/pcd-9501.md', written: true, notes: ['named it so for the test'], result: flagged },
    { input: 'in/scan.pdf', written: false, problem: 'the PDF has no text layer (1 page of images, perhaps a scan)', notes: [] },
  ];
  const text = reviewReport(entries, { when: 'Imported 2026-12-03 10:00 UTC' });

  test('opens with the counts and one line per input', () => {
    expect(text.split('\n').slice(0, 10)).toEqual([
      '# Import review',
      '',
      'Imported 2026-12-03 10:00 UTC. 3 inputs: 2 drafts written, 1 of them needing attention; 1 refused.',
      '',
      '## Summary',
      '',
      '- ok out/pcd-9500.md ← in/beacon.txt',
      '- CHECK (1) out/pcd-9501.md ← in/flagged.txt',
      '- REFUSED in/scan.pdf: the PDF has no text layer (1 page of images, perhaps a scan)',
      '',
    ]);
  });

  test('gives each draft its fields with their sentences and sureness, amounts, flags and loss report', () => {
    const section = text.slice(text.indexOf('## out/pcd-9501.md'));
    expect(section).toContain('From in/flagged.txt');
    expect(section).toContain('Note: named it so for the test');
    expect(section).toMatch(/### Needs a person\n\n- amount to check: “£250, 000” \(line 7\)/);
    expect(section).toMatch(/- reference: PCD 9501 — high: the decision form’s heading — line 1: “DMPC Decision – PCD 9501”/);
    expect(section).toMatch(/- signed: 2022-05-12 \(“12\/05\/2022”\) — high: .* line 13/);
    expect(section).toMatch(/### Amounts\n\n- £250,000 accepted, principal — /);
    expect(section).toContain('“The Deputy Mayor for Policing and Crime is asked to accept the Home Office grant of £250, 000 for 2022/23.”');
    expect(section).toMatch(/### Flagged amounts\n\n- “£250, 000” \(line 7\): a space inside the number/);
    expect(section).toMatch(/### Loss report\n\nNo word of the source is missing from the body\./);
    const first = text.slice(text.indexOf('## out/pcd-9500.md'), text.indexOf('## out/pcd-9501.md'));
    expect(first).toMatch(/### Needs a person\n\n- nothing beyond the routine\n- routine: write the summary; choose the programmes/);
    expect(first).toMatch(/### Flagged amounts\n\n- none/);
  });

  test('counts a refused input and a doubtful draft as needing attention, a clean draft not', () => {
    expect(entries.map(entryNeedsAttention)).toEqual([false, true, true]);
  });

  test('says when nothing was written', () => {
    expect(reviewReport(entries.slice(0, 1), { when: 'Now', dryRun: true })).toContain('Now (dry run: nothing was written). 1 input: 1 draft would be written, 0 of them needing attention; 0 refused.');
  });
});
