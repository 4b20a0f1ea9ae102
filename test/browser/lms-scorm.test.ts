// SCORM against a real runtime: scorm-again's Scorm2004API / Scorm12API on this (the LMS)
// page as window.API_1484_11 / window.API, and the course — the built one-file widget with
// lms="auto" — in an iframe, as an LMS launches it. Run `npm run build` first.
import { expect, waitUntil } from '@open-wc/testing';
import { Scorm12API, Scorm2004API } from 'scorm-again';
import type { Leadership3d } from '../../src/components/leadership-3d/leadership-3d.js';
import { encodeSuspendData } from '../../src/lms/suspend-data.js';
import {
  answerAllPages,
  answerFor,
  answerPage,
  clickStart,
  headingIs,
  instrument,
  primaryButton,
  settle,
} from '../fixtures/widget.js';

type Recorded = { type: string; detail: { code?: string; message?: string } };
type CourseWindow = Window & { l3dEvents: Recorded[] };
type LmsWindow = Window & { API?: unknown; API_1484_11?: unknown };
const lmsWindow = window as LmsWindow;

const frames: HTMLIFrameElement[] = [];

/** Launches the course in an iframe and waits for the widget's intro. */
async function launch(query = 'lms=auto', src = '/test/fixtures/lms/course.html') {
  const frame = document.createElement('iframe');
  frame.title = 'course';
  frame.src = `${src}?${query}`;
  document.body.append(frame);
  frames.push(frame);
  await waitUntil(
    () =>
      frame.contentDocument
        ?.querySelector('leadership-3d')
        ?.shadowRoot?.querySelector('[part~="heading"], l3d-report'),
    'the course did not render',
    { timeout: 5000 },
  );
  const win = frame.contentWindow as CourseWindow;
  const el = frame.contentDocument!.querySelector('leadership-3d') as Leadership3d;
  await settle(el);
  return { frame, win, el, events: win.l3dEvents };
}

const errors = (events: Recorded[]) =>
  events.filter((e) => e.type === 'l3d-error').map((e) => e.detail);

/** scorm-again's CMI as it would send it to the LMS (its getters refuse write-only reads). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the runtime's JSON, read by the test
const cmiOf = (api: { cmi: unknown }): any => JSON.parse(JSON.stringify(api.cmi));

/** True once the course shows a step (the LMS link is open and the instrument known). */
const courseShown = () =>
  !!frames
    .at(-1)
    ?.contentDocument?.querySelector('leadership-3d')
    ?.shadowRoot?.querySelector('[part~="heading"], l3d-report');

/**
 * Wraps an API to log every call in order (`SetValue cmi.x`, `Commit` …), the calls made before
 * the course showed its first step, and what `suspend_data` held at each Commit.
 */
function watched<T extends object>(api: T) {
  const calls: string[] = [];
  const beforeShown: string[] = [];
  const committed: string[] = [];
  const proxy = new Proxy(api, {
    get(target, key) {
      const value = Reflect.get(target, key) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: string[]) => {
        const call = `${String(key)}${args[0] ? ` ${args[0]}` : ''}`;
        calls.push(call);
        if (!courseShown()) beforeShown.push(call);
        if (key === 'Commit' || key === 'LMSCommit')
          committed.push(cmiOf(target as { cmi: unknown }).suspend_data as string);
        return (value as (...a: string[]) => unknown).apply(target, args);
      };
    },
  });
  const sets = (prefix: string) =>
    calls
      .filter((c) => c.startsWith('SetValue ') || c.startsWith('LMSSetValue '))
      .map((c) => c.split(' ')[1]!)
      .filter((e) => e.startsWith(prefix));
  return { api: proxy, calls, beforeShown, committed, sets };
}

