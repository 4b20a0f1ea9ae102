// The controllers <leadership-3d> is built from, each on a bare host element: no widget renders.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { AssessmentController } from '../../src/controllers/assessment-controller.js';
import { InstrumentController } from '../../src/controllers/instrument-controller.js';
import { SessionController } from '../../src/controllers/session-controller.js';
import { NavigationController } from '../../src/controllers/navigation-controller.js';
import { LazyPartController } from '../../src/controllers/lazy-part-controller.js';
import type { StorageErrorCode } from '../../src/controllers/persistence-controller.js';
import { instrument } from '../../src/scoring/builtin-instrument.js';
import { score } from '../../src/scoring/score.js';
import type { Answer, Instrument } from '../../src/scoring/types.js';
import type { L3dErrorEvent } from '../../src/events/events.js';
import { recordEvents } from '../fixtures/widget.js';

class Host extends LitElement {
  override render() {
    return html`<h2 class="heading" tabindex="-1">Step</h2>`;
  }
}
customElements.define('test-controller-host', Host);

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

async function host(): Promise<Host> {
  return fixture<Host>(html`<test-controller-host></test-controller-host>`);
}

const assessmentOn = (el: Host) =>
  new AssessmentController(el, { instrument, form: 'self', pageSize: 8 });

async function shortInstrument(): Promise<Instrument> {
  return (await (await fetch('/test/fixtures/short-instrument.json')).json()) as Instrument;
}

describe('InstrumentController', () => {
  it('uses the built-in instrument until the host gives another', async () => {
    const el = await host();
    const instruments = new InstrumentController(el, assessmentOn(el), () => instrument);
    expect(instruments.active).to.equal(undefined);
    expect(instruments.resolve()).to.equal(instrument);
    expect(instruments.loading).to.equal(false);
  });

  it('checks an instrument object first, then uses the checked copy', async () => {
    const el = await host();
    const instruments = new InstrumentController(el, assessmentOn(el), () => instrument);
    const short = await shortInstrument();
    instruments.setObject(short);
    expect(instruments.loading).to.equal(true);
    await waitUntil(() => !instruments.loading, 'the source settles', { timeout: 5000 });
    expect(instruments.active?.id).to.equal('l3d-short');
  });

  it('lets the latest source win: a slower earlier one is dropped', async () => {
    const el = await host();
    const assessment = assessmentOn(el);
    const instruments = new InstrumentController(el, assessment, () => instrument);
    const short = await shortInstrument();
    // the URL's response is held back until the object set after it has been used
    const realFetch = window.fetch;
    let release: () => void = () => undefined;
    window.fetch = (...args: Parameters<typeof fetch>) =>
      new Promise<Response>((resolve) => (release = () => resolve(realFetch(...args))));
    try {
      instruments.setUrl('/test/fixtures/short-instrument.json', undefined);
      instruments.setObject({ ...short, id: 'set-last' });
      await waitUntil(() => !instruments.loading, 'the object is used', { timeout: 5000 });
      expect(instruments.active?.id).to.equal('set-last');
      release();
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(instruments.active?.id).to.equal('set-last');
      // the dropped request (aborted) reports nothing either
      expect(assessment.state.error).to.equal(null);
    } finally {
      window.fetch = realFetch;
    }
    // and the other way round: the URL requested last is the one used
    instruments.setObject({ ...short, id: 'set-first' });
    instruments.setUrl('/test/fixtures/short-instrument.json', undefined);
    await waitUntil(() => !instruments.loading, 'the URL is used', { timeout: 5000 });
    expect(instruments.active?.id).to.equal('l3d-short');
  });

  it('keeps the instrument in use and fails the assessment for a bad object or URL', async () => {
    const el = await host();
    const assessment = assessmentOn(el);
    const instruments = new InstrumentController(el, assessment, () => instrument);
    instruments.resolve();
    instruments.setObject({ id: 'broken' });
    await waitUntil(() => !instruments.loading, 'the source settles', { timeout: 5000 });
    expect(assessment.state.error?.code).to.equal('invalid-instrument');
    expect(instruments.active).to.equal(instrument);
    instruments.setUrl('/test/fixtures/no-such-instrument.json', undefined);
    await waitUntil(() => !instruments.loading, 'the source settles', { timeout: 5000 });
    expect(assessment.state.error?.code).to.equal('instrument-fetch-failed');
    expect(assessment.state.error?.message).to.contain('HTTP 404');
  });

  it('goes back to the host object (or the built-in one) when instrument-src is removed', async () => {
    const el = await host();
    const assessment = assessmentOn(el);
    const instruments = new InstrumentController(el, assessment, () => instrument);
    const short = await shortInstrument();
    instruments.setObject(short);
    await waitUntil(() => !instruments.loading, 'the source settles', { timeout: 5000 });
    instruments.setUrl('/test/fixtures/no-such-instrument.json', undefined);
    instruments.setUrl(undefined, '/test/fixtures/no-such-instrument.json');
    expect(instruments.loading).to.equal(false);
    expect(instruments.active?.id).to.equal('l3d-short');
    await new Promise((resolve) => setTimeout(resolve, 100));
    // the cancelled fetch never reports an error
    expect(assessment.state.error).to.equal(null);
  });
});

