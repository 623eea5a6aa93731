/**
 * `npm run import` on every kind of input, as a maintainer runs it: real processes, files in a
 * temporary folder, and register pages and PDFs served by a local server the test starts (no test
 * reaches the internet). Each bad input gets one line, a non-zero exit and nothing left behind.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { makeImageOnlyPdf, makePdf, ORBIT_BODY, registerPage } from './register-fixtures.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const NODE = path.join(ROOT, 'node_modules', '.bin', 'node');
const SCRIPT = path.join(ROOT, 'scripts', 'import.ts');

/** The decision's PDF, in the form's layout, written for the tests. */
const PDF_LINES = [
  'DMPC Decision – PCD 9656',
  'Title: Further Home Office grant for Operation Lantern',
  'Executive Summary:',
  'The Deputy Mayor for Policing and Crime is asked to accept a further Home Office grant of £184,250.50.',
  'Recommendation:',
  'Accept the further Home Office grant of £184,250.50 for software licences in 2023/24.',
  'The above request has my approval.',
  'Signature',
  'Date 18/03/2024',
];

const routes = new Map<string, { status: number; type: string; body: Uint8Array | string }>();
let server: http.Server;
let origin: string;
/** A port nobody listens on: one that was open a moment ago. */
let closedPort: number;
let work: string;
let out: string;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const route = routes.get(req.url ?? '');
    res.writeHead(route?.status ?? 404, { 'content-type': route?.type ?? 'text/plain' });
    res.end(route?.body ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const closed = http.createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  closedPort = (closed.address() as AddressInfo).port;
  await new Promise<void>((resolve) => closed.close(() => resolve()));
  const page = (attachment: string) =>
    registerPage({
      heading: 'PCD 9656 Further Home Office grant for Operation Lantern',
      reference: 'PCD 9656',
      dateSigned: '',
      decisionBy: 'Deputy Mayor, Policing and Crime',
      body: ORBIT_BODY,
      attachments: [{ href: attachment, text: 'PCD 9656 Lantern' }],
    });
  routes.set('/pcd-9656', { status: 200, type: 'text/html; charset=utf-8', body: page('/files/PCD%209656%20Lantern.pdf') });
  routes.set('/files/PCD%209656%20Lantern.pdf', { status: 200, type: 'application/pdf', body: await makePdf([PDF_LINES]) });
  routes.set('/pcd-9657', { status: 200, type: 'text/html', body: page('/files/missing.pdf') });
  routes.set('/pcd-9658', { status: 200, type: 'text/html', body: page('/files/scan.pdf') });
  routes.set('/files/scan.pdf', { status: 200, type: 'application/pdf', body: await makeImageOnlyPdf() });
  routes.set('/listing', { status: 200, type: 'text/html', body: '<!DOCTYPE html><html><body><main><h1>MOPAC Decisions</h1><p>Showing 1-20</p></main></body></html>' });
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'import-sources-'));
  out = path.join(work, 'out');
  mkdirSync(out);
});

afterEach(() => {
  rmSync(work, { recursive: true, force: true });
});

