/**
 * `npm run import -- <input> [more ...]`: drafts content/decisions/<slug>.md from MOPAC decision
 * documents. An input is a text file, a PDF, a saved register page, the https address of a register
 * page, or a folder of any of these (see scripts/lib/import-inputs.ts). The work is done by
 * src/lib/import (pure, unit-tested); this file reads the inputs, refuses to clobber or duplicate a
 * decision, names each draft apart from every other, writes each atomically (a temporary file in the
 * same folder, then a link or rename), so a failure never leaves half a file, and writes one review
 * report for the run. Every input is processed; the exit status says whether any needs a person.
 */
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { importDocument, reviewSummary, type ImportedDocument } from '../src/lib/import/import-document.ts';
import { attentionOf, reviewReport, type ReviewEntry } from '../src/lib/import/review-report.ts';
import { parseReference } from '../src/lib/core/references.ts';
import { expandInputs, readAddress, readFileInput, type Input } from './lib/import-inputs.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const CONTENT = path.join(ROOT, 'content', 'decisions');

const USAGE = `Usage: npm run import -- <input> [more inputs ...] [options]

An input is a decision's text file (.txt), its PDF, a saved page of the public register (.html),
the https address of a register page (its PDF is fetched too), or a folder of any of these.

Drafts content/decisions/<slug>.md from each: the whole text as Markdown, and frontmatter filled
with what could be read from it, each field marked "# extracted: ..." for review. The draft fails
the build until summary and programmes are written. The run writes one review report (Markdown)
of every draft: each field with its sentence and how sure the importer is, what needs a person,
every flagged amount and the loss report.

Options:
  --out <dir>           write drafts into <dir> (default: content/decisions)
  --report <file>       write the review report to <file> (default: tmp/import-review.md)
  --force               overwrite a draft that already exists at the target
  --accept-loss <text>  remove <text> (e.g. a signature read as words, "due hinden") wherever it
                        stands as whole words, and record it under cleaned; repeatable
  --allow-duplicate     draft a document whose reference or source is already a decision, to
                        compare the importer's draft with the published file; not with content/decisions
  --dry-run             print the drafts and reports, write nothing
  -h, --help            show this help

Every input is processed: good ones are written, each bad one gets one line on stderr. Exit status:
0 every draft written and none needs a person beyond the routine (summary, programmes); 1 an input
was refused or not written; 3 every draft written, some need a person (see the report); 2 a usage
error. Nothing is written for an input whose text would lose words, whose reference or source is
already a decision, or whose target exists. Two drafts of one run never share a file name: of two
documents with one reference, the second is refused; of two named from one title, the second is
named "<title>-2" (and so on), as the report notes.`;

function fail(message: string): never {
  console.error(`import: ${message}`);
  console.error('Run "npm run import -- --help" for usage.');
  process.exit(2);
}

