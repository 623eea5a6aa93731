/**
 * The PDF and plain-text readers, and how an input's kind is told, on PDFs the tests write with
 * pdf-lib: text layers read page by page, a scan and a damaged file refused in one line, and no
 * word of a PDF lost on the way to the draft.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { importDocument } from '../../../src/lib/import/import-document.ts';
import { wordsOf } from '../../../src/lib/import/loss.ts';
import { inputKind, isImportableName } from '../../../src/lib/import/sources/kind.ts';
import { readPdfSource } from '../../../src/lib/import/sources/pdf.ts';
import { readTextSource } from '../../../src/lib/import/sources/text.ts';
import { pageText } from '../../../src/lib/import/sources/pdf-layout.ts';
import { makeImageOnlyPdf, makePdf, makeWrappedPdf } from './register-fixtures.ts';

/** A short decision in the form's layout, written for the tests. */
const FORM_PAGES = [
  [
    'MOPAC',
    'MAYOR OF LONDON',
    'OFFICE FOR POLICING AND CRIME',
    'DMPC Decision – PCD 9311',
    '',
    'Title: Home Office grant for the Harbour drugs line project 2022/23',
    '',
    'Executive Summary:',
    'This paper asks the Deputy Mayor for Policing and Crime to accept a Home Office grant of',
    'up to £480,000 for the Harbour project in 2022/23.',
    '',
    'Recommendation:',
    'The Deputy Mayor for Policing and Crime is asked to accept the Home Office grant of £480,000.',
    '',
    'PCD July 2020 1',
  ],
  [
    '1. Introduction and background',
    '1.1. The project follows the work approved under PCD 9120.',
    '- a first bullet point',
    'The above request has my approval.',
    'Signature',
    'Date 12/05/2022',
    'PCD July 2020 2',
  ],
];

describe('readPdfSource', () => {
  test('reads the text layer page by page, one line a line', async () => {
    const result = await readPdfSource(await makePdf(FORM_PAGES), { file: 'pcd-9311.pdf' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const lines = result.document.text.split('\n');
    expect(lines).toContain('DMPC Decision – PCD 9311');
    expect(lines).toContain('Date 12/05/2022');
    expect(lines.indexOf('1. Introduction and background')).toBeGreaterThan(lines.indexOf('PCD July 2020 1'));
    expect(result.document.origin).toEqual({ file: 'pcd-9311.pdf' });
    expect(result.document.known).toEqual({});
  });

  test('imports a PDF: the form footers are cleaned, the reference and signature read, no word lost', async () => {
    const read = await readPdfSource(await makePdf(FORM_PAGES), { file: 'pcd-9311.pdf' });
    if (!read.ok) throw new Error(read.problem);
    const result = importDocument(read.document);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.candidates.reference?.reference).toBe('PCD 9311');
    expect(result.candidates.signed?.iso).toBe('2022-05-12');
    expect(result.cleaned.map((entry) => entry.original)).toEqual(expect.arrayContaining(['PCD July 2020 1', 'PCD July 2020 2']));
    expect(result.unexplainedLosses).toEqual([]);
    expect(result.file).toContain('source:\n  file: pcd-9311.pdf\n');
  });

  const WRAPPED = [
    'The Deputy Mayor for Policing and Crime is asked to accept a further Home Office grant of £184,250.50 for software licences bought in 2023/24, paid to the Metropolitan Police Service (MPS) in one instalment.',
    '1.1. MOPAC approved Home Office grant funding of £12.5m for 2022/23 in June 2022, and this sum comes on top of that grant for the same team.',
    '- a bullet that is long enough to wrap onto a second line of the page, so that its end starts a line.',
    'A short one.',
  ];

  test.each([8, 0])('joins the lines of a wrapped paragraph, and only those (%i points between paragraphs)', async (gap) => {
    const result = await readPdfSource(await makeWrappedPdf(WRAPPED, { gap }), { file: 'wrapped.pdf' });
    expect(result.ok && result.document.text.split('\n').filter(Boolean)).toEqual(WRAPPED);
  });

  test('keeps short lines apart: a form of labels and values has no margin to wrap at', () => {
    const item = (str: string, y: number, x = 50) => ({ str, x, y, width: str.length * 5, fontSize: 10, hasEOL: true });
    expect(pageText([item('DMPC Decision – PCD 9400', 800), item('MOPAC accepts £5,000.', 787), item('Signature', 774)])).toBe(
      'DMPC Decision – PCD 9400\n\nMOPAC accepts £5,000.\n\nSignature',
    );
    expect(pageText([{ ...item('Reference', 800), hasEOL: false }, item('PCD 1', 800, 200)])).toBe('Reference PCD 1');
    expect(pageText([])).toBe('');
  });

  test('refuses a PDF without a text layer in one line', async () => {
    const result = await readPdfSource(await makeImageOnlyPdf(), { file: 'scan.pdf' });
    expect(result).toEqual({ ok: false, problem: expect.stringMatching(/^the PDF has no text layer \(1 page of images, perhaps a scan\)/) });
    if (!result.ok) expect(result.problem).not.toContain('\n');
  });

  test('refuses a damaged PDF in one line', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.7\nnot really a PDF at all\n%%EOF');
    const result = await readPdfSource(bytes, { file: 'broken.pdf' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problem).toMatch(/^not a readable PDF/);
      expect(result.problem).not.toContain('\n');
    }
  });

  const word = fc.stringMatching(/^[a-np-z]{2,9}$/);
  const line = fc.array(word, { minLength: 1, maxLength: 10 }).map((words) => words.join(' '));

  test('property: every word of a PDF’s text is in the draft’s body or a cleaned entry', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(line, { minLength: 1, maxLength: 20 }), { minLength: 1, maxLength: 3 }), async (pages) => {
        const withDecision = pages.map((page, i) => (i === 0 ? ['DMPC Decision – PCD 9400', 'MOPAC accepts £5,000.', ...page] : page));
        const read = await readPdfSource(await makePdf(withDecision), { file: 'random.pdf' });
        expect(read.ok).toBe(true);
        if (!read.ok) return;
        const result = importDocument(read.document);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.unexplainedLosses).toEqual([]);
        const kept = new Set([...wordsOf(result.body), ...result.cleaned.flatMap((entry) => wordsOf(entry.original))].map((w) => w.word));
        const written = pages.flat().flatMap((text) => wordsOf(text).map((w) => w.word));
        expect(written.filter((w) => !kept.has(w))).toEqual([]);
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});

