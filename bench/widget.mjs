// The widget in headless Chromium, on a plain page that loads the one-file build from dist/
// exactly as a coach's page would: one <script type="module"> and one tag. Beside it, in the
// same run, the floor: a plain HTML page with the same 48 items as a form of radio groups and no
// script at all.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>leadership-3d benchmark</title>
    <script type="module" src="/leadership-3d.js"></script>
    <script type="module" src="/bench/widget-page.js"></script>
  </head>
  <body>
    <leadership-3d persist="none"></leadership-3d>
  </body>
</html>`;

/**
 * The widget alone, as a coach's page has it, loading the one-file build from `src`: what the
 * first-load figures are measured on (bench/ab-first.mjs serves two builds this way).
 */
export const loadPage = (src = '/leadership-3d.js') => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>leadership-3d</title>
    <script type="module" src="${src}"></script>
  </head>
  <body>
    <leadership-3d persist="none"></leadership-3d>
  </body>
</html>`;

const escape = (text) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** The floor: the same 48 items and answer labels as a plain form, no script, no styles. */
export function plainPage({ title, labels, items }) {
  const groups = items.map(
    ({ id, text }, i) => `<fieldset>
      <legend>${i + 1}. ${escape(text)}</legend>
      ${labels
        .map(
          (label, v) =>
            `<label><input type="radio" name="${id}" value="${v + 1}" required /> ${escape(label)}</label>`,
        )
        .join('\n      ')}
    </fieldset>`,
  );
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escape(title)}</title>
  </head>
  <body>
    <h1>${escape(title)}</h1>
    <form method="post" action="/answers">
    ${groups.join('\n    ')}
    <button>Send</button>
    </form>
  </body>
</html>`;
}

/** Content types of what the bench pages serve. */
const TYPES = { '.js': 'text/javascript', '.html': 'text/html', '.map': 'application/json' };

/**
 * A server on a free loopback port: `pages` (path → text, typed by its extension, HTML without
 * one) first, read at each request so pages can be added later; otherwise the file
 * `fileFor(path)` names, or a 404 when it names none or the file cannot be read.
 */
export async function serveFiles(pages, fileFor) {
  const server = createServer(async (request, response) => {
    const path = normalize(new URL(request.url, 'http://x').pathname);
    if (pages[path] !== undefined) {
      response
        .writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'text/html' })
        .end(pages[path]);
      return;
    }
    try {
      const file = fileFor(path);
      if (!file) throw new Error(`${path} is not served`);
      const body = await readFile(file);
      response
        .writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
        .end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${server.address().port}` };
}

/** Serves the pages, dist/ at the root and bench/widget-page.js, on a free loopback port. */
export async function serve() {
  const pages = { '/': PAGE, '/index.html': PAGE, '/load.html': loadPage() };
  const { server, url } = await serveFiles(pages, (path) =>
    path.startsWith('/bench/') ? join('.', path) : join('dist', path),
  );
  return { server, pages, url: `${url}/` };
}

/**
 * Run in a page where `<leadership-3d>` shows its intro: its intro and first question page as
 * HTML, each `<l3d-question>` and `<l3d-progress>` with its shadow root as a declarative one
 * (its styles in a `<style>`), and the widget's own styles as text. Clicks Start.
 */
export async function captureDesign() {
  const widget = document.querySelector('leadership-3d');
  const root = widget.shadowRoot;
  const cssOf = (r) =>
    [...r.adoptedStyleSheets]
      .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
      .join('\n');
  await widget.updateComplete;
  const intro = root.innerHTML;
  [...root.querySelectorAll('button')]
    .find((b) => b.textContent.trim().startsWith('Start'))
    .click();
  await widget.updateComplete;
  const parts = [...root.querySelectorAll('l3d-question, l3d-progress')];
  await Promise.all(parts.map((part) => part.updateComplete));
  const shadows = parts.map(
    (part) =>
      `<template shadowrootmode="open"><style>${cssOf(part.shadowRoot)}</style>` +
      `${part.shadowRoot.innerHTML}</template>`,
  );
  const page = root.innerHTML.replace(
    /<(l3d-question|l3d-progress)([^>]*)><\/\1>/g,
    (_, tag, attributes) => `<${tag}${attributes}>${shadows.shift()}</${tag}>`,
  );
  return { intro, page, css: cssOf(root) };
}

/**
 * The design floor: a script that shows the widget's own intro and, on Start, its first page
 * (the same DOM, shadow roots and styles: the parts' shadow roots are declarative), with no
 * framework and no logic. What the design itself costs (fonts, styles, layout, nine shadow
 * roots), beside what the code costs.
 */
export const designFloorScript = ({ intro, page, css }) => `const css = ${JSON.stringify(css)};
const intro = ${JSON.stringify(intro)};
const page = ${JSON.stringify(page)};
customElements.define('leadership-3d', class extends HTMLElement {
  connectedCallback() {
    const root = this.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
    root.innerHTML = intro;
    root.addEventListener('click', (event) => {
      if (!event.target.closest('button')?.textContent.trim().startsWith('Start')) return;
      root.setHTMLUnsafe(page);
      root.querySelector('[part~="heading"]')?.focus();
    });
  }
});
`;

