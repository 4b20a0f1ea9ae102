// Lifecycle: widgets side by side stay independent; an element moved, removed and put back, or
// created before its definition loads, keeps its state. (Mount/unmount leaks:
// lifecycle-leaks.test.ts.) The probes come first: they count only what registers after them.
import { snapshotCounts } from '../fixtures/lifecycle/probes.js';
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/l3d-report/l3d-report.js';
import '../../src/components/l3d-360/l3d-360.js';
import type { L3d360 } from '../../src/components/l3d-360/l3d-360.js';
import type { L3dReport } from '../../src/components/l3d-report/l3d-report.js';
import type { Leadership3d } from '../../src/components/leadership-3d/leadership-3d.js';
import type { L3dAnswerEvent, L3dCompleteEvent } from '../../src/events/events.js';
import { score, type Answer, type ResponseSet } from '../../src/scoring/index.js';
import {
  answerFor,
  answerPage,
  clickStart,
  instrument,
  primaryButton,
  progressText,
  questions,
  radio,
  recordEvents,
  settle,
  shadow,
} from '../fixtures/widget.js';
import {
  ALL_ANSWERS,
  RESULT,
  chartOn,
  create,
  drawnChart,
  liveCharts,
  loadSamples,
  loaded,
  toReport,
  until,
  type Samples,
} from '../fixtures/lifecycle/helpers.js';

let samples: Samples;
before(async () => {
  samples = await loadSamples();
});

// ---- widgets side by side ---------------------------------------------------------------------

interface WidgetSetup {
  form: 'self' | 'observer';
  lang: string;
  persist: 'none' | 'session' | 'local';
  /** Observer form: preset group; without it the rater chooses. */
  group?: string;
  pageSize?: number;
  /** Answer every page and finish (the others answer their first page and stop at the review). */
  full: boolean;
}

interface Mounted {
  el: Leadership3d;
  setup: WidgetSetup;
  key: string;
  events: Event[];
  /** Varied answers, different for each widget. */
  valueFor: (itemId: string) => Answer | null;
}

const PUBLIC_EVENTS = ['l3d-start', 'l3d-answer', 'l3d-page-change', 'l3d-complete', 'l3d-error'];

async function mountWidgets(
  setups: WidgetSetup[],
): Promise<{ widgets: Mounted[]; page: HTMLElement }> {
  const page = document.createElement('div');
  document.body.append(page);
  const widgets = setups.map((setup, i) => {
    const key = `lifecycle-widget-${i}`;
    sessionStorage.removeItem(key);
    localStorage.removeItem(key);
    const el = create('leadership-3d', {
      form: setup.form,
      lang: setup.lang,
      persist: setup.persist,
      'storage-key': key,
      ...(setup.group ? { 'rater-group': setup.group } : {}),
      ...(setup.pageSize ? { 'page-size': String(setup.pageSize) } : {}),
    });
    const events: Event[] = [];
    for (const type of PUBLIC_EVENTS) el.addEventListener(type, (event) => events.push(event));
    const section = document.createElement('section');
    section.append(el);
    page.append(section);
    const valueFor = (itemId: string): Answer | null => {
      const index = instrument.items.findIndex((item) => item.id === itemId);
      if (setup.form === 'observer' && (index + i) % 7 === 0) return null;
      return (((index + i) % 5) + 1) as Answer;
    };
    return { el, setup, key, events, valueFor };
  });
  for (const { el } of widgets) await loaded(el);
  return { widgets, page };
}

/** What one widget shows and keeps: compared before and after another widget is used. */
function stateOf({ el, key }: Mounted) {
  const { status, page } = el.snapshot;
  return {
    status,
    page,
    answers: JSON.stringify(el.responses.answers),
    heading: shadow(el).querySelector('[part~="heading"]')?.textContent?.trim(),
    lang: shadow(el).querySelector('.base')?.getAttribute('lang'),
    questions: questions(el).map((q) => q.dataset.itemId),
    report: shadow(el).querySelector('l3d-report')?.result ?? null,
    stored: sessionStorage.getItem(key) ?? localStorage.getItem(key),
  };
}

