import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { Leadership3d } from '../../src/components/leadership-3d/leadership-3d.js';
import {
  L3dAnswerEvent,
  L3dCompleteEvent,
  L3dPageChangeEvent,
  L3dStartEvent,
} from '../../src/events/events.js';
import { score } from '../../src/scoring/index.js';
import { AssessmentController } from '../../src/controllers/assessment-controller.js';
import {
  answerAllPages,
  answerFor,
  button,
  clearStorage,
  clickStart,
  details,
  instrument,
  loaded,
  primaryButton,
  questions,
  radio,
  recordEvents,
  settle,
} from '../fixtures/widget.js';

const items = instrument.items;

/** A widget inside a wrapper that records every public event reaching the light DOM. */
async function mount(template = html`<leadership-3d persist="none"></leadership-3d>`) {
  const wrap = await fixture<HTMLDivElement>(html`<div>${template}</div>`);
  const el = wrap.querySelector('leadership-3d') as Leadership3d;
  await settle(el);
  return { el, events: recordEvents(wrap) };
}

describe('<leadership-3d> events', () => {
  beforeEach(clearStorage);

  it('fires l3d-start and l3d-page-change on Start, as bubbling, composed plain Events', async () => {
    const { el, events } = await mount();
    const fromDocument = oneEvent(document, 'l3d-start');
    await clickStart(el);
    const start = await fromDocument;
    expect(start).to.be.instanceOf(L3dStartEvent);
    expect(start).not.to.be.instanceOf(CustomEvent);
    expect(start.bubbles).to.equal(true);
    expect(start.composed).to.equal(true);
    expect(start.detail).to.deep.equal({
      instrumentId: 'l3d-core',
      instrumentVersion: '2.0.0',
      form: 'self',
      resumed: false,
    });
    expect(events.map((e) => e.type)).to.deep.equal(['l3d-start', 'l3d-page-change']);
    expect(events[1]).to.be.instanceOf(L3dPageChangeEvent);
    expect(details(events, 'l3d-page-change')).to.deep.equal([{ page: 0, pageCount: 6 }]);
  });

  it('fires l3d-answer with the item, value and counts, also when an answer changes', async () => {
    const { el, events } = await mount(
      html`<leadership-3d persist="none" form="observer" rater-group="peer"></leadership-3d>`,
    );
    await loaded(el);
    await clickStart(el);
    events.length = 0;
    const [first, second] = questions(el);
    radio(first!, 4).click();
    radio(second!, null).click();
    radio(first!, 2).click();
    await settle(el);
    expect(events.every((e) => e instanceof L3dAnswerEvent)).to.equal(true);
    expect(details(events, 'l3d-answer')).to.deep.equal([
      { itemId: items[0]!.id, value: 4, answered: 1, total: 48 },
      { itemId: items[1]!.id, value: null, answered: 2, total: 48 },
      { itemId: items[0]!.id, value: 2, answered: 2, total: 48 },
    ]);
  });

  it('fires l3d-page-change with the 0-based page on Next and Back, none for the review', async () => {
    const { el, events } = await mount(
      html`<leadership-3d persist="none" page-size="20"></leadership-3d>`,
    );
    await clickStart(el);
    primaryButton(el).click();
    await settle(el);
    primaryButton(el).click();
    await settle(el);
    button(el, 'Back').click();
    await settle(el);
    button(el, 'Next').click();
    await settle(el);
    button(el, 'Review answers').click();
    await settle(el);
    button(el, 'Back').click(); // from the review back to the last page
    await settle(el);
    expect(details(events, 'l3d-page-change')).to.deep.equal([
      { page: 0, pageCount: 3 },
      { page: 1, pageCount: 3 },
      { page: 2, pageCount: 3 },
      { page: 1, pageCount: 3 },
      { page: 2, pageCount: 3 },
      { page: 2, pageCount: 3 },
    ]);
  });

  it('fires l3d-complete with the result, the responses and the instrument identity', async () => {
    const { el, events } = await mount(
      html`<leadership-3d persist="none" show-report="false"></leadership-3d>`,
    );
    await clickStart(el);
    await answerAllPages(el);
    const completed = oneEvent(el, 'l3d-complete');
    button(el, 'Finish').click();
    const event = await completed;
    expect(event).to.be.instanceOf(L3dCompleteEvent);
    const { result, responses, instrumentId, instrumentVersion } = event.detail;
    expect(instrumentId).to.equal('l3d-core');
    expect(instrumentVersion).to.equal('2.0.0');
    expect(responses.answers).to.deep.equal(
      Object.fromEntries(items.map((i) => [i.id, answerFor(i.id)])),
    );
    expect(Object.keys(responses.timings ?? {})).to.have.length(48);
    expect(result).to.deep.equal(score(responses));
    expect(el.result).to.deep.equal(result);
    expect(details(events, 'l3d-complete')).to.have.length(1);
    expect(details(events, 'l3d-error')).to.have.length(0);
  });

  it('fires nothing for host changes: responses =, instrument =, restore(), reset()', async () => {
    const { el, events } = await mount();
    el.responses = {
      instrumentId: instrument.id,
      instrumentVersion: instrument.version,
      form: 'self',
      answers: { [items[0]!.id]: 3, [items[5]!.id]: 5 },
    };
    el.instrument = instrument;
    await settle(el);
    expect(el.responses.answers).to.deep.equal({ [items[0]!.id]: 3, [items[5]!.id]: 5 });
    expect(el.restore(el.snapshot)).to.equal(true);
    el.reset();
    await settle(el);
    expect(el.responses.answers).to.deep.equal({});
    expect(events.map((e) => e.type)).to.deep.equal([]);
  });

  it('shows host-set responses on the question pages without firing l3d-answer', async () => {
    const { el, events } = await mount();
    await clickStart(el);
    events.length = 0;
    el.responses = {
      instrumentId: instrument.id,
      instrumentVersion: instrument.version,
      form: 'self',
      answers: { [items[2]!.id]: 1 },
    };
    await settle(el);
    expect(radio(questions(el)[2]!, 1).checked).to.equal(true);
    expect(events).to.have.length(0);
  });

  it('has a controller that runs the flow without any element, events only for the respondent', () => {
    const host = Object.assign(new EventTarget(), {
      updates: 0,
      addController() {},
      removeController() {},
      requestUpdate() {
        host.updates++;
      },
      updateComplete: Promise.resolve(true),
    });
    const seen = recordEvents(host);
    let clock = 1000;
    const controller = new AssessmentController(
      host,
      { instrument, form: 'self', pageSize: 24 },
      () => clock,
    );
    controller.start();
    clock += 2500;
    expect(controller.answer(items[0]!.id, 5)).to.equal(true);
    expect(controller.answer(items[30]!.id, 5)).to.equal(false); // not on this page
    controller.next();
    controller.next();
    expect(controller.state.status).to.equal('review');
    expect(controller.state.timings).to.deep.equal({ [items[0]!.id]: 2500 });
    const before = controller.state;
    controller.replaceAnswers({ ...controller.responses, answers: { [items[1]!.id]: 1 } });
    expect(before.answers).to.deep.equal({ [items[0]!.id]: 5 }); // states are never mutated
    controller.reset();
    expect(controller.state.status).to.equal('intro');
    expect(host.updates).to.be.greaterThan(0);
    expect(seen.map((e) => e.type)).to.deep.equal([
      'l3d-start',
      'l3d-page-change',
      'l3d-answer',
      'l3d-page-change',
    ]);
  });
});
