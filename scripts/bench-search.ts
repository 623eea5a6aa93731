/**
 * `npm run bench:search`: how the search page holds up as the archive grows.
 *
 * For each size (default 2,000 and 10,000 decisions) it generates a seeded synthetic corpus
 * (scripts/lib/synthetic-corpus.ts) in tmp/bench/corpus-N, builds it with Astro into tmp/bench/site-N
 * (cache tmp/bench/cache-N), serves it with the project's static server and measures, in headless
 * Chromium driven by playwright-core:
 *
 *   - bytes: the static server does not compress, so each response body is gzipped here (level 6)
 *     and the gzip sizes are added up: for a cold load of /search/?q=<word> up to the first results,
 *     and for each later query typed into the box, the responses that query caused.
 *   - time to first results: navigation start (performance.timeOrigin) to the moment #results first
 *     has an item (the record matches, drawn before the full-text index answers), and, reported
 *     beside it, to the moment the full-text hits are merged (aria-busy="false"); both seen by a
 *     MutationObserver installed before the page's scripts; median of cold loads, each in a new
 *     browser context (empty cache). Bytes are counted for requests started before each moment.
 *   - per-keystroke latency: see typeQuery() below for the method; compared with a naive yardstick,
 *     a lower-cased String.prototype.includes() scan over the full text of every decision, timed in
 *     the same page and run for the same keystrokes.
 *   - recall: for single words, every decision whose text (title, summary and body, from the
 *     generated Markdown, case-insensitive, whole word) contains the word must be in the results
 *     list once aria-busy is "false".
 *
 * Targets are printed beside the figures. Nothing here changes the site: it measures and reports.
 * Results: a plain table on stdout and tmp/bench/results.json. Build logs: tmp/bench/build-N.log.
 *
 * Options: --sizes 2000,10000  --seed N (default 1)  --skip-build (reuse tmp/bench/site-N)
 *          --loads N (cold loads, default 5)  --url-query WORD (default Orochi)
 *          --max-wait-idle S (default 600: before timing, wait up to S seconds for the 1-minute load
 *          average to fall below half the CPUs, so other work on the machine does not skew the figures;
 *          the load averages seen are reported with the results)
 *          --latency MS (default 80: the URL-query cold loads once more, with MS added to every
 *          request by Chromium's network emulation, to show what a round trip costs; 0 skips them)
 */
import { createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page, type Request } from 'playwright-core';
import { parse } from 'csv-parse/sync';
import { startStaticServer, type RunningServer } from './lib/static-server.ts';
import { runAstroBuild, sourceCommit } from './lib/astro-build.ts';
import { CHROMIUM_ARGS, ensureChromium } from './lib/chromium.ts';
import { CorpusGenerator, mixSeed } from './lib/synthetic-corpus.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const BENCH = path.join(ROOT, 'tmp', 'bench');
const rel = (p: string) => path.relative(ROOT, p);

// --- Options -----------------------------------------------------------------------------------------

interface Options {
  sizes: number[];
  seed: number;
  skipBuild: boolean;
  loads: number;
  urlQuery: string;
  /** Longest wait, in seconds, for other work on the machine to stop before timing anything. */
  maxWaitIdle: number;
  /** Round-trip time, in ms, added to every request for a second set of cold loads (0: none). */
  latency: number;
}

function parseOptions(argv: string[]): Options {
  const options: Options = { sizes: [2000, 10000], seed: 1, skipBuild: false, loads: 5, urlQuery: 'Orochi', maxWaitIdle: 600, latency: 80 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    if (flag === '--sizes') options.sizes = value().split(',').map((s) => Number(s.trim()));
    else if (flag === '--seed') options.seed = Number(value());
    else if (flag === '--skip-build') options.skipBuild = true;
    else if (flag === '--loads') options.loads = Number(value());
    else if (flag === '--url-query') options.urlQuery = value();
    else if (flag === '--max-wait-idle') options.maxWaitIdle = Number(value());
    else if (flag === '--latency') options.latency = Number(value());
    else if (flag === '--help' || flag === '-h') {
      console.log('npm run bench:search -- [--sizes 2000,10000] [--seed N] [--skip-build] [--loads 5] [--url-query Orochi] [--max-wait-idle 600] [--latency 80]');
      process.exit(0);
    } else throw new Error(`Unknown option ${arg} (try --help)`);
  }
  if (options.sizes.some((n) => !Number.isInteger(n) || n < 1 || n > 50_000)) throw new Error('--sizes takes whole numbers from 1 to 50000');
  if (!Number.isInteger(options.seed)) throw new Error('--seed takes a whole number');
  if (!(options.latency >= 0 && options.latency <= 5000)) throw new Error('--latency takes milliseconds from 0 to 5000');
  return options;
}

// --- Targets -----------------------------------------------------------------------------------------

/** The issue's targets. `at` is the size they apply to; other sizes are reported without a verdict. */
const TARGETS = {
  2000: { keyMedianMs: 25, keyMaxMs: 50, firstLoadKB: 200, laterQueryKB: 100, firstResultsMs: 300, recallPct: 100 },
  10000: { firstLoadKB: 300, pageWorks: true },
} as const;

// --- The typed queries -------------------------------------------------------------------------------

/** Realistic queries, typed one key at a time: typos, references, sums and words. */
const TYPED_QUERIES = ['Orochy', 'ANRP', 'PCD 1092', '1092', '£1.36m', '1,360,000', 'county lines', 'exploitation', 'overtime', 'Bedfordshire', 'serious violence', 'ROCU'];
/** A typist's pace: the next key is pressed this long after the previous one. */
const KEY_GAP_MS = 120;

// --- Small helpers -----------------------------------------------------------------------------------

const median = (values: readonly number[]) => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};
const max = (values: readonly number[]) => (values.length ? Math.max(...values) : NaN);
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const kb = (bytes: number) => bytes / 1024;
const round = (n: number, digits = 1) => (Number.isFinite(n) ? Number(n.toFixed(digits)) : null);
const gzipSize = (data: Buffer | string) => (data.length === 0 ? 0 : gzipSync(data, { level: 6 }).length);
const log = (line: string) => console.log(`[bench] ${line}`);
const loadAverage = () => os.loadavg().map((n) => Number(n.toFixed(2)));

/** Waits (up to `limitS` seconds) until the 1-minute load average is below half the CPUs. */
async function waitForQuietMachine(limitS: number, what: string): Promise<{ waitedS: number; load: number[] }> {
  const threshold = Math.max(1, os.availableParallelism() * 0.5);
  const started = performance.now();
  let announced = false;
  while ((os.loadavg()[0] ?? 0) > threshold && (performance.now() - started) / 1000 < limitS) {
    if (!announced) log(`before ${what}: 1-minute load average ${loadAverage()[0]} > ${threshold}; waiting up to ${limitS} s for other work to finish…`);
    announced = true;
    await new Promise((resolve) => setTimeout(resolve, 5000));
  }
  const waitedS = Math.round((performance.now() - started) / 1000);
  if (announced) log(`  …waited ${waitedS} s; load average now ${loadAverage().join(' ')}`);
  return { waitedS, load: loadAverage() };
}

