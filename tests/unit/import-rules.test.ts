/**
 * The layering of src/lib, held by a test rather than by memory (as Starlight's
 * no-internal-barrel-imports test does): core/ imports only core/; each feature folder imports
 * core/ and itself, never another feature; nothing in src/lib imports src/schemas, src/data, the
 * pages or Astro, so all of it runs in plain Node.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { init, parse } from 'es-module-lexer';
import { beforeAll, describe, expect, test } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const LIB = 'src/lib';

/** A module of src/lib and the specifiers it imports (type-only imports included: they bind the layers too). */
interface Module {
  file: string;
  specifiers: string[];
}

/** The folder of src/lib a file belongs to: "core", "search", …; null for a file at the top of src/lib. */
function partOf(file: string): string | null {
  const [part, ...rest] = path.relative(LIB, file).split(path.sep);
  return rest.length > 0 && part ? part : null;
}

/** Every import in `modules` that breaks the layering, as "importer -> specifier: why". */
function importViolations(modules: readonly Module[]): string[] {
  const problems: string[] = [];
  for (const { file, specifiers } of modules) {
    const from = partOf(file);
    for (const specifier of specifiers) {
      const say = (why: string) => problems.push(`${file} -> ${specifier}: ${why}`);
      if (specifier === 'astro' || specifier.startsWith('astro:') || specifier.startsWith('astro/')) {
        say('src/lib imports nothing from Astro');
        continue;
      }
      if (!specifier.startsWith('.')) continue;
      const target = path.join(path.dirname(file), specifier);
      if (!target.startsWith(`${LIB}${path.sep}`)) {
        say('src/lib imports only src/lib (the schema, the data layer and the pages depend on it, not it on them)');
        continue;
      }
      const to = partOf(target);
      if (from === null) say('every module of src/lib belongs in core/ or a feature folder');
      else if (to === null) say('import from core/ or your own folder');
      else if (from === 'core' && to !== 'core') say('core/ imports only core/');
      else if (to !== 'core' && to !== from) say(`the ${from} feature may import core/ and ${from}/, not ${to}/`);
    }
  }
  return problems;
}

function libModules(): Module[] {
  const files = readdirSync(path.join(ROOT, LIB), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => path.join(LIB, name));
  return files.map((file) => {
    const [imports] = parse(readFileSync(path.join(ROOT, file), 'utf8'), file);
    return { file, specifiers: imports.flatMap((i) => (i.n === undefined ? [] : [i.n])) };
  });
}

beforeAll(async () => {
  await init;
});

describe('the import rules of src/lib', () => {
  test('hold for every module', () => {
    const modules = libModules();
    expect(modules.length).toBeGreaterThan(50);
    expect(importViolations(modules)).toEqual([]);
  });

  test('every module lives in core/ or a feature folder', () => {
    expect(libModules().filter((m) => partOf(m.file) === null).map((m) => m.file)).toEqual([]);
  });
});

describe('importViolations', () => {
  const module = (file: string, ...specifiers: string[]): Module => ({ file: path.join(...file.split('/')), specifiers });

  test('allows a feature to import core and itself, and core to import core', () => {
    expect(
      importViolations([
        module('src/lib/search/engine.ts', '../core/money.ts', './query.ts', 'fuse.js'),
        module('src/lib/core/decisions.ts', './money.ts'),
      ]),
    ).toEqual([]);
  });

  test.each([
    ['a feature importing another feature', module('src/lib/search/highlight.ts', '../import/find-sums.ts'), 'the search feature may import core/ and search/, not import/'],
    ['core importing a feature', module('src/lib/core/decisions.ts', '../funding/funding.ts'), 'core/ imports only core/'],
    ['src/lib importing the schema', module('src/lib/open-data/open-data.ts', '../../schemas/decision.ts'), 'src/lib imports only src/lib'],
    ['src/lib importing the data layer', module('src/lib/core/decisions.ts', '../../data/decisions.ts'), 'src/lib imports only src/lib'],
    ['src/lib importing Astro', module('src/lib/core/routes.ts', 'astro:content'), 'src/lib imports nothing from Astro'],
    ['a module at the top of src/lib', module('src/lib/helpers.ts', './core/money.ts'), 'every module of src/lib belongs in core/ or a feature folder'],
  ])('reports %s', (_, bad, why) => {
    const problems = importViolations([bad]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(why);
  });
});
