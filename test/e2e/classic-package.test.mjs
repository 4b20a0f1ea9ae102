// The SCORM 1.2 package under an LMS that serves `.js` as application/octet-stream (seen in the
// field: the launch page stayed blank and the LMS showed "not attempted"). The package is built
// by the CLI (dist/cli.js), unzipped and served by a loopback "LMS" whose host page provides
// window.API (scorm-again's Scorm12API) and opens the course in a frame. The browser refuses the
// module, the classic fallback loads the all-in-one classic build, and the widget renders, calls
// LMSInitialize and shows the first question. With the right type the module runs and the
// classic build is never fetched. Controls under the same server: the launch page without the
// fallback stays blank and never initialises; with `X-Content-Type-Options: nosniff` every
// script is refused (a limit, docs/lms.md) and the page says so after 8 s.
// Run `npm run build` first. Set L3D_SCREENSHOT=<file.png> for a 1280x900 picture.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { launchBrowser, primary, repo, requireBuilt, step, unzippedPackage } from './support.mjs';
import { fileFor } from './static-server.mjs';

const HOST_PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>LMS (test)</title>
    <script src="/lms/scorm12.min.js"></script>
    <script src="/lms/host.js" defer></script>
  </head>
  <body style="margin:0"></body>
</html>
`;
// The LMS side: a real SCORM 1.2 runtime as window.API, every call recorded, the course in a frame.
const HOST_SCRIPT = `
const api = new Scorm12API({ logLevel: 5 });
window.calls = [];
window.API = new Proxy(api, {
  get(target, key) {
    const value = Reflect.get(target, key);
    if (typeof value !== 'function') return value;
    return (...args) => {
      window.calls.push(String(key) + (args[0] ? ' ' + args[0] : ''));
      return value.apply(target, args);
    };
  },
});
const frame = document.createElement('iframe');
frame.title = 'course';
frame.src = new URLSearchParams(location.search).get('course');
frame.style.cssText = 'border:0;width:100vw;height:100vh';
document.body.append(frame);
`;

let dir;
let server;
let origin;
let browser;
/** Whether the course's responses carry `X-Content-Type-Options: nosniff`. */
let nosniff = false;
/** The type the course's `.js` files are served with. */
let jsType = 'application/octet-stream';

before(async () => {
  requireBuilt('dist/leadership-3d.classic.js', 'npm run build');
  dir = unzippedPackage(['scorm', '--version', '1.2']);
  // The control: the launch page as it was, the module script alone.
  const page = readFileSync(join(dir, 'course/index.html'), 'utf8');
  const fallbackTag = '<script src="classic-fallback.js" defer></script>';
  assert.ok(page.includes(fallbackTag), 'the launch page has the classic fallback');
  writeFileSync(join(dir, 'course/module.html'), page.replace(fallbackTag, ''));

  const mounts = {
    '/course/': join(dir, 'course'),
    '/lms/scorm12.min.js': join(repo, 'node_modules/scorm-again/dist/scorm12.min.js'),
  };
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    if (path === '/lms/') return send(res, 'text/html; charset=utf-8', HOST_PAGE);
    if (path === '/lms/host.js') return send(res, 'text/javascript', HOST_SCRIPT);
    if (path === '/lms/scorm12.min.js')
      return send(res, 'text/javascript', readFileSync(mounts[path]));
    const file = fileFor(req.url, prefixes, mounts);
    let body;
    try {
      body = file && readFileSync(file);
    } catch {
      body = null;
    }
    if (!body) return res.writeHead(404).end();
    // The misconfigured LMS: HTML and CSS with their types, scripts as `jsType`.
    const type = file.endsWith('.html')
      ? 'text/html; charset=utf-8'
      : file.endsWith('.css')
        ? 'text/css'
        : jsType;
    send(res, type, body, nosniff ? { 'X-Content-Type-Options': 'nosniff' } : {});
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await new Promise((done) => (server ? server.close(done) : done()));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function send(res, type, body, headers = {}) {
  res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store', ...headers }).end(body);
}

/** Opens the LMS page with the course at `course`; the page, the course frame and the API calls. */
async function launch(course) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  const scripts = [];
  page.on('response', (response) => {
    if (/\.js$/.test(new URL(response.url()).pathname))
      scripts.push(`${response.headers()['content-type']} ${new URL(response.url()).pathname}`);
  });
  await page.goto(`${origin}/lms/?course=${encodeURIComponent(course)}`);
  const handle = await page.waitForSelector('iframe');
  const frame = await handle.contentFrame();
  await frame.waitForSelector('leadership-3d');
  return { page, frame, errors, scripts, calls: () => page.evaluate(() => window.calls) };
}

/** Waits for network quiet, then says whether the course frame's widget ever upgraded. */
async function upgraded(page, frame) {
  await page.waitForNetworkIdle({ idleTime: 500, timeout: 10_000 });
  return frame.evaluate(() => customElements.get('leadership-3d') !== undefined);
}

describe('the SCORM package served with .js as application/octet-stream', () => {
  test('the module is refused, the fallback loads the classic build: LMSInitialize, the intro, then the first question', async () => {
    nosniff = false;
    const { page, frame, errors, scripts, calls } = await launch('/course/index.html');
    try {
      assert.ok(
        scripts.includes('application/octet-stream /course/leadership-3d.classic.js'),
        scripts.join('\n'),
      );
      assert.equal(
        scripts.filter((s) => s.includes('/course/chunks/')).length,
        0,
        'no chunk is fetched: the refused module never ran',
      );
      const intro = await step(frame);
      assert.deepEqual(intro.items, [], 'the intro, before Start');
      const first = await primary(frame);
      assert.ok(first.items.length > 0, 'a question page');
      const shown = await frame.evaluate(() => {
        const root = document.querySelector('leadership-3d').shadowRoot;
        const question = root.querySelector('l3d-question');
        return question?.shadowRoot?.textContent.replace(/\s+/g, ' ').trim().slice(0, 200) ?? '';
      });
      assert.ok(shown.length > 20, `the first question's text is shown: ${shown}`);
      const made = await calls();
      assert.equal(made[0], 'LMSInitialize');
      assert.equal(made.filter((c) => c === 'LMSInitialize').length, 1);
      assert.ok(made.includes('LMSGetValue cmi.suspend_data'), made.join('\n'));
      assert.deepEqual(errors, []);
      if (process.env.L3D_SCREENSHOT)
        await page.screenshot({ path: process.env.L3D_SCREENSHOT, fullPage: false });
    } finally {
      await page.close();
    }
  });

  test('with the right type the module runs and the classic build is never fetched', async () => {
    nosniff = false;
    jsType = 'text/javascript';
    const { page, frame, errors, scripts, calls } = await launch('/course/index.html');
    try {
      const first = await primary(frame);
      assert.ok(first.items.length > 0, 'a question page');
      assert.ok(scripts.includes('text/javascript /course/leadership-3d.js'), scripts.join('\n'));
      assert.ok(scripts.includes('text/javascript /course/classic-fallback.js'));
      assert.equal(
        scripts.filter((s) => s.endsWith('/leadership-3d.classic.js')).length,
        0,
        scripts.join('\n'),
      );
      assert.equal((await calls()).filter((c) => c === 'LMSInitialize').length, 1);
      assert.deepEqual(errors, []);
    } finally {
      jsType = 'application/octet-stream';
      await page.close();
    }
  });

  test('control: the launch page without the fallback stays blank and never initialises', async () => {
    nosniff = false;
    const { page, frame, calls } = await launch('/course/module.html');
    try {
      assert.equal(await upgraded(page, frame), false, 'the module script was refused');
      assert.deepEqual(await calls(), []);
    } finally {
      await page.close();
    }
  });

  test('limit: with X-Content-Type-Options: nosniff every script is refused, and the page says so', async () => {
    nosniff = true;
    const { page, frame, calls } = await launch('/course/index.html');
    try {
      assert.equal(await upgraded(page, frame), false);
      assert.deepEqual(await calls(), []);
      // The page's own message (CSS only: no script ran) shows after 8 s.
      await frame.waitForFunction(
        () => {
          const note = document.querySelector('.l3d-stalled');
          return note && getComputedStyle(note).visibility === 'visible' && note.offsetHeight > 0;
        },
        { timeout: 15_000 },
      );
    } finally {
      nosniff = false;
      await page.close();
    }
  });
});
