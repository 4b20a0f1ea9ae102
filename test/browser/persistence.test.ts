import { expect } from '@open-wc/testing';
import type { Snapshot } from '../../src/controllers/persistence-controller.js';
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
  snapshot,
  text,
} from '../fixtures/widget.js';

const items = instrument.items;

const stored = (key = DEFAULT_KEY, storage: Storage = sessionStorage): Snapshot | null => {
  const raw = storage.getItem(key);
  return raw === null ? null : (JSON.parse(raw) as Snapshot);
};

const errorCodes = (events: Event[]) =>
  details(events, 'l3d-error').map((d) => (d as { code: string }).code);

describe('<leadership-3d> persistence', () => {
  beforeEach(clearStorage);
  afterEach(clearStorage);

  it('saves a snapshot after every answer under the default key', async () => {
    const { el } = await mountRecorded();
    expect(sessionStorage.getItem(DEFAULT_KEY)).to.equal(null);
    await clickStart(el);
    radio(questions(el)[0]!, 4).click();
    await settle(el);
    const saved = stored()!;
    expect(saved).to.include({
      v: 1,
      instrumentId: 'l3d-core',
      instrumentVersion: '2.0.0',
      form: 'self',
      page: 0,
      status: 'questions',
    });
    expect(saved.answers).to.deep.equal({ [items[0]!.id]: 4 });
    expect(saved.timings[items[0]!.id]).to.be.a('number');
    expect(Number.isNaN(Date.parse(saved.savedAt))).to.equal(false);
    radio(questions(el)[1]!, 2).click();
    await settle(el);
    expect(stored()!.answers).to.deep.equal({ [items[0]!.id]: 4, [items[1]!.id]: 2 });
    expect(localStorage.length).to.equal(0);
  });

  it('resumes after a reload: same answers, same page, l3d-start with resumed: true', async () => {
    const first = await mountRecorded();
    await clickStart(first.el);
    await answerPage(first.el);
    primaryButton(first.el).click();
    await headingIs(first.el, 'Questions 9–16 of 48');
    radio(questions(first.el)[0]!, 5).click();
    await settle(first.el);
    const answersBefore = first.el.responses.answers;
    first.remove();

    const second = await mountRecorded();
    expect(heading(second.el).textContent?.trim()).to.equal('Questions 9–16 of 48');
    expect(second.el.responses.answers).to.deep.equal(answersBefore);
    expect(radio(questions(second.el)[0]!, 5).checked).to.equal(true);
    expect(details(second.events, 'l3d-start')).to.deep.equal([
      { instrumentId: 'l3d-core', instrumentVersion: '2.0.0', form: 'self', resumed: true },
    ]);
    primaryButton(second.el).click();
    await headingIs(second.el, 'Questions 17–24 of 48');
  });

  it('shows the report again for a completed snapshot', async () => {
    const first = await mountRecorded({ 'show-report': 'false' });
    await clickStart(first.el);
    await answerAllPages(first.el);
    button(first.el, 'Finish').click();
    // Finish waits for the scorer, which comes with the report's chunk
    await headingIs(first.el, 'Thank you');
    expect(stored()!.status).to.equal('report');
    const scored = first.el.result;
    first.remove();

    const second = await mountRecorded({ 'show-report': 'false' });
    // a restored report shows a loading status until it is scored
    await headingIs(second.el, 'Thank you');
    expect(second.el.result?.dimensions).to.deep.equal(scored?.dimensions);
    // the completion was announced in the first session: nothing new to announce
    expect(second.events).to.have.length(0);
  });

  it('uses localStorage with persist="local" and a custom storage-key', async () => {
    const { el } = await mountRecorded({ persist: 'local', 'storage-key': 'my-course:l3d' });
    await clickStart(el);
    radio(questions(el)[0]!, 3).click();
    await settle(el);
    expect(stored('my-course:l3d', localStorage)!.answers).to.deep.equal({ [items[0]!.id]: 3 });
    expect(sessionStorage.length).to.equal(0);
    expect(text(el)).to.not.contain('cannot be saved');
  });

  it('stores nothing with persist="none" and says so on the intro', async () => {
    const { el } = await mountRecorded({ persist: 'none' });
    expect(text(el)).to.contain('Your answers are not saved');
    await clickStart(el);
    await answerPage(el);
    primaryButton(el).click();
    await settle(el);
    expect(Object.keys(el.responses.answers)).to.have.length(8);
    expect(sessionStorage.length).to.equal(0);
    expect(localStorage.length).to.equal(0);
  });

  const corrupt: [string, string][] = [
    ['text that is not JSON', '{"v":1, answers: oops'],
    ['a hostile object', '{"__proto__":{"polluted":true},"constructor":{"prototype":{"x":1}}}'],
    [
      'a prototype-polluting answer key',
      JSON.stringify(snapshot({ answers: JSON.parse('{"__proto__":{"polluted":true}}') })),
    ],
    [
      'an answer out of range',
      JSON.stringify(snapshot({ answers: { [items[0]!.id]: 7 } as never })),
    ],
    ['an answer as text', JSON.stringify(snapshot({ answers: { [items[0]!.id]: '3' } as never }))],
    ['an unknown item id', JSON.stringify(snapshot({ answers: { 'not-an-item': 3 } }))],
    ['an unknown status', JSON.stringify(snapshot({ status: 'done' as never }))],
    ['a negative page', JSON.stringify(snapshot({ page: -2 }))],
  ];
  for (const [what, raw] of corrupt)
    it(`ignores ${what} in storage with storage-corrupt, and works`, async () => {
      sessionStorage.setItem(DEFAULT_KEY, raw);
      const { el, events } = await mountRecorded();
      expect(errorCodes(events)).to.deep.equal(['storage-corrupt']);
      expect(heading(el).textContent?.trim()).to.equal('Leadership 3D diagnostic');
      expect(el.responses.answers).to.deep.equal({});
      expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
      await clickStart(el);
      radio(questions(el)[0]!, 2).click();
      await settle(el);
      expect(stored()!.answers).to.deep.equal({ [items[0]!.id]: 2 });
    });

  it('does not apply a version 1 snapshot under a custom key', async () => {
    // answers to version 1 items: different texts under the same ids, so never applied
    sessionStorage.setItem('shared', JSON.stringify(snapshot({ instrumentVersion: '1.0.0' })));
    const { el, events } = await mountRecorded({ 'storage-key': 'shared' });
    expect(errorCodes(events)).to.deep.equal(['storage-version-mismatch']);
    const [detail] = details(events, 'l3d-error') as { message: string }[];
    expect(detail!.message).to.contain('1.0.0');
    expect(el.responses.answers).to.deep.equal({});
    expect(heading(el).textContent?.trim()).to.equal('Leadership 3D diagnostic');
    expect(details(events, 'l3d-start')).to.have.length(0);
  });

  it('does not apply an observer snapshot to the self form', async () => {
    sessionStorage.setItem('shared', JSON.stringify(snapshot({ form: 'observer' })));
    const { el, events } = await mountRecorded({ 'storage-key': 'shared' });
    expect(errorCodes(events)).to.deep.equal(['storage-version-mismatch']);
    expect(el.responses.answers).to.deep.equal({});
  });

  describe('when storage refuses writes', () => {
    const originalSetItem = Storage.prototype.setItem;
    beforeEach(() => {
      Storage.prototype.setItem = function refuse() {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    afterEach(() => {
      Storage.prototype.setItem = originalSetItem;
    });

    it('reports storage-full once, warns, and still completes', async () => {
      const { el, events } = await mountRecorded({ 'show-report': 'false' });
      await clickStart(el);
      await answerAllPages(el);
      expect(errorCodes(events)).to.deep.equal(['storage-full']);
      const [detail] = details(events, 'l3d-error') as { message: string }[];
      expect(detail!.message).to.contain('QuotaExceededError');
      expect(text(el)).to.contain('will be lost if you leave or reload this page');
      await finish(el);
      expect(heading(el).textContent?.trim()).to.equal('Thank you');
      expect(el.result?.dimensions.business.score).to.be.a('number');
      expect(details(events, 'l3d-complete')).to.have.length(1);
    });
  });

  it('reports storage-unavailable when reading throws, and starts fresh', async () => {
    const originalGetItem = Storage.prototype.getItem;
    Storage.prototype.getItem = function blocked() {
      throw new DOMException('Access is denied for this document.', 'SecurityError');
    };
    try {
      const { el, events } = await mountRecorded();
      expect(errorCodes(events)).to.deep.equal(['storage-unavailable']);
      await clickStart(el);
      expect(heading(el).textContent?.trim()).to.equal('Questions 1–8 of 48');
    } finally {
      Storage.prototype.getItem = originalGetItem;
    }
  });

  it('reset() clears the answers and the saved copy, back to the intro, with no event', async () => {
    const { el, events } = await mountRecorded();
    await clickStart(el);
    await answerPage(el);
    expect(stored()).to.not.equal(null);
    events.length = 0;
    el.reset();
    await settle(el);
    expect(sessionStorage.getItem(DEFAULT_KEY)).to.equal(null);
    expect(el.responses.answers).to.deep.equal({});
    expect(heading(el).textContent?.trim()).to.equal('Leadership 3D diagnostic');
    expect(events).to.have.length(0);
  });

  it('restore() puts a snapshot back and saves it; a foreign one is refused', async () => {
    const { el, events } = await mountRecorded({ 'page-size': '4' });
    events.length = 0;
    const other = snapshot({ instrumentId: 'someone-else' });
    expect(el.restore(other)).to.equal(false);
    expect(el.restore('not json')).to.equal(false);
    expect(el.responses.answers).to.deep.equal({});

    const mine = snapshot({ page: 2, answers: { [items[9]!.id]: 5 } });
    expect(el.restore(JSON.stringify(mine))).to.equal(true);
    await settle(el);
    expect(heading(el).textContent?.trim()).to.equal('Questions 9–12 of 48');
    expect(radio(questions(el)[1]!, 5).checked).to.equal(true);
    expect(stored()!.answers).to.deep.equal({ [items[9]!.id]: 5 });
    expect(el.snapshot).to.include({ page: 2, status: 'questions' });
    expect(events).to.have.length(0);
  });

  it('keeps separate snapshots for two widgets with different storage keys', async () => {
    const a = await mountRecorded({ 'storage-key': 'left' });
    const b = await mountRecorded({ 'storage-key': 'right' });
    await clickStart(a.el);
    radio(questions(a.el)[0]!, 1).click();
    await settle(a.el);
    expect(stored('left')!.answers).to.deep.equal({ [items[0]!.id]: 1 });
    expect(stored('right')).to.equal(null);
    expect(heading(b.el).textContent?.trim()).to.equal('Leadership 3D diagnostic');
    a.remove();
    b.remove();
    const left = await mountRecorded({ 'storage-key': 'left' });
    const right = await mountRecorded({ 'storage-key': 'right' });
    expect(left.el.responses.answers).to.deep.equal({ [items[0]!.id]: 1 });
    expect(right.el.responses.answers).to.deep.equal({});
    expect(heading(left.el).textContent?.trim()).to.equal('Questions 1–8 of 48');
    expect(heading(right.el).textContent?.trim()).to.equal('Leadership 3D diagnostic');
  });
});
