/**
 * The register-page reader on pages written in the register's format (tests/unit/import/
 * register-fixtures.ts): the Key information block in the three mark-ups it comes in, blank and
 * impossible labels, the site's chrome dropped and listed, lists kept as lines, the PDF it links,
 * pages that are not decisions, and no word of the page lost on the way to the draft.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { importDocument } from '../../../src/lib/import/import-document.ts';
import { wordsOf } from '../../../src/lib/import/loss.ts';
import { readRegisterPage } from '../../../src/lib/import/sources/register-page.ts';
import { ORBIT_BODY, registerPage, type PageOptions } from './register-fixtures.ts';

const PAGE = 'https://www.london.gov.uk/pcd-9656-further-home-office-grant-lantern';
const base: PageOptions = {
  heading: 'PCD 9656 Further Home Office grant for Operation Lantern',
  reference: 'PCD 9656',
  dateSigned: '',
  datePublished: '14 March 2024',
  decisionBy: 'Deputy Mayor, Policing and Crime',
  body: ORBIT_BODY,
  attachments: [
    { href: '/sites/default/files/2024-03/appendix-costs.pdf', text: 'Appendix: costs' },
    { href: '/sites/default/files/2024-03/PCD%209656%20Lantern%20signed.pdf', text: 'PCD 9656 signed decision' },
  ],
};

function read(options: Partial<PageOptions> = {}, origin = { page: PAGE }) {
  const result = readRegisterPage(registerPage({ ...base, ...options }), origin);
  if (!result.ok) throw new Error(result.problem);
  return result;
}

describe('readRegisterPage', () => {
  test.each(['p', 'dl', 'li', 'div'] as const)('reads the Key information block marked up as %s', (keyStyle) => {
    const { document } = read({ keyStyle });
    expect(document.known.reference).toEqual({ value: 'PCD 9656', asWritten: 'PCD 9656', how: 'Key information: Reference code' });
    expect(document.known.datePublished?.value).toBe('14 March 2024');
    expect(document.known.decisionBy?.value).toBe('Deputy Mayor, Policing and Crime');
    expect(document.known.title).toEqual({ value: base.heading, asWritten: base.heading, how: 'the page heading' });
  });

  test.each(['p', 'dl', 'li', 'div'] as const)('leaves a blank "Date signed:" not stated, and never takes the next label for it (%s)', (keyStyle) => {
    const { document } = read({ keyStyle, dateSigned: '' });
    expect(document.known.dateSigned).toBeUndefined();
    expect(document.known.datePublished?.value).toBe('14 March 2024');
    // The last label blank: the page's text after it is not its value.
    const last = read({ keyStyle, decisionBy: '', body: '<p>Deputy Mayor for Policing and Crime</p><p>Accept £5,000.</p>' }).document;
    expect(last.known.decisionBy).toBeUndefined();
    const signed = read({ keyStyle, datePublished: undefined, decisionBy: undefined, dateSigned: '', body: '<p>12 March 2024</p>' }).document;
    expect(signed.known.dateSigned).toBeUndefined();
  });

  test('keeps a "Date signed:" as printed, even an impossible one, for the extraction to judge', () => {
    expect(read({ dateSigned: '31/02/2022' }).document.known.dateSigned?.asWritten).toBe('31/02/2022');
    expect(read({ dateSigned: '7 March 2024' }).document.known.dateSigned?.value).toBe('7 March 2024');
  });

  test('takes the reference from the heading when Key information has none', () => {
    const { document } = read({ reference: undefined });
    expect(document.known.reference).toEqual({ value: 'PCD 9656', asWritten: 'PCD 9656', how: 'the page heading' });
    const plain = read({ reference: '', heading: 'Home Office Funding Operation Lantern 2021/22' }).document;
    expect(plain.known.reference).toBeUndefined();
    expect(plain.known.title?.value).toBe('Home Office Funding Operation Lantern 2021/22');
  });

  test('drops the chrome, lists each drop with its lines, and keeps line numbers', () => {
    const { document } = read();
    const dropped = document.cleaned.map((entry) => entry.original);
    expect(dropped).toEqual(
      expect.arrayContaining([
        'Skip to main content',
        'We use cookies to remember your settings and measure visits.',
        expect.stringMatching(/^Mayor of London logo London Assembly logo - Home - Who we are/),
        expect.stringMatching(/MOPAC decisions/),
        expect.stringMatching(/^## Supporting documents/),
        expect.stringMatching(/^Share this page/),
        expect.stringMatching(/^Greater London Authority, City Hall/),
      ]),
    );
    for (const word of ['Skip', 'cookies', 'logo', 'Privacy', 'Share', 'tracking', 'analytics']) expect(document.text).not.toContain(word);
    const lines = document.text.split('\n');
    const original = (document.original ?? '').split('\n');
    expect(lines).toHaveLength(original.length);
    for (const entry of document.cleaned) {
      for (const line of entry.lines) {
        expect(lines[line - 1]).toBe('');
        expect(entry.original).toContain(original[line - 1]);
      }
    }
  });

  test('keeps the heading, numbered lists as numbered lines, bullets as "-" lines and table rows', () => {
    const lines = read().document.text.split('\n');
    expect(lines).toContain(`# ${base.heading}`);
    expect(lines).toContain('1. Approve receipt of the further Home Office grant of £184,250.50 for software licences in 2023/24.');
    expect(lines).toContain('1. Introduction and background');
    expect(lines).toContain('1.2. The Home Office has now offered a further sum for 2023/24.');
    expect(lines).toContain('2.1. The grant pays for:');
    expect(lines).toContain('- two new handheld readers.');
    expect(lines).toContain('Software\t£150,000');
    expect(lines).toContain('Reference code: PCD 9656');
  });

  test('reads a heading and Key information that the site puts in a banner outside <main>, and keeps them', () => {
    const moved = registerPage(base)
      .replace(/<h1>.*<\/h1>/, '')
      .replace(/<section class="key-information">[\s\S]*?<\/section>/, '')
      .replace(
        '<main id="main-content">',
        `<header class="page-banner"><h1>${base.heading}</h1><nav><a href="/">Home</a></nav><div><h2>Key information</h2><p>Reference code: PCD 9656</p><p>Date signed:</p><p>Decision by: Deputy Mayor, Policing and Crime</p></div></header><main id="main-content">`,
      );
    const result = readRegisterPage(moved, { page: PAGE });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.document.known.reference?.value).toBe('PCD 9656');
    expect(result.document.known.title?.value).toBe(base.heading);
    expect(result.document.known.decisionBy?.value).toBe('Deputy Mayor, Policing and Crime');
    const lines = result.document.text.split('\n');
    expect(lines).toContain(`# ${base.heading}`);
    expect(lines).toContain('Reference code: PCD 9656');
    expect(lines).not.toContain('Home');
    const imported = importDocument(result.document);
    expect(imported.ok && imported.unexplainedLosses).toEqual([]);
  });

  test('keeps a footnote mark as <sup>, so it is not run into the word before it', () => {
    const { document } = read({ body: '<p>The plan<sup>1</sup> says so.</p><p><sup>1</sup> Police and Crime Plan.</p>' });
    expect(document.text).toContain('The plan<sup>1</sup> says so.');
    const result = importDocument(document);
    expect(result.ok && result.body).toContain('The plan<sup>1</sup> says so.');
    expect(result.ok && result.unexplainedLosses).toEqual([]);
  });

  test('lists the PDFs it links as full addresses, the one naming the reference first', () => {
    expect(read().pdfLinks).toEqual([
      'https://www.london.gov.uk/sites/default/files/2024-03/PCD%209656%20Lantern%20signed.pdf',
      'https://www.london.gov.uk/sites/default/files/2024-03/appendix-costs.pdf',
    ]);
  });

  test('a saved page names its address in its canonical link, and relative links resolve against it', () => {
    const html = registerPage(base).replace('<head>', `<head><link rel="canonical" href="${PAGE}">`);
    const result = readRegisterPage(html, { file: 'saved.html' });
    expect(result.ok && result.document.origin).toEqual({ file: 'saved.html', page: PAGE });
    expect(result.ok && result.pdfLinks[0]).toMatch(/^https:\/\/www\.london\.gov\.uk\/.*signed\.pdf$/);
    const unsaved = readRegisterPage(registerPage(base), { file: 'saved.html' });
    expect(unsaved.ok && unsaved.pdfLinks).toEqual([]);
  });

  test.each([
    ['a listing page', registerPage({ ...base, noKeyInformation: true }).replace(/<h1>.*<\/h1>/, '<h1>MOPAC Decisions</h1>'), /no “Key information” block/],
    ['a page without a heading', registerPage(base).replace(/<h1>.*<\/h1>/, ''), /no page heading/],
    ['a page that is not the register’s', '<!DOCTYPE html><html><body><p>Opening times of the library.</p></body></html>', /no page heading, no “Key information” block/],
  ])('refuses %s in one line', (_, html, message) => {
    const result = readRegisterPage(html, { file: 'page.html' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problem).toMatch(/^not a decision page of the register/);
      expect(result.problem).toMatch(message);
      expect(result.problem).not.toContain('\n');
    }
  });
});

describe('importing a register page', () => {
  test('drafts it with its source page, the chrome under cleaned, and no word lost', () => {
    const result = importDocument(read().document);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.origin).toEqual({ page: PAGE });
    expect(result.file).toContain(`register:\n  page: ${PAGE}\n`);
    expect(result.unexplainedLosses).toEqual([]);
    expect(result.explainedLosses.map((run) => run.text).join(' ')).toMatch(/Skip to main content/);
    expect(result.body).not.toMatch(/cookies|Skip to main content/);
  });

  const word = fc.stringMatching(/^[a-np-z]{2,8}$/);
  const sentence = fc.array(word, { minLength: 1, maxLength: 12 }).map((words) => `${words.join(' ')}.`);
  const block = fc.oneof(
    sentence.map((s) => `<p>${s}</p>`),
    fc.array(sentence, { minLength: 1, maxLength: 4 }).map((items) => `<ol>${items.map((s) => `<li>${s}</li>`).join('')}</ol>`),
    fc.array(sentence, { minLength: 1, maxLength: 4 }).map((items) => `<ul>${items.map((s) => `<li>${s}</li>`).join('')}</ul>`),
    fc.array(fc.tuple(word, word), { minLength: 1, maxLength: 3 }).map((rows) => `<table>${rows.map(([a, b]) => `<tr><td>${a}</td><td>${b}</td></tr>`).join('')}</table>`),
    sentence.map((s) => `<h3>${s.replace(/\.$/, '')}</h3>`),
    sentence.map((s) => `<div><span>${s}</span><br>${s}</div>`),
  );

  test('property: every word of a page is in the draft’s body or in a cleaned entry', () => {
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 12 }), (blocks) => {
        const body = `<p>The Deputy Mayor for Policing and Crime is asked to accept £20,000.</p>\n${blocks.join('\n')}`;
        const page = readRegisterPage(registerPage({ ...base, body }), { page: PAGE });
        expect(page.ok).toBe(true);
        if (!page.ok) return;
        const result = importDocument(page.document);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.unexplainedLosses).toEqual([]);
        const kept = new Set([...wordsOf(result.body), ...result.cleaned.flatMap((entry) => wordsOf(entry.original))].map((w) => w.word));
        const generated = wordsOf(blocks.join(' ').replace(/<[^>]+>/g, ' ')).map((w) => w.word);
        expect(generated.filter((w) => !kept.has(w))).toEqual([]);
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
