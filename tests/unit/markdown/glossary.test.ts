/**
 * The glossary: its entries are well-formed and honest (a meaning said to come from the documents
 * is in them; every entry is used), every abbreviation in the decisions is explained, listed as
 * unexplained or named below as not an abbreviation, and mentions are matched whole-word,
 * case-sensitively, first mention only.
 */
import type { Element, ElementContent, Root } from 'hast';
import { describe, expect, test } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import {
  alphabetical,
  GLOSSARY,
  glossaryLinkLabel,
  matchTerms,
  takeFirstMentions,
  UNEXPLAINED_ABBREVIATIONS,
  usageByTerm,
  wholeWordPattern,
} from '../../../src/lib/markdown/glossary.ts';
import { rehypeGlossary } from '../../../src/lib/markdown/rehype-glossary.ts';
import { parseGlossary } from '../../../src/lib/markdown/glossary-schema.ts';
import glossaryFile from '../../../src/lib/markdown/glossary.json' with { type: 'json' };
import { contentFiles } from '../../helpers/site.ts';

const decisions = contentFiles();

const CAPITALISED_WORD = 'a word the document prints in capitals (a heading, a form label, a YES/NO answer)';
const MARKING = 'a Government Security Classification marking';
const EVERYDAY = 'an everyday abbreviation';

/** Words of two or more capitals in the decisions that are deliberately not in the glossary, and why. */
const NOT_GLOSSED: Record<string, string> = {
  ADVICE: CAPITALISED_WORD,
  AGAINST: CAPITALISED_WORD,
  AND: CAPITALISED_WORD,
  APPROVAL: CAPITALISED_WORD,
  CONFIDENTIAL: CAPITALISED_WORD,
  CRIME: CAPITALISED_WORD,
  DECISION: CAPITALISED_WORD,
  DECLARATION: CAPITALISED_WORD,
  EXECUTIVE: CAPITALISED_WORD,
  EXEMPT: CAPITALISED_WORD,
  EXPENDITURE: CAPITALISED_WORD,
  FACTS: CAPITALISED_WORD,
  FOR: CAPITALISED_WORD,
  GRAND: CAPITALISED_WORD,
  LONDON: CAPITALISED_WORD,
  MAYOR: CAPITALISED_WORD,
  NO: CAPITALISED_WORD,
  NON: CAPITALISED_WORD,
  NOT: CAPITALISED_WORD,
  OF: CAPITALISED_WORD,
  OFFICE: CAPITALISED_WORD,
  OFFICER: CAPITALISED_WORD,
  ORIGINATING: CAPITALISED_WORD,
  PART: CAPITALISED_WORD,
  POLICING: CAPITALISED_WORD,
  PUBLIC: CAPITALISED_WORD,
  REQUEST: CAPITALISED_WORD,
  SUITABLE: CAPITALISED_WORD,
  SUMMARY: CAPITALISED_WORD,
  THE: CAPITALISED_WORD,
  TO: CAPITALISED_WORD,
  TOTAL: CAPITALISED_WORD,
  YES: CAPITALISED_WORD,
  OFFICIAL: MARKING,
  SENSITIVE: MARKING,
  SECRET: MARKING,
  OPERATIONAL: MARKING,
  ORGANISATIONAL: MARKING,
  SEWART: 'a surname printed in capitals (Det. Supt. Rick SEWART)',
  PEEL: 'the surname of DI Robin PEEL in PCD 911, and HMIC’s PEEL inspection in the OCS report: linking it would gloss a surname',
  FT: 'half of “FT E”, the heading FTE split by text extraction',
  PCD726: 'a reference printed without its space; PCD is in the glossary',
  PCD990: 'a reference printed without its space; PCD is in the glossary',
  UK: EVERYDAY,
  USA: EVERYDAY,
  USB: EVERYDAY,
  GPS: EVERYDAY,
  HQ: EVERYDAY,
  HR: EVERYDAY,
};

