import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { Leadership3d } from '../../src/components/leadership-3d/leadership-3d.js';
import { loadReportChunk } from '../../src/components/lazy-parts.js';
import type { L3dErrorDetail } from '../../src/events/events.js';
import type { Instrument } from '../../src/scoring/index.js';
import {
  DEFAULT_KEY,
  answerAllPages,
  answerPage,
  button,
  clearStorage,
  clickStart,
  details,
  finish,
  heading,
  headingIs,
  instrument,
  mountRecorded,
  primaryButton,
  questions,
  radio,
  settle,
  shadow,
  text,
} from '../fixtures/widget.js';

const items = instrument.items;

const errors = (events: Event[]) => details(events, 'l3d-error') as L3dErrorDetail[];

const alertText = (el: Leadership3d): string | undefined =>
  shadow(el).querySelector('[role="alert"]')?.textContent?.replace(/\s+/g, ' ').trim();

async function waitForError(el: Leadership3d, events: Event[]): Promise<L3dErrorDetail> {
  // the first validation loads the schema module, which can take a moment in the dev server
  await waitUntil(() => errors(events).length > 0, 'an l3d-error', { timeout: 5000 });
  await settle(el);
  return errors(events)[0]!;
}

const savedAnswers = () => JSON.parse(sessionStorage.getItem(DEFAULT_KEY) ?? '{}').answers;

