// The widget in headless Chromium, on a plain page that loads the one-file build from dist/
// exactly as a coach's page would: one <script type="module"> and one tag.
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

const TYPES = { '.js': 'text/javascript', '.html': 'text/html', '.map': 'application/json' };

/** Serves the page, dist/ at the root and bench/widget-page.js, on a free loopback port. */
async function serve() {
  const server = createServer(async (request, response) => {
    const path = normalize(new URL(request.url, 'http://x').pathname);
    if (path === '/' || path === '/index.html') {
      response.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
      return;
    }
    const file = path.startsWith('/bench/') ? join('.', path) : join('dist', path);
    try {
      const body = await readFile(file);
      response
        .writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
        .end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${server.address().port}/` };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const percentile = (xs, p) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];
const ms = (x) => +x.toFixed(2);

export async function benchWidget({ loads = 15 } = {}) {
  const { server, url } = await serve();
  const browser = await puppeteer.launch({
    executablePath: chromiumPath,
    args: chromiumArgs,
  });
  try {
    const open = async () => {
      const page = await browser.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      // Every load fetches the files again, as a first visit would.
      await page.setCacheEnabled(false);
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      await page.waitForFunction(() => window.benchmark);
      return { page, errors };
    };

    const intro = [];
    const firstQuestion = [];
    await (await open()).page.close(); // warm-up: the server and the browser's process
    for (let i = 0; i < loads; i++) {
      const { page, errors } = await open();
      const load = await page.evaluate(() => window.benchmark.firstLoad());
      if (errors.length) throw new Error(`page error: ${errors.join('; ')}`);
      intro.push(load.introInteractive);
      firstQuestion.push(load.firstQuestionInteractive);
      await page.close();
    }

    const { page, errors } = await open();
    const run = await page.evaluate(() => window.benchmark.fullRun());
    if (errors.length) throw new Error(`page error: ${errors.join('; ')}`);
    await page.close();

    return {
      navigationToIntroInteractiveMs: { median: ms(median(intro)), runs: intro.map(ms) },
      navigationToFirstQuestionInteractiveMs: {
        median: ms(median(firstQuestion)),
        runs: firstQuestion.map(ms),
      },
      answerClickToRenderedMs: {
        p50: ms(percentile(run.clicks, 0.5)),
        p95: ms(percentile(run.clicks, 0.95)),
        max: ms(Math.max(...run.clicks)),
        count: run.clicks.length,
      },
      questionPageNodes: run.questionPageNodes,
      finishClickToReportRenderedMs: ms(run.reportVisible),
      finishClickToChartDrawnMs: ms(run.chartDrawn),
      targets: {
        navigationToFirstQuestionInteractiveMs: 200,
        answerClickToRenderedP95Ms: 16,
        questionPageElements: 500,
      },
      method:
        `headless Chromium ${await browser.version()}, 1280×900, page served from loopback with the ` +
        `cache off, loading dist/leadership-3d.js with one script tag. Load figures: median of ${loads} ` +
        'fresh loads after one warm-up, from navigation start until the intro (and then, after a ' +
        'scripted click on Start, the first question page) is rendered: Lit updates done and ' +
        'style + layout computed; paint not included. Clicks: all 48 answers of one run, click ' +
        'to re-rendered by the same rule. Nodes: the whole page on a question page, shadow roots ' +
        'included. Report: from the click on Finish (the review comes between the last answer ' +
        'and the report) until the report is rendered, and until the chart has drawn.',
    };
  } finally {
    await browser.close();
    server.close();
  }
}
