import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Leadership3d } from '../../src/components/leadership-3d/leadership-3d.js';
import type { L3dProgress } from '../../src/components/l3d-progress/l3d-progress.js';
import { score, type Answer } from '../../src/scoring/index.js';
import {
  answerAllPages,
  answerFor,
  answerPage,
  button,
  clearStorage,
  clickStart,
  finish,
  heading,
  headingIs,
  instrument,
  loaded,
  primaryButton,
  progressText,
  question,
  questions,
  radio,
  radios,
  settle,
  shadow,
  text,
} from '../fixtures/widget.js';

const mount = async (template = html`<leadership-3d persist="none"></leadership-3d>`) => {
  const el = await fixture<Leadership3d>(template);
  await settle(el);
  return el;
};

/** The element focused inside the widget, looking through the question's shadow root too. */
const deepActive = (el: Leadership3d): Element | null => {
  const active = shadow(el).activeElement;
  return active?.shadowRoot?.activeElement ?? active;
};

describe('<leadership-3d> flow', () => {
  beforeEach(clearStorage);

  it('introduces what it measures, how long it takes, privacy and purpose', async () => {
    const el = await mount();
    expect(heading(el).tagName).to.equal('H2');
    expect(heading(el).textContent?.trim()).to.equal('Leadership 3D diagnostic');
    const intro = text(el);
    for (const label of ['Technical expertise', 'Relationship management', 'Business savvy'])
      expect(intro).to.contain(label);
    // 48 items × 12 s ≈ 10 minutes
    expect(intro).to.contain('It takes about 10 minutes: 48 short statements');
    expect(intro).to.contain('not sent anywhere unless this site has been set up to do so');
    expect(intro).to.contain('for your development, not for selection');
    expect(primaryButton(el).textContent?.trim()).to.equal('Start');
    expect(questions(el)).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('shows the first page of questions in instrument order and focuses its heading', async () => {
    const el = await mount();
    await clickStart(el);
    expect(heading(el).textContent?.trim()).to.equal('Questions 1–8 of 48');
    expect(heading(el).getAttribute('tabindex')).to.equal('-1');
    expect(shadow(el).activeElement).to.equal(heading(el));
    const shown = questions(el);
    expect(shown.map((q) => q.dataset.itemId)).to.deep.equal(
      instrument.items.slice(0, 8).map((i) => i.id),
    );
    const first = shown[0]!;
    const legend = shadow(first).querySelector('legend')!;
    expect(legend.textContent?.replace(/\s+/g, ' ').trim()).to.equal(
      `1. ${instrument.items[0]!.self}`,
    );
    expect(shadow(first).querySelector('fieldset')).to.not.equal(null);
    const labels = radios(first).map((r) => r.closest('label')!.textContent?.trim());
    expect(labels).to.deep.equal(['Almost never', 'Rarely', 'Sometimes', 'Often', 'Almost always']);
    await expect(el).to.be.accessible();
  });

  it('never labels or groups items by dimension', async () => {
    const el = await mount();
    await clickStart(el);
    // interleaved: consecutive items come from different dimensions
    const dimensionOf = new Map(instrument.facets.map((f) => [f.id, f.dimension]));
    const ids = questions(el).map((q) => q.dataset.itemId!);
    const dims = ids.map((id) => dimensionOf.get(instrument.items.find((i) => i.id === id)!.facet));
    expect(dims.slice(0, 3)).to.deep.equal(['technical', 'relational', 'business']);
    // and nothing on screen, colour included, tells which dimension an item belongs to
    const edges = questions(el).map((q) => getComputedStyle(shadow(q).querySelector('fieldset')!));
    expect(new Set(edges.map((s) => s.borderInlineStartColor)).size).to.equal(1);
    for (const q of questions(el)) {
      expect(q.hasAttribute('dimension')).to.equal(false);
      const shown = shadow(q).textContent ?? '';
      for (const d of instrument.dimensions) expect(shown).not.to.contain(d.label);
    }
    expect(text(el)).not.to.contain('Technical expertise');
  });

  it('uses observer wording and offers "Not observed" for the observer form', async () => {
    const el = await mount(
      html`<leadership-3d persist="none" form="observer" rater-group="peer"></leadership-3d>`,
    );
    await loaded(el);
    await clickStart(el);
    const first = questions(el)[0]!;
    expect(shadow(first).querySelector('legend')!.textContent).to.contain(
      instrument.items[0]!.observer,
    );
    expect(radios(first).map((r) => r.closest('label')!.textContent?.trim())).to.deep.equal([
      'Almost never',
      'Rarely',
      'Sometimes',
      'Often',
      'Almost always',
      'Not observed',
    ]);
    radio(first, null).click();
    await settle(el);
    expect(el.responses.answers).to.deep.equal({ [instrument.items[0]!.id]: null });
    await shadow(el).querySelector('l3d-progress')!.updateComplete;
    expect(progressText(el)).to.equal('1 of 48 answered');
  });

  it('completes: 48 answers by click, review, then a report of the same scores', async () => {
    const el = await mount();
    await clickStart(el);
    await answerAllPages(el);
    expect(heading(el).textContent?.trim()).to.equal('Review your answers');
    expect(text(el)).to.contain('You have answered all 48 statements.');
    expect(shadow(el).activeElement).to.equal(heading(el));
    button(el, 'Finish and see results').click();
    await waitUntil(() => shadow(el).querySelector('l3d-report'), 'report rendered');
    const expected = score({
      instrumentId: instrument.id,
      instrumentVersion: instrument.version,
      form: 'self',
      answers: Object.fromEntries(instrument.items.map((i) => [i.id, answerFor(i.id)])),
    });
    const report = shadow(el).querySelector('l3d-report')!;
    // focus moves to the report's own heading, as it does to each step's heading
    await waitUntil(() => shadow(report).activeElement?.tagName === 'H2', 'report heading focused');
    expect(report.result?.dimensions).to.deep.equal(expected.dimensions);
    expect(report.result?.facets).to.deep.equal(expected.facets);
    expect(report.instrument).to.equal(instrument);
    expect(el.result?.profile).to.deep.equal(expected.profile);
    expect(el.result?.dimensions.technical.score).to.equal(expected.dimensions.technical.score);
  });

  it('moves back a page with the answers still chosen', async () => {
    const el = await mount();
    await clickStart(el);
    await answerPage(el);
    primaryButton(el).click();
    await headingIs(el, 'Questions 9–16 of 48');
    button(el, 'Back').click();
    await headingIs(el, 'Questions 1–8 of 48');
    expect(shadow(el).activeElement).to.equal(heading(el));
    for (const q of questions(el))
      expect(radio(q, answerFor(q.dataset.itemId!)).checked, q.dataset.itemId).to.equal(true);
    button(el, 'Back').click();
    await headingIs(el, 'Leadership 3D diagnostic');
  });

  it('reviews unanswered items and jumps to one, focusing that question', async () => {
    const el = await mount(html`<leadership-3d persist="none" page-size="16"></leadership-3d>`);
    await clickStart(el);
    // answer everything except items 3 and 20
    const skip = [instrument.items[2]!.id, instrument.items[19]!.id];
    for (let page = 0; page < 3; page++) {
      await answerPage(el, (id) => (skip.includes(id) ? undefined : answerFor(id)));
      primaryButton(el).click();
      await settle(el);
    }
    expect(heading(el).textContent?.trim()).to.equal('Review your answers');
    expect(text(el)).to.contain('2 of 48 statements are still unanswered.');
    // the focused heading is described by the count, so a screen reader says both
    const summary = heading(el).getAttribute('aria-describedby')!;
    expect(shadow(el).getElementById(summary)!.textContent).to.contain('2 of 48 statements');
    expect(text(el)).to.contain('at least three quarters');
    const jumps = [...shadow(el).querySelectorAll<HTMLButtonElement>('button.jump')];
    expect(jumps.map((b) => b.textContent?.replace(/\s+/g, ' ').trim())).to.deep.equal([
      `Question 3 ${instrument.items[2]!.self}`,
      `Question 20 ${instrument.items[19]!.self}`,
    ]);
    await expect(el).to.be.accessible();

    jumps[1]!.click();
    await headingIs(el, 'Questions 17–32 of 48');
    const target = question(el, skip[1]!);
    await waitUntil(() => deepActive(el) === radios(target)[0], 'first radio of item 20 focused');
    radio(target, 2).click();
    await settle(el);
    button(el, 'Back to review').click();
    await settle(el);
    expect(text(el)).to.contain('1 of 48 statements is still unanswered.');
    // finishing with a gap is allowed
    button(el, 'Finish and see results').click();
    await waitUntil(() => el.result !== null, 'scored');
    expect(el.result?.facets[instrument.items[2]!.facet]?.answered).to.equal(3);
  });

  it('pages by page-size, with a short last page', async () => {
    const el = await mount(html`<leadership-3d persist="none" page-size="5"></leadership-3d>`);
    await clickStart(el);
    expect(heading(el).textContent?.trim()).to.equal('Questions 1–5 of 48');
    for (let page = 1; page < 10; page++) {
      primaryButton(el).click();
      await settle(el);
    }
    expect(heading(el).textContent?.trim()).to.equal('Questions 46–48 of 48');
    expect(questions(el)).to.have.length(3);
    expect(primaryButton(el).textContent?.trim()).to.equal('Review answers');
  });

  it('shows progress as text in a status region and as a bar', async () => {
    const el = await mount();
    await clickStart(el);
    const progress = shadow(el).querySelector<L3dProgress>('l3d-progress')!;
    await progress.updateComplete;
    const status = shadow(progress).querySelector('[role="status"]')!;
    expect(status.textContent?.trim()).to.equal('0 of 48 answered');
    for (const q of questions(el).slice(0, 3)) radio(q, 4).click();
    await settle(el);
    await progress.updateComplete;
    expect(status.textContent?.trim()).to.equal('3 of 48 answered');
    const bar = shadow(progress).querySelector('progress')!;
    expect(bar.value).to.equal(3);
    expect(bar.max).to.equal(48);
    expect(bar.getAttribute('aria-valuetext')).to.equal('3 of 48 answered');
  });

  it('shows progress alone, given answered and total', async () => {
    const progress = await fixture<L3dProgress>(
      html`<l3d-progress answered="5" total="12"></l3d-progress>`,
    );
    expect(shadow(progress).querySelector('[role="status"]')!.textContent?.trim()).to.equal(
      '5 of 12 answered',
    );
    expect(shadow(progress).querySelector('progress')!.value).to.equal(5);
    await expect(progress).to.be.accessible();
  });

  it('completes a page with the keyboard only', async () => {
    const el = await mount();
    primaryButton(el).focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(heading(el).textContent?.trim()).to.equal('Questions 1–8 of 48');
    expect(shadow(el).activeElement).to.equal(heading(el));
    const expected: Record<string, Answer> = {};
    for (const [i, q] of questions(el).entries()) {
      await sendKeys({ press: 'Tab' });
      expect(deepActive(el), `Tab reaches question ${i + 1}`).to.equal(radios(q)[0]);
      // Space picks the focused answer; each arrow moves to the next one and picks it
      if (i % 2 === 0) {
        await sendKeys({ press: 'Space' });
        expected[q.dataset.itemId!] = 1;
      } else {
        await sendKeys({ press: 'ArrowRight' });
        await sendKeys({ press: 'ArrowRight' });
        expected[q.dataset.itemId!] = 3;
      }
    }
    await settle(el);
    expect(el.responses.answers).to.deep.equal(expected);
    await sendKeys({ press: 'Tab' });
    expect(deepActive(el)).to.equal(button(el, 'Back'));
    await sendKeys({ press: 'Tab' });
    expect(deepActive(el)).to.equal(button(el, 'Next'));
    await sendKeys({ press: 'Enter' });
    await headingIs(el, 'Questions 9–16 of 48');
    expect(shadow(el).activeElement).to.equal(heading(el));
    await sendKeys({ press: 'Tab' });
    expect(deepActive(el)).to.equal(radios(questions(el)[0]!)[0]);
    // nothing before the first question takes focus: Shift+Tab leaves the widget
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(shadow(el).activeElement).to.equal(null);
  });

  it('shows a thank-you instead of the report when show-report="false"', async () => {
    const el = await mount(
      html`<leadership-3d persist="none" show-report="false"></leadership-3d>`,
    );
    expect(el.showReport).to.equal(false);
    await clickStart(el);
    await answerAllPages(el);
    await finish(el);
    expect(heading(el).textContent?.trim()).to.equal('Thank you');
    expect(shadow(el).activeElement).to.equal(heading(el));
    expect(shadow(el).querySelector('l3d-report')).to.equal(null);
    expect(el.result?.instrumentId).to.equal('l3d-core');
  });

  it('keeps two widgets on a page independent', async () => {
    const wrap = await fixture<HTMLDivElement>(html`
      <div>
        <leadership-3d storage-key="a"></leadership-3d>
        <leadership-3d storage-key="b" page-size="4"></leadership-3d>
      </div>
    `);
    const [a, b] = [...wrap.querySelectorAll('leadership-3d')] as [Leadership3d, Leadership3d];
    await settle(a);
    await settle(b);
    await clickStart(a);
    await clickStart(b);
    const firstId = instrument.items[0]!.id;
    radio(question(a, firstId), 5).click();
    radio(question(b, firstId), 2).click();
    await settle(a);
    await settle(b);
    // same radio name in both widgets, yet each keeps its own choice
    expect(radio(question(a, firstId), 5).checked).to.equal(true);
    expect(radio(question(b, firstId), 2).checked).to.equal(true);
    expect(a.responses.answers).to.deep.equal({ [firstId]: 5 });
    expect(b.responses.answers).to.deep.equal({ [firstId]: 2 });
    expect(heading(a).textContent?.trim()).to.equal('Questions 1–8 of 48');
    expect(heading(b).textContent?.trim()).to.equal('Questions 1–4 of 48');
    expect(JSON.parse(sessionStorage.getItem('a')!).answers).to.deep.equal({ [firstId]: 5 });
    expect(JSON.parse(sessionStorage.getItem('b')!).answers).to.deep.equal({ [firstId]: 2 });
  });
});
