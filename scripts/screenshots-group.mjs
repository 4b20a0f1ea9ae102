// Screenshots of the group report for people to look at (not a test): 10, 30 and 300 simulated
// results, at desktop and phone widths, in English and Arabic.
// Usage: start the demo (`npm start`), then `node scripts/screenshots-group.mjs [baseUrl]`.
// PNGs are written to shots/ (git-ignored), e.g. shots/group-30-ar-360.png.
import { mkdirSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const base = process.argv[2] ?? 'http://127.0.0.1:5173';
const out = 'shots';
mkdirSync(out, { recursive: true });

const browser = await puppeteer.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  for (const n of [10, 30, 300])
    for (const lang of ['en', 'ar'])
      for (const width of [1280, 360]) {
        const page = await browser.newPage();
        await page.setViewport({ width, height: 900 });
        await page.goto(`${base}/group.html?n=${n}&lang=${lang}`, { waitUntil: 'networkidle0' });
        // the report has drawn its chart (Chart.js loads on demand)
        await page.waitForFunction(
          () => {
            const group = document.querySelector('l3d-group');
            const chart = group?.shadowRoot?.querySelector('l3d-radar-chart');
            return chart?.shadowRoot?.querySelector('canvas, table');
          },
          { timeout: 15_000 },
        );
        await new Promise((resolve) => setTimeout(resolve, 500));
        const path = `${out}/group-${n}-${lang}-${width}.png`;
        await page.screenshot({ path, fullPage: true });
        console.log(path);
        await page.close();
      }
} finally {
  await browser.close();
}
