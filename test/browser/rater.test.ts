// The rater's side of 360° feedback: <leadership-3d form="observer"> tells the rater how their
// answers stay anonymous, asks their relationship to the person, and ends with a response code
// (not a report) that decodes back to exactly what they answered.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import type { Leadership3d } from '../../src/components/leadership-3d/leadership-3d.js';
import { L3dCompleteEvent, type L3dObserverCompleteDetail } from '../../src/events/events.js';
import { NONCE_LIMIT, decodeResponseCode } from '../../src/scoring/codes.js';
import { NONCE_LIMIT as WIDGET_NONCE_LIMIT } from '../../src/controllers/assessment-controller.js';
import { score, type Answer, type RaterGroup } from '../../src/scoring/index.js';
import { enRater } from '../../src/i18n/locales/en-rater.js';
import type { RaterComments } from '../../src/internal/rater-comments.js';
import { defaultStorageKey } from '../../src/controllers/persistence-controller.js';
import {
  answerAllPages,
  button,
  clearStorage,
  details,
  heading,
  instrument,
  loaded,
  primaryButton,
  questions,
  radio,
  radios,
  recordEvents,
  settle,
  shadow,
  text,
  type ValueFor,
} from '../fixtures/widget.js';
import { wcagViolations } from '../fixtures/axe.js';
import { captureDownloads, pointerEventsDuring, type CapturedDownload } from '../fixtures/page.js';

const items = instrument.items;
const t = enRater;

/** A varied pattern with one "Not observed" and one unanswered item. */
const NOT_OBSERVED_ID = items[5]!.id;
const UNANSWERED_ID = items[3]!.id;
const valueFor: ValueFor = (id) => {
  if (id === NOT_OBSERVED_ID) return null;
  if (id === UNANSWERED_ID) return undefined;
  return ((items.findIndex((item) => item.id === id) % 5) + 1) as Answer;
};
const expectedAnswers = (): Record<string, Answer | null> =>
  Object.fromEntries(
    items.flatMap((item) => {
      const value = valueFor(item.id);
      return value === undefined ? [] : [[item.id, value]];
    }),
  );

/** Mounts a widget from markup (as a host page writes it) and waits for the rater part. */
async function mount(attributes = 'persist="none"'): Promise<{
  el: Leadership3d;
  events: Event[];
}> {
  const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
  const events = recordEvents(wrap);
  wrap.innerHTML = `<leadership-3d form="observer" ${attributes}></leadership-3d>`;
  const el = wrap.querySelector('leadership-3d')!;
  await loaded(el);
  return { el, events };
}

const groupRadios = (el: Leadership3d): HTMLInputElement[] => [
  ...shadow(el).querySelectorAll<HTMLInputElement>('input[name="rater-group"]'),
];

async function chooseGroup(el: Leadership3d, group: RaterGroup): Promise<void> {
  groupRadios(el)
    .find((r) => r.value === group)!
    .click();
  await settle(el);
}

const codeField = (el: Leadership3d): HTMLTextAreaElement | null =>
  shadow(el).querySelector<HTMLTextAreaElement>('textarea#response-code');

/** Waits for the completion screen and returns the code it shows. */
async function shownCode(el: Leadership3d): Promise<string> {
  await waitUntil(() => codeField(el)?.value, 'response code shown', { timeout: 5000 });
  await settle(el);
  return codeField(el)!.value;
}

/** From the intro to the completion screen by clicking, with a group and the answer pattern. */
async function finishAsRater(
  el: Leadership3d,
  group: RaterGroup | null = 'peer',
  answers: ValueFor = valueFor,
): Promise<string> {
  if (group) await chooseGroup(el, group);
  primaryButton(el).click();
  await settle(el);
  await answerAllPages(el, answers);
  primaryButton(el).click();
  return shownCode(el);
}

const statusText = (el: Leadership3d): string =>
  shadow(el).querySelector('.copy-status')!.textContent!.trim();

