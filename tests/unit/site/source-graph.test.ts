import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { localModules, runtimeSpecifiers } from '../../../src/lib/site/source-graph.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const readProject = (projectPath: string) => readFileSync(path.join(ROOT, projectPath), 'utf8');

describe('runtimeSpecifiers', () => {
  test('lists relative imports, re-exports and import() of a literal path', () => {
    const code = [
      "import { a } from './a.ts';",
      "import b from '../b.json' with { type: 'json' };",
      "export { c } from './c.ts';",
      "const d = await import('./d.ts');",
    ].join('\n');
    expect(runtimeSpecifiers(code)).toEqual(['./a.ts', '../b.json', './c.ts', './d.ts']);
  });

  test('leaves out type-only imports and exports, which run nothing', () => {
    const code = "import type { A } from './a.ts';\nimport type{ B } from './b.ts';\nexport type { C } from './c.ts';\nimport { type D, e } from './e.ts';";
    expect(runtimeSpecifiers(code)).toEqual(['./e.ts']);
  });

  test('leaves out packages, which the lockfile covers', () => {
    expect(runtimeSpecifiers("import { z } from 'zod';\nimport fs from 'node:fs';")).toEqual([]);
  });
});

describe('localModules', () => {
  const files: Record<string, string> = {
    '/src/entry.ts': "import { a } from './lib/a.ts';\nimport type { T } from './lib/types.ts';",
    '/src/lib/a.ts': "import data from './data.json' with { type: 'json' };\nimport { b } from './b.ts';",
    '/src/lib/b.ts': "import { a } from './a.ts';",
    '/src/lib/data.json': '{"import": "./not-a-module.ts"}',
  };
  const read = (projectPath: string) => {
    const code = files[projectPath];
    if (code === undefined) throw new Error(`read ${projectPath}, which the entry does not load`);
    return code;
  };

  test('follows imports through cycles and into data files, each once, sorted', () => {
    expect(localModules('/src/entry.ts', read)).toEqual(['/src/entry.ts', '/src/lib/a.ts', '/src/lib/b.ts', '/src/lib/data.json']);
  });

  test('holds what the decision renderer loads and nothing of the search, the importer or the charts', () => {
    const modules = localModules('/src/data/render-worker.ts', readProject);
    expect(modules).toContain('/src/lib/markdown/pipeline.ts');
    expect(modules).toContain('/src/lib/markdown/rehype-glossary.ts');
    expect(modules).toContain('/src/lib/markdown/glossary.ts');
    expect(modules.filter((m) => /^\/src\/lib\/(?:search|import|funding|open-data|timeline|listings)\//.test(m))).toEqual([]);
  });
});
