// The coach's page: the built dist/leadership-3d.js (run `npm run build` first; `npm test` does)
// loaded by one <script type="module"> and one tag, in a plain page with a strict CSP
// (test/fixtures/one-tag/index.html), answered through to the report.
import { expect, waitUntil } from '@open-wc/testing';
import type { Leadership3d } from '../../src/components/leadership-3d/leadership-3d.js';
import type { L3dRadarChart } from '../../src/components/l3d-radar-chart/l3d-radar-chart.js';
import type { L3d360 } from '../../src/components/l3d-360/l3d-360.js';
import type { Answer } from '../../src/scoring/types.js';
import {
  answerAllPages,
  answerPage,
  button,
  clickStart,
  heading,
  loaded,
  primaryButton,
  questions,
  radios,
  settle,
  shadow,
  reportDrawn,
} from '../fixtures/widget.js';

type PageWindow = Window & typeof globalThis & { cspViolations: string[] };

async function openPage(
  file = 'index.html',
  element = 'leadership-3d',
): Promise<{ frame: HTMLIFrameElement; win: PageWindow }> {
  const frame = document.createElement('iframe');
  frame.style.width = '1024px';
  frame.style.height = '800px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/test/fixtures/one-tag/${file}`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as PageWindow;
  await waitUntil(() => win.customElements.get(element), `${element} defined`, { timeout: 5000 });
  return { frame, win };
}

/** Whether the page has requested the Chart.js chunk. */
const chartFetched = (win: Window): boolean =>
  win.performance
    .getEntriesByType('resource')
    .some((e) => /\/chunks\/chart-[^/]*\.js$/.test(e.name));