describe('rater: what only the observer form loads', () => {
  beforeEach(clearStorage);

  // The code module travels in the rater part's chunk in the build; here, unbundled, this file
  // imports it itself, so only the rater part is checked.
  it('the self form never fetches the rater part', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
    wrap.innerHTML = '<leadership-3d persist="none"></leadership-3d>';
    const el = wrap.querySelector('leadership-3d')!;
    await loaded(el);
    primaryButton(el).click();
    await settle(el);
    const raterPart = () =>
      performance
        .getEntriesByType('resource')
        .filter((entry) =>
          entry.name.split('?')[0]!.endsWith('/src/components/leadership-3d/rater-view.ts'),
        );
    expect(raterPart()).to.deep.equal([]);
    // the observer form does fetch it: the check above would see it
    await mount();
    expect(raterPart()).to.have.length(1);
  });
});

describe('rater: intro and relationship', () => {
  beforeEach(clearStorage);

  it('explains anonymity in plain words, for the observer form only', async () => {
    const { el } = await mount();
    const intro = text(el);
    expect(intro).to.contain(t.intro.anonymity);
    // the minimum group size comes from the engine's rule, as a number in a plural message
    expect(intro).to.contain('only when at least 3 people in it have answered');
    expect(intro).to.contain('if you are this person’s manager, they will know');
    expect(intro).to.contain(t.intro.offline);
    expect(intro).to.contain(t.intro.purpose);
    const self = await fixture<Leadership3d>(html`<leadership-3d persist="none"></leadership-3d>`);
    await settle(self);
    expect(text(self)).not.to.contain(t.intro.anonymity);
    expect(shadow(self).querySelector('input[name="rater-group"]')).to.equal(null);
  });

  it('does not claim that nothing is sent when an LRS is configured', async () => {
    const { el } = await mount('persist="none" xapi-endpoint="/lrs-stub"');
    expect(text(el)).not.to.contain(t.intro.offline);
    expect(text(el)).to.contain('They are not sent anywhere unless this site has been set up');
  });

  it('asks the relationship with four native radios in a fieldset with a legend', async () => {
    const { el } = await mount();
    const fieldset = shadow(el).querySelector('fieldset.group')!;
    expect(fieldset.querySelector('legend')!.textContent!.trim()).to.equal(t.group.legend);
    const options = groupRadios(el).map((r) => [r.value, r.closest('label')!.textContent!.trim()]);
    expect(options).to.deep.equal([
      ['manager', t.group.options.manager],
      ['peer', t.group.options.peer],
      ['direct-report', t.group.options['direct-report']],
      ['other', t.group.options.other],
    ]);
    expect(groupRadios(el).some((r) => r.checked)).to.equal(false);
  });

  it('requires a group before Start: a message beside the choice, focus on it, no start', async () => {
    const { el, events } = await mount();
    const title = heading(el).textContent!.trim();
    primaryButton(el).click();
    await settle(el);
    expect(heading(el).textContent!.trim(), 'still the intro').to.equal(title);
    expect(details(events, 'l3d-start')).to.deep.equal([]);
    const message = shadow(el).querySelector('#group-required')!;
    expect(message.textContent!.trim()).to.equal(t.group.required);
    const fieldset = shadow(el).querySelector('fieldset.group')!;
    expect(fieldset.contains(message), 'the message is inside the group').to.equal(true);
    expect(fieldset.getAttribute('aria-describedby')).to.equal('group-required');
    await waitUntil(() => shadow(el).activeElement === groupRadios(el)[0], 'focus on the choice');

    await chooseGroup(el, 'manager');
    expect(shadow(el).querySelector('#group-required')).to.equal(null);
    expect(fieldset.hasAttribute('aria-describedby')).to.equal(false);
    primaryButton(el).click();
    await settle(el);
    expect(questions(el)).to.have.length(8);
    expect(details(events, 'l3d-start')).to.have.length(1);
    expect(el.responses).to.include({ group: 'manager' });
  });

  it('rater-group presets the group: no choice, and the code carries it', async () => {
    const { el, events } = await mount('persist="none" rater-group="direct-report"');
    expect(groupRadios(el)).to.deep.equal([]);
    expect(details(events, 'l3d-error')).to.deep.equal([]);
    const code = await finishAsRater(el, null);
    expect(decodeResponseCode(code).responses.group).to.equal('direct-report');
  });

  it('an invalid rater-group fires l3d-error and the rater is asked instead', async () => {
    const { el, events } = await mount('persist="none" rater-group="boss"');
    expect(details(events, 'l3d-error')).to.deep.equal([
      {
        code: 'invalid-rater-group',
        message:
          'rater-group "boss" is not one of manager, peer, direct-report, other; the rater is asked',
      },
    ]);
    expect(groupRadios(el)).to.have.length(4);
    primaryButton(el).click();
    await settle(el);
    expect(shadow(el).querySelector('#group-required')).not.to.equal(null);
    // the property too, and a later valid value hides the choice
    el.raterGroup = 'other';
    await settle(el);
    expect(groupRadios(el)).to.deep.equal([]);
    expect(details(events, 'l3d-error')).to.have.length(1);
  });
});

