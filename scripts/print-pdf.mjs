// The report with a saved development plan, printed by headless Chromium on A4 and Letter (with
// and without background graphics), and every page turned into a PNG to look at (issue 17).
// Usage: start the demo (`npx vite --config vite.demo.config.ts`), then
// `node scripts/print-pdf.mjs [baseUrl] [lang]`. Needs Ghostscript (`gs`) for the PNGs.
// Writes shots/print-<format>[-bg]-<lang>.pdf and shots/print-<format>[-bg]-<lang>-<page>.png.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const base = process.argv[2] ?? 'http://127.0.0.1:5173';
const lang = process.argv[3] ?? 'en';
const out = 'shots';
mkdirSync(out, { recursive: true });

const browser = await puppeteer.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(`${base}/report.html?plan=1&lang=${lang}`, { waitUntil: 'networkidle0' });
  // the chart has drawn and the plan's summary is there
  await page.waitForFunction(
    () => {
      const report = document.querySelector('l3d-report');
      const chart = report?.shadowRoot?.querySelector('l3d-radar-chart');
      const plan = report?.shadowRoot?.querySelector('l3d-plan');
      return (
        chart?.shadowRoot?.querySelector('canvas, table') &&
        plan?.shadowRoot?.querySelector('.summary')
      );
    },
    { timeout: 15_000 },
  );
  await new Promise((resolve) => setTimeout(resolve, 500));
  for (const format of ['A4', 'Letter'])
    for (const printBackground of [false, true]) {
      const name = `${out}/print-${format.toLowerCase()}${printBackground ? '-bg' : ''}-${lang}`;
      await page.pdf({ path: `${name}.pdf`, format, printBackground });
      execFileSync('gs', ['-q', '-sDEVICE=png16m', '-r60', '-o', `${name}-%d.png`, `${name}.pdf`]);
      console.log(`${name}.pdf`);
    }
} finally {
  await browser.close();
}
