/**
 * The project's own modules that a source file runs, read from the import statements themselves:
 * the build hashes exactly these to know when a rendered decision is stale, so a change to code the
 * Markdown pipeline never imports (the search, the importer) renders nothing again, and no list of
 * files is kept by hand.
 */
import { initSync, parse } from 'es-module-lexer';
import { staticImports } from './module-preload.ts';

/** Reads a project file by its path from the project folder, "/src/lib/core/money.ts". */
export type ReadSource = (projectPath: string) => string;

/**
 * The relative specifiers a TypeScript or JavaScript module loads when it runs: imports, re-exports
 * and `import()` of a literal path. `import type` and `export type` are erased, and packages are
 * covered by the lockfile, so neither is listed.
 */
export function runtimeSpecifiers(code: string, name?: string): string[] {
  initSync(); // does nothing after the first call
  const [imports] = parse(code, name);
  return imports.flatMap((i) => {
    if (i.n === undefined || !/^\.{1,2}\//.test(i.n)) return [];
    if (i.d === -1 && /^(?:import|export)\s+type[\s{]/.test(code.slice(i.ss, i.se))) return [];
    return [i.n];
  });
}

/** `entry` and every project file it loads, directly or not (data files too), sorted; each once. */
export function localModules(entry: string, readSource: ReadSource): string[] {
  const importsOf = (projectPath: string) =>
    /\.(?:[cm]?[jt]s)$/.test(projectPath) ? runtimeSpecifiers(readSource(projectPath), projectPath) : [];
  return [entry, ...staticImports(entry, importsOf)].sort();
}