function dirStats(dir: string, filter: (name: string) => boolean = () => true): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  if (!existsSync(dir)) return { files, bytes };
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !filter(entry.name)) continue;
    files++;
    bytes += statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}

function fileSizes(file: string): { raw: number; gzip: number } | null {
  if (!existsSync(file)) return null;
  const data = readFileSync(file);
  return { raw: data.length, gzip: gzipSize(data) };
}

// --- Corpus ------------------------------------------------------------------------------------------

interface Corpus {
  size: number;
  seed: number;
  dir: string;
  generateMs: number;
  markdownBytes: number;
  bodyBytes: { min: number; median: number; max: number };
  /** Title, summary and body of each decision, by id. */
  texts: { id: string; text: string }[];
  textsFile: string;
  /** Number of decisions containing each word (lower case, whole word). */
  documentFrequency: Map<string, number>;
}

function generateCorpus(size: number, seed: number): Corpus {
  const dir = path.join(BENCH, `corpus-${size}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const started = performance.now();
  const generator = new CorpusGenerator({ size, seed, realDir: path.join(ROOT, 'content', 'decisions') });
  const texts: { id: string; text: string }[] = [];
  const documentFrequency = new Map<string, number>();
  const bodies: number[] = [];
  let markdownBytes = 0;
  for (let i = 0; i < size; i++) {
    const decision = generator.generate(i);
    writeFileSync(path.join(dir, `${decision.id}.md`), decision.markdown);
    markdownBytes += Buffer.byteLength(decision.markdown);
    bodies.push(Buffer.byteLength(decision.markdown.slice(decision.markdown.indexOf('\n---\n', 4) + 5)));
    texts.push({ id: decision.id, text: decision.text });
    for (const word of new Set(decision.text.toLowerCase().split(/[^a-z0-9_]+/))) {
      if (word) documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);
    }
  }
  const generateMs = performance.now() - started;
  const textsFile = path.join(BENCH, `texts-${size}.json`);
  writeFileSync(textsFile, JSON.stringify(texts.map((t) => t.text)));
  const sorted = [...bodies].sort((a, b) => a - b);
  const corpus: Corpus = {
    size,
    seed,
    dir,
    generateMs,
    markdownBytes,
    bodyBytes: { min: sorted[0] ?? 0, median: median(sorted), max: sorted.at(-1) ?? 0 },
    texts,
    textsFile,
    documentFrequency,
  };
  writeFileSync(path.join(BENCH, `corpus-${size}.json`), JSON.stringify({ size, seed, generateMs, markdownBytes, bodyBytes: corpus.bodyBytes }, null, 2));
  return corpus;
}

/**
 * Words for the recall check, chosen deterministically from the corpus: rare (in one decision), few
 * (2–5), some (1–5% of decisions), common (30–70%), and three fixed words of the domain.
 */
function recallWords(corpus: Corpus): { word: string; bucket: string }[] {
  const stop = new Set(['which', 'there', 'their', 'these', 'those', 'where', 'would', 'should', 'could', 'about', 'other']);
  const candidates = [...corpus.documentFrequency].filter(([w]) => /^[a-z]{5,}$/.test(w) && !stop.has(w));
  const hash = (w: string) => {
    let h = corpus.seed >>> 0;
    for (let i = 0; i < w.length; i++) h = mixSeed(h, w.charCodeAt(i));
    return h;
  };
  const choose = (bucket: string, count: number, test: (df: number) => boolean) =>
    candidates
      .filter(([, df]) => test(df))
      .map(([w]) => w)
      .sort((a, b) => hash(a) - hash(b) || a.localeCompare(b))
      .slice(0, count)
      .map((word) => ({ word, bucket }));
  const n = corpus.size;
  return [
    ...choose('rare (1)', 3, (df) => df === 1),
    ...choose('few (2-5)', 2, (df) => df >= 2 && df <= 5),
    ...choose('some (1-5%)', 2, (df) => df >= Math.max(6, 0.01 * n) && df <= Math.max(10, 0.05 * n)),
    ...choose('common (30-70%)', 2, (df) => df >= 0.3 * n && df <= 0.7 * n),
    ...['Orochi', 'exploitation', 'Bedfordshire'].map((word) => ({ word, bucket: 'fixed' })),
  ];
}

function expectedIds(corpus: Corpus, word: string): Set<string> {
  const pattern = new RegExp(`\\b${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i');
  return new Set(corpus.texts.filter((t) => pattern.test(t.text)).map((t) => t.id));
}

// --- Build -------------------------------------------------------------------------------------------

interface BuildResult {
  ok: boolean;
  /** The last commit of the site's code it was built from, "+changes" when src/ had uncommitted edits. */
  siteCommit?: string;
  ms: number | null;
  peakRssMB: number | null;
  log: string;
  error?: string;
  skipped?: boolean;
}

async function build(size: number, seed: number): Promise<BuildResult> {
  const out = path.join(BENCH, `site-${size}`);
  rmSync(`${out}.meta.json`, { force: true });
  const siteCommit = sourceCommit();
  const run = await runAstroBuild({
    decisionsDir: path.join(BENCH, `corpus-${size}`),
    outDir: out,
    cacheDir: path.join(BENCH, `cache-${size}`),
    logFile: path.join(BENCH, `build-${size}.log`),
    onHeartbeat: (s) => log(`  building ${size}… ${s} s`),
  });
  const result = { siteCommit, ms: run.ms, peakRssMB: run.peakTreeRssMB, log: run.log };
  if (!run.ok) return { ok: false, ...result, error: run.error ?? 'astro build failed' };
  writeFileSync(`${out}.meta.json`, JSON.stringify({ size, seed, siteCommit, buildMs: run.ms, peakRssMB: run.peakTreeRssMB, builtAt: new Date().toISOString() }, null, 2));
  return { ok: true, ...result };
}

function reuseBuild(size: number, seed: number): BuildResult {
  const out = path.join(BENCH, `site-${size}`);
  if (!existsSync(path.join(out, 'search', 'index.html'))) {
    return { ok: false, ms: null, peakRssMB: null, log: '', skipped: true, error: `--skip-build: ${rel(out)} has no built search page; run without --skip-build first` };
  }
  let meta: { seed?: number; size?: number; buildMs?: number; peakRssMB?: number; siteCommit?: string } = {};
  try {
    meta = JSON.parse(readFileSync(`${out}.meta.json`, 'utf8'));
  } catch {
    // built by hand, or by an older run
  }
  if (meta.seed !== seed || meta.size !== size) {
    return { ok: false, ms: null, peakRssMB: null, log: '', skipped: true, error: `--skip-build: ${rel(out)} was built from seed ${meta.seed ?? '?'}, size ${meta.size ?? '?'}, not seed ${seed}, size ${size}; rebuild it` };
  }
  return {
    ok: true,
    ...(meta.siteCommit ? { siteCommit: meta.siteCommit } : {}),
    ms: meta.buildMs ?? null,
    peakRssMB: meta.peakRssMB ?? null,
    log: rel(path.join(BENCH, `build-${size}.log`)),
    skipped: true,
  };
}

function outputStats(site: string) {
  return {
    htmlPages: dirStats(site, (n) => n.endsWith('.html')).files,
    siteMB: round(dirStats(site).bytes / 1024 / 1024, 1),
    searchPage: fileSizes(path.join(site, 'search', 'index.html')),
    recordsJson: fileSizes(path.join(site, 'search', 'records.json')),
    detailsJson: fileSizes(path.join(site, 'search', 'details.json')),
    wordsJson: fileSizes(path.join(site, 'search', 'words.json')),
    wordShards: dirStats(path.join(site, 'search', 'words')),
    plainTexts: dirStats(path.join(site, 'search', 'text')),
  };
}

// --- In the browser ----------------------------------------------------------------------------------

interface BenchMarks {
  /** performance.now() when #results first had an item and aria-busy="false" (the first results). */
  first: number | null;
  /** performance.now() when #results first had an item (record matches, before full text). */
  firstItems: number | null;
  /** performance.now() when aria-busy went from "true" back to "false" (full text merged). */
  settled: number | null;
  sawBusy: boolean;
}
type BenchWindow = Window & { __bench: BenchMarks };

/** Installed before the page's own scripts: watches #results and records the moments above. */
function observeResults(): void {
  const marks: BenchMarks = { first: null, firstItems: null, settled: null, sawBusy: false };
  (window as unknown as BenchWindow).__bench = marks;
  const check = () => {
    const results = document.getElementById('results');
    if (!results) return;
    const items = results.children.length;
    const busy = results.getAttribute('aria-busy');
    const now = performance.now();
    if (busy === 'true') marks.sawBusy = true;
    if (items > 0 && marks.firstItems === null) marks.firstItems = now;
    if (items > 0 && busy === 'false' && marks.first === null) marks.first = now;
    if (marks.sawBusy && busy === 'false' && marks.settled === null) marks.settled = now;
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-busy'] });
}

interface Transfer {
  url: string;
  phase: string;
  /** Epoch ms when the request started and when its response had arrived. */
  startEpoch: number;
  endEpoch: number;
  status: number;
  raw: number;
  gzip: number;
}

/** Records every response of a page with the phase it was requested in, and its gzip size. */
function trackTransfers(page: Page) {
  const state = { phase: 'load', inflight: 0, lastActivity: performance.now() };
  const transfers: Transfer[] = [];
  const failures: string[] = [];
  const pending: Promise<void>[] = [];
  const phases = new WeakMap<Request, string>();
  page.on('request', (request) => {
    phases.set(request, state.phase);
    state.inflight++;
    state.lastActivity = performance.now();
  });
  page.on('requestfailed', (request) => {
    state.inflight--;
    state.lastActivity = performance.now();
    failures.push(`${request.url()}: ${request.failure()?.errorText ?? 'failed'}`);
  });
  page.on('requestfinished', (request) => {
    state.inflight--;
    state.lastActivity = performance.now();
    // The yardstick's texts (150 MB at 10,000) are not the site's bytes, and too big for the DevTools pipe.
    if (request.url().includes('/__bench/')) return;
    pending.push(
      (async () => {
        const response = await request.response();
        if (!response) return;
        let body: Buffer = Buffer.alloc(0);
        try {
          body = await response.body();
        } catch {
          // no body (a redirect) or the page has gone
        }
        const timing = request.timing();
        transfers.push({
          url: request.url(),
          phase: phases.get(request) ?? state.phase,
          startEpoch: timing.startTime,
          endEpoch: timing.startTime + Math.max(0, timing.responseEnd),
          status: response.status(),
          raw: body.length,
          gzip: gzipSize(body),
        });
      })(),
    );
  });
  return {
    state,
    transfers,
    failures,
    settled: () => Promise.all(pending),
    /** Waits until no request has been in flight for `quietMs` (at most `limitMs`). */
    async quiet(quietMs = 300, limitMs = 15_000) {
      const started = performance.now();
      while (performance.now() - started < limitMs) {
        if (state.inflight <= 0 && performance.now() - state.lastActivity >= quietMs) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await Promise.all(pending);
    },
  };
}

function watchProblems(page: Page, problems: string[]): void {
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
}

/** What a response is, for the breakdown of bytes. */
function category(url: string): string {
  const p = new URL(url).pathname;
  if (p.endsWith('/search/records.json')) return 'records.json';
  if (p.endsWith('/search/details.json')) return 'details.json';
  if (p.endsWith('/search/words.json')) return 'words.json (shard table)';
  if (p.includes('/search/words/')) return 'word shards';
  if (p.includes('/search/text/')) return 'plain texts (excerpts)';
  if (p.endsWith('.css')) return 'css';
  if (p.endsWith('.js')) return 'site js';
  if (p.endsWith('/') || p.endsWith('.html')) return 'html';
  return 'other';
}

function breakdown(transfers: readonly Transfer[]) {
  const out: Record<string, { count: number; raw: number; gzip: number }> = {};
  for (const t of transfers) {
    const c = (out[category(t.url)] ??= { count: 0, raw: 0, gzip: 0 });
    c.count++;
    c.raw += t.raw;
    c.gzip += t.gzip;
  }
  return out;
}

interface ColdLoad {
  /** Results complete: full text merged, aria-busy="false". */
  firstMs: number;
  /** First results drawn: the record matches, before the full-text index has answered. */
  firstItemsMs: number | null;
  /** Bytes of the requests started before the first results were drawn. */
  firstItemsBytesGzip: number;
  loadEventMs: number;
  bytesGzip: number;
  bytesRaw: number;
  requests: number;
  breakdown: ReturnType<typeof breakdown>;
  timeline: Record<string, number | null>;
  resultCount: string;
  items: number;
}

/** A page in a new browser context (empty cache) that records the moments above and any problems. */
async function watchedPage(browser: Browser, problems: string[], latency = 0): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(observeResults);
  const page = await context.newPage();
  watchProblems(page, problems);
  if (latency > 0) {
    // Chromium's network emulation: every request waits `latency` ms before its response, as over a
    // mobile or distant connection; throughput stays high (100 Mbit/s), so the figure is about round trips.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    const bytesPerSecond = (100 * 1e6) / 8;
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency, downloadThroughput: bytesPerSecond, uploadThroughput: bytesPerSecond });
  }
  return { context, page };
}

/**
 * `count` cold loads of `url`, one after another (`onLoad` hears of each as it ends), and the middle
 * one by the time its results were complete, whose breakdown and timeline stand for the set.
 */
async function coldLoads(
  browser: Browser,
  url: string,
  problems: string[],
  count: number,
  { latency = 0, onLoad }: { latency?: number; onLoad?: (load: ColdLoad, i: number) => void } = {},
): Promise<{ loads: ColdLoad[]; middle: ColdLoad }> {
  const loads: ColdLoad[] = [];
  for (let i = 0; i < count; i++) {
    const load = await coldLoad(browser, url, problems, latency);
    loads.push(load);
    onLoad?.(load, i);
  }
  const byTime = [...loads].sort((a, b) => a.firstMs - b.firstMs);
  return { loads, middle: byTime[byTime.length >> 1] as ColdLoad };
}

async function coldLoad(browser: Browser, url: string, problems: string[], latency = 0): Promise<ColdLoad> {
  const { context, page } = await watchedPage(browser, problems, latency);
  try {
    const tracker = trackTransfers(page);
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => (window as unknown as BenchWindow).__bench.first !== null, null, { timeout: 180_000, polling: 20 });
    await page.waitForLoadState('load');
    await tracker.quiet(300);
    const marks = await page.evaluate(() => {
      const w = window as unknown as BenchWindow;
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      return {
        first: w.__bench.first as number,
        firstItems: w.__bench.firstItems,
        timeOrigin: performance.timeOrigin,
        loadEvent: nav?.loadEventEnd ?? NaN,
        documentEnd: nav?.responseEnd ?? NaN,
        domContentLoaded: nav?.domContentLoadedEventEnd ?? NaN,
        resultCount: document.getElementById('result-count')?.textContent ?? '',
        items: document.getElementById('results')?.children.length ?? 0,
      };
    });
    const firstEpoch = marks.timeOrigin + marks.first;
    const before = tracker.transfers.filter((t) => t.startEpoch <= firstEpoch);
    const itemsEpoch = marks.timeOrigin + (marks.firstItems ?? marks.first);
    const beforeItems = tracker.transfers.filter((t) => t.startEpoch <= itemsEpoch);
    // The browser's own timing of each request (Playwright's request.timing()).
    const lastEnd = (test: (name: string) => boolean) => {
      const ends = before.filter((t) => test(new URL(t.url).pathname)).map((t) => t.endEpoch - marks.timeOrigin);
      return ends.length ? round(Math.max(...ends)) : null;
    };
    return {
      firstMs: marks.first,
      firstItemsMs: marks.firstItems,
      firstItemsBytesGzip: sum(beforeItems.map((t) => t.gzip)),
      loadEventMs: marks.loadEvent,
      bytesGzip: sum(before.map((t) => t.gzip)),
      bytesRaw: sum(before.map((t) => t.raw)),
      requests: before.length,
      breakdown: breakdown(before),
      timeline: {
        'document received': round(marks.documentEnd),
        'DOMContentLoaded': round(marks.domContentLoaded),
        'load event': round(marks.loadEvent),
        'records.json received': lastEnd((p) => p.endsWith('/records.json')),
        'record matches shown': round(marks.firstItems ?? NaN),
        'details.json received': lastEnd((p) => p.endsWith('/details.json')),
        'words.json received': lastEnd((p) => p.endsWith('/words.json')),
        'last word shard received': lastEnd((p) => p.includes('/search/words/')),
        'last plain text received': lastEnd((p) => p.includes('/search/text/')),
        'full text merged (aria-busy=false)': round(marks.first),
      },
      resultCount: marks.resultCount,
      items: marks.items,
    };
  } finally {
    await context.close();
  }
}

