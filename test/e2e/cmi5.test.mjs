// cmi5 end to end: the one-file build launched by a loopback cmi5 LMS (./cmi5-lms.mjs), which
// checks every statement with xapi-validation and against the cmi5 rules. A learner answers
// half-way, closes the page, is relaunched (a new session) and resumes from the AU's State
// document, finishes; an LRS that fails first loses and duplicates nothing; Browse mode sends
// only initialized and terminated; a mastery score gives passed or failed; bad launches are
// reported and the questionnaire works on. Run `npm run build` first.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  answerAll,
  clickPrimary,
  eventually,
  launchBrowser,
  primary,
  repo,
  step,
  unzippedPackage,
  until,
  watchedPage,
  widgetState,
} from './support.mjs';
import { startCmi5Lms } from './cmi5-lms.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

const verbs = (session) => session.statements.map((s) => s.verb.id.split('/').pop());

/** A tab in a fresh profile that records the widget's l3d-error events. */
async function tab(context) {
  const { page, seen } = await watchedPage(context);
  await page.evaluateOnNewDocument(() => {
    window.__errors = [];
    // Capture on window: sees the event on its way to the element.
    window.addEventListener('l3d-error', (event) => window.__errors.push(event.detail), true);
  });
  return { page, seen, errors: () => page.evaluate(() => window.__errors) };
}

/** Answers the question pages on screen, `pages` of them, each with a click per radio, then Next. */
async function answerPages(page, pages) {
  for (let p = 0; p < pages; p++) {
    const { items } = await step(page);
    await page.evaluate((ids) => {
      const root = document.querySelector('leadership-3d').shadowRoot;
      ids.forEach((id, i) => {
        const q = root.querySelector(`l3d-question[data-item-id="${id}"]`);
        q.shadowRoot.querySelector(`input[value="${(i % 5) + 1}"]`).click();
      });
    }, items);
    await primary(page);
  }
  return step(page);
}

/** Waits for the widget's report (after Finish on the review). */
const report = (page) =>
  until(page, () =>
    Boolean(document.querySelector('leadership-3d')?.shadowRoot?.querySelector('l3d-report')),
  );