/**
 * Runs `act` on widget `i` and checks that no other widget changed (answers, page, step,
 * heading, report, stored entry) or fired an event, and that widget i's events are its own.
 */
async function onlyChanges(widgets: Mounted[], i: number, act: () => Promise<void>) {
  const before = widgets.map(stateOf);
  const counts = widgets.map((w) => w.events.length);
  await act();
  widgets.forEach((w, j) => {
    const fresh = w.events.slice(counts[j]);
    for (const event of fresh)
      expect(event.target, `${event.type} from widget ${j}`).to.equal(w.el);
    if (j === i) return;
    expect(stateOf(w), `widget ${j} after widget ${i} was used`).to.deep.equal(before[j]);
    expect(
      fresh.map((e) => e.type),
      `events of widget ${j}`,
    ).to.deep.equal([]);
  });
  const own = widgets[i]!;
  for (const event of own.events.slice(counts[i]).filter((e) => e.type === 'l3d-answer')) {
    const { itemId, answered } = (event as L3dAnswerEvent).detail;
    expect(itemId in own.el.responses.answers, `${itemId} answered in widget ${i}`).to.equal(true);
    expect(answered).to.be.at.most(Object.keys(own.el.responses.answers).length);
  }
}

/** The stored entry holds the widget's own answers (or nothing with persist="none"). */
function expectOwnStorage({ el, key, setup }: Mounted) {
  const stored = sessionStorage.getItem(key) ?? localStorage.getItem(key);
  if (setup.persist === 'none') return expect(stored).to.equal(null);
  const storage = setup.persist === 'local' ? localStorage : sessionStorage;
  expect(JSON.parse(storage.getItem(key)!).answers).to.deep.equal(el.responses.answers);
}

const ID_REFS = [
  'aria-labelledby',
  'aria-describedby',
  'aria-controls',
  'aria-owns',
  'aria-details',
  'aria-errormessage',
  'aria-flowto',
  'aria-activedescendant',
];

/**
 * Every id reference (aria-*, label for) inside each shadow root names an element of the same
 * root, and ids are unique within a root: a reference can never reach another widget's element.
 */
function idProblems(root: ShadowRoot, where: string): string[] {
  const problems: string[] = [];
  const ids = [...root.querySelectorAll('[id]')].map((e) => e.id);
  for (const id of new Set(ids))
    if (ids.filter((x) => x === id).length > 1) problems.push(`${where}: id "${id}" twice`);
  for (const el of root.querySelectorAll('*')) {
    const refs = ID_REFS.flatMap((attr) => (el.getAttribute(attr) ?? '').split(/\s+/));
    if (el instanceof HTMLLabelElement && el.htmlFor) refs.push(el.htmlFor);
    for (const id of refs.filter(Boolean))
      if (root.getElementById(id)?.getRootNode() !== root)
        problems.push(`${where}: <${el.localName}> refers to "${id}", not in its own root`);
    if (el.shadowRoot) problems.push(...idProblems(el.shadowRoot, `${where} > ${el.localName}`));
  }
  return problems;
}

function expectIdsOwn(widgets: Mounted[], step: string): number {
  const problems = widgets.flatMap((w, i) => idProblems(shadow(w.el), `widget ${i} (${step})`));
  expect(problems).to.deep.equal([]);
  // how many references were checked, so a test can see it checked some
  return widgets.reduce((n, w) => n + countRefs(shadow(w.el)), 0);
}

function countRefs(root: ShadowRoot): number {
  let n = 0;
  for (const el of root.querySelectorAll('*')) {
    n += ID_REFS.filter((attr) => el.hasAttribute(attr)).length;
    if (el instanceof HTMLLabelElement && el.htmlFor) n++;
    if (el.shadowRoot) n += countRefs(el.shadowRoot);
  }
  return n;
}

