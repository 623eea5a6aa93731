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

export async function startStaticServer(dir: string, base = '/'): Promise<RunningServer> {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const serve = sirv(dir, { dev: false, etag: true, gzip: false, brotli: false, extensions: ['html'] });
  const notFound = await readFile(path.join(dir, '404.html')).catch(() => Buffer.from('Not found'));
  const send404 = (res: http.ServerResponse) => {
    res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(notFound);
  };
  const server = http.createServer((req, res) => {
    const url = req.url ?? '/';
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
