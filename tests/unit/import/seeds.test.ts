/**
 * The importer against the five curated decisions: run on each source text, it must find what a
 * person found (reference, signing date, principal sum, roles, dates, Part 2), lose no word except
 * the noise the curated file lists as cleaned, and write a draft that passes the schema and renders
 * with every quote traced once a maintainer has written the summary, programmes and "says".
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFrontmatter, type MarkdownRenderer } from '@astrojs/markdown-remark';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { explainLosses, findLostWords } from '../../../src/lib/import/loss.ts';
import { importDocument, reviewSummary, type ImportedDocument } from '../../../src/lib/import/import-document.ts';
import { createDecisionRenderer } from '../../../src/lib/markdown/pipeline.ts';
import { decisionSchema, type DecisionData } from '../../../src/schemas/decision.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const CONTENT = path.join(ROOT, 'content', 'decisions');
const SEEDS = path.resolve(ROOT, '../shared/seeds');

interface Curated {
  id: string;
  data: DecisionData;
  source: string;
}

const curated: Curated[] = readdirSync(CONTENT)
  .filter((name) => name.endsWith('.md'))
  .sort()
  .map((name) => {
    const data = decisionSchema.parse(parseFrontmatter(readFileSync(path.join(CONTENT, name), 'utf8')).frontmatter);
    return { id: name.slice(0, -3), data, source: data.source.file ? readFileSync(path.join(SEEDS, data.source.file), 'utf8') : '' };
  })
  .filter((seed) => seed.data.evidence === 'full-text')
  .map((seed) => {
    return seed;
  });

/** The facts the issue names for each seed, checked here as well as against the curated files. */
const EXPECTED: Record<string, { reference: string | null; signed: string | null; principal: number }> = {
  'pcd-1092': { reference: 'PCD 1092', signed: '2021-12-10', principal: 136_000_000 },
  'pcd-911': { reference: 'PCD 911', signed: '2021-02-01', principal: 13_500_000 },
  'pcd-785': { reference: 'PCD 785', signed: null, principal: 560_000_000 },
  'ocs-grant-2023-2027': { reference: null, signed: null, principal: 170_100_000 },
  'pcd-386': { reference: 'PCD 386', signed: '2018-05-08', principal: 370_000_000 },
};

const isSignature = (reason: string) => /signature/i.test(reason);

function run(seed: Curated, acceptLoss: string[] = []): ImportedDocument {
  const result = importDocument(seed.source, { fileName: seed.data.source.file ?? '', acceptLoss });
  if (!result.ok) throw new Error(result.problem);
  return result;
}

let processor: MarkdownRenderer;
beforeAll(async () => {
  processor = await createDecisionRenderer();
});

test('there are five curated decisions to compare with', () => {
  expect(curated.map((c) => c.id).sort()).toEqual(Object.keys(EXPECTED).sort());
});

