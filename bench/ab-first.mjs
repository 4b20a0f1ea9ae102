// A/B of navigation → first question page interactive, two builds of the one-file widget and the
// plain page interleaved (old, new, plain, old, new, plain …), fresh loads with the cache off, by
// the same rules as bench/widget.mjs. `node bench/ab-first.mjs <old-dist> <new-dist> [loads]`
// prints medians and the paired median differences (new − old, each pair from one round).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';
import { threadEvents } from './trace.mjs';
import { loadPage, measurePlainLoad, measureWidgetLoad, plainPage, serveFiles } from './widget.mjs';

const [oldDir = '/tmp/dist-main', newDir = 'dist', loadsArg = '25'] = process.argv.slice(2);
const loads = Number(loadsArg);
const cpu = process.env.CPU === '1';

/** Main-thread CPU time (ms, trace tdur of top-level events) from navigation start to `first`. */
function mainThreadCpu(events, path, first) {
  const nav = events.find(
    (e) => e.name === 'navigationStart' && (e.args?.data?.documentLoaderURL ?? '').endsWith(path),
  );
  let until = 0;
  let total = 0;
  // the top-level events' thread time: a nested event is inside one counted already
  for (const e of threadEvents(events, nav, nav.ts, nav.ts + first * 1000)) {
    if (e.ts < until) continue;
    until = e.ts + e.dur;
    total += e.tdur ?? 0;
  }
  return total / 1000;
}

const pages = {
  '/old.html': loadPage('/old/leadership-3d.js'),
  '/new.html': loadPage('/new/leadership-3d.js'),
};
const { server, url: base } = await serveFiles(pages, (path) => {
  const [, which, ...rest] = path.split('/');
  const dir = which === 'old' ? oldDir : which === 'new' ? newDir : null;
  return dir && join(dir, ...rest);
});

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const r = (x) => +x.toFixed(1);

const browser = await puppeteer.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  const load = async (path, measure) => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.setCacheEnabled(false);
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.evaluateOnNewDocument(measure);
    const file = `/tmp/ab-trace-${process.pid}.json`;
    if (cpu)
      await page.tracing.start({
        path: file,
        categories: [
          'devtools.timeline',
          'disabled-by-default-devtools.timeline',
          'blink.user_timing',
        ],
      });
    await page.goto(base + path, { waitUntil: 'domcontentloaded' });
    const figures = await page.evaluate(() => window.__firstLoad);
    if (cpu) {
      await page.tracing.stop();
      figures.cpu = mainThreadCpu(
        JSON.parse(await readFile(file, 'utf8')).traceEvents,
        path,
        figures.first,
      );
    }
    await new Promise((res) => setTimeout(res, 300));
    if (errors.length) throw new Error(`${path}: ${errors.join('; ')}`);
    await page.close();
    return figures;
  };
  // the plain page from the new build's instrument
  const warm = await browser.newPage();
  await warm.goto(base + '/new.html');
  const data = await warm.evaluate(async () => {
    const { instrument } = await import('/new/leadership-3d.js');
    return {
      title: instrument.title,
      labels: instrument.scale.labels,
      items: instrument.items.map(({ id, self }) => ({ id, text: self })),
    };
  });
  await warm.close();
  pages['/plain.html'] = plainPage(data);
  await load('/plain.html', measurePlainLoad);
  await load('/old.html', measureWidgetLoad);
  await load('/new.html', measureWidgetLoad);

  const rows = [];
  for (let i = 0; i < loads; i++) {
    const order = i % 2 ? ['new', 'old'] : ['old', 'new'];
    const row = {};
    for (const which of order) {
      const f = await load(`/${which}.html`, measureWidgetLoad);
      if (f.questions !== 8) throw new Error(`${which}: ${f.questions} questions`);
      row[which] = f;
    }
    row.plain = (await load('/plain.html', measurePlainLoad)).first;
    rows.push(row);
  }
  const pick = (which, key) => rows.map((row) => row[which][key]);
  const out = {};
  for (const key of ['defined', 'intro', 'first', ...(cpu ? ['cpu'] : [])]) {
    out[key] = {
      old: r(median(pick('old', key))),
      new: r(median(pick('new', key))),
      pairedDiff: r(median(rows.map((row) => row.new[key] - row.old[key]))),
      newFaster: rows.filter((row) => row.new[key] < row.old[key]).length,
      diffQuartiles: [0.25, 0.75].map((q) => {
        const d = rows.map((row) => row.new[key] - row.old[key]).sort((a, b) => a - b);
        return r(d[Math.floor(q * (d.length - 1))]);
      }),
    };
  }
  const plain = median(rows.map((row) => row.plain));
  out.plain = r(plain);
  out.ratio = {
    old: +(median(pick('old', 'first')) / plain).toFixed(2),
    new: +(median(pick('new', 'first')) / plain).toFixed(2),
    pairedOld: +median(rows.map((row) => row.old.first / row.plain)).toFixed(2),
    pairedNew: +median(rows.map((row) => row.new.first / row.plain)).toFixed(2),
  };
  out.loads = loads;
  console.log(JSON.stringify(out));
  if (process.env.ROWS)
    console.log(
      JSON.stringify(
        rows.map((row) => [
          r(row.old.first),
          r(row.new.first),
          r(row.plain),
          ...(cpu ? [r(row.old.cpu), r(row.new.cpu)] : []),
        ]),
      ),
    );
} finally {
  await browser.close();
  server.close();
}
