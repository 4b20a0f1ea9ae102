// Screenshots of the demo for people to look at (not a test): intro, a question page, the
// review, the report, the themed page and the stored-result page, at desktop and phone widths.
// The 360° pages come last: the sample view, its error messages and the norms page.
// Usage: start the demo (`npm start`), then `node scripts/screenshots.mjs [baseUrl] [--360]`
// (`--360`: only the 360° pages). PNGs are written to shots/ (git-ignored).
import { mkdirSync, readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const args = process.argv.slice(2);
const only360 = args.includes('--360');
const base = args.find((a) => !a.startsWith('--')) ?? 'http://127.0.0.1:5173';
const out = 'shots';
mkdirSync(out, { recursive: true });

const browser = await puppeteer.launch({
  executablePath: chromiumPath,
  args: chromiumArgs,
});

/** Clicks the main action of the widget's current step (Start, Next, Review, Finish). */
const clickPrimary = (page) =>
  page.evaluate(() => {
    const root = document.querySelector('leadership-3d').shadowRoot;
    const button = root.querySelector('[part~="button-primary"]');
    if (!button) throw new Error('no primary button');
    button.click();
  });

/** Answers every question on the current page, varying the answers a little. */
const answerPage = (page) =>
  page.evaluate(() => {
    const root = document.querySelector('leadership-3d').shadowRoot;
    root.querySelectorAll('l3d-question').forEach((question, i) => {
      const radios = question.shadowRoot.querySelectorAll('input[type=radio]');
      radios[[3, 4, 2, 3, 1][i % 5]].click();
    });
  });

const questionCount = (page) =>
  page.evaluate(
    () =>
      document.querySelector('leadership-3d').shadowRoot.querySelectorAll('l3d-question').length,
  );

const settle = (page) => new Promise((resolve) => setTimeout(resolve, 300)).then(() => page);

// English at desktop and phone widths (360, and 320: WCAG's reflow width); Arabic (right to
// left) and Spanish at desktop and 320.
const runs = [
  ['en', 1280],
  ['en', 360],
  ['en', 320],
  ['ar', 1280],
  ['ar', 320],
  ['es', 1280],
];
for (const [lang, width] of only360 ? [] : runs) {
  const page = await browser.newPage();
  await page.setViewport({ width, height: 900 });
  await page.goto(`${base}/index.html?lang=${lang}`, { waitUntil: 'networkidle0' });
  await page.evaluate(() => sessionStorage.clear());
  await page.reload({ waitUntil: 'networkidle0' });
  const suffix = lang === 'en' ? `${width}` : `${lang}-${width}`;
  const shot = async (name) =>
    (await settle(page)).screenshot({ path: `${out}/${name}-${suffix}.png`, fullPage: true });

  await shot('intro');
  await clickPrimary(page);
  await settle(page);
  await answerPage(page);
  await shot('questions');
  // Through the remaining pages (6 of 8), leaving the last one unanswered so the review lists items.
  for (let pageNo = 2; pageNo <= 7 && (await questionCount(page)) > 0; pageNo++) {
    await clickPrimary(page);
    await settle(page);
    if (pageNo < 6 && (await questionCount(page)) > 0) await answerPage(page);
  }
  await shot('review');
  await clickPrimary(page);
  await page.waitForFunction(
    () => document.querySelector('leadership-3d').shadowRoot.querySelector('l3d-report'),
    { timeout: 10000 },
  );
  await settle(page);
  await shot('report');

  if (lang === 'en' && width !== 320)
    for (const name of ['themed', 'report']) {
      await page.goto(`${base}/${name}.html`, { waitUntil: 'networkidle0' });
      await shot(`page-${name}`);
    }
  await page.close();
}
/** Waits until a 360° view has drawn its chart. */
const viewDrawn = (page) =>
  page.waitForFunction(
    () =>
      document
        .querySelector('l3d-360')
        ?.shadowRoot?.querySelector('l3d-radar-chart')
        ?.shadowRoot?.querySelector('canvas'),
    { timeout: 10000 },
  );

/**
 * Pastes a duplicate, a truncated, an altered and a non-code into the 360° view's codes box and
 * presses Add; loads norms without SDs as a file.
 */
const { raters, previous } = JSON.parse(readFileSync('demo/samples/360.json', 'utf8'));

/** Loads the sample earlier result through the 360° view's file input. */
const loadPrevious = (page) =>
  page.evaluate((text) => {
    const panel = document.querySelector('l3d-360').shadowRoot.querySelector('l3d-360-inputs');
    const input = panel.shadowRoot.querySelector('#previous-file');
    const files = new DataTransfer();
    files.items.add(new File([text], 'earlier.json'));
    input.files = files.files;
    input.dispatchEvent(new Event('change'));
  }, JSON.stringify(previous));
const badInput = (page) =>
  page.evaluate((good) => {
    const panel = document.querySelector('l3d-360').shadowRoot.querySelector('l3d-360-inputs');
    const root = panel.shadowRoot;
    const box = root.querySelector('#codes-text');
    const altered = `${good.slice(0, -1)}${good.endsWith('A') ? 'B' : 'A'}`;
    box.value = `${good}\n${good.slice(0, 30)}\n${altered}\nhello`;
    box.dispatchEvent(new Event('input'));
    root.querySelector('.codes .button.primary').click();
    const files = new DataTransfer();
    files.items.add(new File(['{"group": "x", "dimensions": {}}'], 'norms.json'));
    const input = root.querySelector('#norms-file');
    input.files = files.files;
    input.dispatchEvent(new Event('change'));
  }, raters[0].code);

for (const [lang, width] of [
  ['en', 1280],
  ['en', 360],
  ['ar', 1280],
  ['ar', 360],
]) {
  const page = await browser.newPage();
  await page.setViewport({ width, height: 900 });
  const suffix = lang === 'en' ? `${width}` : `${lang}-${width}`;
  const shot = async (name) =>
    (await settle(page)).screenshot({ path: `${out}/${name}-${suffix}.png`, fullPage: true });
  await page.goto(`${base}/360.html?lang=${lang}`, { waitUntil: 'networkidle0' });
  await viewDrawn(page);
  await shot('360');
  if (lang === 'en') {
    await badInput(page);
    await shot('360-errors');
    await loadPrevious(page);
    await shot('360-change');
    await page.goto(`${base}/norms.html`, { waitUntil: 'networkidle0' });
    await viewDrawn(page);
    await shot('360-norms');
  }
  await page.close();
}
await browser.close();
console.log(`screenshots written to ${out}/`);
