// The first load in phases, for one or more builds of the one-file widget: when the page and the
// script arrived, when the module began to run, when the first element was defined, and the
// figures of bench/widget.mjs (defined, intro, first question page). Each build is copied to a
// temporary folder with one statement added at the top of leadership-3d.js that notes the time
// (after V8's compile hint, which must stay the file's first line), so "script arrived → module
// runs" is the compile time on the critical path. Loads are interleaved, builds in turn.
// `node bench/phases.mjs [loads] [dist …]` (default: 15 loads of dist/) prints one line per build.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';
import { loadPage, measureWidgetLoad, serveFiles } from './widget.mjs';

const [loadsArg = '15', ...dirs] = process.argv.slice(2);
const loads = Number(loadsArg);
if (!dirs.length) dirs.push('dist');

/** Injected before the page's scripts: the time of the first `customElements.define`. */
function noteFirstDefine() {
  const define = customElements.define;
  customElements.define = function (...args) {
    window.__firstDefine ??= performance.now();
    return define.apply(this, args);
  };
}

const copies = [];
for (const dir of dirs) {
  const copy = await mkdtemp(join(tmpdir(), 'l3d-phases-'));
  await cp(dir, copy, { recursive: true });
  const file = join(copy, 'leadership-3d.js');
  const code = await readFile(file, 'utf8');
  const hint = code.startsWith('//# ') ? code.slice(0, code.indexOf('\n') + 1) : '';
  await writeFile(file, `${hint}window.__moduleRuns=performance.now();${code.slice(hint.length)}`);
  copies.push(copy);
}

const pages = Object.fromEntries(
  copies.map((_, index) => [`/${index}/load.html`, loadPage(`/${index}/leadership-3d.js`)]),
);
const { server, url } = await serveFiles(pages, (path) => {
  const [, index, ...rest] = path.split('/');
  const dir = copies[Number(index)];
  return dir && join(dir, ...rest);
});
const browser = await puppeteer.launch({ executablePath: chromiumPath, args: chromiumArgs });

const rows = copies.map(() => []);
try {
  // one warm-up round, then `loads` rounds
  for (let round = -1; round < loads; round++)
    for (let b = 0; b < copies.length; b++) {
      const page = await browser.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      await page.setCacheEnabled(false);
      await page.evaluateOnNewDocument(noteFirstDefine);
      await page.evaluateOnNewDocument(measureWidgetLoad);
      await page.goto(`${url}/${b}/load.html`, { waitUntil: 'domcontentloaded' });
      const figures = await page.evaluate(async () => {
        const { defined, intro, first } = await window.__firstLoad;
        const [document] = performance.getEntriesByType('navigation');
        const script = performance
          .getEntriesByType('resource')
          .find((e) => e.name.endsWith('/leadership-3d.js'));
        return {
          pageArrived: document.responseEnd,
          scriptRequested: script.startTime,
          scriptArrived: script.responseEnd,
          moduleRuns: window.__moduleRuns,
          firstDefine: window.__firstDefine,
          defined,
          intro,
          first,
        };
      });
      await page.close();
      if (round >= 0) rows[b].push(figures);
    }
} finally {
  await browser.close();
  server.close();
  await Promise.all(copies.map((copy) => rm(copy, { recursive: true, force: true })));
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
dirs.forEach((dir, b) => {
  const medians = Object.fromEntries(
    Object.keys(rows[b][0]).map((key) => [key, +median(rows[b].map((r) => r[key])).toFixed(1)]),
  );
  const compile = +median(rows[b].map((r) => r.moduleRuns - r.scriptArrived)).toFixed(1);
  console.log(JSON.stringify({ build: dir, loads, medians, scriptArrivedToModuleRuns: compile }));
});