describe('rater: keyboard only, to the response code', () => {
  beforeEach(clearStorage);

  it('chooses the group, answers (Not observed included), finishes and gets a code that decodes to it', async () => {
    const pointer = await pointerEventsDuring(async () => {
      const { el, events } = await mount();
      const before = document.createElement('button');
      before.textContent = 'before';
      el.before(before);
      before.focus();
      // Tab lands in the group (on its first radio); the arrow key picks "peer"
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement).to.equal(groupRadios(el)[0]);
      await sendKeys({ press: 'ArrowDown' });
      expect(groupRadios(el).find((r) => r.checked)?.value).to.equal('peer');
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement).to.equal(primaryButton(el));
      await sendKeys({ press: 'Enter' });
      for (let page = 0; page < 6; page++) {
        await settle(el);
        expect(shadow(el).activeElement, 'focus on the page heading').to.equal(heading(el));
        for (const q of questions(el)) {
          await sendKeys({ press: 'Tab' });
          expect(shadow(q).activeElement).to.equal(radios(q)[0]);
          const value = valueFor(q.dataset.itemId!);
          if (value === undefined) continue; // Tab on, leaving it unanswered
          const steps = value === null ? 5 : value - 1; // "Not observed" is the sixth option
          for (let step = 0; step < steps; step++) await sendKeys({ press: 'ArrowRight' });
          if (steps === 0) await sendKeys({ press: 'Space' });
        }
        await sendKeys({ press: 'Tab' }); // Back
        await sendKeys({ press: 'Tab' }); // Next, or Review answers
        await sendKeys({ press: 'Enter' });
      }
      await settle(el);
      // the review lists the one unanswered item; Tab on to Finish
      for (let i = 0; i < 5 && shadow(el).activeElement !== primaryButton(el); i++)
        await sendKeys({ press: 'Tab' });
      expect(primaryButton(el).textContent!.trim()).to.equal('Finish');
      await sendKeys({ press: 'Enter' });
      const code = await shownCode(el);
      expect(shadow(el).activeElement, 'focus on the completion heading').to.equal(heading(el));
      expect(heading(el).textContent!.trim()).to.equal(t.code.heading);
      expect(shadow(el).querySelector('l3d-report'), 'no report for a rater').to.equal(null);

      const decoded = decodeResponseCode(code);
      expect(decoded.code).to.equal(code);
      expect(decoded.responses.group).to.equal('peer');
      expect(decoded.responses.answers).to.deep.equal(expectedAnswers());
      expect(decoded.responses.answers[NOT_OBSERVED_ID]).to.equal(null);
      expect(UNANSWERED_ID in decoded.responses.answers).to.equal(false);
      expect(details(events, 'l3d-complete')).to.have.length(1);
      // the code and its buttons are reachable by keyboard too
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement).to.equal(codeField(el));
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement?.textContent?.trim()).to.equal(t.code.copy);
    });
    expect(pointer, 'pointer events during the run').to.deep.equal([]);
  });
});