/** Side by side, interleaved page by page: the whole run in each widget touches no other. */
async function runSideBySide(setups: WidgetSetup[]) {
  const { widgets, page } = await mountWidgets(setups);
  try {
    widgets.forEach((w, i) => expect(stateOf(w).lang, `widget ${i} lang`).to.equal(w.setup.lang));
    const refs: Record<string, number> = { intro: expectIdsOwn(widgets, 'intro') };

    for (const [i, w] of widgets.entries())
      await onlyChanges(widgets, i, async () => {
        if (w.setup.form === 'observer' && !w.setup.group) {
          // Start without a group: the rater is asked (with an aria-describedby message)
          await clickStart(w.el);
          expect(shadow(w.el).querySelector('#group-required')).to.not.equal(null);
          refs.groupRequired = expectIdsOwn([w], 'group required');
          shadow(w.el).querySelector<HTMLInputElement>('input[value="manager"]')!.click();
          await settle(w.el);
        }
        await clickStart(w.el);
        expect(questions(w.el).length, `widget ${i} questions`).to.equal(w.setup.pageSize ?? 8);
      });
    expectIdsOwn(widgets, 'questions');

    // page by page, round robin: each widget answers (the full ones every page) and moves on
    for (let round = 0; widgets.some((w) => w.el.snapshot.status === 'questions'); round++) {
      for (const [i, w] of widgets.entries()) {
        if (w.el.snapshot.status !== 'questions') continue;
        await onlyChanges(widgets, i, async () => {
          if (round === 0 || w.setup.full) await answerPage(w.el, w.valueFor);
          primaryButton(w.el).click();
          await settle(w.el);
        });
      }
    }
    expect(widgets.map((w) => w.el.snapshot.status)).to.deep.equal(widgets.map(() => 'review'));
    refs.review = expectIdsOwn(widgets, 'review');
    widgets.forEach(expectOwnStorage);

    // Keyboard in one widget: jump to its first unanswered question, change it with an arrow key
    const k = widgets.findIndex((w) => !w.setup.full);
    if (k >= 0) {
      const w = widgets[k]!;
      await onlyChanges(widgets, k, async () => {
        shadow(w.el).querySelector<HTMLButtonElement>('.unanswered button')!.click();
        await settle(w.el);
        await until(() => shadow(w.el).activeElement, 'focus on the question');
        await sendKeys({ press: 'ArrowRight' });
        await settle(w.el);
      });
      expect(document.activeElement, 'focus in the widget used').to.equal(w.el);
      widgets.forEach((other, j) => {
        if (j !== k) expect(shadow(other.el).activeElement, `focus in widget ${j}`).to.equal(null);
      });
      expect(w.events.at(-1)?.type).to.equal('l3d-answer');
    }

    // Finish the full ones: each completes with its own answers, result and report or code
    for (const [i, w] of widgets.entries()) {
      if (!w.setup.full) continue;
      await onlyChanges(widgets, i, async () => {
        primaryButton(w.el).click();
        await settle(w.el);
        if (w.setup.form === 'self') await drawnChart(w.el);
        else await until(() => shadow(w.el).querySelector('#response-code'), 'the code');
      });
      const complete = w.events.filter((e) => e.type === 'l3d-complete') as L3dCompleteEvent[];
      expect(complete, `widget ${i} l3d-complete`).to.have.length(1);
      const { detail } = complete[0]!;
      expect(detail.responses.answers).to.deep.equal(
        Object.fromEntries(instrument.items.map((item) => [item.id, w.valueFor(item.id)])),
      );
      expect(detail.result).to.deep.equal(w.el.result);
      expect(detail.result).to.deep.equal(score(detail.responses));
      if (w.setup.form === 'self')
        expect(shadow(w.el).querySelector('l3d-report')!.result).to.equal(w.el.result);
      else if ('code' in detail)
        expect(shadow(w.el).querySelector('textarea')!.value).to.equal(detail.code);
      else expect.fail(`widget ${i}: an observer's l3d-complete without a code`);
    }
    refs.end = expectIdsOwn(widgets, 'end');
    widgets.forEach(expectOwnStorage);
    // no widget refused anything
    expect(widgets.flatMap((w) => w.events.filter((e) => e.type === 'l3d-error'))).to.deep.equal(
      [],
    );
    return { widgets, refs };
  } finally {
    page.remove();
  }
}