describe('SessionController', () => {
  const KEY = 'test-session-controller';
  beforeEach(() => sessionStorage.removeItem(KEY));

  function session(el: Host, errors: StorageErrorCode[] = []) {
    const assessment = assessmentOn(el);
    let known = false;
    const controller = new SessionController(el, assessment, {
      settings: () =>
        known ? { instrument, form: 'self', pageSize: 8, persist: 'session' } : undefined,
      storageKey: () => KEY,
      onError: (code) => errors.push(code),
    });
    return { assessment, controller, know: () => (known = true) };
  }

  it('saves each change and picks the answers up again in a new session', async () => {
    const first = session(await host());
    first.know();
    first.controller.sync();
    first.assessment.start();
    first.assessment.answer(instrument.items[0]!.id, 4);
    expect(JSON.parse(sessionStorage.getItem(KEY)!).answers).to.deep.equal({
      [instrument.items[0]!.id]: 4,
    });
    const second = session(await host());
    second.know();
    second.controller.sync();
    expect(second.assessment.state.answers).to.deep.equal({ [instrument.items[0]!.id]: 4 });
  });

  it('keeps responses set before the instrument is known and applies them at the first sync', async () => {
    const { assessment, controller, know } = session(await host());
    controller.setResponses({
      instrumentId: instrument.id,
      instrumentVersion: instrument.version,
      form: 'self',
      answers: { [instrument.items[1]!.id]: 2 },
    });
    expect(assessment.state.answers).to.deep.equal({});
    know();
    controller.sync();
    expect(assessment.state.answers).to.deep.equal({ [instrument.items[1]!.id]: 2 });
  });

  it('restores a snapshot given as JSON text, and refuses text that is not one', async () => {
    const { assessment, controller, know } = session(await host());
    know();
    controller.sync();
    assessment.start();
    assessment.answer(instrument.items[2]!.id, 5);
    const text = JSON.stringify(controller.snapshot);
    controller.reset();
    expect(assessment.state.answers).to.deep.equal({});
    expect(sessionStorage.getItem(KEY)).to.equal(null);
    expect(controller.restore('{not json')).to.equal(false);
    expect(controller.restore(text)).to.equal(true);
    expect(assessment.state.answers).to.deep.equal({ [instrument.items[2]!.id]: 5 });
  });

  it('ignores corrupt storage with storage-corrupt and starts clean', async () => {
    sessionStorage.setItem(KEY, '{"v":1,"answers":');
    const errors: StorageErrorCode[] = [];
    const { assessment, controller, know } = session(await host(), errors);
    know();
    controller.sync();
    expect(errors).to.deep.equal(['storage-corrupt']);
    expect(assessment.state.answers).to.deep.equal({});
  });
});

describe('NavigationController', () => {
  it('moves through the flow and puts focus on the new heading after the render', async () => {
    const el = await host();
    const assessment = assessmentOn(el);
    const nav = new NavigationController(el, assessment, { askForGroup: () => false });
    nav.start();
    expect(assessment.state.status).to.equal('questions');
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.className).to.equal('heading');
    nav.next();
    expect(assessment.state.page).to.equal(1);
    nav.back();
    expect(assessment.state.page).to.equal(0);
  });

  it('remembers a jump from the review until a new start', async () => {
    const el = await host();
    const assessment = assessmentOn(el);
    const nav = new NavigationController(el, assessment, { askForGroup: () => false });
    nav.start();
    const last = instrument.items[instrument.items.length - 1]!.id;
    nav.jump(last);
    expect(nav.fromReview).to.equal(true);
    expect(assessment.state.page).to.equal(assessment.pageOf(last));
    nav.reset();
    expect(nav.fromReview).to.equal(false);
  });

  it('waits while the observer part asks for the rater group', async () => {
    const el = await host();
    const assessment = assessmentOn(el);
    let asks = 0;
    const nav = new NavigationController(el, assessment, { askForGroup: () => ++asks > 0 });
    nav.start();
    nav.finish();
    expect(asks).to.equal(2);
    expect(assessment.state.status).to.equal('intro');
  });
});

