// Where the milliseconds before the first question go: fresh loads of the widget page (the same
// page and Start click as bench/widget.mjs) profiled over the Chrome DevTools Protocol.
//  - a trace (Tracing domain, the DevTools timeline categories): main-thread time by kind of work
//    (compile, script, style, layout, parse HTML …) and when each script arrived;
//  - a CPU profile (Profiler domain, 50 µs sampling): JavaScript self time by original source
//    file, through dist/leadership-3d.js.map.
// `node bench/profile-widget.mjs` (after a build) prints JSON; docs/performance.md explains it.
import { readFile } from 'node:fs/promises';
import puppeteer from 'puppeteer-core';
import { SourceMapConsumer } from 'source-map-js';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';
import { threadEvents } from './trace.mjs';
import { profileTargets } from './widget.mjs';

const round = (x) => Math.round(x * 10) / 10;

/** Main-thread self time (ms) by event name between navigation start and `end`. */
function mainThreadBreakdown(events, thread, navigationStart, end) {
  const onMain = threadEvents(events, thread, navigationStart, end);
  // exclusive time: an event's duration minus that of the events nested in it
  const self = new Map();
  const stack = [];
  for (const e of onMain) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - e.dur);
    self.set(e.name, (self.get(e.name) ?? 0) + e.dur);
    stack.push(e);
  }
  return Object.fromEntries(
    [...self]
      .map(([name, us]) => [name, round(us / 1000)])
      .filter(([, t]) => t >= 0.5)
      .sort((a, b) => b[1] - a[1]),
  );
}

/** Where a position of the built file came from, as a short group name. */
function groupOf(source) {
  if (!source) return '(unmapped)';
  const path = source.replace(/^(\.\.\/)+/, '');
  const pkg = path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (pkg) return pkg[1];
  return path;
}

async function main() {
  const { url, close, measure } = await profileTargets();
  const map = new SourceMapConsumer(
    JSON.parse(await readFile('dist/leadership-3d.js.map', 'utf8')),
  );
  const browser = await puppeteer.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    // warm-up
    const warm = await browser.newPage();
    await warm.goto(url);
    await warm.close();

    const newPage = async () => {
      const page = await browser.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      await page.setCacheEnabled(false);
      await page.evaluateOnNewDocument(measure);
      return page;
    };

    // 1. the trace
    const page = await newPage();
    const file = '/tmp/l3d-trace.json';
    await page.tracing.start({
      path: file,
      categories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'v8.execute',
        'disabled-by-default-v8.compile',
        'blink.user_timing',
        'loading',
      ],
    });
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    const figures = await page.evaluate(() => window.__firstLoad);
    await page.tracing.stop();
    await page.close();
    const { traceEvents } = JSON.parse(await readFile(file, 'utf8'));
    // the page's renderer: where the entry was compiled
    const compiled = traceEvents.find(
      (e) => e.name === 'v8.compileModule' && /leadership-3d\.js$/.test(e.args?.data?.url ?? ''),
    );
    const main = { pid: compiled.pid, tid: compiled.tid };
    const mine = traceEvents.filter((e) => e.pid === main.pid);
    const navigationStart = mine.find(
      (e) =>
        e.name === 'navigationStart' && /load\.html$/.test(e.args?.data?.documentLoaderURL ?? ''),
    ).ts;
    const at = (ts) => round((ts - navigationStart) / 1000);
    const end = navigationStart + figures.first * 1000;
    const path = (url) => (url ?? '').replace(/^https?:\/\/[^/]+/, '');
    const requests = new Map();
    for (const e of mine.filter((e) => e.ts >= navigationStart)) {
      const data = e.args?.data ?? {};
      if (e.name === 'ResourceSendRequest' && /\.js$/.test(data.url ?? ''))
        requests.set(data.requestId, { file: path(data.url), sent: at(e.ts) });
      if (e.name === 'ResourceFinish' && requests.has(data.requestId))
        requests.get(data.requestId).finished = at(e.ts);
    }
    const work = (names) =>
      mine
        .filter((e) => names.includes(e.name) && e.dur && e.ts >= navigationStart && e.ts <= end)
        .map((e) => ({
          event: e.name,
          file: path(e.args?.data?.url ?? e.args?.fileName),
          from: at(e.ts),
          ms: round(e.dur / 1000),
        }))
        .filter((e) => e.ms >= 0.5);
    const trace = {
      figures: Object.fromEntries(
        Object.entries(figures).map(([k, v]) => [k, typeof v === 'number' ? round(v) : v]),
      ),
      mainThreadSelfMs: mainThreadBreakdown(traceEvents, main, navigationStart, end),
      scripts: [...requests.values()],
      compileAndEvaluate: work(['v8.compileModule', 'v8.evaluateModule', 'v8.compile']),
      styleAndLayout: work(['UpdateLayoutTree', 'Layout']),
    };

    // 2. CPU profiles of a few loads, summed by original source
    const loads = 5;
    const bySource = new Map();
    const byFunction = new Map();
    let total = 0;
    for (let i = 0; i < loads; i++) {
      const p = await newPage();
      const cdp = await p.createCDPSession();
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
      await cdp.send('Profiler.start');
      await p.goto(url, { waitUntil: 'domcontentloaded' });
      await p.evaluate(() => window.__firstLoad);
      const { profile } = await cdp.send('Profiler.stop');
      await p.close();
      const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
      profile.samples.forEach((id, k) => {
        const dt = (profile.timeDeltas[k + 1] ?? 0) / 1000;
        const { callFrame } = nodes.get(id);
        let key;
        if (!callFrame.url) key = callFrame.functionName || '(anonymous native)';
        else if (callFrame.url.endsWith('/leadership-3d.js')) {
          const pos = map.originalPositionFor({
            line: callFrame.lineNumber + 1,
            column: callFrame.columnNumber,
          });
          key = groupOf(pos.source);
          const fn = `${key} ${pos.name ?? callFrame.functionName ?? ''}:${pos.line}`;
          byFunction.set(fn, (byFunction.get(fn) ?? 0) + dt);
        } else key = callFrame.url.replace(/^https?:\/\/[^/]+/, '');
        if (key === '(idle)') return;
        bySource.set(key, (bySource.get(key) ?? 0) + dt);
        total += dt;
      });
    }
    const cpu = Object.fromEntries(
      [...bySource]
        .map(([k, t]) => [k, round(t / loads)])
        .filter(([, t]) => t >= 0.3)
        .sort((a, b) => b[1] - a[1]),
    );
    const functions = Object.fromEntries(
      [...byFunction]
        .map(([k, t]) => [k, round(t / loads)])
        .sort((a, b) => b[1] - a[1])
        .slice(0, 15),
    );
    console.log(
      JSON.stringify(
        {
          trace,
          cpuSelfMsPerLoadBySource: cpu,
          topFunctions: functions,
          cpuBusyMsPerLoad: round(total / loads),
          loads,
        },
        null,
        2,
      ),
    );
  } finally {
    await browser.close();
    close();
  }
}

await main();
