// <leadership-3d name="assessment" required> in a real <form>: the one-file build on pages with
// no script of their own (urlencoded, multipart/form-data) and one that reads FormData itself,
// posting to a loopback endpoint that records what arrives. `required` holds the submit until
// the questionnaire is finished; back/forward brings the answers back, with the browser's
// back/forward cache (the page kept whole) and without it (a no-store page:
// formStateRestoreCallback).
// Run `npm run build` first (`npm test` does).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CSP } from './static-server.mjs';
import {
  answerAll,
  repo,
  answerOnScreen,
  clickPrimary,
  fixtureServer,
  launchBrowser,
  primary,
  step,
  until,
  watchedPage,
  widgetState,
} from './support.mjs';

let server;
let browser;
/** What the form endpoint received: method, content type and the fields, parsed. */
const received = [];
before(async () => {
  server = await fixtureServer({
    handle: async (req, res) => {
      if (req.url === '/cached/form-plain.html') {
        // the same page without Cache-Control: no-store, which keeps Chromium from caching
        // the page whole (notRestoredReasons: response-cache-control-no-store)
        const page = await readFile(join(repo, 'test/e2e/fixtures/form-plain.html'));
        res
          .writeHead(200, {
            'Content-Type': 'text/html; charset=utf-8',
            'Content-Security-Policy': CSP,
          })
          .end(page);
        return true;
      }
      if (!req.url.startsWith('/results')) return false;
      const chunks = [];
      for await (const chunk of req) chunks.push(chunk);
      const type = req.headers['content-type'] ?? '';
      // the platform's own parser for both encodings a form can send
      const fields = await new Request('http://x/', {
        method: 'POST',
        headers: { 'content-type': type },
        body: Buffer.concat(chunks),
      }).formData();
      received.push({ url: req.url, type, fields: Object.fromEntries(fields) });
      res
        .writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' })
        .end('<!doctype html><title>Received</title><p id="received">Thank you.</p>');
      return true;
    },
  });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function openForm(variant, on = browser, folder = 'e2e') {
  const context = await on.createBrowserContext();
  const { page, seen } = await watchedPage(context);
  await page.goto(`${server.url}/${folder}/form-${variant}.html`);
  await step(page);
  return { context, page, seen };
}

/** Start, every page answered, Finish: the widget's last step. */
async function finishAll(page) {
  await primary(page); // Start
  await answerAll(page);
  await clickPrimary(page); // Finish on the review
  await until(page, () => document.querySelector('leadership-3d').result !== null);
}

const result = (page) =>
  page.evaluate(() => JSON.parse(JSON.stringify(document.querySelector('leadership-3d').result)));

describe('a real form carries the result', () => {
  for (const [variant, type] of [
    ['plain', 'application/x-www-form-urlencoded'],
    ['multipart', 'multipart/form-data'],
  ])
    test(`${variant}: required holds the submit until finished, then the POST carries the result`, async () => {
      const { context, page, seen } = await openForm(variant);
      const before = received.length;
      await page.click('#send');
      await new Promise((resolve) => setTimeout(resolve, 300));
      assert.equal(received.length, before, 'an unfinished questionnaire is not sent');
      assert.match(page.url(), /form-/);
      assert.equal(
        await page.evaluate(() => document.querySelector('leadership-3d').validationMessage),
        'Complete the questionnaire before sending this form.',
      );
      await finishAll(page);
      const expected = await result(page);
      await Promise.all([page.waitForNavigation(), page.click('#send')]);
      const arrived = received.at(-1);
      assert.equal(arrived.url, '/results');
      assert.ok(arrived.type.startsWith(type), arrived.type);
      assert.equal(arrived.fields.who, 'Ana');
      assert.deepEqual(JSON.parse(arrived.fields.assessment), expected);
      assert.deepEqual(seen.violations, [], 'strict CSP, no violation');
      assert.deepEqual(seen.pageErrors, []);
      await context.close();
    });

  test('a page script reads FormData and posts it', async () => {
    const { context, page, seen } = await openForm('script');
    await finishAll(page);
    const expected = await result(page);
    await page.click('#send');
    await until(page, () => document.body.dataset.sent === '200');
    const arrived = received.at(-1);
    assert.equal(arrived.url, '/results?by=script');
    assert.ok(arrived.type.startsWith('multipart/form-data'));
    assert.deepEqual(JSON.parse(arrived.fields.assessment), expected);
    assert.deepEqual(seen.pageErrors, []);
    await context.close();
  });
});

describe('back/forward brings the answers back (persist="none": no storage helps)', () => {
  // Chromium 156 keeps a left page whole in its back/forward cache, unless the page came with
  // Cache-Control: no-store (notRestoredReasons: response-cache-control-no-store), as the
  // fixture server sends every page: then the page loads again and the browser hands the state
  // the widget saved with its value to formStateRestoreCallback. Both ways are tested.

  for (const cache of ['with', 'without'])
    test(`${cache} the back/forward cache`, async () => {
      const { context, page } =
        cache === 'with' ? await openForm('plain', browser, 'cached') : await openForm('plain');
      await page.evaluate(() => (window.e2eSamePage = true));
      await primary(page);
      const chosen = await answerOnScreen(page, { count: 3 });
      await Promise.all([page.waitForNavigation(), page.click('#away')]);
      await page.goBack();
      const kept = await page.evaluate(() => window.e2eSamePage === true);
      assert.equal(kept, cache === 'with', 'the page was kept whole only with the cache');
      const state = await until(page, () => {
        const el = document.querySelector('leadership-3d');
        return Object.keys(el.responses.answers).length === 3 && el.responses.answers;
      });
      assert.deepEqual(state, chosen);
      const { items } = await widgetState(page);
      assert.ok(items.length > 0, 'back on the page of questions');

      // finished, sent, and back: the finished questionnaire is still there, ready to send again
      await answerAll(page);
      await clickPrimary(page);
      await until(page, () => document.querySelector('leadership-3d').result !== null);
      await Promise.all([page.waitForNavigation(), page.click('#send')]);
      const sent = JSON.parse(received.at(-1).fields.assessment);
      await page.goBack();
      await until(page, () => document.querySelector('leadership-3d')?.result != null);
      const again = await page.evaluate(() =>
        new FormData(document.querySelector('form')).get('assessment'),
      );
      assert.deepEqual(JSON.parse(again), sent);
      await context.close();
    });
});