/** The words of a decision's text that have two or more capital letters ("ANPR", "CoLP", "MO2"). */
function capitalisedWords(markdown: string): Set<string> {
  const text = markdown.replace(/<[^>]+>/g, ' ');
  return new Set(text.split(/[^\p{L}\p{N}]+/u).filter((word) => (word.match(/\p{Lu}/gu) ?? []).length >= 2));
}

/** Letters and digits only, lower case: "Co-ordination Centre’s" and "coordination centres" compare equal. */
const letters = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

const everyForm = GLOSSARY.flatMap((entry) => [entry.term, ...Object.keys(entry.variants ?? {})]);
const unexplainedTerms = UNEXPLAINED_ABBREVIATIONS.map((a) => a.term);

describe('the glossary entries', () => {
  test('have unique ids, fit for a URL fragment, across entries and unexplained abbreviations', () => {
    const ids = [...GLOSSARY.map((e) => e.id), ...UNEXPLAINED_ABBREVIATIONS.map((a) => a.id)];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9][a-z0-9-]*$/);
  });

  test('have a term, an expansion and an explanation of one or two full sentences', () => {
    for (const entry of GLOSSARY) {
      expect(entry.term, entry.id).toMatch(/^[\p{L}\p{N}]+$/u);
      expect(entry.expansion.trim(), entry.term).not.toBe('');
      expect(entry.explanation, entry.term).toMatch(/^[A-Z“].*[.”]$/);
      expect(entry.explanation.split(/(?<=[a-z0-9)”])\. (?=[A-Z“])/).length, entry.term).toBeLessThanOrEqual(2);
    }
  });

  test('never spell one form two ways: each term and variant belongs to one entry and is not also unexplained', () => {
    expect(new Set(everyForm).size).toBe(everyForm.length);
    for (const term of unexplainedTerms) expect(everyForm).not.toContain(term);
    for (const word of Object.keys(NOT_GLOSSED)) {
      expect(everyForm, word).not.toContain(word);
      expect(unexplainedTerms, word).not.toContain(word);
    }
  });

  test('are in alphabetical order, as the glossary page lists them', () => {
    expect(GLOSSARY.map((e) => e.term)).toEqual(alphabetical(GLOSSARY).map((e) => e.term));
  });

  test('that say their meaning comes from the documents find it there, in the documents’ own words', () => {
    const documents = letters(decisions.map((d) => d.body).join(' '));
    const missing = GLOSSARY.filter((e) => e.fromDocuments && !documents.includes(letters(e.writtenInDocuments ?? e.expansion)));
    expect(missing.map((e) => `${e.term}: ${e.writtenInDocuments ?? e.expansion}`)).toEqual([]);
  });

  test('are each used by at least one decision, so nothing is explained that no document needs', () => {
    const usage = usageByTerm(decisions.map((d) => ({ id: d.id, text: d.body })));
    expect(GLOSSARY.filter((e) => !usage.has(e.id)).map((e) => e.term)).toEqual([]);
    expect(UNEXPLAINED_ABBREVIATIONS.filter((a) => !usage.has(a.id)).map((a) => a.term)).toEqual([]);
  });
});

