/**
 * `npm run bench:build`: how the build grows with the archive.
 *
 * For each size (default 1,000, 2,500 and 10,000 decisions) it generates a seeded synthetic corpus
 * of realistic length and structure (scripts/lib/synthetic-corpus.ts, learnt from the real
 * decisions) in tmp/bench-build/corpus-N, builds it cold with `npm run build` (no output, no cache)
 * into tmp/bench-build/site-N and prints:
 *   - build time, and time per 1,000 pages;
 *   - the time ratio of the largest size to the smallest (linear growth keeps it near the size ratio);
 *   - peak memory: of the whole process tree (sampled) and of its largest process (GNU time);
 *   - the size of the built site, and how long Astro spent syncing content and rendering pages
 *     (the full-text index is rendered with them), read from its log.
 * Targets (issue 6): <= 12 s per 1,000 pages cold; time(10,000) / time(1,000) <= 12; peak memory
 * <= 2.5 GB at 2,500. Nothing here changes the site: it measures and reports.
 *
 * Options: --sizes 1000,2500,10000  --seed N (default 1)  --warm-after-edit FILE (a warm build after a
 * one-line edit of FILE, e.g. src/lib/search/words.ts, restored after)  --max-wait-idle S (default 300: wait up to
 *          S seconds for the 1-minute load average to fall below 1 before each build)
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { folderSize, ROOT, runAstroBuild, sourceCommit, type BuildRun } from './lib/astro-build.ts';
import { CorpusGenerator } from './lib/synthetic-corpus.ts';

const OUT = path.join(ROOT, 'tmp', 'bench-build');
const log = (message: string) => process.stderr.write(`${message}\n`);

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,2500,10000' },
    seed: { type: 'string', default: '1' },
    'max-wait-idle': { type: 'string', default: '300' },
    /** After each cold build, add a comment to this source file and build again warm; the file is restored. */
    'warm-after-edit': { type: 'string' },
  },
});
const sizes = values.sizes.split(',').map((s) => Number(s.trim()));
const seed = Number(values.seed);
const maxWaitIdle = Number(values['max-wait-idle']);
if (sizes.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(seed) || !(maxWaitIdle >= 0)) {
  log(`bench:build: --sizes must be whole numbers above 0 ("${values.sizes}"), --seed a whole number ("${values.seed}"), --max-wait-idle seconds`);
  process.exit(2);
}

/** Waits for the machine to be quiet, so other work does not skew the timings; returns the load seen. */
async function waitForQuiet(): Promise<number[]> {
  const until = Date.now() + maxWaitIdle * 1000;
  while (os.loadavg()[0]! >= 1 && Date.now() < until) await new Promise((r) => setTimeout(r, 5000));
  return os.loadavg().map((n) => Math.round(n * 100) / 100);
}

interface SizeResult {
  size: number;
  corpusMB: number;
  generateMs: number;
  build: BuildRun;
  dist: { bytes: number; files: number };
  loadBefore: number[];
  /** The warm build after --warm-after-edit, when asked for. */
  warm: WarmResult | null;
}

/** A warm build after a one-line edit of --warm-after-edit: its time and how many decisions it rendered again. */
interface WarmResult {
  file: string;
  ms: number;
  rendered: number | null;
  of: number | null;
}

async function warmAfterEdit(size: number, dir: string): Promise<WarmResult | null> {
  const file = values['warm-after-edit'];
  if (!file) return null;
  const full = path.join(ROOT, file);
  const before = readFileSync(full, 'utf8');
  writeFileSync(full, `${before}\n// bench:build: an edit, removed after the warm build\n`);
  try {
    await waitForQuiet();
    log(`building ${size} warm, after editing ${file}…`);
    const logFile = path.join(OUT, `build-${size}-warm.log`);
    const build = await runAstroBuild({ decisionsDir: dir, outDir: path.join(OUT, `site-${size}`), cacheDir: path.join(OUT, `cache-${size}`), logFile, warm: true });
    // The decisions loader logs "Rendered N of M decisions" when it renders any; nothing when none.
    const rendered = /Rendered (\d+) of (\d+) decisions/.exec(readFileSync(logFile, 'utf8'));
    return { file, ms: build.ms, rendered: rendered ? Number(rendered[1]) : 0, of: rendered ? Number(rendered[2]) : size };
  } finally {
    writeFileSync(full, before);
  }
}