describe('dist/leadership-3d.js on a plain page', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('runs from intro to report with the chart, with zero CSP violations', async () => {
    const page = await openPage();
    frame = page.frame;
    const { win } = page;
    expect(win.document.querySelector('script[type="importmap"]')).to.equal(null);

    const widget = win.document.querySelector('leadership-3d') as Leadership3d;
    await widget.updateComplete;
    expect(heading(widget).textContent?.trim()).to.equal('Leadership 3D diagnostic');
    await clickStart(widget);
    expect(questions(widget)).to.have.length(8);
    await answerAllPages(widget);
    button(widget, 'Finish and see results').click();

    const report = await reportDrawn(widget);
    const chart = shadow(report).querySelector('l3d-radar-chart') as L3dRadarChart;
    // Chart.js really drew (no fallback text), from the lazy chunk beside the file
    expect(shadow(chart).querySelector('canvas')).to.not.equal(null);
    expect(shadow(chart).querySelector('.fallback')).to.equal(null);
    expect(widget.result?.dimensions.technical.score).to.be.a('number');
    // The development suggestions and facet descriptions came with the report's chunk, not the
    // first file: the widget moved to the complete built-in instrument (same answers), and the
    // report shows each growth area's description and steps.
    const { instrument } = await import('../../src/scoring/index.js');
    expect(widget.instrument.facets.map((f) => [f.description, f.develop])).to.deep.equal(
      instrument.facets.map((f) => [f.description, f.develop]),
    );
    const growth = widget.result!.growthAreas.map((id) =>
      instrument.facets.find((f) => f.id === id)!,
    );
    expect(growth.length).to.be.greaterThan(0);
    const reportText = shadow(report).textContent ?? '';
    for (const facet of growth) {
      expect(reportText).to.contain(facet.description);
      expect(reportText).to.contain(facet.develop.experiment);
    }

    expect(win.cspViolations).to.deep.equal([]);
    // the 360° view is for the person rated and their coach: respondents never fetch it
    const fetched = win.performance.getEntriesByType('resource').map((e) => e.name);
    expect(fetched.some((url) => url.includes('/dist/leadership-3d.js'))).to.equal(true);
    expect(fetched.filter((url) => /l3d-360/.test(url))).to.deep.equal([]);
  });

  it('shows a restored report once the scoring engine, which the first file leaves out, is here', async () => {
    const page = await openPage();
    frame = page.frame;
    const widget = page.win.document.querySelector('leadership-3d') as Leadership3d;
    await widget.updateComplete;
    const scoring = (await import(
      /* @vite-ignore */ new URL('/dist/scoring.js', location.href).href
    )) as typeof import('../../src/scoring/index.js');
    const answers = Object.fromEntries(
      scoring.instrument.items.map((item, i) => [item.id, ((i % 5) + 1) as Answer]),
    );
    expect(widget.restore({ ...widget.snapshot, answers, status: 'report' })).to.equal(true);
    // nothing has fetched the engine yet: no result until it is here, and a status says so
    expect(widget.result).to.equal(null);
    await widget.updateComplete;
    expect(shadow(widget).querySelector('.loading[role="status"]')).to.not.equal(null);
    await waitUntil(() => widget.result, 'scored', { timeout: 5000 });
    expect(JSON.parse(JSON.stringify(widget.result))).to.deep.equal(
      JSON.parse(JSON.stringify(scoring.score(widget.responses))),
    );
    await reportDrawn(widget);
  });

  it("keeps the report's and the observer form's texts out of the first file", async () => {
    const { instrument } = await import('../../src/scoring/index.js');
    const first = await (await fetch('/dist/leadership-3d.js')).text();
    const [item] = instrument.items;
    const [facet] = instrument.facets;
    // JSON.stringify: the minifier writes strings with escapes as a JS string literal would
    const inFile = (text: string) => first.includes(JSON.stringify(text).slice(1, -1));
    expect(inFile(item!.self), 'self wording').to.equal(true);
    expect(inFile(item!.observer), 'observer wording').to.equal(false);
    expect(inFile(facet!.develop.experiment), 'development step').to.equal(false);
    expect(inFile(facet!.description), 'facet description').to.equal(false);
    // the intro lists the dimensions with their descriptions: those stay
    expect(inFile(instrument.dimensions[0]!.description), 'dimension description').to.equal(true);
  });

  it('shows the observer wording at the first question of the observer form', async () => {
    const page = await openPage();
    frame = page.frame;
    const { instrument } = await import('../../src/scoring/index.js');
    const rater = page.win.document.createElement('leadership-3d') as Leadership3d;
    rater.setAttribute('form', 'observer');
    rater.setAttribute('rater-group', 'peer');
    rater.setAttribute('persist', 'none');
    page.win.document.body.append(rater);
    await waitUntil(() => shadow(rater).querySelector('button'), 'the intro renders', {
      timeout: 5000,
    });
    await clickStart(rater);
    await waitUntil(() => questions(rater).length === 8, 'the first page', { timeout: 5000 });
    const first = shadow(questions(rater)[0]!).querySelector('legend')?.textContent ?? '';
    expect(first).to.contain(instrument.items[0]!.observer);
    expect(rater.instrument.items.map((i) => i.observer)).to.deep.equal(
      instrument.items.map((i) => i.observer),
    );
  });

  it('fetches Chart.js once a self-form respondent reaches the last page, not before', async () => {
    const page = await openPage();
    frame = page.frame;
    const widget = page.win.document.querySelector('leadership-3d') as Leadership3d;
    await widget.updateComplete;
    await clickStart(widget);
    // five of the six pages answered: the report's chunk loads after the first answer, Chart.js
    // does not
    for (let p = 0; p < 5; p++) {
      if (p > 0) {
        primaryButton(widget).click();
        await settle(widget);
      }
      await answerPage(widget);
    }
    await waitUntil(() => page.win.customElements.get('l3d-report'), 'the report chunk', {
      timeout: 5000,
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(chartFetched(page.win), 'before the last page').to.equal(false);
    primaryButton(widget).click();
    await settle(widget);
    expect(primaryButton(widget).textContent?.trim()).to.equal('Review answers');
    await waitUntil(() => chartFetched(page.win), 'Chart.js fetched on the last page', {
      timeout: 5000,
    });
  });

  it('on a one-page form, waits for the first answer before fetching Chart.js', async () => {
    const page = await openPage();
    frame = page.frame;
    const widget = page.win.document.querySelector('leadership-3d') as Leadership3d;
    widget.setAttribute('page-size', '48');
    await widget.updateComplete;
    await clickStart(widget);
    expect(questions(widget)).to.have.length(48);
    // the first page is the last: nothing may compete with it before an answer
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(chartFetched(page.win)).to.equal(false);
    radios(questions(widget)[0]!)[3]!.click();
    await waitUntil(() => chartFetched(page.win), 'Chart.js fetched after the first answer', {
      timeout: 5000,
    });
  });

  it('never fetches Chart.js for the observer form or a widget without a report', async () => {
    const page = await openPage();
    frame = page.frame;
    const forms = [{ form: 'observer', 'rater-group': 'peer' }, { 'show-report': 'false' }];
    for (const attributes of forms) {
      const widget = page.win.document.createElement('leadership-3d') as Leadership3d;
      widget.setAttribute('persist', 'none');
      for (const [name, value] of Object.entries(attributes)) widget.setAttribute(name, value);
      page.win.document.body.append(widget);
      await loaded(widget);
      await clickStart(widget);
      await loaded(widget);
      await answerAllPages(widget);
      button(widget, 'Finish').click();
      await waitUntil(() => widget.result, 'finished', { timeout: 5000 });
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(chartFetched(page.win)).to.equal(false);
    expect(page.win.cspViolations).to.deep.equal([]);
  });

  it('loads <l3d-360> on a page that has one, and reads a pasted code there', async () => {
    const page = await openPage('360.html', 'l3d-360');
    frame = page.frame;
    const view = page.win.document.querySelector('l3d-360') as L3d360;
    await view.updateComplete;
    const { encodeResponseCode } = await import('../../src/scoring/codes.js');
    const { instrument } = await import('../../src/scoring/index.js');
    const answers = Object.fromEntries(instrument.items.map((item) => [item.id, 4 as const]));
    const code = encodeResponseCode({
      instrumentId: instrument.id,
      instrumentVersion: instrument.version,
      form: 'observer',
      group: 'manager',
      answers,
    });
    view.addCodes([code]);
    await waitUntil(() => view.report?.groups.manager.dimensions.technical === 62.5, 'scored', {
      timeout: 5000,
    });
    // with a rater, the item detail's own chunk loads and styles itself under the strict CSP
    await waitUntil(() => view.shadowRoot!.querySelector('section.items'), 'the item detail', {
      timeout: 5000,
    });
    const facet = view.shadowRoot!.querySelector('.facet-items')!;
    expect(page.win.getComputedStyle(facet).borderBlockStartStyle).to.equal('solid');
    expect(page.win.cspViolations).to.deep.equal([]);
  });

  it('loads <l3d-360> added by script after the page loaded', async () => {
    const page = await openPage();
    frame = page.frame;
    expect(page.win.customElements.get('l3d-360')).to.equal(undefined);
    page.win.document.body.append(page.win.document.createElement('l3d-360'));
    await waitUntil(() => page.win.customElements.get('l3d-360'), 'l3d-360 defined', {
      timeout: 5000,
    });
  });

  it('exports the widget and leaves the scoring functions to dist/scoring.js, which a page imports as it is', async () => {
    const bundle: Record<string, unknown> = await import(
      /* @vite-ignore */ new URL('/dist/leadership-3d.js', location.href).href
    );
    for (const name of ['Leadership3d', 'reportElementsReady', 'load360', 'instrument'])
      expect(bundle[name], name).to.not.equal(undefined);
    expect(bundle['ScoringError']).to.be.a('function');
    for (const name of ['score', 'percentiles', 'score360', 'reliableChange', 'cohortStats'])
      expect(bundle[name], name).to.equal(undefined);
    expect((bundle['instrument'] as { version: string }).version).to.equal('2.0.0');
    // the documented way to score on a page without a build step: no import map, no bundler
    const scoring = (await import(
      /* @vite-ignore */ new URL('/dist/scoring.js', location.href).href
    )) as typeof import('../../src/scoring/index.js');
    const answers = Object.fromEntries(
      scoring.instrument.items.map((item) => [item.id, 4 as const]),
    );
    const result = scoring.score({
      instrumentId: scoring.instrument.id,
      instrumentVersion: scoring.instrument.version,
      form: 'self',
      answers,
    });
    expect(result.dimensions.technical.score).to.be.a('number');
  });

  it('defines the standalone report elements without a questionnaire being finished', async () => {
    const page = await openPage();
    frame = page.frame;
    // Issue 20: nothing of the report is fetched before the respondent's first answer, so the
    // page answers one item (of 48) first.
    const widget = page.win.document.querySelector('leadership-3d') as Leadership3d;
    await widget.updateComplete;
    await clickStart(widget);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const fetched = () => page.win.performance.getEntriesByType('resource').map((e) => e.name);
    expect(fetched().filter((url) => /report-chunk/.test(url))).to.deep.equal([]);
    radios(questions(widget)[0]!)[3]!.click();
    await waitUntil(() => page.win.customElements.get('l3d-report'), 'l3d-report defined', {
      timeout: 5000,
    });
    expect(page.win.customElements.get('l3d-radar-chart')).to.not.equal(undefined);
    expect(page.win.cspViolations).to.deep.equal([]);
  });
});