describe('AssessmentController without the scoring engine yet', () => {
  /** A host without rendering, recording the public events. */
  function flow() {
    const host = Object.assign(new EventTarget(), {
      addController() {},
      removeController() {},
      requestUpdate() {},
      updateComplete: Promise.resolve(true),
    });
    const events = recordEvents(host);
    const assessment = new AssessmentController(host, { instrument, form: 'self', pageSize: 48 });
    assessment.start();
    instrument.items.forEach((item, i) => assessment.answer(item.id, ((i % 5) + 1) as Answer));
    assessment.next(); // to the review
    return { assessment, events };
  }
  const completions = (events: Event[]) => events.filter((e) => e.type === 'l3d-complete');

  it('finishes when the engine arrives, with its result and one l3d-complete', () => {
    const { assessment, events } = flow();
    assessment.finish();
    expect(assessment.state.status).to.equal('review');
    expect(assessment.waitingForScorer).to.equal(true);
    expect(completions(events)).to.have.length(0);
    assessment.configure({ scorer: score });
    expect(assessment.waitingForScorer).to.equal(false);
    expect(assessment.state.status).to.equal('report');
    expect(assessment.state.result).to.deep.equal(score(assessment.responses, { instrument }));
    expect(completions(events)).to.have.length(1);
  });

  it('drops the wait when the respondent moves on, and finishes at the next Finish', () => {
    const { assessment, events } = flow();
    assessment.finish();
    assessment.back(); // to the last page: a new state
    expect(assessment.waitingForScorer).to.equal(false);
    assessment.configure({ scorer: score });
    expect(assessment.state.status).to.equal('questions');
    expect(completions(events)).to.have.length(0);
    assessment.next();
    assessment.finish();
    expect(assessment.state.status).to.equal('report');
    expect(completions(events)).to.have.length(1);
  });

  it('an engine that does not load stops at the review with scoring-failed, answers kept', () => {
    const { assessment, events } = flow();
    const answers = assessment.state.answers;
    assessment.finish();
    assessment.scorerUnavailable('The scoring engine could not load: offline');
    expect(assessment.state.status).to.equal('error');
    expect(assessment.state.error?.returnTo).to.equal('review');
    expect(assessment.state.answers).to.equal(answers);
    const errors = events.filter((e): e is L3dErrorEvent => e.type === 'l3d-error');
    expect(errors.map((e) => e.detail.code)).to.deep.equal(['scoring-failed']);
    expect(assessment.waitingForScorer).to.equal(false);
    // nothing waits any more: a late engine finishes nothing until the respondent does
    assessment.recover();
    assessment.configure({ scorer: score });
    expect(assessment.state.status).to.equal('review');
    assessment.finish();
    expect(completions(events)).to.have.length(1);
  });

  it("a restored rater's report gets its result once the engine is here, the code before it", () => {
    const host = Object.assign(new EventTarget(), {
      addController() {},
      removeController() {},
      requestUpdate() {},
      updateComplete: Promise.resolve(true),
    });
    const assessment = new AssessmentController(host, {
      instrument,
      form: 'observer',
      pageSize: 48,
    });
    const answers = Object.fromEntries(instrument.items.map((item) => [item.id, 3 as Answer]));
    expect(assessment.restore({ answers, status: 'report', group: 'peer', nonce: 7 })).to.equal(
      true,
    );
    // the code module comes first (the rater's part), the engine after it
    assessment.configure({ encoder: () => 'CODE' });
    expect(assessment.state.code).to.equal('CODE');
    expect(assessment.waitingForScorer).to.equal(true);
    assessment.configure({ scorer: score });
    expect(assessment.state.status).to.equal('report');
    expect(assessment.state.result).to.deep.equal(score(assessment.responses, { instrument }));
    expect(assessment.state.code).to.equal('CODE');
  });

  it('a restored report shows once the engine is here, without an event', () => {
    const { assessment, events } = flow();
    events.length = 0;
    const { answers } = assessment.state;
    expect(assessment.restore({ answers, status: 'report' })).to.equal(true);
    expect(assessment.state.status).to.equal('report');
    expect(assessment.state.result).to.equal(null);
    expect(assessment.waitingForScorer).to.equal(true);
    assessment.configure({ scorer: score });
    expect(assessment.state.result).to.deep.equal(score(assessment.responses, { instrument }));
    expect(events).to.deep.equal([]);
  });
});

describe('LazyPartController', () => {
  it('loads once, holds the value and re-renders the host', async () => {
    const el = await host();
    let loads = 0;
    const part = new LazyPartController(el, async () => ++loads);
    part.request();
    part.request();
    expect(part.status).to.equal('loading');
    await waitUntil(() => part.status === 'ready');
    expect([part.value, loads]).to.deep.equal([1, 1]);
  });

  it('reports a failed load; tries again only with retry', async () => {
    const el = await host();
    const failures: unknown[] = [];
    let loads = 0;
    const once = new LazyPartController(el, () => Promise.reject(new Error(`no ${++loads}`)), {
      onFail: (error) => failures.push(error),
    });
    once.request();
    await waitUntil(() => once.status === 'failed');
    once.request();
    await tick();
    expect(loads).to.equal(1);
    const again = new LazyPartController(el, () => Promise.reject(new Error('no')), {
      retry: true,
      onFail: (error) => failures.push(error),
    });
    again.request();
    await waitUntil(() => again.status === 'failed');
    again.request();
    await waitUntil(() => failures.length === 3);
    expect(failures.map(String)).to.deep.equal(['Error: no 1', 'Error: no', 'Error: no']);
  });
});
