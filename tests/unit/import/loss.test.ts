import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { removeExtractionNoise, removeNamedText } from '../../../src/lib/import/clean-source.ts';
import { explainLosses, findLostWords, wordsOf } from '../../../src/lib/import/loss.ts';

describe('wordsOf', () => {
  test('keeps letters and digits, lowercased, with their lines', () => {
    expect(wordsOf('Approve £1.36m\n**MOPAC’s** grant')).toEqual([
      { word: 'approve', original: 'Approve', line: 1 },
      { word: '1', original: '1', line: 1 },
      { word: '36m', original: '36m', line: 1 },
      { word: 'mopac', original: 'MOPAC', line: 2 },
      { word: 's', original: 's', line: 2 },
      { word: 'grant', original: 'grant', line: 2 },
    ]);
  });

  test.each([
    ['Markdown escapes', '5\\. text \\| more', '5. text | more'],
    ['kept tags inside a word', '31<sup>st</sup> March', '31st March'],
    ['list markers', '- • Commercial Interest', 'Commercial Interest'],
    ['table syntax', '| a | b |\n| --- | --- |', 'a\tb'],
    ['heading marks', '#### **Executive Summary:**', 'Executive Summary'],
  ])('ignores %s', (_, markdown, plain) => {
    expect(wordsOf(markdown).map((w) => w.word)).toEqual(wordsOf(plain).map((w) => w.word));
  });

  test('skips the "o" of a sub-bullet in a source text only', () => {
    expect(wordsOf(' - o Commercial Interest', { source: true }).map((w) => w.word)).toEqual(['commercial', 'interest']);
    expect(wordsOf('o Commercial Interest').map((w) => w.word)).toEqual(['o', 'commercial', 'interest']);
    expect(wordsOf('o', { source: true }).map((w) => w.word)).toEqual(['o']);
  });

  test('counts the words of a tag it does not keep, which the Markdown shows as text', () => {
    expect(wordsOf('<script>x</script>').map((w) => w.word)).toEqual(['script', 'x', 'script']);
  });
});