const results: SizeResult[] = [];
mkdirSync(OUT, { recursive: true });
const commit = sourceCommit();
for (const size of sizes) {
  const dir = path.join(OUT, `corpus-${size}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const started = performance.now();
  const generator = new CorpusGenerator({ size, seed, realDir: path.join(ROOT, 'content', 'decisions') });
  let corpusBytes = 0;
  for (let i = 0; i < size; i++) {
    const decision = generator.generate(i);
    writeFileSync(path.join(dir, `${decision.id}.md`), decision.markdown);
    corpusBytes += Buffer.byteLength(decision.markdown);
  }
  const generateMs = performance.now() - started;
  log(`generated ${size} decisions (${(corpusBytes / 1024 / 1024).toFixed(1)} MB) in ${(generateMs / 1000).toFixed(1)} s`);
  const loadBefore = await waitForQuiet();
  log(`building ${size} (load average ${loadBefore.join(' ')})…`);
  const build = await runAstroBuild({
    decisionsDir: dir,
    outDir: path.join(OUT, `site-${size}`),
    cacheDir: path.join(OUT, `cache-${size}`),
    logFile: path.join(OUT, `build-${size}.log`),
    onHeartbeat: (s) => log(`  building ${size}… ${s} s`),
  });
  if (!build.ok) log(build.error ?? 'the build failed');
  const dist = folderSize(path.join(OUT, `site-${size}`));
  results.push({ size, corpusMB: corpusBytes / 1024 / 1024, generateMs, build, dist, loadBefore, warm: await warmAfterEdit(size, dir) });
  log(`  ${size}: ${(build.ms / 1000).toFixed(1)} s, peak ${build.peakTreeRssMB} MB`);
}

// --- Report ------------------------------------------------------------------------------------------

const fmt = (n: number | null | undefined, digits = 1) => (n === null || n === undefined || Number.isNaN(n) ? '—' : n.toFixed(digits));
const perThousand = (r: SizeResult) => (r.build.ms / 1000 / r.size) * 1000;
const rows: string[][] = [
  ['figure', ...sizes.map((s) => `${s.toLocaleString('en-GB')}`), 'target'],
  ['corpus (MB of Markdown)', ...results.map((r) => fmt(r.corpusMB)), ''],
  ['build succeeded', ...results.map((r) => (r.build.ok ? 'yes' : 'NO')), ''],
  ['pages built', ...results.map((r) => String(r.build.pages ?? '—')), ''],
  ['build time (s)', ...results.map((r) => fmt(r.build.ms / 1000)), ''],
  ['time per 1,000 pages (s)', ...results.map((r) => `${fmt(perThousand(r))} ${perThousand(r) <= 12 ? 'met' : 'MISSED'}`), '≤ 12'],
  ['  content sync: Markdown, schema (s)', ...results.map((r) => fmt(r.build.phases.contentSync)), ''],
  ['  rendering pages (s)', ...results.map((r) => fmt(r.build.phases.staticRoutes)), ''],
  ['peak memory, all processes (MB)', ...results.map((r) => `${fmt(r.build.peakTreeRssMB, 0)}${r.size === 2500 ? ((r.build.peakTreeRssMB ?? Infinity) <= 2560 ? ' met' : ' MISSED') : ''}`), '≤ 2,560 at 2,500'],
  ['peak memory, largest process (MB)', ...results.map((r) => fmt(r.build.peakProcessRssMB, 0)), ''],
  ['dist/ (MB, files)', ...results.map((r) => `${fmt(r.dist.bytes / 1024 / 1024)}, ${r.dist.files}`), ''],
  ['load average before', ...results.map((r) => r.loadBefore.join(' ')), ''],
  ...(values['warm-after-edit']
    ? [
        [`warm build after editing ${values['warm-after-edit']} (s)`, ...results.map((r) => fmt((r.warm?.ms ?? NaN) / 1000)), ''],
        ['  decisions rendered again', ...results.map((r) => (r.warm ? `${r.warm.rendered} of ${r.warm.of}` : '—')), ''],
      ]
    : []),
];
const smallest = results.reduce<SizeResult | undefined>((a, r) => (!a || r.size < a.size ? r : a), undefined);
const largest = results.reduce<SizeResult | undefined>((a, r) => (!a || r.size > a.size ? r : a), undefined);
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => (row[i] ?? '').length)));
const table = rows.map((row) => row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ')).join('\n');
const lines = [`bench:build, seed ${seed}, site code ${commit}, ${os.cpus().length} CPUs, Node ${process.version}`, '', table];
if (smallest && largest && smallest !== largest) {
  const ratio = largest.build.ms / smallest.build.ms;
  const sizeRatio = largest.size / smallest.size;
  const target = largest.size === 10_000 && smallest.size === 1000 ? (ratio <= 12 ? ' (target ≤ 12: met)' : ' (target ≤ 12: MISSED)') : '';
  lines.push('', `time ratio ${largest.size}/${smallest.size}: ${fmt(ratio, 2)} for ${fmt(sizeRatio, 0)}× the decisions${target}`);
}
console.log(lines.join('\n'));
writeFileSync(path.join(OUT, 'results.json'), JSON.stringify({ seed, commit, results }, null, 2));
log(`\nresults: ${path.relative(ROOT, path.join(OUT, 'results.json'))}; logs: tmp/bench-build/build-N.log`);
process.exitCode = results.every((r) => r.build.ok) ? 0 : 1;
