// Screenshots of the demo for people to look at (not a test): intro, a question page, the
// review, the report, the themed page and the stored-result page, the rater's intro and
// response code, and the 360° view (sample data, error messages, what changed, norms), at
// desktop and phone widths.
// Usage: start the demo (`npm start`), then
// `node scripts/screenshots.mjs [baseUrl] [rater|360|profiles]` (those pages only).
// PNGs are written to shots/ (git-ignored).
import { mkdirSync, readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const base = process.argv[2] ?? 'http://127.0.0.1:5173';
const only = process.argv[3];
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

/** A demo page in a language at a width, with no saved answers; `shot(name)` saves a PNG. */
async function open(file, lang, width) {
  const page = await browser.newPage();
  await page.setViewport({ width, height: 900 });
  await page.goto(`${base}/${file}?lang=${lang}`, { waitUntil: 'networkidle0' });
  await page.evaluate(() => sessionStorage.clear());
  await page.reload({ waitUntil: 'networkidle0' });
  const suffix = lang === 'en' ? `${width}` : `${lang}-${width}`;
  const shot = async (name) =>
    (await settle(page)).screenshot({ path: `${out}/${name}-${suffix}.png`, fullPage: true });
  return { page, shot };
}

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
for (const [lang, width] of only ? [] : runs) {
  const { page, shot } = await open('index.html', lang, width);

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
// The stored-result page with the example profiles of demo/report.ts (issue 16: how the report
// treats an all-low, a flat, a strong and an acquiescent profile), in English and Arabic.
for (const [profile, lang] of only && only !== 'profiles'
  ? []
  : ['all-low', 'flat', 'strong', 'acquiescent'].flatMap((p) => [
      [p, 'en'],
      [p, 'ar'],
    ])) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(`${base}/report.html?profile=${profile}&lang=${lang}`, {
    waitUntil: 'networkidle0',
  });
  await page.waitForFunction(
    () => document.querySelector('l3d-report')?.shadowRoot?.querySelector('l3d-radar-chart'),
    { timeout: 10000 },
  );
  await (
    await settle(page)
  ).screenshot({ path: `${out}/profile-${profile}-${lang}.png`, fullPage: true });
  await page.close();
}
// The rater (demo/rater.html): the intro with the relationship choice, the message when Start
// is pressed without one, and the response code at the end.
for (const [lang, width] of only && only !== 'rater'
  ? []
  : [
      ['en', 1280],
      ['en', 360],
      ['ar', 360],
    ]) {
  const { page, shot } = await open('rater.html', lang, width);
  await shot('rater-intro');
  await clickPrimary(page);
  await shot('rater-required');
  await page.evaluate(() => {
    const root = document.querySelector('leadership-3d').shadowRoot;
    root.querySelector('input[name="rater-group"][value="peer"]').click();
  });
  await clickPrimary(page);
  for (let pageNo = 1; pageNo <= 7 && (await questionCount(page)) > 0; pageNo++) {
    await settle(page);
    await answerPage(page);
    await clickPrimary(page);
  }
  await settle(page);
  await clickPrimary(page);
  await page.waitForFunction(
    () => document.querySelector('leadership-3d').shadowRoot.querySelector('#response-code'),
    { timeout: 10000 },
  );
  await shot('rater-code');
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

const { raters, previous } = JSON.parse(readFileSync('demo/samples/360.json', 'utf8'));

/** Chooses a file with this text in one of the 360° view's file inputs. */
const chooseFile = (page, input, text) =>
  page.evaluate(
    (input, text) => {
      const panel = document.querySelector('l3d-360').shadowRoot.querySelector('l3d-360-inputs');
      const field = panel.shadowRoot.querySelector(`#${input}-file`);
      const files = new DataTransfer();
      files.items.add(new File([text], `${input}.json`));
      field.files = files.files;
      field.dispatchEvent(new Event('change'));
    },
    input,
    text,
  );

/** Pastes a duplicate, a truncated, an altered and a non-code into the codes box; presses Add. */
const pasteBadCodes = (page) =>
  page.evaluate((good) => {
    const panel = document.querySelector('l3d-360').shadowRoot.querySelector('l3d-360-inputs');
    const box = panel.shadowRoot.querySelector('#codes-text');
    const altered = `${good.slice(0, -1)}${good.endsWith('A') ? 'B' : 'A'}`;
    box.value = `${good}\n${good.slice(0, 30)}\n${altered}\nhello`;
    box.dispatchEvent(new Event('input'));
    panel.shadowRoot.querySelector('.codes .button.primary').click();
  }, raters[0].code);

// The 360° view (demo/360.html, demo/norms.html) with its sample data; in English also with
// refused input (codes, norms without dimensions), an earlier result, and the norms page.
for (const [lang, width] of only && only !== '360'
  ? []
  : [
      ['en', 1280],
      ['en', 360],
      ['ar', 1280],
      ['ar', 360],
    ]) {
  const { page, shot } = await open('360.html', lang, width);
  await viewDrawn(page);
  await shot('360');
  if (lang === 'en') {
    await pasteBadCodes(page);
    await chooseFile(page, 'norms', '{"group": "x", "dimensions": {}}');
    await shot('360-errors');
    await chooseFile(page, 'previous', JSON.stringify(previous));
    await shot('360-change');
    await page.goto(`${base}/norms.html`, { waitUntil: 'networkidle0' });
    await viewDrawn(page);
    await shot('360-norms');
  }
  await page.close();
}
await browser.close();
console.log(`screenshots written to ${out}/`);
