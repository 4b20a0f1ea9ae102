// Storage that misbehaves the way real browsers do (blocked, full, holding junk or another
// version's data), for both persist modes: the respondent always finishes with every answer,
// the host hears one specific `l3d-error`, and nothing is thrown into the page.
import { expect } from '@open-wc/testing';
import type { Snapshot } from '../../src/controllers/persistence-controller.js';
import { es } from '../../src/i18n/locales/es.js';
import { ar } from '../../src/i18n/locales/ar.js';
import { enFlow } from '../../src/i18n/locales/en.js';
import type { Leadership3d } from '../../src/components/leadership-3d/leadership-3d.js';
import {
  answerAllPages,
  answerFor,
  answerPage,
  button,
  clearStorage,
  clickStart,
  details,
  heading,
  headingIs,
  instrument,
  loaded,
  mountRecorded,
  primaryButton,
  questions,
  radio,
  reportDrawn,
  settle,
  snapshot,
  shadow,
} from '../fixtures/widget.js';

const items = instrument.items;
const ALL_ANSWERS = Object.fromEntries(items.map((item) => [item.id, answerFor(item.id)]));
const KEY = 'faults:l3d';

const MODES = [
  { mode: 'session', storageName: 'sessionStorage' },
  { mode: 'local', storageName: 'localStorage' },
] as const;

const errorCodes = (events: Event[]) =>
  details(events, 'l3d-error').map((d) => (d as { code: string }).code);

const errorMessages = (events: Event[]) =>
  details(events, 'l3d-error').map((d) => (d as { message: string }).message);

/** The notice above the flow, or null when none is shown. */
const notice = (el: Leadership3d): string | null =>
  shadow(el).querySelector('.base > .callout')?.textContent?.trim() ?? null;

