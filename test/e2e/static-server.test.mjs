// The end-to-end tests' static server: the policy header on HTML only, the right MIME types,
// and no way out of the served folders (path traversal in any spelling is a 404).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { join } from 'node:path';
import { CSP, fileFor } from './static-server.mjs';
import { fixtureServer, repo } from './support.mjs';

let server;
before(async () => {
  server = await fixtureServer();
});
after(() => server?.close());

/** A request with the path sent exactly as written (fetch would normalise `..` away). */
function raw(path, method = 'GET') {
  return new Promise((resolve, reject) => {
    const { port } = new URL(server.url);
    const req = request({ host: '127.0.0.1', port, path, method }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('HTML pages carry the strict CSP header; scripts get a JavaScript MIME type', async () => {
  const page = await raw('/e2e/widget.html?persist=local');
  assert.equal(page.status, 200);
  assert.equal(page.headers['content-type'], 'text/html; charset=utf-8');
  assert.equal(page.headers['content-security-policy'], CSP);
  assert.doesNotMatch(page.body, /http-equiv/i, 'the page has no CSP meta tag of its own');

  const script = await raw('/dist/leadership-3d.js');
  assert.equal(script.status, 200);
  assert.equal(script.headers['content-type'], 'text/javascript; charset=utf-8');
  assert.equal(script.headers['x-content-type-options'], 'nosniff');
  assert.equal(script.headers['content-security-policy'], undefined);
  assert.equal((await raw('/e2e/favicon.svg')).headers['content-type'], 'image/svg+xml');
});

test('nothing outside the mounted folders is served', async () => {
  for (const path of [
    '/package.json',
    '/e2e/../../package.json',
    '/e2e/%2e%2e/%2e%2e/package.json',
    '/e2e/..%2f..%2fpackage.json',
    '/e2e/..%5c..%5cpackage.json',
    '/dist/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    '/e2e/widget.html%00.js',
    '/e2e/%E0%A4%A',
  ]) {
    const res = await raw(path);
    assert.equal(res.status, 404, path);
    assert.doesNotMatch(res.body, /"name": "leadership-3d"|root:/, path);
  }
  assert.equal((await raw('/e2e/widget.html', 'POST')).status, 405);
});

test('fileFor resolves inside a mount and refuses to climb out of it', () => {
  const mounts = { '/e2e/': join(repo, 'test/e2e/fixtures') };
  const prefixes = ['/e2e/'];
  assert.equal(
    fileFor('/e2e/sub/../widget.html', prefixes, mounts),
    join(repo, 'test/e2e/fixtures/widget.html'),
  );
  assert.equal(fileFor('/e2e/..%2fstatic-server.mjs', prefixes, mounts), null);
  assert.equal(fileFor('/e2e/..%2ffixtures-other/x', prefixes, mounts), null);
  assert.equal(fileFor('/other/widget.html', prefixes, mounts), null);
});