let options: {
  out?: string;
  report?: string;
  force?: boolean;
  'accept-loss'?: string[];
  'allow-duplicate'?: boolean;
  'dry-run'?: boolean;
  help?: boolean;
};
let args: string[];
try {
  const parsed = parseArgs({
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      report: { type: 'string' },
      force: { type: 'boolean' },
      'accept-loss': { type: 'string', multiple: true },
      'allow-duplicate': { type: 'boolean' },
      'dry-run': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  options = parsed.values;
  args = parsed.positionals;
} catch (error) {
  fail((error as Error).message);
}
if (options.help) {
  console.log(USAGE);
  process.exit(0);
}
if (args.length === 0) fail('name at least one file, folder or address to import');

const outDir = path.resolve(options.out ?? CONTENT);
if (!existsSync(outDir) || !statSync(outDir).isDirectory()) fail(`--out ${options.out ?? outDir}: no such directory`);
const reportFile = path.resolve(options.report ?? path.join(ROOT, 'tmp', 'import-review.md'));
if (!existsSync(path.dirname(reportFile))) {
  if (options.report) fail(`--report ${options.report}: its folder does not exist`);
}
if (path.resolve(path.dirname(reportFile)) === path.resolve(outDir) && reportFile.endsWith('.md')) {
  fail('--report: not in the drafts folder, where the build would read it as a decision');
}
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
  page: string | null;
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
        const source = frontmatter.source as { file?: unknown; page?: unknown } | undefined;
        const register = frontmatter.register as { page?: unknown } | undefined;
        const page = typeof source?.page === 'string' ? source.page : typeof register?.page === 'string' ? register.page : null;
        found.push({ file, reference, source: typeof source?.file === 'string' ? source.file : null, page });
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

/** The draft's file: by reference (a clash refuses), or by title (a clash takes the next free "-N"). */
function chooseTarget(result: ImportedDocument, name: string): { target: string; note?: string } | { problem: string } {
  const target = path.join(outDir, `${result.slug}.md`);
  const earlier = draftedThisRun.get(target);
  if (result.candidates.reference) {
    if (earlier) return { problem: `${shown(target)} was drafted from ${earlier} in this run; two inputs cannot make one decision` };
    if (existsSync(target) && !force) return { problem: `${shown(target)} already exists; pass --force to overwrite it` };
    return { target };
  }
  if (!earlier) {
    // A file already there may be this very document, imported before: refuse rather than duplicate.
    if (existsSync(target) && !force) return { problem: `${shown(target)} already exists; pass --force to overwrite it` };
    return { target };
  }
  // Two documents of this run with one title: the later one takes the next free name.
  for (let n = 2; ; n += 1) {
    const next = path.join(outDir, `${result.slug}-${n}.md`);
    if (!draftedThisRun.has(next) && !existsSync(next)) {
      return { target: next, note: `named ${path.basename(next)}: ${path.basename(target)} was drafted from ${earlier} in this run, and ${name} has no reference to be named after` };
    }
  }
}

/** Checks an input's draft against the decisions there are; returns the one-line problem, or where it goes. */
function placeDraft(result: ImportedDocument, name: string): { problem: string } | { target: string; note?: string } {
  const reference = result.candidates.reference?.reference;
  const sameReference = reference ? existing.find((decision) => decision.reference === reference) : undefined;
  if (sameReference && !allowDuplicate && !(force && path.dirname(sameReference.file) === outDir && path.basename(sameReference.file) === `${result.slug}.md`)) {
    return { problem: `${reference} is already a decision: ${shown(sameReference.file)}` };
  }
  const file = result.origin.file;
  const sameSource = file ? existing.find((decision) => decision.source === file) : undefined;
  if (sameSource && !allowDuplicate && !force) return { problem: `already imported as ${shown(sameSource.file)} (its source.file is ${file})` };
  const page = result.origin.page;
  const samePage = page ? existing.find((decision) => decision.page === page) : undefined;
  if (samePage && !allowDuplicate && !force) return { problem: `already imported as ${shown(samePage.file)} (its page is ${page})` };
  return chooseTarget(result, name);
}

/** Writes `text` to `target` through a temporary file, so the target is whole or absent. */
function writeAtomically(target: string, text: string, overwrite: boolean): void {
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    writeFileSync(temporary, text, { flag: 'wx' });
    if (overwrite) renameSync(temporary, target);
    else linkSync(temporary, target); // fails if the target appeared meanwhile: never clobber without --force
  } finally {
    if (existsSync(temporary)) unlinkSync(temporary);
  }
}

async function readInput(input: Input) {
  return input.kind === 'address' ? readAddress(input.url) : readFileInput(input.path);
}

const { inputs, problems, skipped } = expandInputs(args);
const entries: ReviewEntry[] = [];
const many = inputs.length > 3;
for (const problem of problems) {
  console.error(`import: ${shown(problem.input)}: ${problem.problem}`);
  entries.push({ input: shown(problem.input), written: false, problem: problem.problem, notes: [] });
}
for (const file of skipped) console.log(`${shown(file)}: skipped (not .txt, .pdf or .html)`);

for (const input of inputs) {
  const name = input.kind === 'address' ? input.url : shown(path.resolve(input.path));
  const entry: ReviewEntry = { input: name, written: false, notes: [] };
  entries.push(entry);
  const refuse = (problem: string) => {
    entry.problem = problem;
    console.error(`import: ${name}: ${problem}`);
  };
  try {
    const read = await readInput(input);
    if (!read.ok) {
      refuse(read.problem);
      continue;
    }
    entry.notes.push(...read.notes);
    const result = importDocument(read.document, { acceptLoss, addedOn: new Date().toISOString().slice(0, 10) });
    if (!result.ok) {
      refuse(result.problem);
      continue;
    }
    entry.result = result;
    const place = placeDraft(result, name);
    if ('problem' in place) {
      refuse(place.problem);
      continue;
    }
    const { target } = place;
    if (place.note) entry.notes.push(place.note);
    entry.draft = shown(target);
    const lost = result.unexplainedLosses;
    const attention = attentionOf(result).length;
    console.log(`${name} -> ${shown(target)}${dryRun ? ' (dry run, not written)' : ''}${many && attention > 0 ? ` (${attention} to check)` : ''}`);
    if (place.note) console.log(`  note: ${place.note}`);
    if (!many) console.log(reviewSummary(result).join('\n'));
    if (lost.length > 0) {
      const first = lost[0];
      refuse(
        `not written: ${lost.length} passage${lost.length === 1 ? '' : 's'} of the source would be lost (first, line ${first?.line}: "${first?.text}"); if that is noise, import again with --accept-loss "<text>"`,
      );
      continue;
    }
    draftedThisRun.set(target, name);
    if (dryRun) {
      entry.written = true;
      if (!many) console.log(`\n${result.file}`);
      continue;
    }
    // Only --force overwrites, and never a draft of this run: chooseTarget refused or renamed those.
    writeAtomically(target, result.file, force && existsSync(target));
    entry.written = true;
    existing.push({ file: target, reference: result.candidates.reference?.reference ?? null, source: result.origin.file ?? null, page: result.origin.page ?? null });
    if (!many) console.log(`  wrote ${shown(target)}\n`);
  } catch (error) {
    refuse((error as Error).message.split('\n')[0] ?? 'failed');
  }
}

const report = reviewReport(entries, { when: `Imported ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`, dryRun });
const refused = entries.filter((entry) => !entry.written).length;
const needPerson = entries.filter((entry) => entry.written && entry.result && attentionOf(entry.result).length > 0).length;
if (!dryRun) {
  try {
    if (!existsSync(path.dirname(reportFile))) {
      // Only the default folder (tmp/) is made; a --report folder must exist.
      mkdirSync(path.dirname(reportFile), { recursive: true });
    }
    writeAtomically(reportFile, report, true);
    console.log(`review report: ${shown(reportFile)} (${entries.length - refused} written, ${needPerson} to check, ${refused} refused)`);
  } catch (error) {
    console.error(`import: cannot write the review report ${shown(reportFile)} (${(error as Error).message.split('\n')[0]})`);
    process.exit(1);
  }
}
process.exit(refused > 0 ? 1 : needPerson > 0 ? 3 : 0);
