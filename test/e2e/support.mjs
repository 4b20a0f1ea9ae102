// Shared by the end-to-end tests: the system Chromium through puppeteer-core, the static
// servers for the built files, what a page did (CSP violations, errors, requests), and the
// widget driven the way a person drives it (clicks and keys on what is rendered).
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { startStaticServer } from './static-server.mjs';

export const repo = fileURLToPath(new URL('../../', import.meta.url));
const at = (path) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

/** Fails early, with the command to run, when a build these tests read is missing. */
export function requireBuilt(path, command) {
  if (!existsSync(at(path))) throw new Error(`${path} is missing: run \`${command}\` first`);
}

/**
 * Builds an LMS package with the real command (`dist/cli.js` and `args`, e.g. `['cmi5']`) and
 * unzips it into `<dir>/course/`, in a new temporary `dir` (the caller removes it).
 */
export function unzippedPackage(args) {
  requireBuilt('dist/cli.js', 'npm run build');
  const dir = mkdtempSync(join(tmpdir(), 'l3d-course-'));
  const zip = join(dir, 'course.zip');
  execFileSync(process.execPath, [join(repo, 'dist/cli.js'), ...args, '--out', zip]);
  for (const [name, data] of Object.entries(unzipSync(readFileSync(zip)))) {
    const file = join(dir, 'course', name);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, data);
  }
  return dir;
}

export function launchBrowser() {
  return puppeteer.launch({
    executablePath: chromiumPath,
    args: chromiumArgs,
    headless: true,
    // a stuck call fails the test in seconds, not after the default three minutes
    protocolTimeout: 30_000,
    defaultViewport: { width: 1024, height: 800 },
  });
}

/** The one-file build and the fixture pages, as a coach's site would serve them. */
export function fixtureServer(options = {}) {
  requireBuilt('dist/leadership-3d.js', 'npm run build');
  return startStaticServer({
    mounts: {
      '/dist/': at('dist'),
      '/e2e/': at('test/e2e/fixtures'),
      '/one-tag/': at('test/fixtures/one-tag'),
    },
    ...options,
  });
}

/** The built demo site at the root, as it would be deployed. */
export function demoServer() {
  requireBuilt('dist-demo/index.html', 'npm run build:demo');
  return startStaticServer({ mounts: { '/': at('dist-demo') } });
}

/**
 * Opens a page that records, from before any of its scripts run and in every frame: CSP
 * violations (`securitypolicyviolation`), uncaught errors, console errors, every request and
 * every response with an HTTP error status.
 */
export async function watchedPage(browser) {
  const page = await browser.newPage();
  const seen = { violations: [], pageErrors: [], consoleErrors: [], requests: [], httpErrors: [] };
  await page.exposeFunction('__l3dReportViolation', (text) => seen.violations.push(text));
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      // A binding from Node: not subject to the page's CSP, and survives reloads.
      window.__l3dReportViolation(
        `${event.effectiveDirective}: ${event.blockedURI || event.sample} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  page.on('pageerror', (error) => seen.pageErrors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') seen.consoleErrors.push(message.text());
  });
  page.on('response', (response) => {
    if (response.status() >= 400)
      seen.httpErrors.push({ url: response.url(), status: response.status() });
  });
  page.on('request', (request) =>
    seen.requests.push({
      method: request.method(),
      url: request.url(),
      type: request.resourceType(),
    }),
  );
  return { page, seen };
}

/** Polls `check` (in Node) until it returns something truthy; fails after 10 s. */
export async function eventually(check, timeout = 10_000) {
  for (const end = Date.now() + timeout; Date.now() < end;) {
    const value = check();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${check}`);
}

/** Waits until the page has made no request for `idleMs` (its lazy chunks included). */
export function networkIdle(page, idleMs = 300) {
  return page.waitForNetworkIdle({ idleTime: idleMs, timeout: 10_000 });
}

// ---- the widget, as rendered ----------------------------------------------------------------

/** An element found by a function run in the page (shadow roots included), as a handle. */
export async function find(page, fn, ...args) {
  const handle = await page.waitForFunction(fn, { timeout: 10_000, polling: 50 }, ...args);
  const element = handle.asElement();
  if (!element) throw new Error(`not an element: ${fn}`);
  return element;
}

/** Waits until `fn` (run in the page) is truthy and returns its value. */
export async function until(page, fn, ...args) {
  const handle = await page.waitForFunction(fn, { timeout: 10_000, polling: 50 }, ...args);
  return handle.jsonValue();
}

/** The widget's step: its heading and the item ids on screen (waits for a step, not loading). */
export function step(page, selector = 'leadership-3d') {
  return until(
    page,
    (sel) => {
      const root = document.querySelector(sel)?.shadowRoot;
      const heading = root?.querySelector('[part~="heading"]');
      if (!heading || root.querySelector('.loading')) return null;
      const items = [...root.querySelectorAll('l3d-question')].map((q) => q.dataset.itemId);
      return { heading: heading.textContent.trim(), items };
    },
    selector,
  );
}

