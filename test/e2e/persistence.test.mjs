// No lost answers: the one-file build on a plain page, answered with real clicks and keys, then
// at once (no waiting) reloaded, left for another page and reached again by URL, or its
// renderer killed with no pagehide (what a discarded or crashed tab does). The answers and the
// page come back, and the respondent can finish. Run `npm run build` first (`npm test` does).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  answerAll,
  answerOnScreen,
  chartDrawn,
  clickPrimary,
  find,
  fixtureServer,
  launchBrowser,
  primary,
  radio,
  step,
  until,
  watchedPage,
  widgetState,
} from './support.mjs';

let server;
let browser;
before(async () => {
  server = await fixtureServer();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * A fresh browser profile (its own storage), one tab in it, and a count of `pagehide` events
 * kept in the tab's sessionStorage, so a test can tell which way the page went away.
 */
async function freshTab() {
  const context = await browser.createBrowserContext();
  const tab = await openTab(context);
  return { context, ...tab };
}

async function openTab(context) {
  const { page, seen } = await watchedPage(context);
  await page.evaluateOnNewDocument(() => {
    window.addEventListener('pagehide', () => {
      const count = Number(sessionStorage.getItem('e2e:pagehide') ?? 0);
      sessionStorage.setItem('e2e:pagehide', String(count + 1));
    });
  });
  return { page, seen };
}

const pagehides = (page) =>
  page.evaluate(() => Number(sessionStorage.getItem('e2e:pagehide') ?? 0));

/**
 * Start, the first page answered by clicking, then on the second page three items clicked and
 * a fourth answered from the keyboard (click 1, then ArrowRight moves the choice to 2). The
 * last answer is given right before the caller's action: nothing waits for it to be saved.
 */
async function answerUpToPageTwo(page) {
  await step(page);
  await primary(page);
  const chosen = await answerOnScreen(page);
  const pageTwo = await primary(page);
  Object.assign(chosen, await answerOnScreen(page, { count: 3, offset: 8 }));
  const fourth = pageTwo.items[3];
  await (await radio(page, fourth, 1)).click();
  await page.keyboard.press('ArrowRight');
  chosen[fourth] = 2;
  return { chosen, heading: pageTwo.heading };
}

/** The widget shows the same page with exactly these answers, in its state and its radios. */
async function assertRestored(page, expected) {
  await step(page);
  const state = await widgetState(page);
  assert.equal(state.heading, expected.heading, 'the same page');
  assert.deepEqual(state.answers, expected.chosen, 'the same answers');
  const onScreen = state.items
    .filter((id) => id in expected.chosen)
    .map((id) => [id, String(expected.chosen[id])]);
  assert.equal(onScreen.length, 4, 'four of the answers are on this page');
  assert.deepEqual(state.checked, Object.fromEntries(onScreen), 'its radios show them');
}

/** Answers the rest, finishes, and checks the report's chart and a result with every answer. */
async function finish(page) {
  await answerAll(page);
  const review = await step(page);
  assert.equal(review.heading, 'Review your answers');
  await clickPrimary(page);
  assert.equal(await chartDrawn(page, ['leadership-3d', 'l3d-report', 'l3d-radar-chart']), true);
  const done = await page.evaluate(() => {
    const el = document.querySelector('leadership-3d');
    return { answered: Object.keys(el.responses.answers).length, result: el.result };
  });
  assert.equal(done.answered, 48, 'every answer, the restored ones included');
  assert.equal(typeof done.result.dimensions.technical.score, 'number');
}

const url = (query) => `${server.url}/e2e/widget.html?${query}`;

/** Kills the tab's renderer at once, as a discarded or crashed tab: no pagehide, no unload. */
async function killRenderer(page) {
  const crashed = new Promise((resolve) => page.once('error', resolve));
  const cdp = await page.createCDPSession();
  // Page.crash never answers: the renderer it would answer from is gone.
  cdp.send('Page.crash').catch(() => undefined);
  assert.match(String(await crashed), /crashed/i);
}

for (const persist of ['session', 'local']) {
  describe(`persist="${persist}": answers given just before the page goes away`, () => {
    test('a reload restores them, and the respondent finishes', async () => {
      const { context, page, seen } = await freshTab();
      await page.goto(url(`persist=${persist}`));
      const expected = await answerUpToPageTwo(page);
      await page.reload();
      await assertRestored(page, expected);
      assert.equal(await pagehides(page), 1, 'a reload fires pagehide');
      await finish(page);
      // and a reload of the report shows it again, from every answer
      await page.reload();
      assert.equal(
        await chartDrawn(page, ['leadership-3d', 'l3d-report', 'l3d-radar-chart']),
        true,
      );
      const answered = await page.evaluate(
        () => Object.keys(document.querySelector('leadership-3d').responses.answers).length,
      );
      assert.equal(answered, 48);
      assert.deepEqual(seen.pageErrors, []);
      await context.close();
    });

    test('leaving for another page and coming back by URL restores them', async () => {
      const { context, page, seen } = await freshTab();
      await page.goto(url(`persist=${persist}`));
      const expected = await answerUpToPageTwo(page);
      await page.goto(`${server.url}/e2e/away.html`);
      assert.equal(await pagehides(page), 1, 'leaving fired pagehide');
      await page.goto(url(`persist=${persist}`));
      await assertRestored(page, expected);
      assert.deepEqual(seen.pageErrors, []);
      await context.close();
    });

    test('a killed renderer (discarded tab, no pagehide) loses nothing on reload', async () => {
      const { context, page, seen } = await freshTab();
      await page.goto(url(`persist=${persist}`));
      const expected = await answerUpToPageTwo(page);
      await killRenderer(page);
      await page.reload();
      await assertRestored(page, expected);
      assert.equal(await pagehides(page), 0, 'the renderer died without pagehide');
      await finish(page);
      assert.deepEqual(seen.pageErrors, []);
      await context.close();
    });
  });
}

test('persist="local": after the tab died, a brand-new tab resumes where it left off', async () => {
  const { context, page } = await freshTab();
  await page.goto(url('persist=local'));
  const expected = await answerUpToPageTwo(page);
  await killRenderer(page);
  const second = await openTab(context);
  await second.page.goto(url('persist=local'));
  await assertRestored(second.page, expected);
  await context.close();
});

test('persist="local": two open tabs follow each other, and neither overwrites the other', async () => {
  const { context, page: first } = await freshTab();
  const { page: second } = await openTab(context);
  await first.goto(url('persist=local'));
  await second.goto(url('persist=local'));
  await first.bringToFront();
  await primary(first);
  const chosen = await answerOnScreen(first, { count: 4 });
  // the other tab shows them without a reload, on the same page
  await second.bringToFront();
  await until(
    second,
    (n) => {
      const el = document.querySelector('leadership-3d');
      return Object.keys(el.responses.answers).length === n;
    },
    4,
  );
  assert.deepEqual((await widgetState(second)).answers, chosen);
  // there, one answer changed and a fifth given
  const { items } = await step(second);
  await (await radio(second, items[0], 5)).click();
  await (await radio(second, items[4], 3)).click();
  Object.assign(chosen, { [items[0]]: 5, [items[4]]: 3 });
  await first.bringToFront();
  await first.reload();
  await step(first);
  assert.deepEqual((await widgetState(first)).answers, chosen, 'all five, from both tabs');
  // followed, not written back: the saved copy stays the one the second tab wrote
  const saved = () =>
    first.evaluate(() => localStorage.getItem('leadership-3d:l3d-core@2.0.0:self'));
  const before = await saved();
  await new Promise((resolve) => setTimeout(resolve, 300));
  assert.equal(await saved(), before, 'no write bouncing between the tabs');
  await context.close();
});

test('persist="session": a brand-new tab starts clean (session storage is per tab)', async () => {
  const { context, page } = await freshTab();
  await page.goto(url('persist=session'));
  await answerUpToPageTwo(page);
  const second = await openTab(context);
  await second.page.goto(url('persist=session'));
  await step(second.page);
  assert.deepEqual((await widgetState(second.page)).answers, {});
  await context.close();
});

describe('observer form: group, answers and the response code survive reloads', () => {
  const groupRadio = (page, group) =>
    find(
      page,
      (g) =>
        document
          .querySelector('leadership-3d')
          ?.shadowRoot?.querySelector(`input[name="rater-group"][value="${g}"]`),
      group,
    );
  const checkedGroup = (page) =>
    until(page, () => {
      const root = document.querySelector('leadership-3d')?.shadowRoot;
      const radios = root?.querySelectorAll('input[name="rater-group"]');
      if (!radios?.length) return null;
      return [...radios].find((r) => r.checked)?.value ?? 'none';
    });
  const shownCode = (page) =>
    until(
      page,
      () =>
        document.querySelector('leadership-3d')?.shadowRoot?.querySelector('#response-code')?.value,
    );

  test('the group chosen on the intro, the answers, and the same code at the end', async () => {
    const { context, page, seen } = await freshTab();
    await page.goto(url('persist=session&form=observer'));
    await step(page);
    await (await groupRadio(page, 'direct-report')).click();
    await page.reload();
    assert.equal(await checkedGroup(page), 'direct-report', 'the group, right after choosing it');

    await primary(page);
    const chosen = await answerOnScreen(page, { count: 5 });
    const notObserved = (await step(page)).items[5];
    await (await radio(page, notObserved, 'not-observed')).click();
    chosen[notObserved] = null;
    await page.reload();
    await step(page);
    const restored = await widgetState(page);
    assert.equal(restored.group, 'direct-report');
    assert.deepEqual(restored.answers, chosen);
    assert.equal(restored.checked[notObserved], 'not-observed');

    await answerAll(page);
    await clickPrimary(page);
    const code = await shownCode(page);
    assert.match(code, /^L3D-/);
    await page.reload();
    assert.equal(await shownCode(page), code, 'the same code after a reload');
    assert.equal((await widgetState(page)).group, 'direct-report');
    assert.deepEqual(seen.pageErrors, []);
    await context.close();
  });
});
