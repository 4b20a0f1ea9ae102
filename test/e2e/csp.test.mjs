// Strict CSP: every page of the built demo and the one-file fixture pages, served with
//   Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self';
//                            object-src 'none'; base-uri 'none'
// as a response header (no meta tag), driven to their meaningful states, with zero
// `securitypolicyviolation` events, page errors or console errors. A page with one inline
// script shows the recording works. Run `npm run build` and `npm run build:demo` first.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  answerAll,
  chartDrawn,
  clickPrimary,
  demoServer,
  eventually,
  find,
  fixtureServer,
  launchBrowser,
  networkIdle,
  primary,
  repo,
  step,
  until,
  watchedPage,
} from './support.mjs';
import { CSP } from './static-server.mjs';

const samples = JSON.parse(readFileSync(join(repo, 'demo/samples/360.json'), 'utf8'));

let demo;
let fixtures;
let browser;
before(async () => {
  [demo, fixtures, browser] = await Promise.all([demoServer(), fixtureServer(), launchBrowser()]);
});
after(async () => {
  await browser?.close();
  await demo?.close();
  await fixtures?.close();
});

/** Opens a page with the policy header checked, runs `drive`, then asserts a clean record. */
async function underCsp(url, drive) {
  const context = await browser.createBrowserContext();
  const { page, seen } = await watchedPage(context);
  try {
    const response = await page.goto(url);
    assert.equal(response.headers()['content-security-policy'], CSP, 'served with the policy');
    await drive(page);
    await networkIdle(page);
    assert.deepEqual(seen.violations, [], 'no CSP violation');
    assert.deepEqual(seen.pageErrors, [], 'no uncaught error');
    // The browser's own probe for /favicon.ico (a page without an icon link) is not the page's.
    const probes = seen.httpErrors.filter((e) => new URL(e.url).pathname === '/favicon.ico');
    assert.deepEqual(
      seen.httpErrors.filter((e) => !probes.includes(e)),
      [],
      'no failed request',
    );
    const errors = seen.consoleErrors.filter((text) => !text.startsWith('Failed to load resource'));
    assert.deepEqual(errors, [], 'no console error');
    assert.equal(seen.consoleErrors.length - errors.length, probes.length, 'only the probe failed');
  } finally {
    await context.close();
  }
}

/** Self form: intro → questions → review → report with the chart drawn by Chart.js. */
async function selfToReport(target, selector = 'leadership-3d') {
  await primary(target, selector);
  await answerAll(target, selector);
  await clickPrimary(target, selector);
  assert.equal(await chartDrawn(target, [selector, 'l3d-report', 'l3d-radar-chart']), true);
}

/** Observer form: a group, every answer, Finish, and the response code shown. */
async function raterToCode(target) {
  const group = await find(target, () =>
    document.querySelector('leadership-3d')?.shadowRoot?.querySelector('input[value="peer"]'),
  );
  await group.click();
  await primary(target);
  await answerAll(target);
  await clickPrimary(target);
  const code = await until(
    target,
    () =>
      document.querySelector('leadership-3d')?.shadowRoot?.querySelector('#response-code')?.value,
  );
  assert.match(code, /^L3D-/);
}

/** The 360° view has scored what it was given and drawn its chart. */
async function view360Drawn(target) {
  await until(target, () => document.querySelector('l3d-360')?.report?.groups.peer);
  assert.equal(await chartDrawn(target, ['l3d-360', 'l3d-radar-chart']), true);
}