/** suspend_data of the built-in instrument: the first page answered, on page 2 (or finished). */
function savedData(status: 'questions' | 'report' = 'questions') {
  const items = status === 'report' ? instrument.items : instrument.items.slice(0, 8);
  const encoded = encodeSuspendData(
    {
      answers: Object.fromEntries(items.map((i) => [i.id, answerFor(i.id)])),
      timings: {},
      page: status === 'report' ? 5 : 1,
      status,
    },
    instrument,
    'self',
    4096,
  );
  if (!encoded.ok) throw new Error(encoded.message);
  return {
    value: encoded.value,
    answers: Object.fromEntries(items.map((i) => [i.id, answerFor(i.id)])),
  };
}

async function finish(el: Leadership3d): Promise<void> {
  await clickStart(el);
  await answerAllPages(el);
  await headingIs(el, 'Review your answers');
  primaryButton(el).click();
  await waitUntil(() => el.result !== null, 'no result', { timeout: 5000 });
  await settle(el);
}

describe('SCORM in an LMS frame (scorm-again)', () => {
  afterEach(() => {
    for (const frame of frames.splice(0)) frame.remove();
    delete lmsWindow.API;
    delete lmsWindow.API_1484_11;
  });

  it('2004 with lms-score="raw": a finished course is completed with score, objectives, one likert interaction per item and session time', async () => {
    const api = new Scorm2004API({ logLevel: 5 });
    lmsWindow.API_1484_11 = api;
    lmsWindow.API = new Scorm12API({ logLevel: 5 }); // both offered: 2004 is preferred
    const { el, events } = await launch('lms=auto&lms-score=raw');
    // The widget shows its first step only once the LMS code has initialised the session,
    // so LMS resume data can never arrive after the learner has started answering.
    expect(api.isInitialized()).to.equal(true);
    const intro = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(intro).to.contain('Your learning platform keeps your answers');
    expect(intro).not.to.contain('Your answers are not saved');
    await finish(el);
    const cmi = cmiOf(api);
    expect(cmi.completion_status).to.equal('completed');
    expect(cmi.success_status).to.equal('unknown');
    const dims = Object.values(el.result!.dimensions).map((d) => d.score as number);
    const overall = Math.round((dims.reduce((a, b) => a + b, 0) / dims.length) * 100) / 100;
    expect(Number(cmi.score.raw)).to.equal(overall);
    expect(Number(cmi.score.scaled)).to.be.closeTo(overall / 100, 1e-7);
    expect([cmi.score.min, cmi.score.max]).to.deep.equal(['0', '100']);
    const interactions = Object.values(cmi.interactions) as {
      id: string;
      type: string;
      learner_response: string;
      latency: string;
    }[];
    expect(interactions).to.have.length(48);
    expect(interactions.map((i) => i.id)).to.deep.equal(instrument.items.map((i) => i.id));
    for (const [n, i] of interactions.entries()) {
      expect(i.type).to.equal('likert');
      expect(i.learner_response).to.equal(String(answerFor(instrument.items[n]!.id)));
      expect(i.latency).to.match(/^PT/);
    }
    const objectives = Object.values(cmi.objectives) as { id: string; score: { raw: string } }[];
    expect(objectives.map((o) => o.id)).to.deep.equal(['technical', 'relational', 'business']);
    expect(objectives.map((o) => Number(o.score.raw))).to.deep.equal(
      dims.map((d) => Math.round(d * 100) / 100),
    );
    expect(cmi.exit).to.equal('normal');
    expect(cmi.session_time).to.match(/^PT/);
    expect(api.isTerminated(), 'lms-finish defaults to on-leave').to.equal(false);
    expect(cmiOf(lmsWindow.API as Scorm12API).core.lesson_status).to.equal('not attempted');
    expect(errors(events)).to.deep.equal([]);
  });

  it('1.2: completed (no pass/fail), no score by default but objective scores, 1.2 session time, exit suspend while unfinished', async () => {
    const raw = new Scorm12API({ logLevel: 5 });
    const { api: watchedApi, sets } = watched(raw);
    const api = raw;
    lmsWindow.API = watchedApi;
    const { el, events, frame } = await launch();
    await waitUntil(() => api.isInitialized(), 'LMSInitialize was not called', { timeout: 3000 });
    await clickStart(el);
    await answerPage(el);
    primaryButton(el).click();
    await settle(el);
    expect(cmiOf(api).core.lesson_status).to.equal('incomplete');
    expect(cmiOf(api).core.exit).to.equal('suspend');
    await answerAllPages(el);
    primaryButton(el).click();
    await waitUntil(() => el.result !== null, 'no result', { timeout: 5000 });
    const cmi = cmiOf(api);
    expect(cmi.core.lesson_status).to.equal('completed');
    expect(sets('cmi.core.score')).to.deep.equal([]);
    expect(cmi.core.score.raw).to.equal('');
    const objectives = Object.values(cmi.objectives) as { score: { raw: string } }[];
    expect(objectives.map((o) => Number(o.score.raw))).to.deep.equal(
      Object.values(el.result!.dimensions).map((d) => Math.round(d.score! * 100) / 100),
    );
    expect(Object.keys(cmi.interactions)).to.have.length(48);
    expect(cmi.interactions[0].student_response).to.equal(
      String(answerFor(instrument.items[0]!.id)),
    );
    expect(cmi.core.exit).to.equal('');
    frame.remove(); // leaving the course: pagehide → session time, LMSFinish
    await waitUntil(() => api.isTerminated(), 'LMSFinish was not called on pagehide', {
      timeout: 3000,
    });
    expect(cmiOf(api).core.session_time).to.match(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
    expect(errors(events)).to.deep.equal([]);
  });

  it('one completion per attempt: after a reset, finishing again writes nothing more to the LMS', async () => {
    const api = new Scorm2004API({ logLevel: 5 });
    lmsWindow.API_1484_11 = api;
    const { el } = await launch();
    await finish(el);
    const first = cmiOf(api);
    expect(Object.values(first.interactions)).to.have.length(48);
    el.reset();
    await settle(el);
    await finish(el);
    const second = cmiOf(api);
    expect(Object.values(second.interactions)).to.have.length(48);
    expect(second.score).to.deep.equal(first.score);
    expect(second.completion_status).to.equal('completed');
  });

  it('a widget removed from a page that stays (a single-page app) ends the session; a move does not', async () => {
    const api = new Scorm2004API({ logLevel: 5 });
    lmsWindow.API_1484_11 = api;
    const { el } = await launch();
    expect(api.isInitialized()).to.equal(true);
    await clickStart(el);
    await answerPage(el);
    // moved within the page: disconnected and reconnected at once, the session goes on
    const box = el.ownerDocument.createElement('div');
    el.ownerDocument.body.append(box);
    box.append(el);
    await new Promise((r) => setTimeout(r, 50));
    expect(api.isTerminated()).to.equal(false);
    el.remove();
    await waitUntil(() => api.isTerminated(), 'Terminate was not called on removal', {
      timeout: 3000,
    });
    const saved = cmiOf(api);
    expect(saved.exit).to.equal('suspend');
    expect(saved.suspend_data).to.match(/^l3d1;/);
    expect(saved.session_time).to.match(/^PT/);
  });

  it('closing halfway commits suspend_data; relaunching with entry=resume continues with every answer', async () => {
    const first = new Scorm2004API({ logLevel: 5 });
    lmsWindow.API_1484_11 = first;
    const one = await launch();
    await waitUntil(() => first.isInitialized(), 'Initialize was not called', { timeout: 3000 });
    await clickStart(one.el);
    await answerPage(one.el);
    primaryButton(one.el).click();
    await settle(one.el);
    await answerPage(one.el, (id) => (id.endsWith('-2') ? undefined : 2));
    const answers = { ...one.el.responses.answers };
    expect(Object.keys(answers).length).to.be.greaterThan(8);
    one.frame.remove();
    await waitUntil(() => first.isTerminated(), 'Terminate was not called on pagehide', {
      timeout: 3000,
    });
    const saved = cmiOf(first);
    expect(saved.exit).to.equal('suspend');
    expect(saved.suspend_data).to.match(/^l3d1;/);
    expect(saved.suspend_data.length).to.be.lessThan(4096);
    expect(saved.completion_status).to.equal('incomplete');
    expect(Number(saved.progress_measure)).to.be.closeTo(Object.keys(answers).length / 48, 1e-6);

    // the LMS relaunches the attempt with what it stored
    delete lmsWindow.API_1484_11;
    const second = new Scorm2004API({ logLevel: 5 });
    second.loadFromJSON({
      entry: 'resume',
      suspend_data: saved.suspend_data,
      completion_status: 'incomplete',
    });
    lmsWindow.API_1484_11 = second;
    const two = await launch();
    await waitUntil(
      () => Object.keys(two.el.responses.answers).length > 0,
      'answers were not restored',
      { timeout: 3000 },
    );
    await settle(two.el);
    expect(two.el.responses.answers).to.deep.equal(answers);
    await headingIs(two.el, 'Questions 9–16 of 48');
    expect(two.events.filter((e) => e.type === 'l3d-start').at(-1)!.detail).to.include({
      resumed: true,
    });
    expect(errors(two.events)).to.deep.equal([]);
  });

  it("malformed or another version's suspend_data: fresh start and lms-resume-invalid, nothing applied", async () => {
    const other = encodeSuspendData(
      { answers: { [instrument.items[0]!.id]: 5 }, timings: {}, page: 1, status: 'questions' },
      { ...instrument, version: '0.9.0' },
      'self',
      4096,
    );
    for (const suspend_data of ['{"answers":{"x":5}}', other.ok ? other.value : '']) {
      const api = new Scorm2004API({ logLevel: 5 });
      api.loadFromJSON({ entry: 'resume', suspend_data });
      lmsWindow.API_1484_11 = api;
      const { el, events, frame } = await launch();
      await waitUntil(() => errors(events).length > 0, 'no l3d-error', { timeout: 3000 });
      expect(errors(events).map((e) => e.code)).to.deep.equal(['lms-resume-invalid']);
      expect(el.responses.answers).to.deep.equal({});
      await headingIs(el, instrument.title);
      frame.remove();
      frames.splice(0);
      delete lmsWindow.API_1484_11;
    }
  });

  it('commits at page changes: at once, then one trailing Commit per 30 s window with the latest page', async () => {
    const raw = new Scorm2004API({ logLevel: 5 });
    const lms = watched(raw);
    lmsWindow.API_1484_11 = lms.api;
    const { el, win, events, frame } = await launch();
    // The course's 30 s timers are taken over, so the test does not wait for them.
    const windows: { run: () => void; ms: number; cleared?: boolean }[] = [];
    const { setTimeout: realSet, clearTimeout: realClear } = win;
    win.setTimeout = ((run: () => void, ms = 0) =>
      ms > 20_000
        ? windows.push({ run, ms }) + 1e6
        : realSet.call(win, run, ms)) as typeof setTimeout;
    win.clearTimeout = ((handle: number) =>
      handle > 1e6
        ? (windows[handle - 1e6 - 1]!.cleared = true)
        : realClear.call(win, handle)) as typeof clearTimeout;
    const commits = () => lms.calls.filter((c) => c === 'Commit').length;
    expect(commits(), 'nothing committed at launch').to.equal(0);
    await clickStart(el);
    expect(commits(), 'page 1: at once').to.equal(1);
    await answerPage(el);
    expect(commits(), 'no Commit per answer').to.equal(1);
    primaryButton(el).click();
    await settle(el);
    await answerPage(el);
    primaryButton(el).click();
    await settle(el);
    expect(commits(), 'pages 2 and 3 fall inside the window').to.equal(1);
    expect(windows).to.have.length(1);
    expect(windows[0]!.ms).to.be.within(20_000, 30_000);
    windows[0]!.run(); // 30 s after the first Commit
    expect(commits()).to.equal(2);
    expect(lms.committed[0]!.split(';')[6], 'first Commit: page 1').to.equal('0');
    expect(lms.committed[1]!.split(';')[6], 'trailing Commit: page 3').to.equal('2');
    await answerPage(el);
    primaryButton(el).click();
    await settle(el);
    expect(windows).to.have.length(2);
    frame.remove(); // leaving: the pending Commit is dropped, Terminate ends the session
    await waitUntil(() => raw.isTerminated(), 'Terminate was not called', { timeout: 3000 });
    expect(windows[1]!.cleared).to.equal(true);
    expect(errors(events)).to.deep.equal([]);
  });

  for (const [version, entry] of [
    ['2004', 'ab-initio'],
    ['1.2', ''],
  ] as const)
    it(`${version}: resumes from this instrument's unfinished suspend_data although entry is "${entry}", writing nothing before`, async () => {
      const saved = savedData();
      const raw =
        version === '2004' ? new Scorm2004API({ logLevel: 5 }) : new Scorm12API({ logLevel: 5 });
      if (raw instanceof Scorm2004API)
        raw.loadFromJSON({ entry, suspend_data: saved.value, completion_status: 'incomplete' });
      else
        raw.loadFromJSON({
          core: { entry, lesson_status: 'incomplete' },
          suspend_data: saved.value,
        });
      const lms = watched(raw);
      if (version === '2004') lmsWindow.API_1484_11 = lms.api;
      else lmsWindow.API = lms.api;
      const { el, events } = await launch();
      await headingIs(el, 'Questions 9–16 of 48');
      expect(el.responses.answers).to.deep.equal(saved.answers);
      expect(events.filter((e) => e.type === 'l3d-start').at(-1)!.detail).to.include({
        resumed: true,
      });
      // nothing written before the decision; what is written after holds the saved answers
      expect(lms.beforeShown).to.include(version === '2004' ? 'Initialize' : 'LMSInitialize');
      expect(lms.beforeShown.filter((c) => c.includes('SetValue'))).to.deep.equal([]);
      expect(cmiOf(raw).suspend_data.split(';')[7]).to.equal(saved.value.split(';')[7]);
      expect(errors(events)).to.deep.equal([]);
    });

  it('another instrument\'s suspend_data under entry "ab-initio": fresh start, and nothing is written until the learner starts', async () => {
    const other = encodeSuspendData(
      { answers: { [instrument.items[0]!.id]: 5 }, timings: {}, page: 1, status: 'questions' },
      { ...instrument, id: 'another-instrument' },
      'self',
      64_000,
    );
    const raw = new Scorm2004API({ logLevel: 5 });
    raw.loadFromJSON({ entry: 'ab-initio', suspend_data: other.ok ? other.value : '' });
    const lms = watched(raw);
    lmsWindow.API_1484_11 = lms.api;
    const { el, events } = await launch();
    await waitUntil(() => errors(events).length > 0, 'no l3d-error', { timeout: 3000 });
    expect(errors(events).map((e) => e.code)).to.deep.equal(['lms-resume-invalid']);
    await headingIs(el, instrument.title);
    expect(el.responses.answers).to.deep.equal({});
    expect(lms.sets('cmi.suspend_data')).to.deep.equal([]);
    expect(lms.sets('cmi.progress_measure')).to.deep.equal([]);
    expect(cmiOf(raw).suspend_data).to.equal(other.ok ? other.value : '');
    // Initialize only reads: every write waits for the decision, made once the course shows
    expect(lms.beforeShown).to.deep.equal([
      'Initialize',
      'GetValue cmi.entry',
      'GetValue cmi.mode',
      'GetValue cmi.suspend_data',
    ]);
    await clickStart(el);
    expect(cmiOf(raw).suspend_data).to.match(/^l3d1;l3d-core;/);
  });

  it('finished suspend_data under entry "ab-initio": the report shows again and no second completion is written', async () => {
    const saved = savedData('report');
    const raw = new Scorm2004API({ logLevel: 5 });
    raw.loadFromJSON({
      entry: 'ab-initio',
      suspend_data: saved.value,
      completion_status: 'completed',
    });
    const lms = watched(raw);
    lmsWindow.API_1484_11 = lms.api;
    const { el, events } = await launch();
    await waitUntil(() => el.result !== null, 'the report was not restored', { timeout: 3000 });
    expect(el.responses.answers).to.deep.equal(saved.answers);
    expect(lms.sets('cmi.interactions')).to.deep.equal([]);
    expect(lms.sets('cmi.completion_status')).to.deep.equal([]);
    expect(errors(events)).to.deep.equal([]);
  });

  it('lms-finish="on-complete": commit and Terminate right after completion; the report shows; leaving adds nothing', async () => {
    const raw = new Scorm2004API({ logLevel: 5 });
    const lms = watched(raw);
    lmsWindow.API_1484_11 = lms.api;
    const { el, events, frame } = await launch('lms=auto&lms-finish=on-complete');
    await finish(el);
    expect(raw.isTerminated()).to.equal(true);
    const ending = lms.calls.slice(lms.calls.lastIndexOf('SetValue cmi.completion_status'));
    expect(ending.filter((c) => !c.startsWith('GetLastError'))).to.deep.equal([
      'SetValue cmi.completion_status',
      'SetValue cmi.success_status',
      'SetValue cmi.suspend_data',
      'SetValue cmi.exit',
      'SetValue cmi.session_time',
      'Commit',
      'SetValue cmi.session_time',
      'Terminate',
    ]);
    expect(cmiOf(raw).completion_status).to.equal('completed');
    // The report chunk loads lazily: wait for it (a fixed check raced it on a loaded CI machine).
    await waitUntil(() => el.shadowRoot!.querySelector('l3d-report'), 'the report shows', {
      timeout: 5000,
    });
    const count = lms.calls.length;
    frame.remove();
    await new Promise((r) => setTimeout(r, 100));
    expect(lms.calls.length, 'no call after Terminate').to.equal(count);
    expect(errors(events)).to.deep.equal([]);
  });

  it('lms-score defaults to none: no cmi.score.* is written in 2004; objectives keep their scores', async () => {
    const raw = new Scorm2004API({ logLevel: 5 });
    const lms = watched(raw);
    lmsWindow.API_1484_11 = lms.api;
    const { el, events } = await launch();
    await finish(el);
    expect(lms.sets('cmi.score')).to.deep.equal([]);
    const cmi = cmiOf(raw);
    expect([cmi.score.raw, cmi.score.scaled]).to.deep.equal(['', '']);
    expect(cmi.completion_status).to.equal('completed');
    expect(lms.sets('cmi.objectives.0.score')).to.deep.equal([
      'cmi.objectives.0.score.scaled',
      'cmi.objectives.0.score.raw',
      'cmi.objectives.0.score.min',
      'cmi.objectives.0.score.max',
    ]);
    expect(el.result).to.not.equal(null);
    expect(errors(events)).to.deep.equal([]);
  });

  it('no LMS: the course works standalone and reports nothing', async () => {
    const { el, events } = await launch();
    await finish(el);
    expect(el.result).to.not.equal(null);
    expect(errors(events)).to.deep.equal([]);
  });

  it('an LMS that refuses writes: l3d-error lms-write-failed, answers and report kept, no error screen', async () => {
    const api = new Scorm2004API({ logLevel: 5 });
    let refused = false;
    // A strict LMS: refuses interactions (error 351), answers the rest as scorm-again does.
    lmsWindow.API_1484_11 = {
      Initialize: (p: '') => api.Initialize(p),
      Terminate: (p: '') => api.Terminate(p),
      GetValue: (e: string) => api.GetValue(e),
      SetValue: (e: string, v: string) => {
        refused = e.startsWith('cmi.interactions.');
        return refused ? 'false' : api.SetValue(e, v);
      },
      Commit: (p: '') => api.Commit(p),
      GetLastError: () => (refused ? '351' : api.GetLastError()),
      GetErrorString: (c: string) => (c === '351' ? 'General Set Failure' : api.GetErrorString(c)),
    };
    const { el, events } = await launch();
    await waitUntil(() => api.isInitialized(), 'Initialize was not called', { timeout: 3000 });
    await finish(el);
    const codes = errors(events).map((e) => e.code);
    expect(codes).to.deep.equal(['lms-write-failed']);
    expect(errors(events)[0]!.message).to.contain('cmi.interactions.0.id').and.contain('351');
    expect(Object.keys(el.responses.answers)).to.have.length(48);
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    expect(cmiOf(api).completion_status).to.equal('completed');
  });

  it('a slow Commit does not slow answering: one Commit when answering starts, none per answer, one at completion', async () => {
    const api = new Scorm2004API({ logLevel: 5 });
    let commits = 0;
    const slowCommit = (p: '') => {
      commits++;
      const until = performance.now() + 300;
      while (performance.now() < until); // an LMS that blocks for 300 ms on every Commit
      return api.Commit(p);
    };
    lmsWindow.API_1484_11 = new Proxy(api, {
      get: (target, key) => (key === 'Commit' ? slowCommit : Reflect.get(target, key)),
    });
    const { el } = await launch();
    await waitUntil(() => api.isInitialized(), 'Initialize was not called', { timeout: 3000 });
    await clickStart(el);
    const started = performance.now();
    await answerAllPages(el);
    const elapsed = performance.now() - started;
    console.log(
      `answering 48 items with a 300 ms Commit: ${Math.round(elapsed)} ms, ${commits} commits`,
    );
    // The first page commits at once; the other pages fall inside its 30 s window (their
    // trailing Commit is pending) and 48 answers commit nothing.
    expect(commits).to.equal(1);
    expect(elapsed).to.be.lessThan(3000);
    primaryButton(el).click();
    await waitUntil(() => el.result !== null, 'no result', { timeout: 5000 });
    expect(commits).to.equal(2);
  });

  it('an API behind a cross-origin frame: discovery goes on past it and finds the LMS above', async () => {
    const api = new Scorm2004API({ logLevel: 5 });
    lmsWindow.API_1484_11 = api;
    const course = `${location.origin}/test/fixtures/lms/course.html?lms=auto`;
    const otherOrigin = `http://127.0.0.1:${location.port}/test/fixtures/lms/relay.html?src=${encodeURIComponent(course)}`;
    const frame = document.createElement('iframe');
    frame.title = 'relay';
    frame.src = otherOrigin;
    document.body.append(frame);
    frames.push(frame);
    await waitUntil(
      () => api.isInitialized(),
      'the course did not find the API above the cross-origin frame',
      { timeout: 5000 },
    );
    const inner = frame.contentWindow!.frames[0] as CourseWindow;
    expect(errors(inner.l3dEvents)).to.deep.equal([]);
  });

  it('an API only on a cross-origin parent: the SecurityError is caught, the course runs standalone', async () => {
    const api = new Scorm2004API({ logLevel: 5 });
    lmsWindow.API_1484_11 = api;
    const messages: { type: string; heading?: string; detail?: { code: string } }[] = [];
    const onMessage = (e: MessageEvent) => messages.push(e.data);
    window.addEventListener('message', onMessage);
    const frame = document.createElement('iframe');
    frame.title = 'course';
    frame.src = `http://127.0.0.1:${location.port}/test/fixtures/lms/course.html?lms=auto&report=1`;
    document.body.append(frame);
    frames.push(frame);
    await waitUntil(
      () => messages.some((m) => m.type === 'rendered'),
      'the course did not render',
      { timeout: 5000 },
    );
    await new Promise((r) => setTimeout(r, 300)); // time for the lazy LMS chunk to look for the API
    window.removeEventListener('message', onMessage);
    expect(messages.find((m) => m.type === 'rendered')!.heading).to.equal(instrument.title);
    expect(messages.filter((m) => m.type === 'l3d-error')).to.deep.equal([]);
    expect(api.isInitialized()).to.equal(false);
  });
});
