/**
 * Finds a Chromium for the browser tests and, where none is found, installs one: Debian's package
 * where apt is available (as root), otherwise Playwright's own installer. Order of search:
 * CHROMIUM_PATH, the system's browsers, Playwright's cache.
 */
import { existsSync, readdirSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';

const SYSTEM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** Flags for a headless Chromium on a machine with no network but loopback. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

function playwrightCacheCandidates(): string[] {
  const root = process.env['PLAYWRIGHT_BROWSERS_PATH'] || path.join(os.homedir(), '.cache', 'ms-playwright');
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((name) => name.startsWith('chromium'))
    .sort()
    .reverse()
    .flatMap((name) => [
      path.join(root, name, 'chrome-linux64', 'chrome'),
      path.join(root, name, 'chrome-linux', 'chrome'),
      path.join(root, name, 'chrome-headless-shell-linux64', 'chrome-headless-shell'),
    ]);
}

/** The path of a usable Chromium, or null. An explicit CHROMIUM_PATH that does not exist is an error. */
export function findChromium(): string | null {
  const explicit = process.env['CHROMIUM_PATH'];
  if (explicit) {
    if (!existsSync(explicit)) throw new Error(`CHROMIUM_PATH is set to ${explicit}, but there is no file there.`);
    return explicit;
  }
  return [...SYSTEM_CANDIDATES, ...playwrightCacheCandidates()].find((candidate) => existsSync(candidate)) ?? null;
}

function hasCommand(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/** Finds Chromium, installing it when missing; throws with exact instructions when it cannot. */
export function ensureChromium(log: (line: string) => void = console.log): string {
  const found = findChromium();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (hasCommand('apt-get') && isRoot) {
    log('No Chromium found: installing Debian’s chromium package (apt-get install -y chromium)…');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  } else {
    log('No Chromium found and apt-get is not usable here: trying Playwright’s installer…');
    const result = spawnSync('npx', ['playwright-core', 'install', 'chromium'], { stdio: 'inherit' });
    if (result.status !== 0) log('Playwright’s installer failed.');
  }
  const installed = findChromium();
  if (installed) return installed;
  throw new Error(
    [
      'The browser tests need Chromium and none could be found or installed. Do one of:',
      '  - on Debian or Ubuntu, as root: apt-get install -y chromium',
      '  - with internet access: npx playwright-core install chromium',
      '  - or point CHROMIUM_PATH at an existing Chromium or Chrome binary, e.g. CHROMIUM_PATH=/opt/chrome/chrome npm test',
    ].join('\n'),
  );
}