/**
 * Injected before any script of the widget's page runs: as soon as `<leadership-3d>` is defined
 * its intro is awaited and Start clicked, and the first question page awaited, by the same rule
 * as every other figure (Lit updates done, style and layout computed).
 */
export function measureWidgetLoad() {
  const find = (root, label) =>
    [...root.querySelectorAll('button')].find((b) => b.textContent.trim().startsWith(label));
  const settled = async (widget) => {
    await widget.updateComplete;
    const children = widget.shadowRoot.querySelectorAll('l3d-question, l3d-progress');
    await Promise.all([...children].map((child) => child.updateComplete));
    void widget.getBoundingClientRect().height;
  };
  window.__firstLoad = (async () => {
    await customElements.whenDefined('leadership-3d');
    const defined = performance.now();
    const widget = document.querySelector('leadership-3d');
    await settled(widget);
    const intro = performance.now();
    find(widget.shadowRoot, 'Start').click();
    await settled(widget);
    const first = performance.now();
    const questions = widget.shadowRoot.querySelectorAll('l3d-question').length;
    return { defined, intro, first, questions };
  })();
}

/** Injected into the plain page (which has no script): parsed, then style and layout. */
export function measurePlainLoad() {
  window.__firstLoad = new Promise((resolve) =>
    document.addEventListener('DOMContentLoaded', () => {
      void document.body.getBoundingClientRect().height;
      const first = performance.now();
      resolve({ first, questions: document.querySelectorAll('fieldset').length });
    }),
  );
}

/** JavaScript fetched by a page so far: path, start and end (ms from navigation start). */
const scriptsFetched = () =>
  performance
    .getEntriesByType('resource')
    .filter((e) => e.name.endsWith('.js'))
    .map((e) => ({
      file: new URL(e.name).pathname,
      start: +e.startTime.toFixed(1),
      end: +e.responseEnd.toFixed(1),
    }));

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const percentile = (xs, p) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];
const ms = (x) => +x.toFixed(2);
const summary = (runs) => ({ median: ms(median(runs)), runs: runs.map(ms) });

