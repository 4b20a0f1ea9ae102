// Network isolation: with no endpoint and no LMS, a full run (self to the report, a rater to
// the code with Copy and Download, the standalone report, the 360° view with codes pasted and a
// file chosen) sends nothing. Every request is recorded and intercepted: any to another origin
// is aborted. The pages are served WITHOUT a CSP here, as on a host that has none, so nothing
// but the library's own behaviour keeps requests from happening. Run `npm run build` first.
//
// "After the initial load": once the network has been idle and the report elements (which the
// library fetches in the background) are defined. After that point the only requests allowed
// are GETs of the library's own lazy chunks (dist/chunks/*.js, e.g. Chart.js on the self form's
// last page) from the page's origin, each at most once; see docs/decisions.md.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  answerAll,
  chartDrawn,
  clickPrimary,
  eventually,
  find,
  fixtureServer,
  launchBrowser,
  networkIdle,
  primary,
  repo,
  step,
  until,
  watchedPage,
} from './support.mjs';

const CHUNKS = new Set(readdirSync(join(repo, 'dist/chunks')).filter((f) => f.endsWith('.js')));
const samples = JSON.parse(readFileSync(join(repo, 'demo/samples/360.json'), 'utf8'));

let server;
let browser;
let files;
/** What the stub LRS on the static server's origin received (the positive control). */
const posted = [];
before(async () => {
  server = await fixtureServer({
    csp: null,
    handle: (req, res) => {
      if (!req.url.startsWith('/xapi/')) return false;
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        posted.push({ method: req.method, url: req.url });
        const ids = req.method === 'POST' ? JSON.parse(body).map((s) => s.id) : [];
        res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(ids));
      });
      return true;
    },
  });
  browser = await launchBrowser();
  files = mkdtempSync(join(tmpdir(), 'l3d-e2e-'));
});
after(async () => {
  await browser?.close();
  await server?.close();
  if (files) rmSync(files, { recursive: true, force: true });
});

/**
 * A page in a fresh profile whose every request is recorded; requests to the static server
 * go through, anything else is aborted (and stays recorded). Downloads are saved to a folder
 * and their URLs recorded, so a download can be shown to be local (a blob: URL).
 */
async function isolatedPage() {
  const context = await browser.createBrowserContext();
  const { page, seen } = await watchedPage(context);
  seen.aborted = [];
  seen.downloads = [];
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (new URL(request.url()).origin === server.origin) return request.continue();
    seen.aborted.push(`${request.method()} ${request.url()}`);
    return request.abort('blockedbyclient');
  });
  const downloads = join(files, String(Math.random()).slice(2));
  const cdp = await browser.target().createCDPSession();
  await cdp.send('Browser.setDownloadBehavior', {
    behavior: 'allowAndName',
    downloadPath: downloads,
    browserContextId: context.id,
    eventsEnabled: true,
  });
  cdp.on('Browser.downloadWillBegin', (event) => seen.downloads.push(event));
  const finished = new Map();
  cdp.on('Browser.downloadProgress', (event) => {
    if (event.state === 'completed') finished.get(event.guid)?.();
  });
  /** The text of the download with this suggested name, once it has completed. */
  const downloaded = async (name) => {
    const started = await eventually(() =>
      seen.downloads.find((d) => d.suggestedFilename === name),
    );
    const done = new Promise((resolve) => finished.set(started.guid, resolve));
    await Promise.race([done, eventually(() => existsSync(join(downloads, started.guid)))]);
    return { url: started.url, text: readFileSync(join(downloads, started.guid), 'utf8') };
  };
  return { context, page, seen, downloaded, close: () => cdp.detach().then(() => context.close()) };
}

/** Waits for the initial load to settle; returns how many requests it made. */
async function settle(page, seen) {
  await networkIdle(page);
  // every element the page has is defined; a widget's report chunk comes later, at the first
  // answer (issue 20), and is then one of the library's own late chunks
  await page.evaluate(() =>
    Promise.all(
      [...new Set([...document.querySelectorAll('*')].map((e) => e.localName))]
        .filter((name) => name.includes('-'))
        .map((name) => customElements.whenDefined(name)),
    ),
  );
  await networkIdle(page);
  return seen.requests.length;
}

