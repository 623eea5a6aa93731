/**
 * `npm run import -- <file.txt> [more files ...]`: drafts content/decisions/<slug>.md from the
 * plain text of a MOPAC decision document. The work is done by src/lib/import (pure, unit-tested);
 * this file reads and checks the inputs, refuses to clobber or duplicate a decision, and writes each
 * draft atomically (a temporary file in the same folder, then a rename), so a failure never leaves
 * half a file. Every input is processed; good ones are written, and the exit code is 1 if any failed.
 */
import { existsSync, linkSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { importDocument, reviewSummary, type ImportedDocument } from '../src/lib/import/import-document.ts';
import { readDecisionBytes } from '../src/lib/import/input.ts';
import { parseReference } from '../src/lib/core/references.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const CONTENT = path.join(ROOT, 'content', 'decisions');

const USAGE = `Usage: npm run import -- <file.txt> [more files ...] [options]

Drafts content/decisions/<slug>.md from the extracted text of a decision document: the whole
text as Markdown, and frontmatter filled with what could be read from it, each field marked
"# extracted: ..." for review. The draft fails the build until summary and programmes are written.

Options:
  --out <dir>           write drafts into <dir> (default: content/decisions)
  --force               overwrite a draft that already exists at the target
  --accept-loss <text>  remove <text> (e.g. a signature read as words, "due hinden") wherever it
                        stands as whole words, and record it under cleaned; repeatable
  --allow-duplicate     draft a document whose reference or source file is already a decision, to
                        compare the importer's draft with the published file; not with content/decisions
  --dry-run             print the drafts and reports, write nothing
  -h, --help            show this help

Every file is processed: good ones are written, each bad one gets one line on stderr, and the
exit code is 1 if any failed (2 for a usage error). Nothing is written for a file whose text
would lose words, whose reference or source file is already a decision, or whose target exists.`;

function fail(message: string): never {
  console.error(`import: ${message}`);
  console.error('Run "npm run import -- --help" for usage.');
  process.exit(2);
}

let options: {
  out?: string;
  force?: boolean;
  'accept-loss'?: string[];
  'allow-duplicate'?: boolean;
  'dry-run'?: boolean;
  help?: boolean;
};
let files: string[];
try {
  const parsed = parseArgs({
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      force: { type: 'boolean' },
      'accept-loss': { type: 'string', multiple: true },
      'allow-duplicate': { type: 'boolean' },
      'dry-run': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  options = parsed.values;
  files = parsed.positionals;
} catch (error) {
  fail((error as Error).message);
}
if (options.help) {
  console.log(USAGE);
  process.exit(0);
}
if (files.length === 0) fail('name at least one text file to import');

const outDir = path.resolve(options.out ?? CONTENT);
if (!existsSync(outDir) || !statSync(outDir).isDirectory()) fail(`--out ${options.out ?? outDir}: no such directory`);
const acceptLoss = (options['accept-loss'] ?? []).filter((text) => text.trim() !== '');
const dryRun = options['dry-run'] === true;
const force = options.force === true;
const allowDuplicate = options['allow-duplicate'] === true;
if (allowDuplicate && path.resolve(outDir) === path.resolve(CONTENT)) {
  fail('--allow-duplicate writes beside published decisions only with --out <another dir>: two files with one reference stop the build');
}
/** A path as short as it can be said: relative below the working directory, absolute elsewhere. */
const shown = (file: string) => {
  const relative = path.relative(process.cwd(), path.resolve(file));
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : path.resolve(file);
};

/** What existing decision files say about themselves, to refuse duplicates. */
interface Existing {
  file: string;
  reference: string | null;
  source: string | null;
}

function existingDecisions(dirs: readonly string[]): Existing[] {
  const found: Existing[] = [];
  for (const dir of [...new Set(dirs)]) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.md')).sort()) {
      const file = path.join(dir, name);
      try {
        const { frontmatter } = parseFrontmatter(readFileSync(file, 'utf8'));
        const reference = typeof frontmatter.reference === 'string' ? parseReference(frontmatter.reference) : null;
        const source = (frontmatter.source as { file?: unknown } | undefined)?.file;
        found.push({ file, reference, source: typeof source === 'string' ? source : null });
      } catch (error) {
        console.error(`import: warning: cannot read the frontmatter of ${shown(file)} (${(error as Error).message.split('\n')[0]}); not checked for duplicates`);
      }
    }
  }
  return found;
}

const existing = existingDecisions([CONTENT, outDir]);
/** Targets drafted by this run, with their input, so two inputs cannot claim one decision. */
const draftedThisRun = new Map<string, string>();

/** Checks an input file and imports it; returns the one-line problem, or the import. */
function importFile(file: string): { problem: string } | { result: ImportedDocument; target: string } {
  let stats;
  try {
    stats = statSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { problem: code === 'ENOENT' ? 'no such file' : `cannot read (${code ?? (error as Error).message})` };
  }
  if (stats.isDirectory()) return { problem: 'is a directory, not a text file' };
  if (!stats.isFile()) return { problem: 'is not a regular file' };
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { problem: code === 'EACCES' ? 'cannot read: permission denied' : `cannot read (${code ?? (error as Error).message})` };
  }
  const input = readDecisionBytes(bytes);
  if (!input.ok) return { problem: input.problem };
  const result = importDocument(input.text, { fileName: path.basename(file), acceptLoss, addedOn: new Date().toISOString().slice(0, 10) });
  if (!result.ok) return { problem: result.problem };
  const target = path.join(outDir, `${result.slug}.md`);
  const earlier = draftedThisRun.get(target);
  if (earlier) return { problem: `${shown(target)} was drafted from ${earlier} in this run; two inputs cannot make one decision` };
  const reference = result.candidates.reference?.reference;
  const others = existing.filter((decision) => path.resolve(decision.file) !== path.resolve(target));
  const sameReference = reference ? others.find((decision) => decision.reference === reference) : undefined;
  if (sameReference && !allowDuplicate) return { problem: `${reference} is already a decision: ${shown(sameReference.file)}` };
  const sameSource = others.find((decision) => decision.source === path.basename(file));
  if (sameSource && !allowDuplicate) return { problem: `already imported as ${shown(sameSource.file)} (its source.file is ${path.basename(file)})` };
  if (existsSync(target) && !force) return { problem: `${shown(target)} already exists; pass --force to overwrite it` };
  return { result, target };
}