interface KeyTiming {
  value: string;
  handlerMs: number;
  layoutMs: number;
  /** How late the next key ran after its due time: main-thread work (full-text merges) in between. */
  nextKeyLateMs: number;
  items: number;
}

interface TypedQuery {
  query: string;
  keys: KeyTiming[];
  /** Last key to aria-busy="false": when the full-text results of the whole query are in. */
  settleMs: number | null;
  items: number;
  resultCount: string;
  longTasks: number[];
}

/**
 * Types `query` into #q one key at a time, inside the page, and times each keystroke.
 *
 * Method: for each prefix, the input's value is set and an `input` event is dispatched; the page's
 * listener runs synchronously (update() → render(): fuse.js search, filters, option counts and the
 * rebuilt result list) before dispatchEvent returns, so performance.now() around dispatchEvent is
 * the time from the input event to the synchronous re-render of the results (`handlerMs`, the
 * figure held to the targets). `layoutMs` then forces style and layout of the new list, the work
 * the browser does before it can paint it. Keys are `gap` ms apart, like a brisk typist, so the
 * asynchronous full-text search of one prefix can land (and re-render) before the next key;
 * `nextKeyLateMs` is how late the next key's timer fired, i.e. main-thread work between keys.
 * The first key replaces the previous query, as when a reader selects the box's text and types.
 */