describe('parseGlossary', () => {
  /** glossary.json with one thing spoilt. */
  const spoilt = (spoil: (file: any) => void) => {
    const file = structuredClone(glossaryFile);
    spoil(file);
    return file;
  };

  test('reads glossary.json into the entries and unexplained abbreviations, each with its id', () => {
    const { entries, unexplained } = parseGlossary(glossaryFile, 'glossary.json');
    expect(entries).toEqual(GLOSSARY);
    expect(unexplained).toEqual(UNEXPLAINED_ABBREVIATIONS);
    expect(entries.find((e) => e.term === 'CoLP')).toMatchObject({ id: 'colp', fromDocuments: true });
  });

  test.each([
    ['a missing expansion', (f: any) => delete f.entries[3].expansion, 'entry 4 ("ANPR"), field "expansion"'],
    ['an empty explanation', (f: any) => (f.entries[3].explanation = ' '), 'entry 4 ("ANPR"), field "explanation": must not be empty'],
    ['a term with a space', (f: any) => (f.entries[0].term = '4 P'), 'entry 1 ("4 P"), field "term": must be letters and digits only'],
    ['a term that is not text', (f: any) => (f.entries[1].term = 42), 'entry 2, field "term"'],
    ['fromDocuments as text', (f: any) => (f.entries[3].fromDocuments = 'no'), 'entry 4 ("ANPR"), field "fromDocuments"'],
    ['a field the schema does not know', (f: any) => (f.entries[3].meaning = 'x'), 'entry 4 ("ANPR"): Unrecognized key: "meaning"'],
    ['a variant with a space', (f: any) => (f.entries[3].variants = { 'AN PRs': 'x' }), 'entry 4 ("ANPR"), field "variants.AN PRs": Invalid key in record: must be letters and digits only'],
    ['a variant with no expansion', (f: any) => (f.entries[3].variants = { ANPRs: '' }), 'entry 4 ("ANPR"), field "variants.ANPRs": must not be empty'],
    ['an unexplained abbreviation with no note', (f: any) => delete f.unexplained[0].note, 'unexplained abbreviation 1 ("CSAS"), field "note"'],
  ])('fails on %s, naming the file, the entry and the field', (_, spoil, place) => {
    expect(() => parseGlossary(spoilt(spoil), 'glossary.json')).toThrow(`glossary.json is not a valid glossary:\n- ${place}`);
  });
});

describe('the decisions’ abbreviations', () => {
  test.each(decisions.map((d) => [d.id, d] as const))('every capitalised word in %s is explained, unexplained or named as not an abbreviation', (_, decision) => {
    const unaccounted = [...capitalisedWords(decision.body)].filter(
      (word) => !everyForm.includes(word) && !unexplainedTerms.includes(word) && !(word in NOT_GLOSSED),
    );
    expect(unaccounted).toEqual([]);
  });

  test('the list of words that are not abbreviations names only words the decisions use', () => {
    const used = new Set(decisions.flatMap((d) => [...capitalisedWords(d.body)]));
    expect(Object.keys(NOT_GLOSSED).filter((word) => !used.has(word))).toEqual([]);
  });

  test('the check finds a new abbreviation: a decision mentioning "the XYZQ board" would fail it', () => {
    const words = [...capitalisedWords('Approved by the XYZQ board and the MPS.')];
    expect(words.filter((w) => !everyForm.includes(w) && !(w in NOT_GLOSSED))).toEqual(['XYZQ']);
  });
});

describe('matchTerms', () => {
  test('finds whole words only, case-sensitively', () => {
    expect(matchTerms('The MPS, mps, MPSX, XMPS, Mps and MPS.').map((m) => [m.term, m.start])).toEqual([
      ['MPS', 4],
      ['MPS', 34],
    ]);
  });

  test('reads a plural variant as one word, with its own expansion', () => {
    const [match] = matchTerms('targeting OCGs engaged in SOC');
    expect(match?.term).toBe('OCGs');
    expect(match?.entry.id).toBe('ocg');
    expect(match?.expansion).toBe('Organised Crime Groups');
  });

  test('finds a possessive’s abbreviation: "ROCU’s" and "NCA\'s"', () => {
    expect(matchTerms('ROCU’s and the NCA\'s').map((m) => m.term)).toEqual(['ROCU', 'NCA']);
  });

  test('does not find an abbreviation run into a number or another word: PCD990, MO2X', () => {
    expect(matchTerms('[PCD990] and MO2X').map((m) => m.term)).toEqual([]);
    expect(matchTerms('MO2 (Met Intelligence)').map((m) => m.term)).toEqual(['MO2']);
  });

  test('finds abbreviations joined by a slash: "SC/CSC", "CSE/A"', () => {
    expect(matchTerms('SC/CSC Estates and CSE/A').map((m) => m.term)).toEqual(['SC', 'CSC', 'CSE']);
  });

  test('does not find the unexplained abbreviations', () => {
    expect(matchTerms('XRY, CSAS and SME’s')).toEqual([]);
  });
});

