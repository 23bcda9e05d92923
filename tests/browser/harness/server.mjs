// @ts-check
// A tiny static server for the browser tests: tests/fixtures on 127.0.0.1 at a random port,
// plus generated pages registered at run time (synthetic bad input, big pages, …).
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { FIXTURES } from './paths.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
};

/**
 * @typedef {{ body: string | Buffer, type?: string, status?: number, headers?: Record<string, string>, chunks?: { body: string, delayMs: number }[] }} Route
 *   `chunks`: sent after `body`, each after its delay (a page that arrives in parts, as over a slow network).
 * @typedef {{
 *   origin: string,
 *   host: string,
 *   port: number,
 *   url(path: string): string,
 *   route(path: string, route: Route): string,
 *   requests: string[],
 *   close(): Promise<void>,
 * }} FixtureServer
 */

/**
 * @param {{ root?: string, headers?: Record<string, string> }} [options] `headers` are added to
 *   every file served from `root`.
 * @returns {Promise<FixtureServer>}
 */
export async function startServer(options = {}) {
  const root = options.root ?? FIXTURES;
  /** @type {Map<string, Route>} */
  const routes = new Map();
  /** @type {string[]} */
  const requests = [];

  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(path);
    const route = routes.get(path);
    if (route) {
      res.writeHead(route.status ?? 200, {
        'content-type': route.type ?? 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        ...route.headers,
      });
      if (!route.chunks) {
        res.end(route.body);
        return;
      }
      res.write(route.body);
      for (const chunk of route.chunks) {
        await new Promise((done) => setTimeout(done, chunk.delayMs));
        res.write(chunk.body);
      }
      res.end();
      return;
    }
    const file = normalize(join(root, path));
    if (!file.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[/** @type {keyof typeof TYPES} */ (extname(file))] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        ...options.headers,
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', () => done(undefined)));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    host: '127.0.0.1',
    port,
    requests,
    url: (path) => origin + (path.startsWith('/') ? path : `/${path}`),
    route(path, route) {
      const key = path.startsWith('/') ? path : `/${path}`;
      routes.set(key, route);
      return origin + key;
    },
    close: () =>
      new Promise((done) => {
        server.closeAllConnections?.();
        server.close(() => done(undefined));
      }),
  };
}
