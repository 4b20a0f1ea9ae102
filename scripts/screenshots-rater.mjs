// Screenshots of the rater comments (issue 17) for people to look at (not a test): the observer
// form's open questions (empty and with text) and its completion screen, in English and Arabic
// at desktop and phone widths, and the 360 view's panel with a rater's file added and one refused.
// Usage: `node scripts/test-node.mjs` once (it compiles the engine to .build/), start the demo
// (`npm start`), then `node scripts/screenshots-rater.mjs [baseUrl]`. PNGs go to shots/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { encodeResponseCode } from '../.build/src/scoring/codes.js';
import { instrument } from '../.build/src/scoring/builtin-instrument.js';

const base = process.argv[2] ?? 'http://127.0.0.1:5173';
const out = 'shots';
mkdirSync(out, { recursive: true });
const pause = (ms) => new Promise((done) => setTimeout(done, ms));

const browser = await puppeteer.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  for (const lang of ['en', 'ar'])
    for (const width of [1280, 360]) {
      const page = await browser.newPage();
      await page.setViewport({ width, height: 900 });
      await page.goto(`${base}/rater.html`, { waitUntil: 'networkidle0' });
      await page.evaluate(async (lang) => {
        sessionStorage.clear();
        const el = document.querySelector('leadership-3d');
        el.setAttribute('lang', lang);
        el.setAttribute('rater-group', 'peer');
        await new Promise((r) => setTimeout(r, 500));
        const snapshot = el.snapshot;
        snapshot.answers = Object.fromEntries(
          el.instrument.items.map((item, i) => [item.id, i % 7 === 0 ? null : (i % 5) + 1]),
        );
        snapshot.status = 'review';
        el.restore(snapshot);
      }, lang);
      await pause(600);
      const shoot = async (name) => {
        const path = `${out}/rater-${name}-${lang}-${width}.png`;
        await page.screenshot({ path, fullPage: true });
        console.log(path);
      };
      await shoot('comments-empty');
      await page.evaluate((lang) => {
        const root = document.querySelector('leadership-3d').shadowRoot;
        const texts =
          lang === 'ar'
            ? [
                'يشرح أسباب قراراته حتى يتمكن الفريق من اتخاذ قرارات مشابهة دونه.',
                'أن يطلب رأي الزملاء الأقل حديثًا في الاجتماعات أولًا.',
              ]
            : [
                'Explains the reasoning behind decisions, so the team can make the next one without waiting for them.',
                'Ask the quieter people in a meeting for their view first.',
              ];
        for (const [i, key] of ['keep', 'next'].entries()) {
          const box = root.querySelector(`#comment-${key}`);
          box.value = texts[i];
          box.dispatchEvent(new Event('input'));
        }
      }, lang);
      await pause(1600); // the count is announced after a pause
      await shoot('comments-text');
      await page.evaluate(() => {
        const root = document.querySelector('leadership-3d').shadowRoot;
        root.querySelector('[part~="button-primary"]').click();
      });
      await pause(800);
      await shoot('complete');
      await page.close();
    }

  // The 360 panel: a rater's file with comments, one whose answers were edited, one not JSON.
  const responses = {
    instrumentId: instrument.id,
    instrumentVersion: instrument.version,
    form: 'observer',
    group: 'peer',
    answers: Object.fromEntries(instrument.items.map((item, i) => [item.id, (i % 4) + 2])),
  };
  const good = {
    format: 'leadership-3d-rater-response',
    formatVersion: 1,
    code: encodeResponseCode(responses, { nonce: 4242 }),
    responses,
    comments: { keep: 'Explains the why.', next: 'Delegate one review.' },
  };
  const first = instrument.items[0].id;
  const edited = {
    ...good,
    responses: { ...responses, answers: { ...responses.answers, [first]: 1 } },
  };
  const files = {
    'peer-anna.json': JSON.stringify(good),
    'peer-edited.json': JSON.stringify(edited),
    'notes.json': 'not json',
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(`${out}/${name}`, text);
  for (const lang of ['en', 'ar'])
    for (const width of [1280, 360]) {
      const page = await browser.newPage();
      await page.setViewport({ width, height: 900 });
      await page.goto(`${base}/360.html`, { waitUntil: 'networkidle0' });
      await page.evaluate(
        (lang) => document.querySelector('l3d-360').setAttribute('lang', lang),
        lang,
      );
      await pause(800);
      const input = await page.waitForFunction(() =>
        document
          .querySelector('l3d-360')
          ?.shadowRoot?.querySelector('l3d-360-inputs')
          ?.shadowRoot?.querySelector('#codes-file'),
      );
      await input.uploadFile(...Object.keys(files).map((name) => resolve(out, name)));
      await pause(1200);
      const panel = await page.evaluateHandle(() =>
        document.querySelector('l3d-360').shadowRoot.querySelector('l3d-360-inputs'),
      );
      const path = `${out}/360-panel-files-${lang}-${width}.png`;
      await panel.screenshot({ path });
      console.log(path);
      await page.close();
    }
} finally {
  await browser.close();
}