async function typeQuery(page: Page, query: string, gap: number): Promise<TypedQuery> {
  return page.evaluate(
    async ({ query, gap }) => {
      const input = document.getElementById('q') as HTMLInputElement;
      const results = document.getElementById('results') as HTMLElement;
      const keys: KeyTiming[] = [];
      const longTasks: number[] = [];
      let observer: PerformanceObserver | null = null;
      try {
        observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => longTasks.push(e.duration)));
        observer.observe({ type: 'longtask', buffered: false });
      } catch {
        observer = null;
      }
      let lastBusyFalse = -1;
      const busyWatch = new MutationObserver(() => {
        if (results.getAttribute('aria-busy') === 'false') lastBusyFalse = performance.now();
      });
      busyWatch.observe(results, { attributes: true, attributeFilter: ['aria-busy'] });
      let lastKeyAt = 0;
      for (let i = 1; i <= query.length; i++) {
        const value = query.slice(0, i);
        input.value = value;
        const t0 = performance.now();
        input.dispatchEvent(new Event('input', { bubbles: true }));
        const t1 = performance.now();
        void results.getBoundingClientRect().height;
        void document.body.offsetHeight;
        const t2 = performance.now();
        lastKeyAt = t0;
        const scheduled = performance.now();
        await new Promise((resolve) => setTimeout(resolve, gap));
        keys.push({ value, handlerMs: t1 - t0, layoutMs: t2 - t1, nextKeyLateMs: Math.max(0, performance.now() - scheduled - gap), items: results.children.length });
      }
      const deadline = performance.now() + 120_000;
      while ((results.getAttribute('aria-busy') !== 'false' || lastBusyFalse < lastKeyAt) && performance.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      busyWatch.disconnect();
      observer?.disconnect();
      return {
        query,
        keys,
        settleMs: lastBusyFalse >= lastKeyAt ? lastBusyFalse - lastKeyAt : null,
        items: results.children.length,
        resultCount: document.getElementById('result-count')?.textContent ?? '',
        longTasks,
      };
    },
    { query, gap },
  );
}

/**
 * The yardstick: every decision's full text, lower-cased once when loaded (not timed), scanned with
 * includes() for each keystroke's lower-cased prefix. It counts matches and renders nothing.
 */