describe('the built demo under the strict CSP header', () => {
  test('index: the questionnaire to the report, then in Spanish and in Arabic', async () => {
    await underCsp(`${demo.url}/index.html`, async (page) => {
      await selfToReport(page);
      // each language loads its own chunk and re-renders the report
      for (const [lang, technical] of [
        ['es', 'Pericia técnica'],
        ['ar', 'الخبرة التقنية'],
      ]) {
        await page.select('#language', lang);
        await until(
          page,
          (label) =>
            document
              .querySelector('leadership-3d')
              .shadowRoot.querySelector('l3d-report')
              ?.shadowRoot?.textContent.includes(label),
          technical,
        );
      }
    });
  });

  test('themed: both themed widgets start', async () => {
    await underCsp(`${demo.url}/themed.html`, async (page) => {
      await primary(page, 'leadership-3d.themed');
      await primary(page, 'leadership-3d[theme="dark"]');
      assert.equal((await step(page, 'leadership-3d[theme="dark"]')).items.length, 8);
    });
  });

  test('report: the stored result with its chart', async () => {
    await underCsp(`${demo.url}/report.html`, async (page) => {
      assert.equal(await chartDrawn(page, ['l3d-report', 'l3d-radar-chart']), true);
    });
  });

  test('rater: to the response code screen', async () => {
    await underCsp(`${demo.url}/rater.html`, raterToCode);
  });

  test('360: the sample result and codes, scored and drawn', async () => {
    await underCsp(`${demo.url}/360.html`, view360Drawn);
  });

  test('group: simulated results, the report drawn', async () => {
    await underCsp(`${demo.url}/group.html?n=30`, groupDrawn);
  });

  test('norms: percentiles with the sample norms', async () => {
    await underCsp(`${demo.url}/norms.html`, async (page) => {
      await view360Drawn(page);
      // each self score gets a percentile, named after the norms' comparison group
      await until(
        page,
        (group) => document.querySelector('l3d-360').shadowRoot.textContent.includes(group),
        samples.norms.group,
      );
    });
  });

  test('lms: the course in its frame, run to the report, recorded by the stand-in LMS', async () => {
    await underCsp(`${demo.url}/lms.html`, async (page) => {
      const frame = await (await page.waitForSelector('#course')).contentFrame();
      await frame.waitForFunction(() => customElements.get('leadership-3d'));
      await selfToReport(frame);
      await until(page, () =>
        document.querySelector('#lms-state').textContent.startsWith('Running'),
      );
      await until(page, () => Number(document.querySelector('#lms-interaction-count').textContent));
    });
  });

  test('lms-course: the launch page alone, without an LMS around it', async () => {
    await underCsp(`${demo.url}/lms-course.html`, async (page) => {
      assert.ok((await step(page)).heading);
    });
  });
});

describe('the one-file build on plain pages under the strict CSP header', () => {
  test('a questionnaire to the report', async () => {
    await underCsp(`${fixtures.url}/e2e/widget.html?persist=session`, selfToReport);
  });

  test('a rater to the response code', async () => {
    await underCsp(`${fixtures.url}/e2e/widget.html?persist=session&form=observer`, raterToCode);
  });

  test('the standalone report', async () => {
    await underCsp(`${fixtures.url}/e2e/report.html`, async (page) => {
      assert.equal(await chartDrawn(page, ['l3d-report', 'l3d-radar-chart']), true);
    });
  });

  test('the 360° view with a result and codes added', async () => {
    await underCsp(`${fixtures.url}/e2e/360.html`, async (page) => {
      await page.waitForFunction(() => customElements.get('l3d-360'));
      await page.evaluate((data) => {
        const view = document.querySelector('l3d-360');
        view.self = data.self.result;
        view.addCodes(data.raters.map((r) => r.code));
      }, samples);
      await view360Drawn(page);
    });
  });

  test('the group report, registered when the page has one, with results set', async () => {
    await underCsp(`${fixtures.url}/e2e/group.html`, async (page) => {
      await page.waitForFunction(() => customElements.get('l3d-group'));
      await page.evaluate((result) => {
        // three results of the sample's scores; the host's list is not checked for duplicates
        document.querySelector('l3d-group').results = [result, result, result];
      }, samples.self.result);
      await groupDrawn(page);
    });
  });
});

/** The group report shows its sections and has drawn its chart. */
async function groupDrawn(target) {
  await until(target, () => document.querySelector('l3d-group')?.summary?.n >= 3);
  assert.equal(await chartDrawn(target, ['l3d-group', 'l3d-radar-chart']), true);
}

describe('positive controls: the recording sees violations', () => {
  test('an inline script is blocked and recorded as one violation', async () => {
    const context = await browser.createBrowserContext();
    const { page, seen } = await watchedPage(context);
    await page.goto(`${fixtures.url}/e2e/inline-script.html`);
    assert.equal(await page.$eval('#ran', (el) => el.textContent), 'not run');
    await eventually(() => seen.violations.length);
    await networkIdle(page);
    assert.equal(seen.violations.length, 1, seen.violations.join('\n'));
    assert.match(seen.violations[0], /^script-src-elem: inline/);
    assert.equal(seen.consoleErrors.length, 1, 'and the console says so');
    await context.close();
  });

  test('a violation inside a frame (as in the LMS demo) is recorded too', async () => {
    const context = await browser.createBrowserContext();
    const { page, seen } = await watchedPage(context);
    await page.goto(`${fixtures.url}/e2e/framed.html`);
    const frame = await (await page.waitForSelector('iframe')).contentFrame();
    await frame.waitForFunction(() => document.readyState === 'complete');
    assert.equal(await frame.$eval('#ran', (el) => el.textContent), 'not run');
    await eventually(() => seen.violations.length);
    await networkIdle(page);
    assert.equal(seen.violations.length, 1, seen.violations.join('\n'));
    assert.match(seen.violations[0], /inline-script\.html/);
    await context.close();
  });
});