describe('<leadership-3d> bad input', () => {
  // The widget must never throw into the host page, not even from async work.
  const uncaught: unknown[] = [];
  const onError = (e: ErrorEvent) => uncaught.push(e.error ?? e.message);
  const onRejection = (e: PromiseRejectionEvent) => uncaught.push(e.reason);
  beforeEach(() => {
    clearStorage();
    uncaught.length = 0;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    expect(uncaught).to.deep.equal([]);
    clearStorage();
  });

  it('rejects an invalid instrument property, keeps the answers, and recovers', async () => {
    const { el, events } = await mountRecorded();
    await clickStart(el);
    await answerPage(el);
    // The first answer fetches the report's chunk, with which the widget moves to the complete
    // built-in instrument at its next render: let that happen first, so it is the one in use.
    await loadReportChunk();
    el.requestUpdate();
    await settle(el);
    const before = el.responses.answers;
    const inUse = el.instrument;
    expect(inUse.facets[0]!.develop?.experiment, 'the complete instrument').to.be.a('string');
    el.instrument = { ...instrument, items: [] } as Instrument;
    const error = await waitForError(el, events);
    expect(error.code).to.equal('invalid-instrument');
    expect(error.message).to.contain('items');
    expect(alertText(el)).to.equal(
      'The questionnaire cannot be shown The questionnaire’s content is not in the expected format. Please let the people who run this site know.',
    );
    expect(questions(el)).to.have.length(0);
    expect(el.instrument).to.equal(inUse);
    expect(el.responses.answers).to.deep.equal(before);
    expect(savedAnswers()).to.deep.equal(before);
    await expect(el).to.be.accessible();

    el.instrument = instrument;
    await headingIs(el, 'Questions 1–8 of 48');
    expect(el.responses.answers).to.deep.equal(before);
  });

  it('reports a 404 instrument-src as instrument-fetch-failed', async () => {
    const { el, events } = await mountRecorded({ 'instrument-src': '/test/fixtures/missing.json' });
    const error = await waitForError(el, events);
    expect(error).to.deep.equal({
      code: 'instrument-fetch-failed',
      message: '/test/fixtures/missing.json: HTTP 404',
    });
    expect(alertText(el)).to.contain('The questionnaire could not be loaded.');
    expect(primaryButton(el)).to.equal(null);
  });

  it('reports a non-JSON instrument-src as invalid-instrument', async () => {
    const { el, events } = await mountRecorded({ 'instrument-src': '/test/fixtures/not-json.txt' });
    const error = await waitForError(el, events);
    expect(error.code).to.equal('invalid-instrument');
    expect(alertText(el)).to.contain('not in the expected format');
  });

  it('runs a valid shortened instrument from instrument-src', async () => {
    const { el, events } = await mountRecorded({
      'instrument-src': '/test/fixtures/short-instrument.json',
      'show-report': 'false',
    });
    await headingIs(el, 'Leadership 3D quick check');
    expect(el.instrument.id).to.equal('l3d-short');
    expect(text(el)).to.contain('It takes about 1 minute: 6 short statements');
    expect(text(el)).to.contain('Expertise');
    await clickStart(el);
    expect(heading(el).textContent?.trim()).to.equal('Questions 1–6 of 6');
    const labels = [...shadow(questions(el)[0]!).querySelectorAll('label')].map((l) =>
      l.textContent?.trim(),
    );
    expect(labels).to.deep.equal(['Never', 'Seldom', 'Sometimes', 'Usually', 'Always']);
    await answerAllPages(el, () => 4);
    await finish(el);
    expect(el.result?.instrumentId).to.equal('l3d-short');
    // 4 on the positive item and 6 − 4 = 2 on the reverse one: (4 + 2) / 2 = 3 → 50
    expect(el.result?.dimensions.technical.score).to.equal(50);
    expect(sessionStorage.getItem('leadership-3d:l3d-short@0.1.0:self')).to.not.equal(null);
    expect(errors(events)).to.deep.equal([]);
  });

  it('rejects bad responses, keeps the previous answers, and lets the respondent continue', async () => {
    const { el, events } = await mountRecorded();
    await clickStart(el);
    await answerPage(el);
    const before = el.responses.answers;
    el.responses = {
      instrumentId: instrument.id,
      instrumentVersion: instrument.version,
      form: 'self',
      answers: { [items[0]!.id]: 9 as never },
    };
    const error = await waitForError(el, events);
    expect(error.code).to.equal('invalid-responses');
    expect(error.message).to.contain(items[0]!.id);
    expect(alertText(el)).to.contain('Your own answers have been kept.');
    expect(el.responses.answers).to.deep.equal(before);
    expect(savedAnswers()).to.deep.equal(before);
    await expect(el).to.be.accessible();

    button(el, 'Continue').click();
    await headingIs(el, 'Questions 1–8 of 48');
    expect(shadow(el).activeElement).to.equal(heading(el));
    expect(radio(questions(el)[0]!, 1).checked).to.equal(true);
  });

  it('never throws into the host for responses or a snapshot it cannot read, and checks what it keeps', async () => {
    const { el, events } = await mountRecorded();
    await clickStart(el);
    await answerPage(el);
    const before = el.responses.answers;
    const throwing = new Proxy(
      {},
      {
        get: () => {
          throw new Error('boom');
        },
        ownKeys: () => {
          throw new Error('boom');
        },
      },
    );
    expect(() => (el.responses = throwing as never)).not.to.throw();
    const error = await waitForError(el, events);
    expect(error.code).to.equal('invalid-responses');
    expect(error.message).to.contain('could not be read');
    expect(el.responses.answers).to.deep.equal(before);
    expect(el.restore(throwing as never)).to.equal(false);
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    expect(el.restore(revoked.proxy as never)).to.equal(false);
    button(el, 'Continue').click();
    await headingIs(el, 'Questions 1–8 of 48');

    // A getter that answers 3 when checked and 9 afterwards: what is kept is what was checked.
    let reads = 0;
    const answers = {
      get [items[0]!.id]() {
        return reads++ === 0 ? 3 : 9;
      },
    };
    el.responses = {
      instrumentId: instrument.id,
      instrumentVersion: instrument.version,
      form: 'self',
      answers: answers as never,
    };
    await el.updateComplete;
    expect(el.responses.answers).to.deep.equal({ [items[0]!.id]: 3 });
    expect(savedAnswers()).to.deep.equal({ [items[0]!.id]: 3 });
  });

  it('rejects responses for another instrument version or form', async () => {
    const { el, events } = await mountRecorded();
    el.responses = {
      instrumentId: instrument.id,
      instrumentVersion: '1.0.0',
      form: 'self',
      answers: {},
    };
    el.responses = {
      instrumentId: instrument.id,
      instrumentVersion: instrument.version,
      form: 'observer',
      answers: {},
    };
    await settle(el);
    const [version, form] = errors(events);
    expect(version).to.deep.equal({
      code: 'invalid-responses',
      message: 'responses: expected instrument "l3d-core" version "2.0.0"',
    });
    expect(form).to.deep.equal({
      code: 'invalid-responses',
      message: 'responses.form: expected "self"',
    });
    expect(errors(events)).to.have.length(2);
    expect(alertText(el)).to.contain('could not be used');
  });

  it('falls back to English for an unknown lang, with one unknown-lang warning', async () => {
    sessionStorage.setItem(
      DEFAULT_KEY,
      JSON.stringify({
        v: 1,
        instrumentId: instrument.id,
        instrumentVersion: instrument.version,
        form: 'self',
        answers: { [items[0]!.id]: 2 },
        timings: {},
        page: 0,
        status: 'questions',
        savedAt: new Date().toISOString(),
      }),
    );
    const { el, events } = await mountRecorded({ lang: 'fr' });
    expect(errors(events).map((e) => e.code)).to.deep.equal(['unknown-lang']);
    expect(errors(events)[0]!.message).to.contain('"fr"');
    // no error screen: the respondent goes on in English with the saved answers
    expect(alertText(el)).to.equal(undefined);
    expect(heading(el).textContent?.trim()).to.equal('Questions 1–8 of 48');
    expect(radio(questions(el)[0]!, 2).checked).to.equal(true);
    expect(shadow(el).querySelector('.base')!.getAttribute('lang')).to.equal('en');
    // re-rendering, resetting or setting the same value again does not repeat the warning
    el.reset();
    el.lang = 'fr';
    await settle(el);
    expect(errors(events)).to.have.length(1);
    el.lang = 'en-GB';
    await settle(el);
    expect(errors(events)).to.have.length(1);
  });

  it('reports scoring-failed when the host’s norms are invalid, and goes back to the review', async () => {
    const { el, events } = await mountRecorded({ persist: 'none' });
    el.norms = { group: '' };
    await clickStart(el);
    await answerAllPages(el);
    button(el, 'Finish and see results').click();
    const error = await waitForError(el, events);
    expect(error.code).to.equal('scoring-failed');
    expect(error.message).to.contain('norms');
    expect(alertText(el)).to.contain('Your results could not be calculated.');
    button(el, 'Continue').click();
    await headingIs(el, 'Review your answers');
  });

  it('never throws when the host sets an instrument that is not an object', async () => {
    const { el, events } = await mountRecorded();
    const reported = oneEvent(el, 'l3d-error');
    el.instrument = 'not an instrument' as unknown as Instrument;
    expect((await reported).detail.code).to.equal('invalid-instrument');
    expect(errors(events)).to.have.length(1);
  });
});