/** Clicks the widget's primary button (Start, Next, Finish, Copy). */
export async function clickPrimary(page, selector = 'leadership-3d') {
  const button = await find(
    page,
    (sel) => document.querySelector(sel)?.shadowRoot?.querySelector('[part~="button-primary"]'),
    selector,
  );
  await button.click();
}

/** Clicks the primary button and waits for the next step with a heading of the widget's own. */
export async function primary(page, selector = 'leadership-3d') {
  const before = await step(page, selector);
  await clickPrimary(page, selector);
  await page.waitForFunction(
    (sel, heading, items) => {
      const root = document.querySelector(sel)?.shadowRoot;
      const now = root?.querySelector('[part~="heading"]')?.textContent.trim();
      const ids = [...(root?.querySelectorAll('l3d-question') ?? [])].map((q) => q.dataset.itemId);
      return now !== heading || ids.join() !== items.join();
    },
    { timeout: 10_000, polling: 50 },
    selector,
    before.heading,
    before.items,
  );
  return step(page, selector);
}

/** The radio of an answer (1–5 or 'not-observed') for one item. */
export function radio(page, itemId, value, selector = 'leadership-3d') {
  return find(
    page,
    (sel, id, v) =>
      document
        .querySelector(sel)
        ?.shadowRoot?.querySelector(`l3d-question[data-item-id="${id}"]`)
        ?.shadowRoot?.querySelector(`input[value="${v}"]`),
    selector,
    itemId,
    String(value),
  );
}

/** A fixed, varied answer per position (1–5), so the scores differ. */
export const answerAt = (index) => (index % 5) + 1;

/** Clicks an answer for each item on screen (all of them, or the first `count`). */
export async function answerOnScreen(page, { count, selector = 'leadership-3d', offset = 0 } = {}) {
  const { items } = await step(page, selector);
  const chosen = {};
  for (const [i, id] of items.slice(0, count ?? items.length).entries()) {
    const value = answerAt(offset + i);
    await (await radio(page, id, value, selector)).click();
    chosen[id] = value;
  }
  return chosen;
}

/**
 * From a question page, answers every page and arrives at the review. Each answer is a DOM
 * click on its radio (one round trip per page, so a whole run stays quick); tests that are
 * about input itself use answerOnScreen, which clicks with the mouse.
 */
export async function answerAll(page, selector = 'leadership-3d') {
  const chosen = {};
  for (let guard = 0; guard < 50; guard++) {
    const { items } = await step(page, selector);
    if (!items.length) return chosen;
    const offset = guard * 8;
    Object.assign(
      chosen,
      await page.evaluate(
        (sel, ids, first) => {
          const root = document.querySelector(sel).shadowRoot;
          return Object.fromEntries(
            ids.map((id, i) => {
              const value = ((first + i) % 5) + 1;
              const q = root.querySelector(`l3d-question[data-item-id="${id}"]`);
              q.shadowRoot.querySelector(`input[value="${value}"]`).click();
              return [id, value];
            }),
          );
        },
        selector,
        items,
        offset,
      ),
    );
    await primary(page, selector);
  }
  throw new Error('still on question pages after 50 pages');
}

/** The answers as the widget holds them (its public `responses`), and its step. */
export function widgetState(page, selector = 'leadership-3d') {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    const root = el.shadowRoot;
    const checked = {};
    const items = [];
    for (const q of root.querySelectorAll('l3d-question')) {
      items.push(q.dataset.itemId);
      const on = q.shadowRoot.querySelector('input:checked');
      if (on) checked[q.dataset.itemId] = on.value;
    }
    return {
      answers: el.responses.answers,
      group: el.responses.group ?? null,
      heading: root.querySelector('[part~="heading"]')?.textContent.trim(),
      items,
      checked,
    };
  }, selector);
}

/**
 * Waits for a radar chart, reached through shadow roots by `path` (e.g. ['leadership-3d',
 * 'l3d-report', 'l3d-radar-chart']), to have drawn with Chart.js: a canvas, no text fallback.
 */
export async function chartDrawn(page, path) {
  await until(
    page,
    (steps) => {
      let node = document.querySelector(steps[0]);
      for (const sel of steps.slice(1)) node = node?.shadowRoot?.querySelector(sel);
      return Boolean(node?.chartReady);
    },
    path,
  );
  return page.evaluate(async (steps) => {
    let node = document.querySelector(steps[0]);
    for (const sel of steps.slice(1)) node = node.shadowRoot.querySelector(sel);
    await node.chartReady;
    const root = node.shadowRoot;
    return Boolean(root.querySelector('canvas') && !root.querySelector('[part~="fallback"]'));
  }, path);
}