describe('readTextSource and inputKind', () => {
  test('a text file is its text, with no facts and nothing dropped', () => {
    const result = readTextSource(new TextEncoder().encode('DMPC Decision – PCD 1\n'), { file: 'a.txt' });
    expect(result).toEqual({ ok: true, document: { text: 'DMPC Decision – PCD 1\n', origin: { file: 'a.txt' }, known: {}, cleaned: [] } });
    expect(readTextSource(new Uint8Array(), { file: 'empty.txt' })).toEqual({ ok: false, problem: 'the file is empty' });
  });

  test('a text copied from a register page gives the page’s facts, and its site links are cleaned', () => {
    const copied = [
      'Skip to main content',
      'Mayor of London logo London Assembly logo',
      'Home',
      '',
      'PCD 9656 Further Home Office grant for Operation Lantern',
      '',
      'Key information',
      '',
      'Reference code: PCD 9656',
      '',
      'Date signed:',
      '',
      'Decision by: Deputy Mayor, Policing and Crime',
      '',
      'The Deputy Mayor for Policing and Crime is recommended to accept the Home Office grant of £184,250.50.',
    ].join('\n');
    const read = readTextSource(new TextEncoder().encode(copied), { file: 'copied.txt' });
    expect(read.ok && read.document.known).toEqual({
      reference: { value: 'PCD 9656', asWritten: 'PCD 9656', how: 'Key information: Reference code' },
      decisionBy: { value: 'Deputy Mayor, Policing and Crime', asWritten: 'Deputy Mayor, Policing and Crime', how: 'Key information: Decision by' },
      title: { value: 'PCD 9656 Further Home Office grant for Operation Lantern', asWritten: 'PCD 9656 Further Home Office grant for Operation Lantern', how: 'the line before “Key information”' },
    });
    if (!read.ok) return;
    const result = importDocument(read.document);
    expect(result.ok && result.cleaned.map((entry) => entry.original).slice(0, 3)).toEqual(['Skip to main content', 'Mayor of London logo London Assembly logo', 'Home']);
    expect(result.ok && result.body).not.toContain('Skip to main content');
    expect(result.ok && result.unexplainedLosses).toEqual([]);
  });

  test.each([
    ['%PDF-1.7 …', 'decision.txt', 'pdf'],
    ['<!DOCTYPE html><html>', 'page.txt', 'html'],
    ['  <html lang="en">', 'page', 'html'],
    ['<!-- saved --><!doctype html>', 'x', 'html'],
    ['DMPC Decision – PCD 1', 'decision.pdf', 'pdf'],
    ['DMPC Decision – PCD 1', 'decision.htm', 'html'],
    ['<p>a fragment</p>', 'notes.txt', 'text'],
    ['DMPC Decision – PCD 1', 'decision.txt', 'text'],
  ])('reads %j named %s as %s', (start, name, kind) => {
    expect(inputKind(new TextEncoder().encode(start), name)).toBe(kind);
  });

  test('a folder import takes texts, PDFs and pages, not images, notes or hidden files', () => {
    expect(['a.txt', 'b.PDF', 'c.html', 'd.htm', 'e.md', 'f.png', '.g.txt', 'h.docx'].filter(isImportableName)).toEqual(['a.txt', 'b.PDF', 'c.html', 'd.htm', 'e.md']);
  });
});