describe('rater: the response code', () => {
  beforeEach(clearStorage);

  it('shows the code as selectable text in a labelled read-only field', async () => {
    const { el } = await mount();
    await finishAsRater(el);
    const field = codeField(el)!;
    expect(field.readOnly).to.equal(true);
    expect(field.disabled).to.equal(false);
    expect(field.labels![0]!.textContent!.trim()).to.equal(t.code.label);
    expect(field.value).to.match(/^L3D(-[0-9A-HJKMNP-TV-Z]{1,5})+$/);
    expect(field.value.length).to.be.at.most(80);
    for (const sentence of [t.code.send, t.code.contents]) expect(text(el)).to.contain(sentence);
  });

  it('l3d-complete carries form, code and the responses with the group', async () => {
    const { el, events } = await mount();
    const code = await finishAsRater(el, 'other');
    const [event] = events.filter((e) => e.type === 'l3d-complete');
    expect(event).to.be.instanceOf(L3dCompleteEvent);
    const detail = (event as L3dCompleteEvent).detail as L3dObserverCompleteDetail;
    expect(detail.form).to.equal('observer');
    expect(detail.code).to.equal(code);
    expect(detail.responses.group).to.equal('other');
    expect(detail.responses.answers).to.deep.equal(expectedAnswers());
    expect(detail.result).to.deep.equal(score(detail.responses));
    expect(detail.instrumentId).to.equal(instrument.id);
    expect(el.result).to.deep.equal(detail.result);
  });

  it('a reload on the completion screen shows the same code, and keeps the group', async () => {
    const attributes = 'storage-key="rater-reload"';
    const first = await mount(attributes);
    const code = await finishAsRater(first.el, 'manager');
    const saved = JSON.parse(sessionStorage.getItem('rater-reload')!) as Record<string, unknown>;
    expect(saved).to.include({ group: 'manager', status: 'report' });
    expect(saved['nonce']).to.be.a('number');
    first.el.parentElement!.remove();

    const again = await mount(attributes);
    expect(await shownCode(again.el)).to.equal(code);
    expect(decodeResponseCode(code).responses.group).to.equal('manager');
    expect(details(again.events, 'l3d-complete'), 'no second completion').to.deep.equal([]);
  });

  it('a reload mid-questionnaire keeps the group: the rater is not asked again', async () => {
    const attributes = 'storage-key="rater-midway"';
    const first = await mount(attributes);
    await chooseGroup(first.el, 'direct-report');
    primaryButton(first.el).click();
    await settle(first.el);
    radio(questions(first.el)[0]!, 4).click();
    await settle(first.el);
    first.el.parentElement!.remove();

    const again = await mount(attributes);
    expect(questions(again.el)).to.have.length(8);
    expect(again.el.responses).to.include({ group: 'direct-report' });
    await answerAllPages(again.el, valueFor);
    expect(groupRadios(again.el), 'no choice on the review').to.deep.equal([]);
    primaryButton(again.el).click();
    const code = await shownCode(again.el);
    expect(decodeResponseCode(code).responses.group).to.equal('direct-report');
  });

  it('answers saved before raters chose a group still load; the group is asked before Finish', async () => {
    const answers = expectedAnswers();
    // a snapshot as the widget wrote it before this feature: no group, no nonce, finished
    sessionStorage.setItem(
      'rater-old',
      JSON.stringify({
        v: 1,
        instrumentId: instrument.id,
        instrumentVersion: instrument.version,
        form: 'observer',
        answers,
        timings: {},
        page: 5,
        status: 'report',
        savedAt: '2026-01-01T00:00:00.000Z',
      }),
    );
    const { el, events } = await mount('storage-key="rater-old"');
    expect(details(events, 'l3d-error')).to.deep.equal([]);
    expect(el.responses.answers).to.deep.equal(answers);
    expect(heading(el).textContent!.trim()).to.equal('Review your answers');
    expect(groupRadios(el)).to.have.length(4);
    button(el, 'Finish').click();
    await settle(el);
    expect(shadow(el).querySelector('#group-required')).not.to.equal(null);
    expect(codeField(el)).to.equal(null);
    await chooseGroup(el, 'peer');
    button(el, 'Finish').click();
    const code = await shownCode(el);
    expect(decodeResponseCode(code).responses).to.deep.include({ group: 'peer', answers });
  });

  it('two attempts with identical answers give different codes; reset() draws a new nonce', async () => {
    const one = await mount();
    const two = await mount();
    const first = await finishAsRater(one.el);
    const second = await finishAsRater(two.el);
    expect(first).not.to.equal(second);
    expect(decodeResponseCode(first).responses).to.deep.equal(decodeResponseCode(second).responses);
    one.el.reset();
    await settle(one.el);
    expect(
      groupRadios(one.el).some((r) => r.checked),
      'a new attempt chooses again',
    ).to.equal(false);
    const third = await finishAsRater(one.el);
    expect(third).not.to.equal(first);
    expect(decodeResponseCode(third).responses).to.deep.equal(decodeResponseCode(first).responses);
  });

  it("draws nonces in the code module's range and refuses saved ones outside it", async () => {
    expect(WIDGET_NONCE_LIMIT).to.equal(NONCE_LIMIT);
    const { el } = await mount();
    await chooseGroup(el, 'peer');
    const { nonce } = el.snapshot;
    expect(Number.isInteger(nonce) && nonce! >= 0 && nonce! < NONCE_LIMIT).to.equal(true);
    for (const bad of [{ nonce: NONCE_LIMIT }, { nonce: 1.5 }, { group: 'boss' }])
      expect(el.restore({ ...el.snapshot, ...bad } as never), JSON.stringify(bad)).to.equal(false);
    expect(el.restore({ ...el.snapshot, nonce: 42 })).to.equal(true);
    expect(el.snapshot.nonce).to.equal(42);
  });

  describe('Copy', () => {
    const own = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    const stubClipboard = (value: unknown) =>
      Object.defineProperty(navigator, 'clipboard', { value, configurable: true });
    afterEach(() => {
      if (own) Object.defineProperty(navigator, 'clipboard', own);
      else delete (navigator as { clipboard?: unknown }).clipboard;
    });

    it('writes the code to the clipboard and says "Copied" in a live region', async () => {
      const written: string[] = [];
      stubClipboard({ writeText: async (value: string) => void written.push(value) });
      const { el } = await mount();
      const code = await finishAsRater(el);
      const status = shadow(el).querySelector('.copy-status')!;
      expect(status.getAttribute('role')).to.equal('status');
      expect(status.textContent!.trim()).to.equal('');
      button(el, t.code.copy).click();
      await waitUntil(() => statusText(el) === t.code.copied, 'Copied shown');
      expect(written).to.deep.equal([code]);
    });

    for (const [why, clipboard] of [
      [
        'refuses',
        { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
      ],
      ['is missing', undefined],
    ] as const)
      it(`selects the code and says to copy it when the clipboard ${why}`, async () => {
        stubClipboard(clipboard);
        const { el } = await mount();
        const code = await finishAsRater(el);
        button(el, t.code.copy).click();
        await waitUntil(() => statusText(el) === t.code.copyFailed, 'fallback message');
        const field = codeField(el)!;
        expect(shadow(el).activeElement).to.equal(field);
        expect([field.selectionStart, field.selectionEnd]).to.deep.equal([0, code.length]);
      });
  });

  it('Download (JSON) saves the code with the answers and the group, through a temporary link', async () => {
    const { el } = await mount();
    const code = await finishAsRater(el, 'manager');
    const downloads = captureDownloads(() => button(el, t.code.download).click());
    expect(downloads).to.have.length(1);
    const [{ blob, link }] = downloads as [CapturedDownload];
    expect(blob.type).to.equal('application/json');
    expect(link.download).to.equal(t.code.fileName);
    expect(link.getAttribute('href')).to.equal('blob:test');
    expect(JSON.parse(await blob.text())).to.deep.equal({
      format: 'leadership-3d-rater-response',
      formatVersion: 1,
      code,
      responses: {
        instrumentId: instrument.id,
        instrumentVersion: instrument.version,
        form: 'observer',
        group: 'manager',
        answers: expectedAnswers(),
      },
    });
  });
});

describe('rater: accessibility', () => {
  beforeEach(clearStorage);
  afterEach(() => setViewport({ width: 800, height: 600 }));
  after(() => emulateMedia({ colorScheme: 'light' }));

  const expectNoViolations = async (el: Element, state: string) => {
    const violations = await wcagViolations(el);
    expect(violations, `${state}:\n${violations.join('\n')}`).to.deep.equal([]);
  };

  for (const theme of ['light', 'dark'] as const)
    it(`${theme}: intro with the choice, the missing-group message, the completion screen`, async () => {
      await emulateMedia({ colorScheme: theme });
      const { el } = await mount(`persist="none" theme="${theme}"`);
      await expectNoViolations(el, 'intro with the group choice');
      primaryButton(el).click();
      await settle(el);
      await expectNoViolations(el, 'missing group');
      await finishAsRater(el);
      await expectNoViolations(el, 'completion screen');
      button(el, t.code.copy).click();
      await waitUntil(() => statusText(el), 'copy status');
      await expectNoViolations(el, 'completion screen with a copy status');
    });

  for (const lang of ['en', 'es', 'ar'])
    it(`${lang}: at 320 px nothing scrolls sideways and every target is at least 24 px`, async () => {
      await setViewport({ width: 320, height: 640 });
      const { el } = await mount(`persist="none" lang="${lang}"`);
      const check = (state: string) => {
        const page = document.documentElement;
        expect(page.scrollWidth, `${state}: page`).to.be.at.most(page.clientWidth);
        const base = shadow(el).querySelector<HTMLElement>('.base')!;
        expect(base.scrollWidth, `${state}: widget`).to.be.at.most(base.clientWidth + 1);
        const small = [...shadow(el).querySelectorAll<HTMLElement>('button, input, textarea')]
          .map((target) => ({ target, r: target.getBoundingClientRect() }))
          .filter(({ r }) => r.width < 24 || r.height < 24)
          .map(({ target, r }) => `${target.outerHTML.slice(0, 60)} ${r.width}×${r.height}`);
        expect(small, state).to.deep.equal([]);
      };
      primaryButton(el).click();
      await settle(el);
      check('intro, group missing');
      await finishAsRater(el);
      check('completion');
    });
});

// Issue 17: two optional open questions after the items; they travel in the rater's file only.
describe('rater: comments', () => {
  beforeEach(clearStorage);
  const c = enRater.comments;
  const box = (el: Leadership3d, key: 'keep' | 'next') =>
    shadow(el).querySelector<HTMLTextAreaElement>(`textarea#comment-${key}`);

  async function typeComment(el: Leadership3d, key: 'keep' | 'next', value: string) {
    const field = box(el, key)!;
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
    await settle(el);
  }

  /** From the intro to the review (the step after the last page of items). */
  async function toReview(el: Leadership3d, group: RaterGroup | null = 'peer') {
    if (group) await chooseGroup(el, group);
    primaryButton(el).click();
    await settle(el);
    await answerAllPages(el, valueFor);
  }

  it('asks both questions after the items, before Finish, each a labelled textarea of at most 500 characters', async () => {
    const { el } = await mount();
    expect(box(el, 'keep'), 'not on the intro').to.equal(null);
    primaryButton(el).click();
    await settle(el);
    await chooseGroup(el, 'peer');
    primaryButton(el).click();
    await settle(el);
    expect(questions(el).length).to.be.above(0);
    expect(box(el, 'keep'), 'not beside the items').to.equal(null);
    await answerAllPages(el, valueFor);
    expect(questions(el)).to.have.length(0);
    for (const key of ['keep', 'next'] as const) {
      const field = box(el, key)!;
      expect(field, key).to.not.equal(null);
      expect(field.maxLength).to.equal(500);
      const label = shadow(el).querySelector(`label[for="comment-${key}"]`)!;
      expect(label.textContent!.trim()).to.equal(c[key]);
      // the anonymity note and the count are read with the box
      expect(field.getAttribute('aria-describedby')).to.equal(`comments-note comment-${key}-count`);
      expect(shadow(el).querySelector(`#comment-${key}-count`)!.textContent).to.contain(
        '0 of 500 characters',
      );
    }
    expect(shadow(el).querySelector('#comments-note')!.textContent).to.contain(c.privacy);
    expect(text(el)).to.contain(c.heading);
    // the questions come before the Finish button
    const finish = primaryButton(el);
    expect(
      box(el, 'next')!.compareDocumentPosition(finish) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).to.not.equal(0);
  });

  it('self-form respondents never see them', async () => {
    const el = await fixture<Leadership3d>(html`<leadership-3d persist="none"></leadership-3d>`);
    await loaded(el);
    primaryButton(el).click();
    await settle(el);
    await answerAllPages(el);
    expect(text(el)).to.not.contain(c.heading);
    expect(shadow(el).querySelector('textarea')).to.equal(null);
  });

  it('keeps at most 500 characters, counts them, and announces what is left only after a pause', async () => {
    const { el } = await mount('storage-key="rater-limit"');
    await toReview(el);
    await typeComment(el, 'keep', 'x'.repeat(600));
    expect(shadow(el).querySelector('#comment-keep-count')!.textContent).to.contain(
      '500 of 500 characters',
    );
    const saved = JSON.parse(sessionStorage.getItem('rater-limit:comments')!) as RaterComments;
    expect(saved.keep).to.have.length(500);
    const live = shadow(el).querySelector('.comments [role="status"]')!;
    expect(live.textContent!.trim(), 'nothing announced while typing').to.equal('');
    await waitUntil(() => live.textContent!.trim(), 'count announced', { timeout: 3000 });
    expect(live.textContent!.trim()).to.equal('No characters left.');
  });

  it('are restored after a reload, and reset() clears them', async () => {
    const attributes = 'storage-key="rater-comments"';
    const first = await mount(attributes);
    await toReview(first.el);
    await typeComment(first.el, 'keep', 'Explains the why behind decisions.');
    await typeComment(first.el, 'next', 'Ask quieter colleagues first\nin meetings.');
    first.el.parentElement!.remove();

    const again = await mount(attributes);
    await waitUntil(() => box(again.el, 'keep'), 'review restored');
    expect(box(again.el, 'keep')!.value).to.equal('Explains the why behind decisions.');
    expect(box(again.el, 'next')!.value).to.equal('Ask quieter colleagues first\nin meetings.');
    again.el.reset();
    await settle(again.el);
    expect(sessionStorage.getItem('rater-comments:comments')).to.equal(null);
    await toReview(again.el);
    expect(box(again.el, 'keep')!.value).to.equal('');
    expect(box(again.el, 'next')!.value).to.equal('');
  });

  it('are kept under the answers’ default key + ":comments", in the persist mode’s storage', async () => {
    const { el } = await mount('persist="local"');
    await toReview(el);
    await typeComment(el, 'next', 'Share drafts sooner.');
    const key = `${defaultStorageKey(instrument, 'observer')}:comments`;
    expect(JSON.parse(localStorage.getItem(key)!)).to.deep.equal({ next: 'Share drafts sooner.' });
    expect(sessionStorage.getItem(key)).to.equal(null);
    expect(localStorage.getItem(defaultStorageKey(instrument, 'observer'))).to.not.equal(null);
    el.reset();
    expect(localStorage.getItem(key)).to.equal(null);
  });

  it('persist="none" keeps them in the page only', async () => {
    const { el } = await mount('persist="none"');
    await toReview(el);
    await typeComment(el, 'keep', 'Listens.');
    expect(box(el, 'keep')!.value).to.equal('Listens.');
    expect(sessionStorage.length + localStorage.length).to.equal(0);
  });

  for (const [why, raw] of [
    ['not JSON', '{oops'],
    ['too long', JSON.stringify({ keep: 'y'.repeat(501) })],
    ['a control character', JSON.stringify({ next: 'a\u0007b' })],
  ] as const)
    it(`saved comments that are ${why} are dropped with l3d-error; the answers stay`, async () => {
      const attributes = 'storage-key="rater-corrupt"';
      const first = await mount(attributes);
      await toReview(first.el);
      first.el.parentElement!.remove();
      sessionStorage.setItem('rater-corrupt:comments', raw);
      const again = await mount(attributes);
      await waitUntil(() => box(again.el, 'keep'), 'review restored');
      expect(box(again.el, 'keep')!.value + box(again.el, 'next')!.value).to.equal('');
      const errors = details(again.events, 'l3d-error') as { code: string; message: string }[];
      expect(errors.map((e) => e.code)).to.deep.equal(['storage-corrupt']);
      expect(errors[0]!.message).to.match(/comments/);
      expect(again.el.responses.answers).to.deep.equal(expectedAnswers());
    });

  it('travel in the downloaded file beside the code, which decodes to the answers only', async () => {
    const { el } = await mount();
    await toReview(el, 'peer');
    await typeComment(el, 'keep', '  Shares context early.  ');
    await typeComment(el, 'next', 'Delegate one design review.');
    primaryButton(el).click();
    const code = await shownCode(el);
    // the completion screen says so plainly
    expect(text(el)).to.contain(c.codeOnly);
    expect(text(el)).to.contain(c.sendFile);
    const [{ blob }] = captureDownloads(() => button(el, t.code.download).click()) as [
      CapturedDownload,
    ];
    const file = JSON.parse(await blob.text()) as Record<string, unknown>;
    expect(file['code']).to.equal(code);
    expect(file['comments']).to.deep.equal({
      keep: 'Shares context early.',
      next: 'Delegate one design review.',
    });
    const decoded = decodeResponseCode(code);
    expect(decoded.responses.answers).to.deep.equal(expectedAnswers());
    expect(JSON.stringify(decoded)).to.not.contain('Shares');
    expect(Object.keys(decoded.responses).sort()).to.deep.equal(
      ['answers', 'form', 'group', 'instrumentId', 'instrumentVersion'].sort(),
    );
  });

  it('without comments: the file has no comments field and the screen still says what the code carries', async () => {
    const { el } = await mount();
    await toReview(el, 'peer');
    await typeComment(el, 'keep', '   ');
    primaryButton(el).click();
    await shownCode(el);
    expect(text(el)).to.contain(c.codeOnly);
    expect(text(el)).to.not.contain(c.sendFile);
    const [{ blob }] = captureDownloads(() => button(el, t.code.download).click()) as [
      CapturedDownload,
    ];
    expect(JSON.parse(await blob.text())).to.not.have.property('comments');
  });
});