/** Uncaught errors and unhandled rejections that reach the window while a test runs. */
function watchCrashes(): { crashes: string[]; stop: () => void } {
  const crashes: string[] = [];
  const onError = (event: ErrorEvent) => crashes.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) =>
    crashes.push(`unhandledrejection: ${String(event.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    crashes,
    stop: () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** Makes `setItem` throw `make()` until the returned function puts it back. */
function refuseWrites(make: () => unknown): () => void {
  const original = Storage.prototype.setItem;
  Storage.prototype.setItem = function refuse() {
    throw make();
  };
  return () => {
    Storage.prototype.setItem = original;
  };
}

const quotaExceeded = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

for (const { mode, storageName } of MODES)
  describe(`<leadership-3d> storage faults with persist="${mode}"`, () => {
    const storage = (): Storage => window[storageName];
    const stored = (): Snapshot | null => {
      const raw = storage().getItem(KEY);
      return raw === null ? null : (JSON.parse(raw) as Snapshot);
    };
    const mount = (attributes: Record<string, string> = {}) =>
      mountRecorded({ persist: mode, 'storage-key': KEY, ...attributes });

    let watch: ReturnType<typeof watchCrashes>;
    const restores: (() => void)[] = [];
    beforeEach(() => {
      clearStorage();
      watch = watchCrashes();
    });
    afterEach(() => {
      while (restores.length) restores.pop()!();
      watch.stop();
      clearStorage();
    });

    describe('storage blocked on access (cookies blocked)', () => {
      /** Reading `window.<storage>` throws, as with blocked cookies; put back by afterEach. */
      const block = () => {
        const original = Object.getOwnPropertyDescriptor(window, storageName)!;
        Object.defineProperty(window, storageName, {
          configurable: true,
          get() {
            throw new DOMException('Access is denied for this document.', 'SecurityError');
          },
        });
        restores.push(() => Object.defineProperty(window, storageName, original));
      };

      it('reports storage-unavailable once, keeps every answer and reaches the report', async () => {
        block();
        const { el, events } = await mount();
        expect(errorCodes(events)).to.deep.equal(['storage-unavailable']);
        expect(errorMessages(events)[0]).to.contain('SecurityError');
        expect(notice(el)).to.equal(enFlow.storageUnavailable);
        await clickStart(el);
        await answerAllPages(el);
        expect(el.responses.answers).to.deep.equal(ALL_ANSWERS);
        button(el, 'Finish and see results').click();
        await reportDrawn(el);
        expect(el.result?.dimensions.technical.score).to.be.a('number');
        expect(details(events, 'l3d-complete')).to.have.length(1);
        expect(errorCodes(events), 'once, not once per answer').to.deep.equal([
          'storage-unavailable',
        ]);
        expect(watch.crashes).to.deep.equal([]);
      });

      it('saves everything kept in memory at the next change once storage is back', async () => {
        block();
        const { el, events } = await mount();
        await clickStart(el);
        const first = await answerPage(el);
        restores.pop()!();
        primaryButton(el).click();
        await headingIs(el, 'Questions 9–16 of 48');
        expect(notice(el)).to.equal(null);
        expect(stored()!.answers).to.deep.equal(
          Object.fromEntries(first.map((id) => [id, answerFor(id)])),
        );
        expect(stored()!.page).to.equal(1);
        expect(errorCodes(events)).to.deep.equal(['storage-unavailable']);
        expect(watch.crashes).to.deep.equal([]);
      });
    });

    describe('storage full (QuotaExceededError) mid-run', () => {
      it('reports storage-full once, keeps every answer and reaches the report; the earlier snapshot stays', async () => {
        const { el, events } = await mount();
        await clickStart(el);
        const savedIds = await answerPage(el);
        const savedBefore = stored()!.answers;
        expect(Object.keys(savedBefore)).to.deep.equal(savedIds);
        restores.push(refuseWrites(quotaExceeded));

        primaryButton(el).click();
        await settle(el);
        await answerAllPages(el);
        expect(errorCodes(events), 'once, not once per answer').to.deep.equal(['storage-full']);
        expect(errorMessages(events)[0]).to.contain('QuotaExceededError');
        expect(notice(el)).to.equal(enFlow.storageUnavailable);
        expect(el.responses.answers).to.deep.equal(ALL_ANSWERS);
        expect(stored()!.answers, 'what was saved before is not lost').to.deep.equal(savedBefore);

        button(el, 'Finish and see results').click();
        await reportDrawn(el);
        expect(el.result?.dimensions.business.score).to.be.a('number');
        expect(details(events, 'l3d-complete')).to.have.length(1);
        expect(errorCodes(events)).to.deep.equal(['storage-full']);
        expect(watch.crashes).to.deep.equal([]);
      });

      it('writes the whole snapshot at the next change once space is free, and the notice goes', async () => {
        const { el, events } = await mount({ 'show-report': 'false' });
        await clickStart(el);
        await answerPage(el);
        const restoreWrites = refuseWrites(quotaExceeded);
        primaryButton(el).click();
        await settle(el);
        await answerAllPages(el);
        expect(notice(el)).to.equal(enFlow.storageUnavailable);
        restoreWrites();
        button(el, 'Finish').click();
        await headingIs(el, 'Thank you');
        expect(notice(el)).to.equal(null);
        expect(stored()).to.deep.include({ status: 'report', answers: ALL_ANSWERS });
        expect(errorCodes(events)).to.deep.equal(['storage-full']);
        expect(watch.crashes).to.deep.equal([]);
      });

      const quotaErrors: [string, () => unknown][] = [
        ['QuotaExceededError', quotaExceeded],
        [
          "Firefox's NS_ERROR_DOM_QUOTA_REACHED",
          () =>
            new DOMException(
              'Persistent storage maximum size reached',
              'NS_ERROR_DOM_QUOTA_REACHED',
            ),
        ],
        [
          'an error with only the legacy code 22',
          () => Object.assign(new Error('quota'), { code: 22 }),
        ],
      ];
      for (const [what, make] of quotaErrors)
        it(`reads ${what} as storage-full`, async () => {
          restores.push(refuseWrites(make));
          const { el, events } = await mount();
          await clickStart(el);
          await answerPage(el);
          expect(errorCodes(events)).to.deep.equal(['storage-full']);
          expect(Object.keys(el.responses.answers)).to.have.length(8);
          expect(watch.crashes).to.deep.equal([]);
        });

      it('a write refused for another reason stays storage-unavailable', async () => {
        restores.push(refuseWrites(() => new DOMException('denied', 'SecurityError')));
        const { el, events } = await mount();
        await clickStart(el);
        await answerPage(el);
        expect(errorCodes(events)).to.deep.equal(['storage-unavailable']);
        expect(watch.crashes).to.deep.equal([]);
      });

      for (const [lang, flow] of [
        ['es', es.flow],
        ['ar', ar.flow],
      ] as const)
        it(`shows the ${lang} notice when storage is full`, async () => {
          const { el, events } = await mount({ lang });
          await loaded(el);
          restores.push(refuseWrites(quotaExceeded));
          await clickStart(el);
          radio(questions(el)[0]!, 3).click();
          await settle(el);
          expect(errorCodes(events)).to.deep.equal(['storage-full']);
          expect(notice(el)).to.equal(flow.storageUnavailable);
          expect(watch.crashes).to.deep.equal([]);
        });
    });

    describe('corrupt or hostile data in storage', () => {
      const deep = 200_000;
      const nested = '['.repeat(deep) + ']'.repeat(deep);
      const corrupt: [string, string][] = [
        ['text that is not JSON', 'leadership answers: 4, 2, 5'],
        ['truncated JSON', JSON.stringify(snapshot()).slice(0, 60)],
        ['an empty string', ''],
        ['JSON null', 'null'],
        ['a JSON number', '42'],
        ['a JSON string', '"questions"'],
        ['a JSON array', JSON.stringify([snapshot()])],
        ['an object of the wrong shape', '{"answers":{"a":1},"page":"2"}'],
        ['an older snapshot format', JSON.stringify(snapshot({ v: 0 }))],
        ['a savedAt that is not a time', JSON.stringify(snapshot({ savedAt: 'yesterday' }))],
        ['a 3 MB savedAt', JSON.stringify(snapshot({ savedAt: '2026'.repeat(750_000) }))],
        ['a __proto__ payload', '{"__proto__":{"polluted":true}}'],
        [
          'a constructor.prototype payload',
          '{"v":1,"constructor":{"prototype":{"polluted":true}},"__proto__":{"polluted":true}}',
        ],
        [
          'answers with a __proto__ key',
          JSON.stringify(snapshot()).replace(
            '"answers":{',
            '"answers":{"__proto__":{"polluted":true},',
          ),
        ],
        ['an answer of 0', JSON.stringify(snapshot({ answers: { [items[0]!.id]: 0 } }))],
        ['an answer of 6', JSON.stringify(snapshot({ answers: { [items[0]!.id]: 6 } }))],
        ['an answer of 3.5', JSON.stringify(snapshot({ answers: { [items[0]!.id]: 3.5 } }))],
        ['an answer of "NaN"', JSON.stringify(snapshot({ answers: { [items[0]!.id]: 'NaN' } }))],
        [
          'an answer of 1e309 (Infinity once parsed)',
          JSON.stringify(snapshot()).replace(
            /"answers":\{"[^"]+":4/,
            `"answers":{"${items[0]!.id}":1e309`,
          ),
        ],
        ['a huge answer', JSON.stringify(snapshot({ answers: { [items[0]!.id]: 1e308 } }))],
        ['a negative timing', JSON.stringify(snapshot({ timings: { [items[0]!.id]: -5 } }))],
        [
          'an item id that is an HTML payload',
          JSON.stringify(snapshot({ answers: { '<img src=x onerror="window.__xss=1">': 3 } })),
        ],
        ['a page of 1e309', JSON.stringify(snapshot()).replace('"page":0', '"page":1e309')],
        ['a page of 1.5', JSON.stringify(snapshot({ page: 1.5 }))],
        ['a multi-MB string that is not JSON', 'x'.repeat(3_000_000)],
        [
          'a multi-MB item id',
          JSON.stringify(snapshot({ answers: { ['i'.repeat(3_000_000)]: 3 } })),
        ],
        ['deeply nested arrays', nested],
        [
          'deeply nested arrays as an answer',
          JSON.stringify(snapshot()).replace(
            /"answers":\{"([^"]+)":4/,
            `"answers":{"$1":${nested}`,
          ),
        ],
      ];
      for (const [what, raw] of corrupt)
        it(`ignores ${what} with storage-corrupt, applies nothing and starts fresh`, async () => {
          storage().setItem(KEY, raw);
          const { el, events } = await mount();
          expect(errorCodes(events)).to.deep.equal(['storage-corrupt']);
          expect(el.responses.answers).to.deep.equal({});
          expect(heading(el).textContent?.trim()).to.equal('Leadership 3D diagnostic');
          expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
          expect(Object.prototype).not.to.have.property('polluted');
          expect((window as unknown as { __xss?: unknown }).__xss).to.equal(undefined);
          await clickStart(el);
          radio(questions(el)[0]!, 2).click();
          await settle(el);
          expect(stored(), 'the snapshot is rewritten cleanly').to.deep.include({
            v: 1,
            instrumentVersion: instrument.version,
            status: 'questions',
            answers: { [items[0]!.id]: 2 },
          });
          expect(errorCodes(events)).to.deep.equal(['storage-corrupt']);
          expect(watch.crashes).to.deep.equal([]);
        });

      it('a respondent given a corrupt snapshot still completes the whole run', async () => {
        storage().setItem(KEY, '{"__proto__":{"polluted":true}}');
        const { el, events } = await mount({ 'show-report': 'false' });
        await clickStart(el);
        await answerAllPages(el);
        button(el, 'Finish').click();
        await headingIs(el, 'Thank you');
        expect(el.result?.dimensions.relational.score).to.be.a('number');
        expect(stored()).to.deep.include({ status: 'report', answers: ALL_ANSWERS });
        expect(errorCodes(events)).to.deep.equal(['storage-corrupt']);
        expect(watch.crashes).to.deep.equal([]);
      });
    });

    describe('a snapshot from an older instrument version', () => {
      it('under a shared key: storage-version-mismatch, not applied, replaced by the new run', async () => {
        const old = JSON.stringify(snapshot({ instrumentVersion: '0.9.0', page: 3 }));
        storage().setItem(KEY, old);
        const { el, events } = await mount();
        expect(errorCodes(events)).to.deep.equal(['storage-version-mismatch']);
        expect(errorMessages(events)[0]).to.contain('0.9.0');
        expect(el.responses.answers).to.deep.equal({});
        expect(heading(el).textContent?.trim()).to.equal('Leadership 3D diagnostic');
        expect(storage().getItem(KEY), 'untouched until the respondent answers').to.equal(old);
        await clickStart(el);
        radio(questions(el)[0]!, 5).click();
        await settle(el);
        expect(stored()).to.deep.include({
          instrumentVersion: instrument.version,
          page: 0,
          answers: { [items[0]!.id]: 5 },
        });
        expect(watch.crashes).to.deep.equal([]);
      });

      it('under the default key (versioned): never read, no error, and left alone', async () => {
        const oldKey = `leadership-3d:${instrument.id}@0.9.0:self`;
        const old = JSON.stringify(snapshot({ instrumentVersion: '0.9.0' }));
        storage().setItem(oldKey, old);
        const { el, events } = await mountRecorded({ persist: mode });
        expect(errorCodes(events)).to.deep.equal([]);
        expect(el.responses.answers).to.deep.equal({});
        await clickStart(el);
        radio(questions(el)[0]!, 1).click();
        await settle(el);
        expect(storage().getItem(oldKey)).to.equal(old);
        expect(watch.crashes).to.deep.equal([]);
      });

      it("an observer's snapshot from before groups and nonces loads, and is saved with a nonce", async () => {
        storage().setItem(
          KEY,
          JSON.stringify(snapshot({ form: 'observer', answers: { [items[0]!.id]: null } })),
        );
        const { el, events } = await mount({ form: 'observer' });
        await loaded(el);
        expect(errorCodes(events)).to.deep.equal([]);
        expect(el.responses.answers).to.deep.equal({ [items[0]!.id]: null });
        expect(el.responses).not.to.have.property('group');
        radio(questions(el)[1]!, 4).click();
        await settle(el);
        const saved = stored()!;
        expect(saved.answers).to.deep.equal({ [items[0]!.id]: null, [items[1]!.id]: 4 });
        expect(saved.nonce).to.be.a('number');
        expect(saved).not.to.have.property('group');
        expect(watch.crashes).to.deep.equal([]);
      });
    });
  });