describe('lifecycle: widgets side by side stay independent', () => {
  it('two widgets (self in English, observer in Spanish) run through to the end apart', async function () {
    this.timeout(60000);
    const { widgets, refs } = await runSideBySide([
      { form: 'self', lang: 'en', persist: 'session', full: true },
      { form: 'observer', lang: 'es', persist: 'none', group: 'peer', full: true },
    ]);
    const [a, b] = widgets.map((w) => w.el.result!);
    expect(a!.dimensions.technical.score).to.not.equal(b!.dimensions.technical.score);
    expect(refs.review).to.be.greaterThan(0);
  });

  it('ten widgets (self and observer, three languages, three persist modes) stay apart', async function () {
    this.timeout(120000);
    const langs = ['en', 'es', 'ar'];
    const persist = ['none', 'session', 'local'] as const;
    const setups: WidgetSetup[] = Array.from({ length: 10 }, (_, i) => ({
      form: i % 2 ? 'observer' : 'self',
      lang: langs[i % 3]!,
      persist: persist[(i >> 1) % 3]!,
      // one rater chooses a group; the others have theirs from the host
      ...(i % 2 && i !== 9 ? { group: ['manager', 'peer', 'direct-report', 'other'][i % 4] } : {}),
      ...(i % 4 === 2 ? { pageSize: 12 } : {}),
      full: i < 2 || i === 9,
    }));
    const { refs } = await runSideBySide(setups);
    expect(refs.groupRequired).to.be.greaterThan(0);
    expect(refs.review).to.be.greaterThan(0);
    expect(refs.end).to.be.greaterThan(0);
  });
});

// ---- moved, removed and put back -------------------------------------------------------------

type Move = { name: string; run: (el: Element, a: HTMLElement, b: HTMLElement) => Promise<void> };

type MovingParent = HTMLElement & { moveBefore?: (node: Node, child: Node | null) => void };
/** `Element.moveBefore` (Chromium 133+): a move that keeps the element's state in the DOM. */
const hasMoveBefore =
  typeof (Element.prototype as { moveBefore?: unknown }).moveBefore === 'function';

/** Ways an element leaves its place and comes back; `moveBefore` where the browser has it. */
const moves: Move[] = (
  [
    {
      name: 'appended to another container',
      run: async (el, _a, b) => void b.append(el),
    },
    {
      name: 'moved back with moveBefore',
      run: async (el, a) => (a as MovingParent).moveBefore!(el, null),
    },
    {
      name: 'removed, then re-added later',
      run: async (el, a) => {
        el.remove();
        // long enough for anything scheduled on disconnect to run (the LMS part's check is a 0 ms timer)
        await new Promise((resolve) => setTimeout(resolve, 100));
        expect(el.isConnected).to.equal(false);
        a.append(el);
      },
    },
  ] as Move[]
).filter((move) => hasMoveBefore || !move.name.includes('moveBefore'));

/** Two containers in the page, removed after the test. */
function containers(): [HTMLElement, HTMLElement, () => void] {
  const a = document.createElement('div');
  const b = document.createElement('div');
  document.body.append(a, b);
  return [a, b, () => (a.remove(), b.remove())];
}

/** What a widget mid-run shows: step, page, answers and the radios checked on the page. */
function runState(el: Leadership3d) {
  const { status, page } = el.snapshot;
  return {
    status,
    page,
    answers: el.responses.answers,
    checked: questions(el).map((q) => [
      q.dataset.itemId,
      shadow(q).querySelector<HTMLInputElement>('input:checked')?.value ?? null,
    ]),
    heading: shadow(el).querySelector('[part~="heading"]')?.textContent?.trim(),
    // read from the widget's context: a progress bar that lost its provider would go stale
    progress: progressText(el),
  };
}