/** Runs the command without blocking this process, which serves the pages. */
function cli(...args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(NODE, [SCRIPT, ...args, '--out', out, '--report', path.join(work, 'review.md')], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

const errorLines = (stderr: string) => stderr.split('\n').filter((line) => line.startsWith('import: '));
const written = () => readdirSync(out);
const report = () => readFileSync(path.join(work, 'review.md'), 'utf8');

describe('npm run import on PDFs, register pages, addresses and folders', { timeout: 120_000 }, () => {
  test('an address: the page’s facts, the linked PDF’s text, both addresses in source', async () => {
    const result = await cli(`${origin}/pcd-9656`);
    expect(errorLines(result.stderr)).toEqual([]);
    expect([0, 3]).toContain(result.status);
    expect(written()).toEqual(['pcd-9656.md']);
    const { frontmatter, content } = parseFrontmatter(readFileSync(path.join(out, 'pcd-9656.md'), 'utf8'));
    // In the schema's words: the PDF is the source's url, the page is the register page.
    // The text was read from the PDF, so its name is the file the schema asks for.
    expect(frontmatter.source).toEqual({ file: 'PCD 9656 Lantern.pdf', url: `${origin}/files/PCD%209656%20Lantern.pdf` });
    expect(frontmatter.register).toMatchObject({ page: `${origin}/pcd-9656`, pdf: `${origin}/files/PCD%209656%20Lantern.pdf` });
    expect(frontmatter.reference).toBe('PCD 9656');
    expect(content).toContain('DMPC Decision – PCD 9656');
    expect(content).not.toMatch(/cookies|Skip to main content/);
    expect(report()).toContain(`- register page: <${origin}/pcd-9656>`);
  });

  test('a page whose PDF has no text layer: the page’s own text, and the report says so', async () => {
    const result = await cli(`${origin}/pcd-9658`);
    expect(errorLines(result.stderr)).toEqual([]);
    expect(written()).toEqual(['pcd-9656.md']);
    expect(report()).toMatch(/Note: its PDF .*scan\.pdf: the PDF has no text layer .*; the text is the page’s own/);
  });

  const bad: [string, () => Promise<string>, RegExp][] = [
    ['an address that answers 404', async () => `${origin}/nothing-here`, /the page http:\/\/127\.0\.0\.1:\d+\/nothing-here answered 404/],
    ['a page whose PDF answers 404', async () => `${origin}/pcd-9657`, /its PDF http:\/\/127\.0\.0\.1:\d+\/files\/missing\.pdf answered 404/],
    ['a page that is not a decision', async () => `${origin}/listing`, /not a decision page of the register \(no “Key information” block\)/],
    ['an address nobody answers', async () => `http://127.0.0.1:${closedPort}/pcd-1`, /cannot fetch the page http:\/\/127\.0\.0\.1:\d+\/pcd-1 \(ECONNREFUSED\)/],
    ['a plain http address elsewhere', async () => 'http://www.london.gov.uk/pcd-1', /only https addresses are fetched/],
    ['a PDF without a text layer', async () => write('scan.pdf', await makeImageOnlyPdf()), /scan\.pdf: the PDF has no text layer/],
    ['a saved page that is not a decision', async () => write('page.html', '<!DOCTYPE html><html><body><p>Opening times.</p></body></html>'), /page\.html: not a decision page of the register/],
    ['an empty file', async () => write('empty.txt', ''), /empty\.txt: the file is empty$/],
    ['an empty PDF', async () => write('empty.pdf', ''), /empty\.pdf: the file is empty$/],
  ];

  test.each(bad)('refuses %s in one line, exits 1 and leaves nothing behind', async (_, make, message) => {
    const result = await cli(await make());
    expect(result.status).toBe(1);
    const lines = errorLines(result.stderr);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
    expect(written()).toEqual([]);
    expect(report()).toMatch(/^- REFUSED /m);
  });

  test('a folder of any mix: each written or refused, title-named drafts kept apart, one report', async () => {
    const folder = path.join(work, 'batch');
    mkdirSync(folder);
    const untitled = (sum: string) =>
      `Title: Knife crime education grant\n\nMOPAC is asked to accept a grant of ${sum} from the Home Office.\n`;
    writeFileSync(path.join(folder, 'a-grant.txt'), untitled('£12,000'));
    writeFileSync(path.join(folder, 'b-grant.txt'), untitled('£14,000'));
    writeFileSync(path.join(folder, 'c-decision.pdf'), await makePdf([PDF_LINES.map((line) => line.replace('9656', '9660'))]));
    writeFileSync(
      path.join(folder, 'd-page.html'),
      registerPage({ heading: 'PCD 9661 Lantern page', reference: 'PCD 9661', body: ORBIT_BODY.replace('PCD 9656', 'PCD 9661') }),
    );
    writeFileSync(path.join(folder, 'e-scan.pdf'), await makeImageOnlyPdf());
    writeFileSync(path.join(folder, 'logo.png'), 'not an input');
    const result = await cli(folder);
    expect(result.status).toBe(1);
    expect(errorLines(result.stderr)).toEqual([expect.stringMatching(/e-scan\.pdf: the PDF has no text layer/)]);
    expect(written().sort()).toEqual(['knife-crime-education-grant-2.md', 'knife-crime-education-grant.md', 'pcd-9660.md', 'pcd-9661.md']);
    expect(result.stdout).toMatch(/logo\.png: skipped/);
    const text = report();
    expect(text).toMatch(/^# Import review$/m);
    expect(text).toMatch(/5 inputs: 4 drafts written, \d+ of them needing attention; 1 refused\./);
    expect(text).toMatch(/Note: named knife-crime-education-grant-2\.md: knife-crime-education-grant\.md was drafted from .*a-grant\.txt in this run/);
    expect(text).toMatch(/^## .*pcd-9661\.md$/m);
    expect(text).toMatch(/- reference: PCD 9661 — high: Key information: Reference code/);
    expect(parseFrontmatter(readFileSync(path.join(out, 'knife-crime-education-grant-2.md'), 'utf8')).frontmatter.source).toEqual({ file: 'b-grant.txt' });
  });
});

function write(name: string, content: string | Uint8Array): string {
  const file = path.join(work, name);
  writeFileSync(file, content);
  return file;
}
