/**
 * `npm run bench:import [-- --sizes 1,5,10 --batch 200 --seed 1 --keep]`: how the importer scales. It
 * imports one long text of each size (MB) in this process and prints the time and the rate, then
 * runs `npm run import` on a folder of `--batch` documents (plain texts, saved register pages and
 * PDFs, a third of each) into a temporary folder and prints the wall time, the time per document,
 * the exit status and the review report's size. The documents are the seeded synthetic decisions of
 * the build benchmark (scripts/lib/synthetic-corpus.ts), with a form footer every 40 lines as the
 * extracted PDFs have. Nothing here is a timed test; rerun with the same seed to compare.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { importDocument } from '../src/lib/import/import-document.ts';
import { CorpusGenerator } from './lib/synthetic-corpus.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1,5,10' },
    batch: { type: 'string', default: '200' },
    seed: { type: 'string', default: '1' },
    keep: { type: 'boolean', default: false },
  },
});
const sizes = values.sizes.split(',').map(Number).filter((n) => n > 0);
const batchSize = Number(values.batch);
const seed = Number(values.seed);
const generator = new CorpusGenerator({ size: Math.max(batchSize, 2000), seed, realDir: path.join(ROOT, 'content', 'decisions') });

/** A generated decision's text as an extracted PDF gives it: the body, a form footer every 40 lines. */
function decisionText(index: number): string {
  const { markdown } = generator.generate(index);
  const end = markdown.indexOf('\n---', 4);
  const lines = markdown.slice(end + 4).trim().split('\n');
  const out: string[] = [];
  lines.forEach((line, i) => {
    out.push(line);
    if (i % 40 === 39) out.push('', `PCD July 2020 ${Math.floor(i / 40) + 1}`, '');
  });
  return out.join('\n');
}

function longText(bytes: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < bytes; i += 1) {
    const text = decisionText(i % 2000);
    parts.push(text);
    length += Buffer.byteLength(text) + 2;
  }
  return parts.join('\n\n');
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

console.log(`bench:import — seed ${seed}, node ${process.version}, ${new Date().toISOString()}`);
console.log('\none long text, imported in this process (importDocument):');
console.log('| size | paragraphs | wall time | CPU time | MB per CPU second | written |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const mb of sizes) {
  const text = longText(mb * 1_000_000);
  const paragraphs = text.split(/\n\s*\n/).length;
  const start = performance.now();
  const cpu = process.cpuUsage();
  const result = importDocument(text, { fileName: `long-${mb}mb.txt` });
  const elapsed = performance.now() - start;
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  const written = result.ok ? (result.unexplainedLosses.length === 0 ? 'yes' : `no: ${result.unexplainedLosses.length} losses`) : result.problem;
  console.log(`| ${(Buffer.byteLength(text) / 1e6).toFixed(1)} MB | ${paragraphs.toLocaleString('en-GB')} | ${seconds(elapsed)} | ${seconds(cpuMs)} | ${(Buffer.byteLength(text) / 1e6 / (cpuMs / 1000)).toFixed(2)} | ${written} |`);
}

/** A register page holding a text, in the register's layout, with the site's chrome around it. */
function pageOf(text: string, reference: string, title: string): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const paragraphs = text.split(/\n\s*\n/).map((p) => `<p>${escape(p.replace(/^#+\s*/, ''))}</p>`).join('\n');
  return `<!DOCTYPE html><html><head><title>${escape(title)}</title></head><body><a href="#main">Skip to main content</a>
<header><img alt="Mayor of London logo" src="/a.svg"><nav><ul><li><a href="/">Home</a></li></ul></nav></header>
<main id="main"><h1>${escape(`${reference} ${title}`)}</h1><h2>Key information</h2><p>Reference code: ${reference}</p><p>Date signed:</p><p>Decision by: Deputy Mayor, Policing and Crime</p>
${paragraphs}</main><footer><p>City Hall footer</p></footer></body></html>`;
}

