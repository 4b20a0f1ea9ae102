// A tiny static server for the end-to-end tests: built files only, on 127.0.0.1 at a random
// port, with the strict Content-Security-Policy as a response header on every HTML page (the
// pages carry no CSP meta tag, so the header alone does the work). No dependency but node:http.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';

export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves `mounts` ({ '/url/prefix/': '/absolute/dir' }); the longest matching prefix wins.
 * `handle(req, res)` may answer a request first (return true), e.g. a stub endpoint. `csp:
 * null` serves HTML without the policy, as a host without one would (for tests whose own
 * checks must see what a policy would have blocked).
 * Resolves to { url, origin, served, close }; `served` lists every request the server saw.
 */
export function startStaticServer({ mounts, handle, csp = CSP } = {}) {
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  const served = [];
  const server = createServer(async (req, res) => {
    served.push({ method: req.method, url: req.url });
    try {
      if (handle && (await handle(req, res))) return;
      if (req.method !== 'GET' && req.method !== 'HEAD')
        return send(res, 405, 'method not allowed');
      const file = fileFor(req.url, prefixes, mounts);
      if (!file) return send(res, 404, 'not found');
      const info = await stat(file).catch(() => null);
      const target = info?.isDirectory() ? join(file, 'index.html') : file;
      const body = await readFile(target).catch(() => null);
      if (!body) return send(res, 404, 'not found');
      const type = TYPES[extname(target)] ?? 'application/octet-stream';
      res.writeHead(200, {
        'Content-Type': type,
        'Content-Length': body.length,
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
        ...(csp && type.startsWith('text/html') ? { 'Content-Security-Policy': csp } : {}),
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (error) {
      send(res, 500, String(error));
    }
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => {
      const origin = `http://127.0.0.1:${server.address().port}`;
      done({
        url: origin,
        origin,
        served,
        close: () => new Promise((closed) => server.close(closed)),
      });
    }),
  );
}

/**
 * The file for a URL path, or null when it is outside every mount. The path is decoded first
 * and resolved, then checked to be inside the mount's folder, so `..` in any spelling
 * (`%2e%2e`, `..%2f`, backslashes) cannot climb out of it.
 */
export function fileFor(rawUrl, prefixes, mounts) {
  let path;
  try {
    path = decodeURIComponent(new URL(rawUrl, 'http://x').pathname);
  } catch {
    return null;
  }
  if (path.includes('\0') || path.includes('\\')) return null;
  const prefix = prefixes.find((p) => path.startsWith(p));
  if (!prefix) return null;
  const root = resolve(mounts[prefix]);
  const file = resolve(root, `.${sep}${path.slice(prefix.length)}`);
  return file === root || file.startsWith(root + sep) ? file : null;
}

function send(res, status, text) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' }).end(text);
}