/** Problems anywhere in the session: another origin, a method other than GET, a beacon. */
function sessionProblems(seen) {
  return [
    ...seen.requests
      .filter(
        (r) => new URL(r.url).origin !== server.origin || r.method !== 'GET' || r.type === 'ping',
      )
      .map((r) => `${r.method} ${r.url} (${r.type})`),
    ...seen.aborted.map((r) => `aborted: ${r}`),
  ];
}

/** Requests after the load that are not a first GET of one of the library's own chunks. */
function afterLoadProblems(seen, mark) {
  const later = seen.requests.slice(mark);
  const chunk = (r) => {
    const url = new URL(r.url);
    const name = url.pathname.replace(/^\/dist\/chunks\//, '');
    return (
      r.method === 'GET' &&
      url.origin === server.origin &&
      url.pathname.startsWith('/dist/chunks/') &&
      CHUNKS.has(name) &&
      !url.search
    );
  };
  const urls = later.map((r) => r.url);
  return [
    ...later.filter((r) => !chunk(r)).map((r) => `${r.method} ${r.url}`),
    ...urls.filter((u, i) => urls.indexOf(u) !== i).map((u) => `fetched twice: ${u}`),
  ];
}

/** The chunk file names fetched after the load (reported, so the numbers can be quoted). */
const lateChunks = (seen, mark) =>
  seen.requests.slice(mark).map((r) => new URL(r.url).pathname.replace(/^\/dist\/chunks\//, ''));

function assertIsolated(seen, mark) {
  assert.deepEqual(sessionProblems(seen), [], 'no other origin, no POST, no beacon');
  assert.deepEqual(afterLoadProblems(seen, mark), [], 'after the load: library chunks only');
  assert.deepEqual(seen.pageErrors, []);
}

/** An element in the widget's own shadow root. */
const inWidget = (page, selector) =>
  find(
    page,
    (sel) => document.querySelector('leadership-3d')?.shadowRoot?.querySelector(sel),
    selector,
  );
const buttonNamed = (page, host, text) =>
  find(
    page,
    (path, label) => {
      let root = document;
      for (const sel of path) root = root?.querySelector(sel)?.shadowRoot;
      return [...(root?.querySelectorAll('button') ?? [])].find((b) =>
        b.textContent.trim().startsWith(label),
      );
    },
    host,
    text,
  );

describe('no endpoint configured: a full run sends nothing', () => {
  test('self: intro to the report with its chart, and the result downloaded', async () => {
    const { page, seen, downloaded, close } = await isolatedPage();
    await page.goto(`${server.url}/e2e/widget.html?persist=session`);
    const mark = await settle(page, seen);
    await primary(page);
    await answerAll(page);
    await clickPrimary(page);
    assert.equal(await chartDrawn(page, ['leadership-3d', 'l3d-report', 'l3d-radar-chart']), true);
    await (await buttonNamed(page, ['leadership-3d', 'l3d-report'], 'Download')).click();
    const file = await downloaded('leadership-3d-result.json');
    assert.match(file.url, /^blob:/, 'made in the page, not fetched');
    assert.equal(JSON.parse(file.text).result.instrumentId, 'l3d-core');
    await networkIdle(page);
    assertIsolated(seen, mark);
    console.info(`self run: loaded ${mark} files; later: ${lateChunks(seen, mark).join(', ')}`);
    await close();
  });

  test('observer: to the response code, copied and downloaded', async () => {
    const { page, seen, downloaded, close } = await isolatedPage();
    await page.goto(`${server.url}/e2e/widget.html?persist=session&form=observer`);
    const mark = await settle(page, seen);
    await (await inWidget(page, 'input[name="rater-group"][value="peer"]')).click();
    await primary(page);
    await answerAll(page);
    await clickPrimary(page);
    const field = await inWidget(page, '#response-code');
    const code = await field.evaluate((el) => el.value);
    assert.match(code, /^L3D-/);
    await clickPrimary(page); // Copy: to the clipboard, or the code selected to copy by hand
    const status = await inWidget(page, '.copy-status');
    await page.waitForFunction((el) => el.textContent.trim(), {}, status);
    await (await buttonNamed(page, ['leadership-3d'], 'Download')).click();
    const file = await downloaded('leadership-3d-response-code.json');
    assert.match(file.url, /^blob:/);
    assert.equal(JSON.parse(file.text).code, code);
    await networkIdle(page);
    assertIsolated(seen, mark);
    console.info(`observer run: loaded ${mark}; later: ${lateChunks(seen, mark).join(', ')}`);
    await close();
  });

  test('the standalone <l3d-report> with a stored result, downloaded again', async () => {
    const { page, seen, downloaded, close } = await isolatedPage();
    await page.goto(`${server.url}/e2e/report.html`);
    assert.equal(await chartDrawn(page, ['l3d-report', 'l3d-radar-chart']), true);
    const mark = await settle(page, seen);
    await (await buttonNamed(page, ['l3d-report'], 'Download')).click();
    const file = await downloaded('leadership-3d-result.json');
    assert.match(file.url, /^blob:/);
    await networkIdle(page);
    assertIsolated(seen, mark);
    assert.deepEqual(lateChunks(seen, mark), [], 'nothing at all after the load');
    await close();
  });

  test('<l3d-360>: a result file chosen and six codes pasted, to the chart', async () => {
    const { page, seen, close } = await isolatedPage();
    await page.goto(`${server.url}/e2e/360.html`);
    const mark = await settle(page, seen);
    const selfFile = join(files, 'self-result.json');
    writeFileSync(selfFile, JSON.stringify(samples.self));
    const fileInput = await find(page, () =>
      document
        .querySelector('l3d-360')
        ?.shadowRoot?.querySelector('l3d-360-inputs')
        ?.shadowRoot?.querySelector('#self-file'),
    );
    await fileInput.uploadFile(selfFile);
    const codes = await find(page, () =>
      document
        .querySelector('l3d-360')
        ?.shadowRoot?.querySelector('l3d-360-inputs')
        ?.shadowRoot?.querySelector('#codes-text'),
    );
    await codes.click();
    await page.keyboard.sendCharacter(samples.raters.map((r) => r.code).join('\n'));
    await (await buttonNamed(page, ['l3d-360', 'l3d-360-inputs'], 'Add codes')).click();
    await until(page, () => {
      const view = document.querySelector('l3d-360');
      return view?.self && view.codes.length === 6 && view.report?.groups.peer;
    });
    assert.equal(await chartDrawn(page, ['l3d-360', 'l3d-radar-chart']), true);
    await networkIdle(page);
    assertIsolated(seen, mark);
    console.info(`360 view: loaded ${mark}; later: ${lateChunks(seen, mark).join(', ')}`);
    await close();
  });
});

describe('positive controls: the recording sees requests', () => {
  test('an xapi-endpoint on the same origin: its POST is recorded and flagged', async () => {
    const { page, seen, close } = await isolatedPage();
    posted.length = 0;
    await page.goto(`${server.url}/e2e/widget.html?persist=none&xapi-endpoint=/xapi`);
    const mark = await settle(page, seen);
    await primary(page);
    await page.waitForRequest((r) => r.method() === 'POST', { timeout: 10_000 });
    await networkIdle(page);
    const post = seen.requests.find((r) => r.method === 'POST');
    assert.equal(new URL(post.url).pathname, '/xapi/statements');
    assert.ok(
      posted.some((p) => p.method === 'POST'),
      'the stub received it',
    );
    assert.ok(sessionProblems(seen).some((p) => p.startsWith('POST ')));
    assert.ok(afterLoadProblems(seen, mark).some((p) => p.startsWith('POST ')));
    await close();
  });

  test('an xapi-endpoint on another origin: recorded, aborted and flagged', async () => {
    const { page, seen, close } = await isolatedPage();
    // port 9 (discard): nothing listens, and the request is aborted before it is tried anyway
    await page.goto(
      `${server.url}/e2e/widget.html?persist=none&xapi-endpoint=http://127.0.0.1:9/x`,
    );
    await settle(page, seen);
    await step(page);
    await primary(page);
    await page.waitForRequest((r) => r.url().startsWith('http://127.0.0.1:9/'), {
      timeout: 10_000,
    });
    assert.ok(seen.aborted.some((r) => r.includes('http://127.0.0.1:9/x/statements')));
    assert.ok(sessionProblems(seen).length > 0);
    await close();
  });
});