describe('cmi5', () => {
  test('first launch half-way, page closed, relaunch resumes from the State document, finish: every statement valid and in cmi5 order', async () => {
    const lms = await startCmi5Lms();
    const context = await browser.createBrowserContext();
    try {
      // Session 1: lms="cmi5"; three pages answered, then the page is closed.
      const first = lms.launch();
      const one = await tab(context);
      await one.page.goto(first.url);
      await step(one.page);
      await primary(one.page);
      const where = await answerPages(one.page, 3);
      await eventually(() => lms.resumeDocument()?.includes(';q;3;'));
      assert.equal(first.session.puts.length >= 3, true, 'written at page changes');
      await eventually(() => verbs(first.session).filter((v) => v === 'answered').length === 24);
      assert.deepEqual(await one.errors(), []);
      await one.page.close();
      await eventually(() => verbs(first.session).includes('terminated'));
      assert.deepEqual(verbs(first.session), [
        'initialized',
        ...Array(24).fill('answered'),
        'terminated',
      ]);

      // Session 2: lms="auto" finds the cmi5 launch; the widget opens on page 4 with 24 answers.
      const second = lms.launch({ mode: 'auto' });
      const two = await tab(context);
      await two.page.goto(second.url);
      const resumed = await step(two.page);
      assert.deepEqual(resumed, where, 'the same page as when the page was closed');
      const state = await widgetState(two.page);
      assert.equal(Object.values(state.answers).filter((a) => a !== undefined).length, 24);
      await answerAll(two.page);
      await clickPrimary(two.page);
      await report(two.page);
      await eventually(() => verbs(second.session).includes('completed'));
      await two.page.close();
      await eventually(() => verbs(second.session).includes('terminated'));
      const session = verbs(second.session);
      assert.deepEqual(session, [
        'initialized',
        ...Array(24).fill('answered'),
        'scored',
        'completed',
        'terminated',
      ]);
      assert.deepEqual(lms.problems, []);
      assert.equal(first.session.id === second.session.id, false, 'a new session');
      assert.equal(first.session.fetchCount, 1);
      assert.equal(second.session.fetchCount, 1);
      // lms-score="none" (the default): the scored statement carries no result.score.
      const scored = second.session.statements.find((s) => s.verb.id.endsWith('/scored'));
      assert.equal(scored.result.score, undefined);
      assert.ok(scored.result.extensions, 'the dimension scores stay');
      writeFileSync(
        join(repo, 'bench/cmi5-session.json'),
        `${JSON.stringify(second.session.statements, null, 2)}\n`,
      );

      // The same launch URL again (a reload): the fetch URL refuses a second token (cmi5 error 1).
      const three = await tab(context);
      await three.page.goto(second.url);
      await step(three.page);
      const errors = await until(three.page, () => window.__errors.length && window.__errors);
      assert.equal(errors[0]?.code, 'lms-unavailable');
      assert.match(errors[0].message, /no token: HTTP 200 .*"error-code":"1"/);
      assert.equal(second.session.fetchCount, 2);
      await three.page.close();
    } finally {
      await context.close();
      await lms.close();
    }
  });

  test('an LRS failing the first requests (503), a mastery score, lms-score="raw" and lms-finish="on-complete": nothing lost or duplicated, passed or failed, terminated, then the returnURL', async () => {
    const lms = await startCmi5Lms({ failStatements: 2 });
    const context = await browser.createBrowserContext();
    try {
      const launch = lms.launch({ masteryScore: 0.5, finish: 'on-complete', score: 'raw' });
      const { page } = await tab(context);
      await page.goto(launch.url);
      await step(page);
      await primary(page);
      await answerAll(page);
      await clickPrimary(page);
      await page.waitForFunction(() => location.pathname === '/returned', { timeout: 30_000 });
      // The page is gone, so its l3d-error log with it: the LMS saw every statement instead.
      const session = verbs(launch.session);
      const verdict = session.at(-2);
      assert.ok(verdict === 'passed' || verdict === 'failed', session.join());
      assert.deepEqual(session, [
        'initialized',
        ...Array(48).fill('answered'),
        'scored',
        'completed',
        verdict,
        'terminated',
      ]);
      const ids = launch.session.statements.map((s) => s.id);
      assert.equal(new Set(ids).size, ids.length);
      assert.deepEqual(lms.problems, []);
      const passed = launch.session.statements.at(-2);
      assert.equal(passed.result.success, verdict === 'passed');
      assert.equal(typeof passed.result.score.scaled, 'number');
      // lms-score="raw": the scored statement has the same score as the verdict.
      const scored = launch.session.statements.find((s) => s.verb.id.endsWith('/scored'));
      assert.equal(scored.result.score.scaled, passed.result.score.scaled);
      assert.ok(lms.resumeDocument()?.includes(';p;'), 'the resume document says finished');
      assert.equal(lms.failedStatementRequests(), 2, 'the LRS did fail twice');
    } finally {
      await context.close();
      await lms.close();
    }
  });

  test('the package from `leadership-3d cmi5 --finish on-complete`, imported: the AU url from cmi5.xml, a whole session valid under every rule, then the returnURL', async () => {
    const dir = unzippedPackage(['cmi5', '--finish', 'on-complete']);
    // What an LMS does on import: the AU's launch url from the course structure.
    const structure = readFileSync(join(dir, 'course/cmi5.xml'), 'utf8');
    const auUrl = /<au\b[\s\S]*?<url>([^<]+)<\/url>/.exec(structure)?.[1];
    assert.equal(auUrl, 'index.html');
    const lms = await startCmi5Lms({ course: join(dir, 'course') });
    const context = await browser.createBrowserContext();
    try {
      const launch = lms.launch({ page: `/course/${auUrl}` });
      const { page, seen } = await tab(context);
      await page.goto(launch.url);
      await step(page);
      await primary(page);
      await answerAll(page);
      await clickPrimary(page);
      await page.waitForFunction(() => location.pathname === '/returned', { timeout: 30_000 });
      assert.deepEqual(verbs(launch.session), [
        'initialized',
        ...Array(48).fill('answered'),
        'scored',
        'completed',
        'terminated',
      ]);
      assert.deepEqual(lms.problems, []);
      // The module build ran (the classic fallback found the element defined and did nothing).
      const fetched = seen.requests.map((r) => new URL(r.url).pathname);
      assert.ok(fetched.includes('/course/leadership-3d.js'), fetched.join('\n'));
      assert.ok(!fetched.includes('/course/leadership-3d.classic.js'), fetched.join('\n'));
    } finally {
      await context.close();
      await lms.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('Browse mode: only initialized and terminated, the resume document untouched; the learner preference es-ES picks the Spanish texts', async () => {
    const lms = await startCmi5Lms();
    const context = await browser.createBrowserContext();
    try {
      const launch = lms.launch({ launchMode: 'Browse', language: 'es-ES,en' });
      const { page, errors } = await tab(context);
      await page.goto(launch.url);
      await step(page);
      const lang = await page.evaluate(
        () =>
          document.querySelector('leadership-3d').shadowRoot.querySelector('[part~="base"]').lang,
      );
      assert.equal(lang, 'es-ES');
      await primary(page);
      await answerPages(page, 1);
      await eventually(() => verbs(launch.session).includes('initialized'));
      const browseErrors = await errors();
      await page.close();
      await eventually(() => verbs(launch.session).includes('terminated'));
      // Time for anything else to arrive (the sender batches for 1 s).
      await new Promise((resolve) => setTimeout(resolve, 1500));
      assert.deepEqual(verbs(launch.session), ['initialized', 'terminated']);
      assert.deepEqual(launch.session.puts, []);
      assert.deepEqual(lms.problems, []);
      assert.deepEqual(browseErrors, []);
    } finally {
      await context.close();
      await lms.close();
    }
  });

  test('an LRS that refuses statements (400) and State PUTs that fail: both reported, the statements kept in pendingStatements, the answers on screen', async () => {
    const lms = await startCmi5Lms({ refuseStatements: true, failStatePut: true });
    const context = await browser.createBrowserContext();
    try {
      const launch = lms.launch();
      const { page, errors } = await tab(context);
      await page.goto(launch.url);
      await step(page);
      await primary(page);
      const next = await answerPages(page, 1);
      const reported = await until(page, () => {
        const codes = window.__errors.map((e) => e.code);
        return codes.includes('xapi-send-failed') && codes.includes('lms-write-failed') && codes;
      });
      assert.deepEqual([...new Set(reported)].sort(), ['lms-write-failed', 'xapi-send-failed']);
      const messages = (await errors()).map((e) => e.message).join('\n');
      assert.match(messages, /cmi5 resume state not saved: Error: HTTP 500/);
      assert.match(messages, /The LRS did not take \d+ statement\(s\) \(HTTP 400\)/);
      const pending = await page.evaluate(() =>
        document
          .querySelector('leadership-3d')
          .pendingStatements.map((s) => s.verb.id.split('/').pop()),
      );
      assert.deepEqual(pending, ['initialized', ...Array(8).fill('answered')]);
      assert.deepEqual(await step(page), next, 'the learner goes on');
      assert.deepEqual(lms.stored(), []);
    } finally {
      await context.close();
      await lms.close();
    }
  });

  test('lms="cmi5" without launch parameters, or a LaunchData GET that fails: lms-unavailable, nothing sent, the questionnaire works', async () => {
    const lms = await startCmi5Lms({ failLaunchData: true });
    const context = await browser.createBrowserContext();
    try {
      const bare = await tab(context);
      await bare.page.goto(`${lms.origin}/au/cmi5.html`);
      await step(bare.page);
      assert.deepEqual(
        (await bare.errors()).map((e) => [e.code, e.message]),
        [['lms-unavailable', 'cmi5 launch URL: no "endpoint" parameter']],
      );
      const questions = await primary(bare.page);
      assert.equal(questions.items.length > 0, true);

      const launch = lms.launch();
      const broken = await tab(context);
      await broken.page.goto(launch.url);
      await step(broken.page);
      const [error] = await broken.errors();
      assert.equal(error.code, 'lms-unavailable');
      assert.match(error.message, /LMS\.LaunchData could not be read: Error: HTTP 500/);
      await primary(broken.page);
      await answerPages(broken.page, 1);
      await broken.page.close();
      assert.deepEqual(lms.stored(), []);
    } finally {
      await context.close();
      await lms.close();
    }
  });
});