async function yardstick(page: Page, textsFile: string, queries: readonly string[]) {
  // Served by a server of its own (CORS-open), not through page.route(): DevTools' pipe refuses
  // messages over 100 MB, and the texts of 10,000 decisions are about 150 MB.
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
    createReadStream(textsFile).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/__bench/texts.json`;
  try {
    return await page.evaluate(async ({ url, queries }) => {
      const texts = (await (await fetch(url)).json()) as string[];
      const lower = texts.map((t) => t.toLowerCase());
      const out: { value: string; ms: number; matches: number }[] = [];
      for (const query of queries) {
        for (let i = 1; i <= query.length; i++) {
          const value = query.slice(0, i);
          const t0 = performance.now();
          const needle = value.toLowerCase();
          let matches = 0;
          for (const text of lower) if (text.includes(needle)) matches++;
          out.push({ value, ms: performance.now() - t0, matches });
        }
      }
      return { decisions: texts.length, totalChars: lower.reduce((n, t) => n + t.length, 0), keys: out };
    }, { url, queries });
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

/**
 * Every result the page holds for its current search, read from its "Download these results as CSV"
 * button; if that fails, by pressing "Show more" until everything is drawn.
 */
async function allResultIds(page: Page): Promise<Set<string>> {
  const idOf = (url: string) => new URL(url).pathname.split('/').at(-2) ?? '';
  try {
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.click('[data-part="download-csv"]')]);
    const file = await download.path();
    const rows = parse(readFileSync(file, 'utf8'), { columns: true, bom: true }) as { url?: string }[];
    return new Set(rows.flatMap((row) => (row.url ? [idOf(row.url)] : [])));
  } catch (error) {
    log(`  (the CSV download failed: ${(error as Error).message}; pressing "Show more" instead)`);
    const hrefs = await page.evaluate(() => {
      const more = document.querySelector<HTMLButtonElement>('[data-part="more"]');
      for (let i = 0; i < 100_000 && more && !more.hidden; i++) more.click();
      return [...document.querySelectorAll('#results .result__title a')].map((a) => (a as HTMLAnchorElement).href);
    });
    return new Set(hrefs.map(idOf));
  }
}

// --- One size ----------------------------------------------------------------------------------------

interface SizeResult {
  size: number;
  seed: number;
  corpus: Omit<Corpus, 'texts' | 'documentFrequency' | 'dir' | 'textsFile'> & { dir: string };
  build: BuildResult;
  output?: ReturnType<typeof outputStats>;
  coldLoads?: {
    url: string;
    loads: ColdLoad[];
    medianFirstMs: number;
    medianFirstAfterLoadEventMs: number;
    medianBytesGzip: number;
    medianFirstItemsMs: number;
    medianFirstItemsBytesGzip: number;
    median: ColdLoad;
  };
  rareUrlLoads?: { url: string; medianFirstMs: number; medianBytesGzip: number; breakdown: ReturnType<typeof breakdown> };
  /** The URL-query cold loads again with `latency` ms added to every request. */
  slowLoads?: { latency: number; medianFirstItemsMs: number; medianFirstMs: number; timeline: Record<string, number | null> };
  typing?: {
    queries: (TypedQuery & { bytesGzip: number; bytesRaw: number; requests: number; breakdown: ReturnType<typeof breakdown> })[];
    keyMedianMs: number;
    keyMaxMs: number;
    keyWithLayoutMedianMs: number;
    keyWithLayoutMaxMs: number;
    maxNextKeyLateMs: number;
    laterQueryMaxKB: number;
    laterQueryMedianKB: number;
    yardstick: { decisions: number; totalMB: number; medianMs: number; maxMs: number };
    ratioMedian: number;
    ratioMax: number;
  };
  recall?: {
    /** found: expected decisions among all the page's results; foundDrawn: among those drawn before "Show more". */
    /** lastAt: the place in the list (from 1) of the last expected decision; equal to `expected` when they all come first. */
    words: { word: string; bucket: string; expected: number; found: number; listed: number; foundDrawn: number; drawn: number; lastAt: number | null; countText: string; missing: string[] }[];
    expectedTotal: number;
    foundTotal: number;
    pct: number;
    foundDrawnTotal: number;
    drawnPct: number;
  };
  pageWorks?: boolean;
  /** CPUs and 1/5/15-minute load averages around the timed phases (other work skews the timings). */
  machine: { cpus: number; phases: Record<string, { waitedS: number; loadBefore: number[]; loadAfter?: number[] }> };
  problems: string[];
  errors: string[];
}

async function benchSize(size: number, options: Options, browser: () => Promise<Browser>): Promise<SizeResult> {
  log(`— ${size} decisions, seed ${options.seed} —`);
  const corpus = generateCorpus(size, options.seed);
  log(`generated ${size} files (${(corpus.markdownBytes / 1024 / 1024).toFixed(1)} MB) in ${(corpus.generateMs / 1000).toFixed(1)} s → ${rel(corpus.dir)}`);
  const result: SizeResult = {
    size,
    seed: options.seed,
    corpus: { size, seed: options.seed, dir: rel(corpus.dir), generateMs: round(corpus.generateMs, 0) ?? 0, markdownBytes: corpus.markdownBytes, bodyBytes: corpus.bodyBytes },
    build: { ok: false, ms: null, peakRssMB: null, log: '' },
    machine: { cpus: os.availableParallelism(), phases: {} },
    problems: [],
    errors: [],
  };

  if (options.skipBuild) {
    result.build = reuseBuild(size, options.seed);
    log(result.build.ok ? `reusing ${rel(path.join(BENCH, `site-${size}`))} (--skip-build)` : (result.build.error ?? ''));
  } else {
    log(`building with astro (log: tmp/bench/build-${size}.log)…`);
    const quiet = await waitForQuietMachine(options.maxWaitIdle, 'the build');
    result.machine.phases['build'] = { waitedS: quiet.waitedS, loadBefore: quiet.load };
    result.build = await build(size, options.seed);
    (result.machine.phases['build'] as { loadAfter?: number[] }).loadAfter = loadAverage();
    if (result.build.ok) log(`build time: ${((result.build.ms ?? 0) / 1000).toFixed(1)} s (peak RSS ${result.build.peakRssMB ?? '?'} MB)`);
    else log(`BUILD FAILED after ${((result.build.ms ?? 0) / 1000).toFixed(1)} s:\n${result.build.error}`);
  }
  if (!result.build.ok) {
    result.errors.push(result.build.error ?? 'build failed');
    result.pageWorks = false;
    return result;
  }

  const site = path.join(BENCH, `site-${size}`);
  result.output = outputStats(site);
  let server: RunningServer | null = null;
  try {
    server = await startStaticServer(site, '/');
    const searchUrl = (q: string) => new URL(`search/?q=${encodeURIComponent(q)}`, server?.url).href;
    const b = await browser();
    const problems = result.problems;

    const timed = async <T>(name: string, run: () => Promise<T>): Promise<T> => {
      const quiet = await waitForQuietMachine(options.maxWaitIdle, name);
      const phase: { waitedS: number; loadBefore: number[]; loadAfter?: number[] } = { waitedS: quiet.waitedS, loadBefore: quiet.load };
      result.machine.phases[name] = phase;
      try {
        return await run();
      } finally {
        phase.loadAfter = loadAverage();
      }
    };

    // 1. Cold loads with a query in the URL.
    await timed('cold loads', async () => {
      try {
        const url = searchUrl(options.urlQuery);
        const { loads, middle } = await coldLoads(b, url, problems, options.loads, {
          onLoad: (load, i) =>
            log(
              `cold load ${i + 1}/${options.loads}: first results drawn ${load.firstItemsMs?.toFixed(0)} ms, ${kb(load.firstItemsBytesGzip).toFixed(1)} KB gzip; ` +
                `complete ${load.firstMs.toFixed(0)} ms, ${kb(load.bytesGzip).toFixed(1)} KB gzip, ${load.items} results`,
            ),
        });
        const medianFirst = median(loads.map((l) => l.firstMs));
        result.coldLoads = {
          url: new URL(url).pathname + new URL(url).search,
          loads,
          medianFirstMs: medianFirst,
          // The record matches drawn (what the table calls first results), not the full text merged.
          medianFirstAfterLoadEventMs: median(loads.map((l) => (l.firstItemsMs ?? NaN) - l.loadEventMs)),
          medianBytesGzip: median(loads.map((l) => l.bytesGzip)),
          medianFirstItemsMs: median(loads.map((l) => l.firstItemsMs ?? NaN)),
          medianFirstItemsBytesGzip: median(loads.map((l) => l.firstItemsBytesGzip)),
          median: middle,
        };
      } catch (error) {
        result.errors.push(`cold loads: ${(error as Error).message}`);
      }
    });

    // The words for recall (one rare word also goes into the typed queries and a second URL load).
    const words = recallWords(corpus);
    const rare = words.find((w) => w.bucket.startsWith('rare'))?.word;

    // 1b. The same cold load for a rare word: little to render, so it shows the cost of fetching.
    if (rare) {
      try {
        const url = searchUrl(rare);
        const { loads, middle } = await coldLoads(b, url, problems, options.loads);
        result.rareUrlLoads = {
          url: new URL(url).pathname + new URL(url).search,
          medianFirstMs: median(loads.map((l) => l.firstMs)),
          medianBytesGzip: median(loads.map((l) => l.bytesGzip)),
          breakdown: middle.breakdown,
        };
        log(`cold loads for the rare word "${rare}": full text merged ${result.rareUrlLoads.medianFirstMs.toFixed(0)} ms (median), ${kb(result.rareUrlLoads.medianBytesGzip).toFixed(1)} KB gzip`);
      } catch (error) {
        result.errors.push(`rare-word cold loads: ${(error as Error).message}`);
      }
    }

    // 1c. The URL-query cold loads over a connection with a round-trip time: what preloading saves.
    if (options.latency > 0) {
      try {
        const { loads, middle } = await coldLoads(b, searchUrl(options.urlQuery), problems, options.loads, { latency: options.latency });
        result.slowLoads = {
          latency: options.latency,
          medianFirstItemsMs: median(loads.map((l) => l.firstItemsMs ?? NaN)),
          medianFirstMs: median(loads.map((l) => l.firstMs)),
          timeline: middle.timeline,
        };
        log(`cold loads with ${options.latency} ms a request: first results drawn ${result.slowLoads.medianFirstItemsMs.toFixed(0)} ms, full text merged ${result.slowLoads.medianFirstMs.toFixed(0)} ms (medians)`);
      } catch (error) {
        result.errors.push(`cold loads with latency: ${(error as Error).message}`);
      }
    }

    // 2. Typing, and the yardstick in the same page.
    await timed('typing', async () => {
      try {
        const { context, page } = await watchedPage(b, problems);
        try {
          const tracker = trackTransfers(page);
          await page.goto(searchUrl(options.urlQuery));
          await page.waitForFunction(() => (window as unknown as BenchWindow).__bench.first !== null, null, { timeout: 180_000 });
          await tracker.quiet(500);
          const queries = [...TYPED_QUERIES, ...(rare ? [rare] : [])];
          const typed: NonNullable<SizeResult['typing']>['queries'] = [];
          for (const query of queries) {
            tracker.state.phase = `query:${query}`;
            const run = await typeQuery(page, query, KEY_GAP_MS);
            await tracker.quiet(300);
            const mine = tracker.transfers.filter((t) => t.phase === `query:${query}`);
            typed.push({ ...run, bytesGzip: sum(mine.map((t) => t.gzip)), bytesRaw: sum(mine.map((t) => t.raw)), requests: mine.length, breakdown: breakdown(mine) });
            const handler = run.keys.map((k) => k.handlerMs);
            log(`typed "${query}": keystroke median ${median(handler).toFixed(1)} ms, max ${max(handler).toFixed(1)} ms; full text in ${run.settleMs?.toFixed(0) ?? '?'} ms; ${kb(sum(mine.map((t) => t.gzip))).toFixed(1)} KB gzip; ${run.resultCount}`);
          }
          tracker.state.phase = 'yardstick';
          // The yardstick's texts come from a server of their own, which the site's Content-Security-
          // Policy (connect-src 'self') rightly refuses; it runs in a page of the same site with the
          // policy bypassed, on the same browser and machine.
          const yardContext = await b.newContext({ bypassCSP: true });
          const yardPage = await yardContext.newPage();
          await yardPage.goto(new URL('/', searchUrl(options.urlQuery)).href);
          const yard = await yardstick(yardPage, corpus.textsFile, queries).finally(() => yardContext.close());
          const keys = typed.flatMap((q) => q.keys);
          const handler = keys.map((k) => k.handlerMs);
          const withLayout = keys.map((k) => k.handlerMs + k.layoutMs);
          const yardMs = yard.keys.map((k) => k.ms);
          result.typing = {
            queries: typed,
            keyMedianMs: median(handler),
            keyMaxMs: max(handler),
            keyWithLayoutMedianMs: median(withLayout),
            keyWithLayoutMaxMs: max(withLayout),
            maxNextKeyLateMs: max(keys.map((k) => k.nextKeyLateMs)),
            laterQueryMaxKB: kb(max(typed.map((q) => q.bytesGzip))),
            laterQueryMedianKB: kb(median(typed.map((q) => q.bytesGzip))),
            yardstick: { decisions: yard.decisions, totalMB: yard.totalChars / 1024 / 1024, medianMs: median(yardMs), maxMs: max(yardMs) },
            ratioMedian: median(handler) / median(yardMs),
            ratioMax: max(handler) / max(yardMs),
          };
          log(`yardstick (includes() over ${yard.decisions} texts, ${(yard.totalChars / 1024 / 1024).toFixed(0)} M chars): median ${median(yardMs).toFixed(1)} ms, max ${max(yardMs).toFixed(1)} ms`);
          result.problems.push(...tracker.failures.filter((f) => !f.includes('__bench')).map((f) => `request failed: ${f}`));
        } finally {
          await context.close();
        }
      } catch (error) {
        result.errors.push(`typing: ${(error as Error).message}`);
      }
    });

    // 3. Recall.
    try {
      const { context, page } = await watchedPage(b, problems);
      try {
        const rows: NonNullable<SizeResult['recall']>['words'] = [];
        for (const { word, bucket } of words) {
          const expected = expectedIds(corpus, word);
          await page.goto(searchUrl(word));
          await page.waitForFunction(
            () => {
              const marks = (window as unknown as BenchWindow).__bench;
              return marks.settled !== null || (marks.first !== null && !marks.sawBusy);
            },
            null,
            { timeout: 180_000, polling: 50 },
          );
          const { hrefs, countText, partial } = await page.evaluate(() => {
            const more = document.querySelector<HTMLElement>('[data-part="more"]');
            return {
              hrefs: [...document.querySelectorAll('#results .result__title a')].map((a) => a.getAttribute('href') ?? ''),
              countText: document.getElementById('result-count')?.textContent ?? '',
              partial: Boolean(more && !more.hidden),
            };
          });
          const idOf = (href: string) => new URL(href, 'http://x/').pathname.split('/').at(-2) ?? '';
          const drawn = new Set(hrefs.map(idOf));
          // The page may draw only the first results ("Show more" for the rest). Every result it
          // has is in its own CSV download, which is how the full list is read here.
          const all = partial ? await allResultIds(page) : drawn;
          const missing = [...expected].filter((id) => !all.has(id));
          const foundDrawn = [...expected].filter((id) => drawn.has(id)).length;
          // Where the decisions holding the word are in the list: the Set keeps the page's order.
          const places = [...all].flatMap((id, i) => (expected.has(id) ? [i + 1] : []));
          const lastAt = missing.length === 0 && places.length > 0 ? (places.at(-1) as number) : null;
          rows.push({ word, bucket, expected: expected.size, found: expected.size - missing.length, listed: all.size, foundDrawn, drawn: drawn.size, lastAt, countText, missing: missing.slice(0, 20) });
          log(`recall "${word}" [${bucket}]: ${expected.size - missing.length}/${expected.size} in the results (${all.size} listed), the last of them at #${lastAt ?? '—'}; ${foundDrawn}/${expected.size} among the ${drawn.size} drawn before "Show more"`);
        }
        const expectedTotal = sum(rows.map((r) => r.expected));
        const foundTotal = sum(rows.map((r) => r.found));
        const foundDrawnTotal = sum(rows.map((r) => r.foundDrawn));
        result.recall = {
          words: rows,
          expectedTotal,
          foundTotal,
          pct: expectedTotal ? (100 * foundTotal) / expectedTotal : NaN,
          foundDrawnTotal,
          drawnPct: expectedTotal ? (100 * foundDrawnTotal) / expectedTotal : NaN,
        };
      } finally {
        await context.close();
      }
    } catch (error) {
      result.errors.push(`recall: ${(error as Error).message}`);
    }
  } catch (error) {
    result.errors.push((error as Error).message);
  } finally {
    await server?.close();
  }
  result.pageWorks =
    result.errors.length === 0 &&
    result.problems.filter((p) => !p.startsWith('HTTP 404') || !p.includes('favicon')).length === 0 &&
    (result.coldLoads?.median.items ?? 0) > 0;
  return result;
}

