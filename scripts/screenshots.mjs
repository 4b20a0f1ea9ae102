// Screenshots of the demo for people to look at (not a test): intro, a question page, the
// review, the report, the themed page and the stored-result page, at desktop and phone widths.
// Usage: start the demo (`npm start`), then `node scripts/screenshots.mjs [baseUrl]`.
// PNGs are written to shots/ (git-ignored).
import { mkdirSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const base = process.argv[2] ?? 'http://127.0.0.1:5173';
const out = 'shots';
mkdirSync(out, { recursive: true });

const browser = await puppeteer.launch({
  executablePath: chromiumPath,
  args: chromiumArgs,
});

/** Clicks the button of the widget's current step whose text starts with `label`. */
const clickButton = (page, label) =>
  page.evaluate((label) => {
    const root = document.querySelector('leadership-3d').shadowRoot;
    const button = [...root.querySelectorAll('button')].find((b) =>
      b.textContent.trim().startsWith(label),
    );
    if (!button) throw new Error(`no button "${label}"`);
    button.click();
  }, label);

/** Answers every question on the current page, varying the answers a little. */
const answerPage = (page) =>
  page.evaluate(() => {
    const root = document.querySelector('leadership-3d').shadowRoot;
    root.querySelectorAll('l3d-question').forEach((question, i) => {
      const radios = question.shadowRoot.querySelectorAll('input[type=radio]');
      radios[[3, 4, 2, 3, 1][i % 5]].click();
    });
  });

const settle = (page) => new Promise((resolve) => setTimeout(resolve, 300)).then(() => page);

for (const width of [1280, 360]) {
  const page = await browser.newPage();
  await page.setViewport({ width, height: 900 });
  await page.goto(`${base}/index.html`, { waitUntil: 'networkidle0' });
  await page.evaluate(() => sessionStorage.clear());
  await page.reload({ waitUntil: 'networkidle0' });
  const shot = async (name) =>
    (await settle(page)).screenshot({ path: `${out}/${name}-${width}.png`, fullPage: true });

  await shot('intro');
  await clickButton(page, 'Start');
  await settle(page);
  await answerPage(page);
  await shot('questions');
  // Through the remaining pages, leaving the last one unanswered so the review lists items.
  const onLastPage = () =>
    page.evaluate(() =>
      [...document.querySelector('leadership-3d').shadowRoot.querySelectorAll('button')].some((b) =>
        b.textContent.includes('Review'),
      ),
    );
  while (!(await onLastPage())) {
    await clickButton(page, 'Next');
    await settle(page);
    if (!(await onLastPage())) await answerPage(page);
  }
  await clickButton(page, 'Review');
  await shot('review');
  await clickButton(page, 'Finish');
  await page.waitForFunction(
    () => document.querySelector('leadership-3d').shadowRoot.querySelector('l3d-report'),
    { timeout: 10000 },
  );
  await settle(page);
  await shot('report');

  for (const name of ['themed', 'report']) {
    await page.goto(`${base}/${name}.html`, { waitUntil: 'networkidle0' });
    await shot(`page-${name}`);
  }
  await page.close();
}
await browser.close();
console.log(`screenshots written to ${out}/`);