describe('findLostWords', () => {
  test('finds nothing when every word is there', () => {
    expect(findLostWords('One two.\n\nThree.', '## One two\n\n- Three')).toEqual([]);
  });

  test('lists each missing run with its source line', () => {
    expect(findLostWords('The above request.\ndue hinden Signature\nDate 10/12/2021', 'The above request.\nSignature\nDate 10/12/2021')).toEqual([
      { text: 'due hinden', words: ['due', 'hinden'], line: 2 },
    ]);
  });

  test('notices a dropped copy of a repeated sentence', () => {
    const sentence = 'County Lines is a drug supply business model.';
    expect(findLostWords(`${sentence}\n${sentence}\nEnd.`, `${sentence}\nEnd.`).map((run) => run.text)).toEqual([
      'County Lines is a drug supply business model',
    ]);
  });

  test('does not count a passage that only moved', () => {
    expect(findLostWords('taken to ensure\n<sup>1</sup> Police and crime plan\ncompliance. This will', 'taken to ensure compliance. This will\n<sup>1</sup> Police and crime plan')).toEqual([]);
  });

  test('does not count a leading "o" sub-bullet marker as a word', () => {
    expect(findLostWords('o Commercial Interest', '- Commercial Interest')).toEqual([]);
  });

  test('reads the "o" marker as the Markdown writer does, when only a tag follows it', () => {
    // Found by the no-word-lost property (seed 722738430): the writer made "o <sup>" a bullet.
    expect(findLostWords('o <sup>', '- <sup>\n')).toEqual([]);
    expect(findLostWords('o <sup>st</sup>', '- <sup>st</sup>\n')).toEqual([]);
    expect(wordsOf('<b>o</b> x', { source: true }).map((w) => w.word)).toEqual(['o', 'x']);
  });

  test('counts what is left of a moved passage that also lost words', () => {
    expect(findLostWords('to benefit from\n¹ Police plan for London\nOFFICIAL PUBLIC\nnational work', 'to benefit from national work\n¹ Police plan for London').map((r) => r.text)).toEqual([
      'OFFICIAL PUBLIC',
    ]);
  });

  test('property: a text compared with itself loses nothing, and with a word dropped loses that word', () => {
    fc.assert(
      // Not "o": at the start of a line it is a sub-bullet marker, which wordsOf skips by design.
      fc.property(fc.array(fc.stringMatching(/^[a-np-z]{1,3}$/), { minLength: 1, maxLength: 60 }), fc.nat(), (words, pick) => {
        const text = words.join(' ');
        expect(findLostWords(text, text)).toEqual([]);
        const index = pick % words.length;
        const shorter = words.filter((_, i) => i !== index).join(' ');
        const lost = findLostWords(text, shorter);
        expect(lost.flatMap((run) => run.words)).toEqual([words[index]]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('findLostWords on long texts (the anchored diff)', () => {
  test('property: in a text of thousands of words, exactly the dropped words are lost, wherever they were', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.array(fc.nat(), { minLength: 1, maxLength: 25 }), (seed, picks) => {
        // Pseudo-random words from a vocabulary large enough that many occur once, as in a document.
        let state = seed;
        const next = () => (state = (state * 48271) % 2147483647);
        const words = Array.from({ length: 6000 }, () => `w${(next() % 3000).toString(36)}`);
        const dropped = new Set(picks.map((pick) => pick % words.length));
        const kept = words.filter((_, i) => !dropped.has(i));
        const lines = (list: string[]) => list.map((word, i) => (i % 12 === 11 ? `${word}\n` : `${word} `)).join('');
        const lost = findLostWords(lines(words), lines(kept)).flatMap((run) => run.words);
        expect(lost).toHaveLength(dropped.size);
        expect(lost.sort()).toEqual([...dropped].map((i) => words[i]).sort());
      }),
      { numRuns: 20 },
    );
  }, 60_000);

  test('a long text that repeats itself, with no word occurring once, still loses only what was dropped', () => {
    const paragraph = 'the grant will fund the team and the team will report to the board';
    const source = Array.from({ length: 600 }, () => paragraph).join('\n');
    const output = source.replace(/(\n[^\n]*){300}$/, (rest) => rest.replace('report to', 'report'));
    expect(findLostWords(source, output).map((run) => run.text)).toEqual(['to']);
  });
});

describe('explainLosses', () => {
  const run = (text: string) => ({ text, words: wordsOf(text).map((w) => w.word), line: 1 });

  test('explains a run that is a removed text, part of one, or several one after the other', () => {
    const removed = ['PCD July 2020 4', 'Glanatuchterd.', '<sup>&</sup>lt;sup>1</sup>'];
    const { explained, unexplained } = explainLosses(
      [run('PCD July 2020 4'), run('PCD July 2020 4 Glanatuchterd'), run('lt sup'), run('the grant')],
      removed,
    );
    expect(explained.map((r) => r.text)).toEqual(['PCD July 2020 4', 'PCD July 2020 4 Glanatuchterd', 'lt sup']);
    expect(unexplained.map((r) => r.text)).toEqual(['the grant']);
  });
});

describe('removeExtractionNoise', () => {
  test('blanks form footers, running headers and lone dashes, keeping line numbers', () => {
    const text = ['Date 1/2/2021', 'PCD July 2020 1', '#### **OFFICIAL - PUBLIC**', '-', 'Text.', 'OFFICIAL - PUBLIC'].join('\n');
    const result = removeExtractionNoise(text);
    expect(result.text).toBe(['Date 1/2/2021', '', '', '', 'Text.', ''].join('\n'));
    expect(result.cleaned.map((c) => [c.original, c.lines])).toEqual([
      ['PCD July 2020 1', [2]],
      ['#### **OFFICIAL - PUBLIC**', [3]],
      ['-', [4]],
      ['OFFICIAL - PUBLIC', [6]],
    ]);
  });

  test('repairs the garbled footnote mark and unlinks links without an address, recording both', () => {
    const result = removeExtractionNoise('<sup>&</sup>lt;sup>1</sup> Police and crime plan\n[1 A New Met For London](#)');
    expect(result.text).toBe('<sup>1</sup> Police and crime plan\n1 A New Met For London');
    expect(result.cleaned).toEqual([
      { original: '<sup>&</sup>lt;sup>1</sup>', replacement: '<sup>1</sup>', reason: 'The footnote number’s markup was garbled in extraction.', lines: [1] },
      { original: '[1 A New Met For London](#)', replacement: '1 A New Met For London', reason: 'The footnote link lost its address in extraction; kept as text.', lines: [2] },
    ]);
  });

  test('blanks the site links a copied register page starts with, and only those', () => {
    const text = ['Skip to main content', 'Mayor of London logo London Assembly logo', 'Home', '', 'PCD 9656 Lantern grant', 'Home'].join('\n');
    const result = removeExtractionNoise(text);
    expect(result.text).toBe(['', '', '', '', 'PCD 9656 Lantern grant', 'Home'].join('\n'));
    expect(result.cleaned.map((c) => [c.original, c.lines])).toEqual([
      ['Skip to main content', [1]],
      ['Mayor of London logo London Assembly logo', [2]],
      ['Home', [3]],
    ]);
    expect(removeExtractionNoise('Home\nSkip to main content').cleaned).toEqual([]);
  });

  test('leaves a sentence that mentions a classification alone', () => {
    const text = 'It is classified as OFFICIAL - PUBLIC.\nPCD July 2020 is the form.';
    expect(removeExtractionNoise(text)).toEqual({ text, cleaned: [] });
  });
});

describe('removeNamedText', () => {
  test('removes a named text as whole words wherever it stands, and records it', () => {
    const result = removeNamedText('due hinden Signature\n\ndue hinden\n\nprocedure hindenburg', ['due hinden'], ['due hinden']);
    expect(result.text).toBe('Signature\n\n\n\nprocedure hindenburg');
    expect(result.cleaned).toEqual([
      { original: 'due hinden', reason: 'A handwritten signature, read by text extraction as words.', lines: [1, 3] },
    ]);
    expect(result.notFound).toEqual([]);
  });

  test('reports a name that occurs nowhere', () => {
    expect(removeNamedText('Text.', ['Tipue henden']).notFound).toEqual(['Tipue henden']);
  });

  test('treats the name literally, not as a pattern', () => {
    expect(removeNamedText('a.b and axb', ['a.b']).text).toBe('and axb');
  });
});
