// Screenshots of the development plan step (issue 17) for people to look at (not a test): the
// editor (empty, then with problems) and the saved summary, at 1280 and 360 px, English and
// Arabic. Usage: start the demo, then `node scripts/screenshots-plan.mjs [baseUrl]`.
// PNGs go to shots/ (git-ignored), e.g. shots/plan-editor-ar-360.png.
import { mkdirSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const base = process.argv[2] ?? 'http://127.0.0.1:5173';
const out = 'shots';
mkdirSync(out, { recursive: true });

/** Runs in the page: the plan section's element, scrolled into view. */
const planPart = (selector) => {
  const report = document.querySelector('l3d-report');
  const plan = report.shadowRoot.querySelector('l3d-plan');
  return selector ? plan?.shadowRoot?.querySelector(selector) : plan;
};

const browser = await puppeteer.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  for (const lang of ['en', 'ar'])
    for (const width of [1280, 360]) {
      const page = await browser.newPage();
      await page.setViewport({ width, height: 900 });
      await page.goto(`${base}/report.html?lang=${lang}`, { waitUntil: 'networkidle0' });
      await page.waitForFunction(() =>
        document.querySelector('l3d-report')?.shadowRoot?.querySelector('section.plan button'),
      );
      const section = await page.evaluateHandle(() =>
        document.querySelector('l3d-report').shadowRoot.querySelector('section.plan'),
      );
      const shoot = async (name) => {
        await new Promise((resolve) => setTimeout(resolve, 300));
        const path = `${out}/plan-${name}-${lang}-${width}.png`;
        await section.asElement().screenshot({ path });
        console.log(path);
      };
      await shoot('intro');
      await page.evaluate(() =>
        document
          .querySelector('l3d-report')
          .shadowRoot.querySelector('section.plan button')
          .click(),
      );
      await page.waitForFunction(planPart, {}, 'form');
      await shoot('editor');
      // no facet chosen, the review before the start: problems beside their fields
      await page.evaluate(() => {
        const plan = document.querySelector('l3d-report').shadowRoot.querySelector('l3d-plan');
        const review = plan.shadowRoot.querySelector('#review');
        review.value = '2020-01-01';
        review.dispatchEvent(new Event('input', { bubbles: true }));
        plan.shadowRoot.querySelector('button[type=submit]').click();
      });
      await page.waitForFunction(planPart, {}, '.error');
      await shoot('errors');
      await page.evaluate(() => {
        const plan = document.querySelector('l3d-report').shadowRoot.querySelector('l3d-plan');
        const root = plan.shadowRoot;
        const review = root.querySelector('#review');
        review.value = root.querySelector('#start').value;
        review.dispatchEvent(new Event('input', { bubbles: true }));
        root.querySelector('input[type=checkbox]').click();
        const why = root.querySelector('#why');
        why.value = 'My team waits for my answers; I want them to decide more without me.';
        why.dispatchEvent(new Event('input', { bubbles: true }));
        const ff = root.querySelector('#feedforwardFrom');
        ff.value = 'Ana and Omar';
        ff.dispatchEvent(new Event('input', { bubbles: true }));
      });
      await page.evaluate(() =>
        document
          .querySelector('l3d-report')
          .shadowRoot.querySelector('l3d-plan')
          .shadowRoot.querySelector('button[type=submit]')
          .click(),
      );
      await page.waitForFunction(planPart, {}, '.summary');
      await shoot('summary');
      await page.close();
    }
} finally {
  await browser.close();
}
