/**
 * Runs the build (`npm run build`) on a folder of decisions, cold (no output, no cache), and
 * measures it: wall time, the peak memory of the whole process tree (sampled from /proc every
 * 200 ms, so worker threads and child processes count too) and of its largest
 * process (GNU time's "Maximum resident set size" when /usr/bin/time exists), and the phases the
 * log reports. Shared by the benchmarks.
 */
import { execFileSync, spawn } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');

export interface BuildRun {
  ok: boolean;
  ms: number;
  /** Largest sum of the resident memory of the build's processes seen at one time, MB. */
  peakTreeRssMB: number | null;
  /** The largest resident memory of any one process of the build (GNU time), MB. */
  peakProcessRssMB: number | null;
  /** Seconds of each phase, read from Astro's log. */
  phases: { contentSync: number | null; staticRoutes: number | null };
  pages: number | null;
  log: string;
  error?: string;
}

export interface BuildOptions {
  decisionsDir: string;
  outDir: string;
  cacheDir: string;
  logFile: string;
  /** Called every minute while the build runs. */
  onHeartbeat?: (seconds: number) => void;
  /** Keep the cache of an earlier build (a warm build); by default the build starts cold. */
  warm?: boolean;
}

const rel = (p: string) => path.relative(ROOT, p) || '.';

/** The resident memory of a process and all its descendants, kB (Linux; 0 elsewhere). */
function treeRssKb(pid: number): number {
  let total = 0;
  const children = new Map<number, number[]>();
  let procs: string[] = [];
  try {
    procs = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return 0;
  }
  const rss = new Map<number, number>();
  for (const name of procs) {
    try {
      const status = readFileSync(`/proc/${name}/status`, 'utf8');
      const ppid = Number(/PPid:\s+(\d+)/.exec(status)?.[1] ?? 0);
      rss.set(Number(name), Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0));
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // the process ended while being read
    }
  }
  const stack = [pid];
  while (stack.length) {
    const current = stack.pop() as number;
    total += rss.get(current) ?? 0;
    stack.push(...(children.get(current) ?? []));
  }
  return total;
}

function secondsIn(log: string, pattern: RegExp): number | null {
  const match = pattern.exec(log);
  return match ? Number(match[1]) : null;
}

/** Astro's durations: "13.87s", "1m 8s", "16m 6s". */
function durationIn(log: string, pattern: RegExp): number | null {
  const match = pattern.exec(log);
  if (!match) return null;
  const minutes = /(\d+)m/.exec(match[1] ?? '');
  const seconds = /([\d.]+)s/.exec(match[1] ?? '');
  return (minutes ? Number(minutes[1]) * 60 : 0) + (seconds ? Number(seconds[1]) : 0);
}

/** Builds the decisions in `decisionsDir` from cold and measures the build. */
export async function runAstroBuild(options: BuildOptions): Promise<BuildRun> {
  rmSync(options.outDir, { recursive: true, force: true });
  if (!options.warm) rmSync(options.cacheDir, { recursive: true, force: true });
  const env = {
    ...process.env,
    // The project's Node runs the build, whatever `node` the shell would find first.
    PATH: `${path.dirname(process.execPath)}${path.delimiter}${path.join(ROOT, 'node_modules', '.bin')}${path.delimiter}${process.env['PATH'] ?? ''}`,
    DECISIONS_DIR: rel(options.decisionsDir),
    SITE_OUT_DIR: rel(options.outDir),
    ASTRO_CACHE_DIR: rel(options.cacheDir),
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  // `npm run build` (scripts/build.ts).
  const build = [process.execPath, path.join(ROOT, 'scripts', 'build.ts')];
  const timeBinary = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
  const [command, args] = timeBinary ? [timeBinary, ['-v', ...build]] : [build[0]!, build.slice(1)];
  const logStream = createWriteStream(options.logFile);
  const started = performance.now();
  const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(logStream, { end: false });
  child.stderr.pipe(logStream, { end: false });
  let peakKb = 0;
  const sampler = setInterval(() => {
    if (child.pid) peakKb = Math.max(peakKb, treeRssKb(child.pid));
  }, 200);
  const heartbeat = setInterval(() => options.onHeartbeat?.(Math.round((performance.now() - started) / 1000)), 60_000);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(sampler);
  clearInterval(heartbeat);
  const ms = performance.now() - started;
  await new Promise<void>((resolve) => logStream.end(resolve));
  const log = readFileSync(options.logFile, 'utf8');
  const maxRss = secondsIn(log, /Maximum resident set size \(kbytes\): (\d+)/);
  const run: BuildRun = {
    ok: code === 0,
    ms,
    peakTreeRssMB: peakKb ? Math.round(peakKb / 1024) : null,
    peakProcessRssMB: maxRss === null ? null : Math.round(maxRss / 1024),
    phases: {
      contentSync: durationIn(log, /\[types\] Generated ((?:\d+m )?[\d.]+m?s)/),
      staticRoutes: durationIn(log, /generating static routes[\s\S]*?Completed in ((?:\d+m )?[\d.]+m?s)/),
    },
    pages: secondsIn(log, /(\d+) page\(s\) built/),
    log: rel(options.logFile),
  };
  if (code !== 0) run.error = `the build exited with ${code}:\n${log.split('\n').filter(Boolean).slice(-25).join('\n')}`;
  return run;
}

/** Total size of the files under a folder, bytes, and how many there are. */
export function folderSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  const walk = (current: string) => {
    for (const name of readdirSync(current)) {
      const full = path.join(current, name);
      const stat = statSync(full);
      if (stat.isDirectory()) walk(full);
      else {
        bytes += stat.size;
        files++;
      }
    }
  };
  if (existsSync(dir)) walk(dir);
  return { bytes, files };
}

/** The commit of the site's code, so figures from different builds can be told apart. */
export function sourceCommit(): string {
  try {
    // The last commit that changed the site's code (src/, astro.config.mjs), not HEAD: commits to
    // scripts or the README do not change what is measured.
    const head = execFileSync('git', ['log', '-1', '--format=%h', '--', 'src', 'astro.config.mjs'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src', 'astro.config.mjs'], { cwd: ROOT, encoding: 'utf8' }).trim();
    return dirty ? `${head}+changes` : head;
  } catch {
    return 'unknown';
  }
}
