/**
 * Works around an npm bug (npm/cli#4828, #8805): `npm install` leaves out of package-lock.json the
 * optional platform packages it cannot install here (e.g. @astrojs/compiler-binding-darwin-arm64),
 * and `npm ci` then refuses the lockfile as "out of sync". This adds a lock entry, marked optional
 * and restricted to its platform, for every declared optional platform dependency that is missing,
 * so `npm ci` works on a fresh machine; npm skips the entries for other platforms.
 * Run after changing dependencies: `npm run lockfile:complete`. Plain JavaScript: runs on any Node.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const LOCK = new URL('../package-lock.json', import.meta.url);
const PLATFORM = /[-/](android|darwin|freebsd|linux|openbsd|sunos|win32|windows|aix)-(arm64|arm|x64|ia32|ppc64|s390x|riscv64|loong64)(?:-(gnu|musl|msvc|gnueabihf))?$/;
// Some packages name Windows "windows"; npm's os field calls it win32.
const OS_NAMES = { windows: 'win32' };

const lock = JSON.parse(readFileSync(LOCK, 'utf8'));
let added = 0;
for (const [key, entry] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const target = `node_modules/${name}`;
    if (lock.packages[target] || lock.packages[`${key}/${target}`]) continue;
    const wasm = /-wasm32-wasi$/.test(name);
    const match = PLATFORM.exec(name);
    if (!match && !wasm) continue; // not a platform package: leave it for npm to resolve
    const platform = wasm ? { cpu: ['wasm32'] } : { os: [OS_NAMES[match[1]] ?? match[1]], cpu: [match[2]] };
    if (match?.[3] === 'gnu' || match?.[3] === 'musl') platform.libc = [match[3] === 'gnu' ? 'glibc' : 'musl'];
    lock.packages[target] = { version, ...platform, dev: entry.dev, optional: true };
    added += 1;
    console.log(`added ${name}@${version}`);
  }
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync(LOCK, `${JSON.stringify(lock, null, 2)}\n`);
console.log(added === 0 ? 'package-lock.json already complete' : `package-lock.json: ${added} entries added`);