describe('lifecycle: moved, removed and re-added', () => {
  it('moves with moveBefore too (skipped where the browser has none)', function () {
    // shown as skipped, not passed, when the moves below run without it
    if (!hasMoveBefore) this.skip();
    expect(moves.map((m) => m.name)).to.include('moved back with moveBefore');
  });

  it('a widget mid-questions keeps its answers, page and step, and answers once more each time', async () => {
    const [a, b, cleanUp] = containers();
    try {
      const el = create('leadership-3d', { persist: 'none', lang: 'es' });
      a.append(el);
      await loaded(el);
      await clickStart(el);
      await answerPage(el);
      primaryButton(el).click();
      await settle(el);
      await answerPage(el, (id) =>
        questions(el).findIndex((q) => q.dataset.itemId === id) < 3 ? 2 : undefined,
      );
      const xapi: Event[] = [];
      el.addEventListener('l3d-xapi', (event) => xapi.push(event));
      const events = recordEvents(el);
      await until(() => snapshotCounts()['listener window:pagehide'], 'the LMS part listens');

      for (const move of moves) {
        const before = runState(el);
        await move.run(el, a, b);
        await settle(el);
        expect(runState(el), move.name).to.deep.equal(before);
        expect(snapshotCounts()['listener window:pagehide'], `${move.name}: pagehide`).to.equal(1);
        // still working, and nothing doubled: one answer, one event, one statement
        const q = questions(el).find((q) => !(q.dataset.itemId! in el.responses.answers))!;
        const [answersBefore, xapiBefore] = [events.length, xapi.length];
        radio(q, 5).click();
        await settle(el);
        await until(() => xapi.length > xapiBefore, 'the xAPI statement');
        expect(el.responses.answers[q.dataset.itemId!], move.name).to.equal(5);
        const answered = Object.keys(el.responses.answers).length;
        expect(progressText(el), `${move.name}: progress`).to.contain(`${answered}`);
        expect(progressText(el)).to.not.equal(before.progress);
        expect(
          events.slice(answersBefore).map((e) => e.type),
          move.name,
        ).to.deep.equal(['l3d-answer']);
        expect(xapi.length - xapiBefore, `${move.name}: statements`).to.equal(1);
      }
      el.remove();
      expect(snapshotCounts()['listener window:pagehide'] ?? 0, 'removed').to.equal(0);
    } finally {
      cleanUp();
    }
  });

  it('a widget showing its report keeps it and redraws the chart after each move', async () => {
    const [a, b, cleanUp] = containers();
    try {
      const el = create('leadership-3d', { persist: 'none' });
      a.append(el);
      await toReport(el);
      const result = el.result;
      await drawnChart(el);
      const text = (shadow(el).querySelector('l3d-report')!.shadowRoot!.textContent ?? '').trim();
      for (const move of moves) {
        await move.run(el, a, b);
        const chart = await drawnChart(el);
        expect(chartOn(chart) !== undefined, `${move.name}: a chart on the canvas`).to.equal(true);
        expect(liveCharts(), `${move.name}: one chart alive`).to.equal(1);
        expect(el.result, move.name).to.equal(result);
        expect(el.snapshot.status).to.equal('report');
        const report = shadow(el).querySelector('l3d-report')!;
        expect(report.result).to.equal(result);
        expect((report.shadowRoot!.textContent ?? '').trim(), move.name).to.equal(text);
      }
      el.remove();
      expect(liveCharts(), 'removed: its chart destroyed').to.equal(0);
    } finally {
      cleanUp();
    }
  });

  it('the observer form keeps its response code after each move', async () => {
    const [a, b, cleanUp] = containers();
    try {
      const el = create('leadership-3d', {
        form: 'observer',
        'rater-group': 'manager',
        persist: 'none',
      });
      a.append(el);
      await toReport(el);
      const field = () => shadow(el).querySelector<HTMLTextAreaElement>('#response-code');
      const code = (await until(field, 'the code')).value;
      expect(code).to.match(/^L3D-/);
      for (const move of moves) {
        await move.run(el, a, b);
        await settle(el);
        expect(field()?.value, move.name).to.equal(code);
      }
    } finally {
      cleanUp();
    }
  });

  it("<l3d-360> keeps the person's codes and files and redraws after each move", async () => {
    const [a, b, cleanUp] = containers();
    try {
      const el = create('l3d-360');
      el.self = samples.self.result;
      el.norms = samples.norms;
      a.append(el);
      el.addCodes(samples.raters.map((r) => r.code));
      await drawnChart(el);
      const codes = el.codes;
      const report = JSON.stringify(el.report);
      expect(codes).to.have.length(samples.raters.length);
      for (const move of moves) {
        await move.run(el, a, b);
        const chart = await drawnChart(el);
        expect(chartOn(chart) !== undefined, `${move.name}: a chart`).to.equal(true);
        expect(liveCharts(), `${move.name}: one chart alive`).to.equal(1);
        expect(el.codes, move.name).to.deep.equal(codes);
        expect(JSON.stringify(el.report), move.name).to.equal(report);
        const panel = shadow(el).querySelector('l3d-360-inputs')!;
        expect(shadow(panel).querySelectorAll('[part~="code"]').length, move.name).to.equal(
          codes.length,
        );
      }
      el.remove();
      expect(liveCharts()).to.equal(0);
    } finally {
      cleanUp();
    }
  });
});

