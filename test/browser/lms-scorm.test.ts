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
        ?.shadowRoot?.querySelector('[part~="heading"]'),
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

  it('2004: a finished course is completed with score, objectives, one likert interaction per item and session time', async () => {
    const api = new Scorm2004API({ logLevel: 5 });
    lmsWindow.API_1484_11 = api;
    lmsWindow.API = new Scorm12API({ logLevel: 5 }); // both offered: 2004 is preferred
    const { el, events } = await launch();
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
    expect(cmiOf(lmsWindow.API as Scorm12API).core.lesson_status).to.equal('not attempted');
    expect(errors(events)).to.deep.equal([]);
  });

  it('1.2: completed (no pass/fail), raw score, 1.2 session time, exit suspend while unfinished', async () => {
    const api = new Scorm12API({ logLevel: 5 });
    lmsWindow.API = api;
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
    expect(Number(cmi.core.score.raw)).to.be.within(0, 100);
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

  it('a slow Commit does not slow answering: no Commit while answering, one at completion', async () => {
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
    expect(commits).to.equal(0);
    expect(elapsed).to.be.lessThan(3000);
    primaryButton(el).click();
    await waitUntil(() => el.result !== null, 'no result', { timeout: 5000 });
    expect(commits).to.equal(1);
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