/** Writes `text` to `target` through a temporary file, so the target is whole or absent. */
function writeAtomically(target: string, text: string): void {
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    writeFileSync(temporary, text, { flag: 'wx' });
    if (force) renameSync(temporary, target);
    else linkSync(temporary, target); // fails if the target appeared meanwhile: never clobber without --force
  } finally {
    if (existsSync(temporary)) unlinkSync(temporary);
  }
}

let failures = 0;
for (const file of files) {
  const name = shown(path.resolve(file));
  try {
    const outcome = importFile(file);
    if ('problem' in outcome) {
      failures += 1;
      console.error(`import: ${name}: ${outcome.problem}`);
      continue;
    }
    const { result, target } = outcome;
    const lost = result.unexplainedLosses;
    console.log(`${name} -> ${shown(target)}${dryRun ? ' (dry run, not written)' : ''}`);
    console.log(reviewSummary(result).join('\n'));
    if (lost.length > 0) {
      failures += 1;
      const first = lost[0];
      console.error(
        `import: ${name}: not written: ${lost.length} passage${lost.length === 1 ? '' : 's'} of the source would be lost (first, line ${first?.line}: "${first?.text}"); if that is noise, import again with --accept-loss "<text>"`,
      );
      continue;
    }
    if (dryRun) {
      draftedThisRun.set(target, name);
      console.log(`\n${result.file}`);
      continue;
    }
    writeAtomically(target, result.file);
    draftedThisRun.set(target, name);
    existing.push({ file: target, reference: result.candidates.reference?.reference ?? null, source: path.basename(file) });
    console.log(`  wrote ${shown(target)}\n`);
  } catch (error) {
    failures += 1;
    console.error(`import: ${name}: ${(error as Error).message.split('\n')[0]}`);
  }
}
process.exit(failures > 0 ? 1 : 0);