// --- Report ------------------------------------------------------------------------------------------

type Verdict = 'PASS' | 'FAIL' | '';
const verdict = (ok: boolean | null): Verdict => (ok === null ? '' : ok ? 'PASS' : 'FAIL');

function rows(results: readonly SizeResult[]) {
  const fmt = (n: number | null | undefined, digits = 1) => (n === null || n === undefined || !Number.isFinite(n) ? '—' : n.toFixed(digits));
  const lines: { metric: string; target: string; cells: { value: string; verdict: Verdict }[] }[] = [];
  const add = (metric: string, target: string, cell: (r: SizeResult) => { value: string; verdict?: Verdict }) =>
    lines.push({ metric, target, cells: results.map((r) => ({ verdict: '', ...cell(r) })) });
  const t2 = (r: SizeResult) => r.size === 2000;
  const t10 = (r: SizeResult) => r.size === 10000;

  add('markdown generated (MB)', '', (r) => ({ value: fmt(r.corpus.markdownBytes / 1024 / 1024) }));
  add('generation time (s)', '', (r) => ({ value: fmt(r.corpus.generateMs / 1000) }));
  add('body size min/median/max (KB)', '5–25', (r) => ({ value: `${fmt(r.corpus.bodyBytes.min / 1024)}/${fmt(r.corpus.bodyBytes.median / 1024)}/${fmt(r.corpus.bodyBytes.max / 1024)}` }));
  add('build time (s)', '', (r) => ({ value: r.build.ok ? `${fmt((r.build.ms ?? NaN) / 1000)}${r.build.skipped ? ' (earlier)' : ''}` : 'FAILED' }));
  add('build peak RSS (MB)', '', (r) => ({ value: fmt(r.build.peakRssMB, 0) }));
  add('site code (git commit)', '', (r) => ({ value: r.build.siteCommit ?? 'unknown' }));
  add('records.json (KB raw / gzip)', '', (r) => ({ value: r.output?.recordsJson ? `${fmt(kb(r.output.recordsJson.raw))} / ${fmt(kb(r.output.recordsJson.gzip))}` : '—' }));
  add('details.json (KB raw / gzip)', '', (r) => ({ value: r.output?.detailsJson ? `${fmt(kb(r.output.detailsJson.raw))} / ${fmt(kb(r.output.detailsJson.gzip))}` : '—' }));
  add('words.json (KB raw / gzip)', '', (r) => ({ value: r.output?.wordsJson ? `${fmt(kb(r.output.wordsJson.raw))} / ${fmt(kb(r.output.wordsJson.gzip))}` : '—' }));
  add('word shards (files, MB raw)', '', (r) => ({ value: r.output ? `${r.output.wordShards.files}, ${fmt(r.output.wordShards.bytes / 1024 / 1024, 2)}` : '—' }));
  add('plain texts (files, MB raw)', '', (r) => ({ value: r.output ? `${r.output.plainTexts.files}, ${fmt(r.output.plainTexts.bytes / 1024 / 1024, 2)}` : '—' }));
  add('KB gzip before first results drawn (URL q)', '≤200 @2k, ≤300 @10k', (r) => {
    const v = r.coldLoads ? kb(r.coldLoads.medianFirstItemsBytesGzip) : NaN;
    const limit = t2(r) ? TARGETS[2000].firstLoadKB : t10(r) ? TARGETS[10000].firstLoadKB : null;
    return { value: fmt(v), verdict: limit === null ? '' : verdict(Number.isFinite(v) && v <= limit) };
  });
  add('KB gzip before full text merged (URL q)', '(info)', (r) => ({ value: fmt(r.coldLoads ? kb(r.coldLoads.medianBytesGzip) : NaN) }));
  add('KB gzip per later query (max)', '≤100 @2k', (r) => {
    const v = r.typing?.laterQueryMaxKB ?? NaN;
    return { value: fmt(v), verdict: t2(r) ? verdict(Number.isFinite(v) && v <= TARGETS[2000].laterQueryKB) : '' };
  });
  add('KB gzip per later query (median)', '', (r) => ({ value: fmt(r.typing?.laterQueryMedianKB) }));
  add('first results drawn, nav start (ms, median)', '≤300 @2k', (r) => {
    const v = r.coldLoads?.medianFirstItemsMs ?? NaN;
    return { value: fmt(v, 0), verdict: t2(r) ? verdict(Number.isFinite(v) && v <= TARGETS[2000].firstResultsMs) : '' };
  });
  add('full text merged, nav start (ms, median)', '(info)', (r) => ({ value: fmt(r.coldLoads?.medianFirstMs, 0) }));
  add('first results after load event (ms)', '(info)', (r) => ({ value: fmt(r.coldLoads?.medianFirstAfterLoadEventMs, 0) }));
  add('full text merged, rare word in URL (ms)', '(info)', (r) => ({ value: fmt(r.rareUrlLoads?.medianFirstMs, 0) }));
  add('first results / full text, with latency (ms)', '(info)', (r) => ({
    value: r.slowLoads ? `${fmt(r.slowLoads.medianFirstItemsMs, 0)} / ${fmt(r.slowLoads.medianFirstMs, 0)} (${r.slowLoads.latency} ms a request)` : '—',
  }));
  add('keystroke median (ms)', '≤25 @2k', (r) => {
    const v = r.typing?.keyMedianMs ?? NaN;
    return { value: fmt(v), verdict: t2(r) ? verdict(Number.isFinite(v) && v <= TARGETS[2000].keyMedianMs) : '' };
  });
  add('keystroke max (ms)', '≤50 @2k', (r) => {
    const v = r.typing?.keyMaxMs ?? NaN;
    return { value: fmt(v), verdict: t2(r) ? verdict(Number.isFinite(v) && v <= TARGETS[2000].keyMaxMs) : '' };
  });
  add('keystroke + layout median / max (ms)', '(info)', (r) => ({ value: `${fmt(r.typing?.keyWithLayoutMedianMs)} / ${fmt(r.typing?.keyWithLayoutMaxMs)}` }));
  add('next key late, max (ms)', '(info)', (r) => ({ value: fmt(r.typing?.maxNextKeyLateMs) }));
  add('yardstick includes() median / max (ms)', '', (r) => ({ value: `${fmt(r.typing?.yardstick.medianMs)} / ${fmt(r.typing?.yardstick.maxMs)}` }));
  add('keystroke ÷ yardstick (median)', '', (r) => ({ value: fmt(r.typing?.ratioMedian, 2) }));
  add('keystroke ÷ yardstick (max)', '', (r) => ({ value: fmt(r.typing?.ratioMax, 2) }));
  add('recall, all results (found / expected)', '100% @2k', (r) => {
    const v = r.recall?.pct ?? NaN;
    return { value: r.recall ? `${fmt(v)}% (${r.recall.foundTotal}/${r.recall.expectedTotal})` : '—', verdict: t2(r) ? verdict(v === 100) : '' };
  });
  add('recall, drawn before "Show more"', '(info)', (r) => ({
    value: r.recall ? `${fmt(r.recall.drawnPct)}% (${r.recall.foundDrawnTotal}/${r.recall.expectedTotal})` : '—',
  }));
  add('load avg (1 min) cold loads / typing', '(info)', (r) => {
    const at = (name: string) => r.machine.phases[name]?.loadBefore[0];
    return { value: `${fmt(at('cold loads'), 2)} / ${fmt(at('typing'), 2)} (${r.machine.cpus} CPUs)` };
  });
  add('page works (no errors, results shown)', 'yes @10k', (r) => ({ value: r.pageWorks ? 'yes' : 'NO', verdict: t10(r) ? verdict(Boolean(r.pageWorks)) : '' }));
  return lines;
}