describe('wholeWordPattern', () => {
  test('prefers the longer of two forms when the shorter ends where a word may end', () => {
    // "U.K" is a whole word before the final "." too, so only trying "U.K." first keeps the stop.
    expect('the U.K. and the U.K'.match(wholeWordPattern(['U.K', 'U.K.']))).toEqual(['U.K.', 'U.K']);
  });

  test('prefers the longer of two forms that start alike', () => {
    expect('ACET and ACE'.match(wholeWordPattern(['ACE', 'ACET']))).toEqual(['ACET', 'ACE']);
  });

  test('treats pattern characters in a term literally', () => {
    expect('a.b and axb'.match(wholeWordPattern(['a.b']))).toEqual(['a.b']);
  });
});

describe('takeFirstMentions', () => {
  test('takes the first mention of each abbreviation across a document’s texts, in order', () => {
    const seen = new Set<string>();
    expect(takeFirstMentions('MOPAC and the MPS; MOPAC again.', seen).map((m) => [m.term, m.start])).toEqual([
      ['MOPAC', 0],
      ['MPS', 14],
    ]);
    expect(takeFirstMentions('The MPS, then ANPR.', seen).map((m) => m.term)).toEqual(['ANPR']);
    expect(takeFirstMentions('MOPAC, MPS and ANPR.', seen)).toEqual([]);
  });

  test('counts a variant and its entry as one abbreviation', () => {
    const seen = new Set<string>();
    expect(takeFirstMentions('OCGs and one OCG', seen).map((m) => m.term)).toEqual(['OCGs']);
  });
});

describe('glossaryLinkLabel', () => {
  test('starts with the abbreviation as written, then says what it stands for', () => {
    expect(glossaryLinkLabel({ term: 'ANPR', expansion: 'Automatic Number Plate Recognition' })).toBe(
      'ANPR, Automatic Number Plate Recognition: glossary',
    );
  });
});

describe('usageByTerm', () => {
  test('lists the documents that use each abbreviation, variants and unexplained ones included', () => {
    const a = { id: 'a', text: 'The ROCUs and XRY.' };
    const b = { id: 'b', text: 'One ROCU.' };
    const usage = usageByTerm([a, b]);
    expect(usage.get('rocu')).toEqual([a, b]);
    expect(usage.get('xry')).toEqual([a]);
    expect(usage.has('anpr')).toBe(false);
  });
});

describe('rehypeGlossary on a tree', () => {
  const run = (html: string) => {
    const tree = fromHtml(html, { fragment: true });
    rehypeGlossary()(tree);
    return tree;
  };

  test('links the first mention, not one inside a link, heading, header cell, abbr or code', () => {
    const tree = run(
      '<h2>The MPS</h2><p><a href="https://example.org/">MPS report</a>, <abbr title="x">MPS</abbr>, <code>MPS</code></p>' +
        '<table><tr><th>MPS</th></tr><tr><td>The MPS and the MPS</td></tr></table>',
    );
    const links = selectAll('a.gloss', tree);
    expect(links).toHaveLength(1);
    expect(toText(selectAll('td', tree)[0]!)).toBe('The MPS and the MPS');
    expect(selectAll('td a.gloss', tree)).toHaveLength(1);
    expect(links[0]?.properties['href']).toBe('../../glossary/#mps');
    expect(selectAll('a a, h2 a.gloss, th a.gloss, abbr a.gloss, code a.gloss', tree)).toEqual([]);
  });

  test('keeps every word and space of the text', () => {
    const html = '<p>MOPAC accepts the HO grant for ANPR (ANPR) and the MPS’s OCGs work.</p>';
    expect(toText(run(html))).toBe(toText(fromHtml(html, { fragment: true })));
  });

  test('writes no empty text beside a link at the start or end of a text', () => {
    const paragraph = run('<p>ANPR</p><p>MPS cameras and HO</p>').children;
    const kinds = paragraph.map((p) => (p.type === 'element' ? p.children.map((c) => (c.type === 'text' ? `text:${c.value}` : c.type === 'element' ? c.tagName : c.type)) : []));
    expect(kinds).toEqual([['a'], ['a', 'text: cameras and ', 'a']]);
  });

  test('leaves a comment, and a text without abbreviations, as they were', () => {
    const tree = fromHtml('<p><!-- a note -->No abbreviation here</p>', { fragment: true });
    const paragraph = tree.children[0]!;
    const before = paragraph.type === 'element' ? [...paragraph.children] : [];
    rehypeGlossary()(tree);
    expect(paragraph.type === 'element' ? paragraph.children : null).toEqual(before);
  });
});