export async function benchWidget({ loads = 21, runs = 5 } = {}) {
  const { server, pages, url } = await serve();
  const browser = await puppeteer.launch({
    executablePath: chromiumPath,
    args: chromiumArgs,
  });
  try {
    const newPage = async () => {
      const page = await browser.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      // Every load fetches the files again, as a first visit would.
      await page.setCacheEnabled(false);
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      return { page, errors };
    };
    const open = async () => {
      const { page, errors } = await newPage();
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      await page.waitForFunction(() => window.benchmark);
      return { page, errors };
    };
    /** One fresh load of `path` with `measure` injected; the page's own figures. */
    const load = async (path, measure) => {
      const { page, errors } = await newPage();
      await page.evaluateOnNewDocument(measure);
      await page.goto(new URL(path, url).href, { waitUntil: 'domcontentloaded' });
      const figures = await page.evaluate(() => window.__firstLoad);
      // a moment for what the page fetches on its own after the first question (idle work)
      await new Promise((resolve) => setTimeout(resolve, 300));
      const scripts = await page.evaluate(scriptsFetched);
      if (errors.length) throw new Error(`page error: ${errors.join('; ')}`);
      await page.close();
      return { ...figures, scripts };
    };

    // The plain page is built from the instrument the one-file build exports, so both pages
    // show the same 48 items with the same answer labels.
    const warm = await open(); // warm-up: the server and the browser's process
    const data = await warm.page.evaluate(async () => {
      const { instrument } = await import('/leadership-3d.js');
      return {
        title: instrument.title,
        labels: instrument.scale.labels,
        items: instrument.items.map(({ id, self }) => ({ id, text: self })),
      };
    });
    const design = await warm.page.evaluate(captureDesign);
    await warm.page.close();
    pages['/plain.html'] = plainPage(data);
    pages['/design-floor.js'] = designFloorScript(design);
    pages['/design-floor.html'] = loadPage('/design-floor.js');
    await load('/plain.html', measurePlainLoad);
    await load('/design-floor.html', measureWidgetLoad);

    const defined = [];
    const intro = [];
    const firstQuestion = [];
    const plain = [];
    const pairRatios = [];
    const designFloor = [];
    let scripts = [];
    // Interleaved, so both pages see the same machine load.
    for (let i = 0; i < loads; i++) {
      const widget = await load('/load.html', measureWidgetLoad);
      if (widget.questions !== 8) throw new Error(`first page has ${widget.questions} questions`);
      defined.push(widget.defined);
      intro.push(widget.intro);
      firstQuestion.push(widget.first);
      scripts = widget.scripts.map((s) => ({ ...s, beforeFirstQuestion: s.end <= widget.first }));
      const control = await load('/plain.html', measurePlainLoad);
      if (control.questions !== 48) throw new Error(`plain page has ${control.questions} items`);
      plain.push(control.first);
      pairRatios.push(widget.first / control.first);
      const design = await load('/design-floor.html', measureWidgetLoad);
      if (design.questions !== 8) throw new Error(`design floor has ${design.questions} questions`);
      designFloor.push(design.first);
    }

    /** `runs` whole questionnaires, each on a fresh page: paced like a person, or back to back. */
    const fullRuns = async (paced) => {
      const out = [];
      for (let i = 0; i < runs; i++) {
        const { page, errors } = await open();
        out.push(await page.evaluate((p) => window.benchmark.fullRun({ paced: p }), paced));
        if (errors.length) throw new Error(`page error: ${errors.join('; ')}`);
        await page.close();
      }
      return out;
    };
    const paced = await fullRuns(true);
    const backToBack = await fullRuns(false);
    const clicks = paced.flatMap((r) => r.clicks);
    const of = (list, key) => summary(list.map((r) => r[key]));

    const first = summary(firstQuestion);
    const floor = summary(plain);
    const designed = summary(designFloor);
    return {
      navigationToWidgetDefinedMs: summary(defined),
      navigationToIntroInteractiveMs: summary(intro),
      navigationToFirstQuestionInteractiveMs: first,
      plainPageNavigationToFormInteractiveMs: floor,
      firstQuestionToPlainPageRatio: +(first.median / floor.median).toFixed(2),
      firstQuestionToPlainPagePairedRatio: {
        median: +median(pairRatios).toFixed(2),
        runs: pairRatios.map((r) => +r.toFixed(2)),
      },
      designFloorNavigationToFirstQuestionMs: designed,
      designFloorToPlainPageRatio: +(designed.median / floor.median).toFixed(2),
      scriptsOfTheLastLoad: scripts,
      answerClickToRenderedMs: {
        p50: ms(percentile(clicks, 0.5)),
        p95: ms(percentile(clicks, 0.95)),
        max: ms(Math.max(...clicks)),
        count: clicks.length,
      },
      questionPageNodes: paced[0].questionPageNodes,
      finishClickToReportRenderedMs: of(paced, 'reportVisible'),
      finishClickToChartDrawnMs: of(paced, 'chartDrawn'),
      lastAnswerToChartDrawnMs: of(paced, 'lastAnswerToChart'),
      backToBack: {
        finishClickToReportRenderedMs: of(backToBack, 'reportVisible'),
        finishClickToChartDrawnMs: of(backToBack, 'chartDrawn'),
        lastAnswerToChartDrawnMs: of(backToBack, 'lastAnswerToChart'),
      },
      targets: {
        firstQuestionToPlainPageRatio: 1.5,
        answerClickToRenderedP95Ms: 16,
        lastAnswerToChartDrawnMs: 150,
        questionPageElements: 500,
      },
      method:
        `headless Chromium ${await browser.version()}, 1280×900, pages served from loopback with ` +
        `the cache off. Load figures: medians of ${loads} fresh loads of each page, interleaved ` +
        '(widget, plain page, design floor, widget …) after one warm-up. The widget page loads ' +
        'dist/leadership-3d.js with one script tag; a script injected before the page runs ' +
        'clicks Start as soon as <leadership-3d> is defined and its intro rendered, and takes the ' +
        'time from navigation start until the first question page is rendered: Lit updates done ' +
        'and style + layout computed; paint not included. The plain page is the floor: the same ' +
        '48 items and labels as a form of radio groups, no script and no styles, timed at ' +
        'DOMContentLoaded + style and layout; the ratio is that of the two medians, and the ' +
        'paired ratio the median of each widget load over the plain load that followed it. ' +
        'The design floor, a third page in each round (widget, plain, design floor): the ' +
        "widget's own intro and first page, captured from it in the warm-up, shown by a script " +
        "with no framework and no logic (the same DOM, shadow roots and styles, the parts' " +
        'shadow roots declarative; Start clicked and timed by the same rule as the widget): what ' +
        'the design costs beside what the code costs. ' +
        `Whole questionnaires: ${runs} runs paced like a person (after each answer and each new ` +
        'page the browser gets an idle moment, requestIdleCallback with a 1 s timeout, as it ' +
        'would between clicks seconds apart) and then ' +
        `${runs} back to back (every click in the same task as the last, which leaves nothing ` +
        'the widget fetches or prepares at idle time to land), each on a fresh page. Clicks: ' +
        'all answers of the paced runs, click to re-rendered by the same rule. Nodes: the whole ' +
        'page on a question page, shadow roots included. Report (medians): from the click on ' +
        'Finish (the review comes between the last answer and the report) until the report is ' +
        'rendered, and until the chart has drawn (Chart.js has run its constructor; the ' +
        'animation is not waited for); and from the click on the last answer, with Review and ' +
        'Finish clicked as soon as they show, until the chart has drawn. The target is checked ' +
        'on the paced runs; backToBack keeps the bot-speed figures.',
    };
  } finally {
    await browser.close();
    server.close();
  }
}

/** For bench/profile-widget.mjs: the widget page on a server, and the script that clicks Start. */
export async function profileTargets() {
  const { server, url } = await serve();
  return {
    url: new URL('/load.html', url).href,
    measure: measureWidgetLoad,
    close: () => server.close(),
  };
}