async function pdfOf(text: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  let page = doc.addPage([595, 842]);
  let y = 800;
  for (const raw of text.split('\n')) {
    // Helvetica's WinAnsi encoding: characters it cannot draw are replaced.
    const line = raw.replace(/[^\x20-\x7e£–—‘’“”•é]/g, '?');
    const chunks = line.match(/.{1,95}(?:\s|$)/g) ?? [''];
    for (const chunk of chunks) {
      if (y < 50) {
        page = doc.addPage([595, 842]);
        y = 800;
      }
      if (chunk.trim()) page.drawText(chunk.trimEnd(), { x: 40, y, size: 9, font });
      y -= 12;
    }
  }
  return doc.save();
}

if (batchSize > 0) {
  const work = mkdtempSync(path.join(tmpdir(), 'bench-import-'));
  const input = path.join(work, 'in');
  const out = path.join(work, 'out');
  mkdirSync(input);
  mkdirSync(out);
  let bytes = 0;
  for (let i = 0; i < batchSize; i += 1) {
    const decision = generator.generate(i);
    const text = decisionText(i);
    const name = `doc-${String(i).padStart(3, '0')}`;
    const kind = i % 3;
    const file = path.join(input, kind === 0 ? `${name}.txt` : kind === 1 ? `${name}.html` : `${name}.pdf`);
    const title = /^title:\s*(.+)$/m.exec(decision.markdown)?.[1]?.replace(/^["']|["']$/g, '') ?? name;
    const content = kind === 0 ? text : kind === 1 ? pageOf(text, decision.reference, title) : await pdfOf(text);
    writeFileSync(file, content);
    bytes += statSync(file).size;
  }
  const report = path.join(work, 'review.md');
  const start = performance.now();
  // GNU time, when there is one, gives the CPU time and peak memory of the import alone.
  const timeFile = path.join(work, 'time.txt');
  const gnuTime = existsSync('/usr/bin/time');
  const command = [process.execPath, path.join(ROOT, 'scripts', 'import.ts'), input, '--out', out, '--report', report, '--allow-duplicate'];
  const run = spawnSync(gnuTime ? '/usr/bin/time' : (command[0] as string), gnuTime ? ['-f', '%U %S %M', '-o', timeFile, ...command] : command.slice(1), {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const elapsed = performance.now() - start;
  const drafts = readdirSync(out).filter((name) => name.endsWith('.md')).length;
  const failedLines = run.stderr.split('\n').filter((line) => line.startsWith('import: ')).length;
  console.log(`\na batch of ${batchSize} documents (${Math.round(batchSize / 3)} texts, ${Math.round(batchSize / 3)} register pages, ${batchSize - 2 * Math.round(batchSize / 3)} PDFs; ${(bytes / 1e6).toFixed(1)} MB), \`npm run import -- <folder>\`:`);
  console.log('| documents | wall time | CPU time | CPU per document | peak memory | drafts written | inputs refused | exit status | review report |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  const [user = NaN, system = NaN, kb = NaN] = gnuTime ? readFileSync(timeFile, 'utf8').trim().split('\n').pop()?.split(' ').map(Number) ?? [] : [];
  const cpuMs = (user + system) * 1000;
  const reportSize = (() => {
    try {
      return `${(statSync(report).size / 1e3).toFixed(0)} KB`;
    } catch {
      return 'none';
    }
  })();
  console.log(
    `| ${batchSize} | ${seconds(elapsed)} | ${gnuTime ? seconds(cpuMs) : 'n/a'} | ${gnuTime ? `${(cpuMs / batchSize).toFixed(0)} ms` : 'n/a'} | ${gnuTime ? `${(kb / 1024).toFixed(0)} MB` : 'n/a'} | ${drafts} | ${failedLines} | ${run.status} | ${reportSize} |`,
  );
  if (run.status !== 0 && run.status !== 1 && run.status !== 3) console.log(run.stderr.split('\n').slice(0, 5).join('\n'));
  if (values.keep) console.log(`\nkept the batch's inputs, drafts and report in ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