function printTable(results: readonly SizeResult[], options: Options): string {
  const lines = rows(results);
  const headers = ['metric', 'target', ...results.map((r) => `${r.size} decisions`)];
  const body = lines.map((l) => [l.metric, l.target, ...l.cells.map((c) => (c.verdict ? `${c.value}  ${c.verdict}` : c.value))]);
  const widths = headers.map((h, i) => Math.max(h.length, ...body.map((row) => (row[i] ?? '').length)));
  const fmtRow = (row: string[]) => row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  const out = [
    `Search benchmark — seed ${options.seed}, URL query "${options.urlQuery}", ${options.loads} cold loads, keys ${KEY_GAP_MS} ms apart, Node ${process.version}`,
    fmtRow(headers),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...body.map(fmtRow),
  ];
  for (const r of results) {
    if (r.recall) {
      out.push('', `Recall at ${r.size} (word [bucket]: found/expected among all results (results listed), place of the last one found; found among those drawn before "Show more" (drawn)):`);
      for (const w of r.recall.words) {
        out.push(`  ${w.word} [${w.bucket}]: ${w.found}/${w.expected} (${w.listed}), last at #${w.lastAt ?? '—'}; ${w.foundDrawn}/${w.expected} (${w.drawn})${w.missing.length ? `; missing e.g. ${w.missing.slice(0, 5).join(', ')}` : ''}`);
      }
    }
    if (r.typing) {
      out.push('', `Typed queries at ${r.size} (keystroke median/max ms; full text after last key ms; KB gzip caused; result count):`);
      for (const q of r.typing.queries) {
        const h = q.keys.map((k) => k.handlerMs);
        out.push(`  ${JSON.stringify(q.query).padEnd(18)} ${median(h).toFixed(1).padStart(6)} / ${max(h).toFixed(1).padStart(6)}   ${String(q.settleMs === null ? '—' : q.settleMs.toFixed(0)).padStart(6)}   ${kb(q.bytesGzip).toFixed(1).padStart(7)} KB   ${q.resultCount}`);
      }
    }
    if (r.coldLoads) {
      out.push('', `Bytes before the first result at ${r.size} (median load, ${r.coldLoads.url}; KB gzip / raw, requests):`);
      for (const [name, c] of Object.entries(r.coldLoads.median.breakdown).sort((a, b) => b[1].gzip - a[1].gzip)) {
        out.push(`  ${name.padEnd(24)} ${kb(c.gzip).toFixed(1).padStart(8)} / ${kb(c.raw).toFixed(1).padStart(8)}   ${c.count}`);
      }
      out.push(`Timeline of that load (ms from navigation start):`);
      for (const [name, ms] of Object.entries(r.coldLoads.median.timeline)) out.push(`  ${name.padEnd(34)} ${ms === null ? '—' : ms}`);
    }
    if (r.errors.length || r.problems.length) {
      out.push('', `Problems at ${r.size}:`, ...r.errors.map((e) => `  error: ${e}`), ...[...new Set(r.problems)].slice(0, 20).map((p) => `  ${p}`));
    }
  }
  return out.join('\n');
}

// --- Main --------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  mkdirSync(BENCH, { recursive: true });
  let browser: Browser | null = null;
  const getBrowser = async () => (browser ??= await chromium.launch({ executablePath: ensureChromium(log), args: CHROMIUM_ARGS }));
  const results: SizeResult[] = [];
  const write = () => {
    const table = printTable(results, options);
    writeFileSync(
      path.join(BENCH, 'results.json'),
      JSON.stringify({ generatedAt: new Date().toISOString(), node: process.version, options, targets: TARGETS, table: rows(results), results }, null, 2),
    );
    return table;
  };
  try {
    for (const size of options.sizes) {
      results.push(await benchSize(size, options, getBrowser));
      write(); // keep what is measured so far, should a later size fail
    }
  } finally {
    await (browser as Browser | null)?.close();
  }
  console.log(`\n${write()}\n\nWritten: tmp/bench/results.json`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