describe.each(curated.map((seed) => [seed.id, seed] as const))('importing the source of %s', (id, seed) => {
  // Read in each test, not while vitest collects the file: mutation testing switches a mutant on
  // only for tests (README, "npm run mutation").
  let result: ImportedDocument;
  let c: ImportedDocument['candidates'];
  beforeEach(() => {
    result = run(seed);
    c = result.candidates;
  });
  const expected = EXPECTED[id];

  test('finds the reference, signing date and principal sum the curated file gives', () => {
    const principal = seed.data.amounts.find((amount) => amount.principal);
    expect(c.reference?.reference ?? null).toBe(seed.data.reference);
    expect(c.signed ? { date: c.signed.iso, asWritten: c.signed.asWritten } : null).toEqual(
      seed.data.signed.date ? { date: seed.data.signed.date, asWritten: seed.data.signed.asWritten } : null,
    );
    expect(c.sums.find((sum) => sum.principal)?.pence).toBe(principal?.pence);
    expect({ reference: c.reference?.reference ?? null, signed: c.signed?.iso ?? null, principal: c.sums.find((s) => s.principal)?.pence }).toEqual(expected);
  });

  test('reports a missing signing date instead of inventing one', () => {
    const says = reviewSummary(result).join('\n');
    if (expected?.signed) expect(says).not.toContain('no signing date');
    else {
      expect(says).toContain('signed     no signing date');
      expect(result.undecided).toContain('no signing date: signed.notStated says so; check the document');
    }
  });

  test('gives every sum of the curated file the same role', () => {
    for (const amount of seed.data.amounts) {
      const sum = c.sums.find((s) => s.pence === amount.pence);
      expect(sum, `${amount.asWritten}`).toBeDefined();
      expect([amount.asWritten, sum?.role]).toEqual([amount.asWritten, amount.role]);
      if (amount.decision) expect(sum?.chosen.decision).toBe(amount.decision);
    }
  });

  test('finds the title, financial years, dates, cited decisions and Part 2 of the curated file', () => {
    expect(c.title?.value ?? null).toBe(seed.data.titleNote ? null : seed.data.title);
    expect(c.financialYears).toEqual(seed.data.financialYears);
    const found = c.dates.map((d) => `${d.kind} ${d.iso}`);
    for (const date of seed.data.dates) expect(found).toContain(`${date.kind} ${date.date}`);
    expect(c.related.map((r) => r.reference)).toEqual(seed.data.related.map((r) => r.reference));
    expect(c.partTwo.status).toBe(seed.data.partTwo.status);
    if (seed.data.partTwo.classification) expect(c.partTwo.classification).toBe(seed.data.partTwo.classification);
  });

  test('suspects exactly the signatures the curated file removed', () => {
    const signatures = seed.data.cleaned.filter((entry) => isSignature(entry.reason)).map((entry) => entry.original);
    expect(result.suspectedNoise.map((noise) => noise.text).sort()).toEqual(signatures.sort());
  });

  test('loses no word of the source except noise the curated file lists as cleaned', () => {
    const originals = seed.data.cleaned.map((entry) => entry.original);
    expect(result.unexplainedLosses).toEqual([]);
    expect(explainLosses(result.explainedLosses, originals).unexplained).toEqual([]);
  });

  test('with the suspected signatures accepted as losses, removes them and still loses nothing else', () => {
    const accepted = run(seed, result.suspectedNoise.map((noise) => noise.text));
    const originals = seed.data.cleaned.map((entry) => entry.original);
    expect(accepted.unexplainedLosses).toEqual([]);
    expect(explainLosses(findLostWords(seed.source, accepted.body), originals).unexplained).toEqual([]);
    for (const noise of result.suspectedNoise) expect(accepted.body).not.toContain(noise.text);
    expect(accepted.suspectedNoise).toEqual([]);
  });

  test('writes a draft that is YAML and fails the schema only where a person must write', () => {
    const { frontmatter, content } = parseFrontmatter(result.file);
    expect(frontmatter.source).toEqual({ file: seed.data.source.file });
    expect(content.trim()).toBe(result.body.trim());
    const parsed = decisionSchema.safeParse(frontmatter);
    expect(parsed.success).toBe(false);
    const paths = [...new Set(parsed.error?.issues.map((issue) => issue.path.join('.')))].sort();
    const says = c.related.map((_, i) => `related.${i}.says`);
    expect(paths).toEqual([...(c.title ? [] : ['title']), 'programmes', ...says, 'summary'].sort());
  });

  test('once reviewed, the draft passes the schema and renders with every quote traced and every word shown', async () => {
    const { frontmatter } = parseFrontmatter(result.file);
    const reviewed = {
      ...frontmatter,
      title: c.title?.value ?? seed.data.title,
      summary: seed.data.summary,
      programmes: seed.data.programmes,
      related: (frontmatter.related as Record<string, unknown>[]).map((r) => ({ ...r, says: 'Cited.' })),
    };
    const data = decisionSchema.parse(reviewed);
    expect(data.amounts.filter((a) => a.principal)).toHaveLength(1);
    const html = (await processor.render(result.body, { frontmatter: reviewed })).code;
    for (let i = 1; i <= data.amounts.length; i += 1) expect(html).toContain(`id="sum-${i}"`);
    const shown = toText(fromHtml(html, { fragment: true }));
    const originals = seed.data.cleaned.map((entry) => entry.original);
    expect(explainLosses(findLostWords(seed.source, shown), [...originals, ...result.cleaned.map((e) => e.original)]).unexplained).toEqual([]);
  });
});
