// Screenshots of the 360° view with item detail and comments for people to look at (not a test):
// demo/360.html?comments in English and Arabic, at desktop and phone widths, with the first
// facet's item table opened.
// Usage: start the demo (`npm start`), then `node scripts/screenshots-360.mjs [baseUrl]`.
// PNGs are written to shots/ (git-ignored), e.g. shots/360-detail-ar-360.png.
import { mkdirSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const base = process.argv[2] ?? 'http://127.0.0.1:5173';
const out = 'shots';
mkdirSync(out, { recursive: true });

const browser = await puppeteer.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  for (const lang of ['en', 'ar'])
    for (const width of [1280, 360]) {
      const page = await browser.newPage();
      await page.setViewport({ width, height: 900 });
      await page.goto(`${base}/360.html?comments&lang=${lang}`, { waitUntil: 'networkidle0' });
      // the detail chunk has rendered its sections
      await page.waitForFunction(
        () => document.querySelector('l3d-360')?.shadowRoot?.querySelector('section.comments'),
        { timeout: 15_000 },
      );
      await page.evaluate(() => {
        const root = document.querySelector('l3d-360').shadowRoot;
        root.querySelector('details.facet-items')?.setAttribute('open', '');
      });
      await new Promise((resolve) => setTimeout(resolve, 700));
      const path = `${out}/360-detail-${lang}-${width}.png`;
      await page.screenshot({ path, fullPage: true });
      // and each new section on its own, readable at full size
      for (const name of ['items', 'agreement', 'top', 'differences', 'comments']) {
        const section = await page.evaluateHandle(
          (name) => document.querySelector('l3d-360').shadowRoot.querySelector(`section.${name}`),
          name,
        );
        await section
          .asElement()
          ?.screenshot({ path: `${out}/360-detail-${lang}-${width}-${name}.png` });
      }
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      console.log(path, overflow ? `page scrolls sideways by ${overflow}px` : '');
      await page.close();
    }
} finally {
  await browser.close();
}
