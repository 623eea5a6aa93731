/**
 * Serves a built site the way a static host does: files under a base path, directory index
 * pages, and the site's 404.html with status 404 for anything else. Used by the browser tests,
 * the link check and the screenshot script.
 */
import http from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export interface RunningServer {
  /** The site's root URL, ending in the base path: "http://127.0.0.1:43123/mopac-decisions/". */
  url: string;
  close(): Promise<void>;
}

/**
 * The headers of a `_headers` file (Netlify and Cloudflare Pages format) that apply to a path:
 * a line with a path pattern (a trailing `*` matches any rest), then indented `Name: value` lines.
 */
export function parseHeadersFile(text: string): (path: string) => [string, string][] {
  const rules: { pattern: string; headers: [string, string][] }[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon < 0) throw new Error(`_headers: "${line.trim()}" is not "Name: value" under a path`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  const matches = (pattern: string, path: string) => (pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern);
  return (path) => rules.filter((rule) => matches(rule.pattern, path)).flatMap((rule) => rule.headers);
}

export interface ServerOptions {
  /** Send the headers of the site's own `_headers` file, as Netlify or Cloudflare Pages would. */
  headers?: boolean;
}

export async function startStaticServer(dir: string, base = '/', options: ServerOptions = {}): Promise<RunningServer> {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const headersFor = options.headers ? parseHeadersFile(await readFile(path.join(dir, '_headers'), 'utf8')) : () => [];
  const serve = sirv(dir, { dev: false, etag: true, gzip: false, brotli: false, extensions: ['html'] });
  const notFound = await readFile(path.join(dir, '404.html')).catch(() => Buffer.from('Not found'));
  const send404 = (res: http.ServerResponse) => {
    res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(notFound);
  };
  const server = http.createServer((req, res) => {
    const url = req.url ?? '/';
    for (const [name, value] of headersFor(url.split('?')[0] ?? url)) res.setHeader(name, value);
    if (!url.startsWith(prefix)) return send404(res);
    req.url = url.slice(prefix.length - 1);
    serve(req, res, () => send404(res));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () => new Promise((resolve, reject) => server.close((err) => (err ? reject(err) : resolve()))),
  };
}