// ---- created before the definition loads -------------------------------------------------------

type UpgradePage = Window &
  typeof globalThis & {
    prepare: (json: string) => void;
    loadLibrary: (src: string) => Promise<unknown>;
    detached: L3dReport;
  };

const textOf = (el: Element) => (shadow(el)?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Waits until two elements show the same text (their languages load on their own). */
async function sameText(el: Element, reference: Element, what: string): Promise<void> {
  try {
    await until(() => textOf(el) !== '' && textOf(el) === textOf(reference), what, 5000);
  } catch {
    expect(textOf(el), what).to.equal(textOf(reference));
  }
}

describe('lifecycle: created before the definition loads', () => {
  const sources = [
    ['the one-file build', '/dist/leadership-3d.js'],
    ['the source module', '/src/index.ts'],
  ] as const;

  for (const [name, script] of sources) {
    it(`${name}: attributes and properties set before the upgrade apply, nothing lost`, async function () {
      this.timeout(40000);
      const frame = document.createElement('iframe');
      const opened = new Promise((resolve) =>
        frame.addEventListener('load', resolve, { once: true }),
      );
      frame.src = '/test/fixtures/lifecycle/upgrade.html';
      document.body.append(frame);
      const references = document.createElement('div');
      document.body.append(references);
      try {
        await opened;
        const win = frame.contentWindow as UpgradePage;
        await until(() => win.prepare, 'the page script');
        const doc = win.document;
        expect(win.customElements.get('leadership-3d')).to.equal(undefined);

        const { decodeResponseCode } = await import('../../src/scoring/codes.js');
        const raters = samples.raters.map((r) => decodeResponseCode(r.code).responses);
        const responses = {
          instrumentId: instrument.id,
          instrumentVersion: instrument.version,
          form: 'self',
          answers: ALL_ANSWERS,
        };
        const short = (await (await fetch('/test/fixtures/short-instrument.json')).json()) as {
          id: string;
          version: string;
          items: { id: string }[];
        };
        const customResponses = {
          instrumentId: short.id,
          instrumentVersion: short.version,
          form: 'self',
          answers: Object.fromEntries(short.items.map((item, i) => [item.id, (i % 5) + 1])),
        };
        const data = {
          instrument: short,
          customResponses,
          responses,
          norms: samples.norms,
          result: RESULT,
          self: samples.self.result,
          raters,
          previous: samples.previous.result,
        };
        win.prepare(JSON.stringify(data));
        const widget = doc.querySelector('leadership-3d:not(#custom)') as Leadership3d;
        const custom = doc.querySelector('#custom') as Leadership3d;
        const report = doc.querySelector('l3d-report') as L3dReport;
        const view = doc.querySelector('l3d-360') as L3d360;
        // not upgraded yet: the values sit on plain elements as own properties
        for (const [el, prop] of [
          [widget, 'responses'],
          [widget, 'norms'],
          [custom, 'instrument'],
          [custom, 'responses'],
          [report, 'result'],
          [view, 'raters'],
        ] as const)
          expect(Object.hasOwn(el, prop), `${el.localName}.${prop} before`).to.equal(true);

        await win.loadLibrary(script);
        for (const tag of ['leadership-3d', 'l3d-report', 'l3d-360'])
          await until(() => win.customElements.get(tag), `${tag} defined`, 15000);

        // The widget: its answers, language, page size and norms all apply
        await loaded(widget);
        expect(Object.hasOwn(widget, 'responses'), 'own property gone').to.equal(false);
        expect(widget.responses.answers).to.deep.equal(ALL_ANSWERS);
        expect(shadow(widget).querySelector('.base')!.getAttribute('lang')).to.equal('es');
        expect(shadow(widget).querySelector('[part~="heading"]')!.textContent!.trim()).to.equal(
          'Diagnóstico de Liderazgo 3D',
        );
        await clickStart(widget);
        expect(questions(widget).map((q) => q.dataset.itemId)).to.deep.equal(
          instrument.items.slice(0, 4).map((item) => item.id),
        );
        for (const q of questions(widget))
          expect(radio(q, answerFor(q.dataset.itemId!)).checked, q.dataset.itemId).to.equal(true);
        for (let guard = 0; guard < 20 && widget.snapshot.status === 'questions'; guard++) {
          primaryButton(widget).click();
          await settle(widget);
        }
        primaryButton(widget).click(); // finish, from the review
        await settle(widget);
        expect(widget.result?.percentiles?.group, 'norms set before the upgrade').to.equal(
          samples.norms.group,
        );
        expect(widget.result?.dimensions).to.deep.equal(
          score(responses as ResponseSet, { norms: samples.norms }).dimensions,
        );

        // The host's instrument is checked (asynchronously); its answers wait for it and apply
        await until(() => custom.instrument.id === short.id, 'the custom instrument in use');
        await loaded(custom);
        expect(custom.responses.instrumentId).to.equal(short.id);
        expect(custom.responses.answers).to.deep.equal(customResponses.answers);

        // <l3d-report> and <l3d-360>: the same as elements given the same data after definition
        const refReport = create('l3d-report', { lang: 'es', theme: 'dark' });
        refReport.result = RESULT;
        const refView = create('l3d-360', { lang: 'es', 'hide-inputs': '' });
        Object.assign(refView, {
          self: samples.self.result,
          raters,
          norms: samples.norms,
          previous: samples.previous.result,
        });
        references.append(refReport, refView);
        expect(report.result).to.deep.equal(RESULT);
        expect(report.getAttribute('theme')).to.equal('dark');
        await sameText(report, refReport, '<l3d-report> upgraded');
        expect(view.report, '<l3d-360> has its report').to.not.equal(null);
        expect(JSON.stringify(view.report)).to.equal(JSON.stringify(refView.report));
        expect(view.report!.others.raters).to.equal(raters.length);
        await sameText(view, refView, '<l3d-360> upgraded');
        for (const el of [report, view]) {
          const chart = await drawnChart(el);
          expect(shadow(chart).querySelector('canvas'), `${el.localName} chart`).to.not.equal(null);
        }

        // Created and given its result before the definition, put in the page after it
        const { detached } = win;
        expect(detached.shadowRoot, 'not upgraded while out of the page').to.equal(null);
        doc.body.append(detached);
        await until(() => detached.shadowRoot, 'upgraded on connection');
        expect(detached.result).to.deep.equal(RESULT);
        await sameText(detached, refReport, 'the detached <l3d-report>');
      } finally {
        frame.remove();
        references.remove();
      }
    });
  }
});