describe('rehypeGlossary: the elements whose text is never linked', () => {
  // Built by hand rather than parsed, so that every element holds its text as children (a parser
  // keeps a <template>'s content apart and a <script>'s as raw text), and the plugin is held to
  // its own list whatever tree it is given.
  const element = (tagName: string, children: ElementContent[]): Element => ({ type: 'element', tagName, properties: {}, children });
  const text = (value: string): ElementContent => ({ type: 'text', value });
  test.each([
    'a', 'abbr', 'code', 'pre', 'kbd', 'samp', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'th', 'caption',
    'script', 'style', 'button', 'label', 'summary', 'template',
  ])('leaves the text inside <%s> alone and links the next mention instead', (tag) => {
    const inside = element(tag, [text('The MPS')]);
    const after = element('p', [text('The MPS')]);
    const tree: Root = { type: 'root', children: [element('div', [inside, after])] };
    rehypeGlossary()(tree);
    expect(inside.children).toEqual([text('The MPS')]);
    expect(selectAll('a.gloss', after)).toHaveLength(1);
  });
});

describe('alphabetical', () => {
  test('orders terms ignoring case, numbers by value and before letters, and leaves its input alone', () => {
    const items = [{ term: 'b' }, { term: 'A' }, { term: 'MO10' }, { term: 'MO2' }, { term: '10' }, { term: '2' }, { term: 'a' }];
    const copy = [...items];
    expect(alphabetical(items).map((i) => i.term)).toEqual(['2', '10', 'A', 'a', 'b', 'MO2', 'MO10']);
    expect(items).toEqual(copy);
  });
});

describe('the entries that come from general usage, not from the documents', () => {
  // Nothing in a document checks these expansions, so they are pinned here word for word: a change
  // ("Crown Police Service") must be made in this table too, on purpose.
  const PINNED: Record<string, string> = {
    BAU: 'Business as usual',
    BCU: 'Basic Command Unit',
    CID: 'Criminal Investigation Department',
    CLs: 'County Lines',
    CPS: 'Crown Prosecution Service',
    CSE: 'Child Sexual Exploitation',
    DAC: 'Deputy Assistant Commissioner',
    FTE: 'Full-time equivalent',
    FY: 'Financial year',
    HM: 'His (or Her) Majesty’s',
    HMIC: 'Her Majesty’s Inspectorate of Constabulary',
    HMRC: 'His Majesty’s Revenue and Customs',
    ICO: 'Information Commissioner’s Office',
    MHRA: 'Medicines and Healthcare products Regulatory Agency',
    NCA: 'National Crime Agency',
    OCN: 'Organised Crime Network',
    PC: 'Police Constable',
    PCC: 'Police and Crime Commissioner',
    PCD: 'Reference of a decision of the Deputy Mayor for Policing and Crime',
    PIB: 'Portfolio and Investment Board',
  };

  test('are exactly the pinned terms, each with its pinned expansion', () => {
    const general = Object.fromEntries(GLOSSARY.filter((entry) => !entry.fromDocuments).map((entry) => [entry.term, entry.expansion]));
    expect(general).toEqual(PINNED);
  });
});
