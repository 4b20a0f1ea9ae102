import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { score, instrument } from '../../src/scoring/index.js';
import type { Answer, Result } from '../../src/scoring/types.js';
import '../../src/components/l3d-report/l3d-report.js';
import '../../src/components/leadership-3d/leadership-3d.js';
import '../../src/components/l3d-360/l3d-360.js';
import type { L3d360 } from '../../src/components/l3d-360/l3d-360.js';
import { L3d360InputEvent } from '../../src/events/l3d-360-input.js';
import type { L3dReport } from '../../src/components/l3d-report/l3d-report.js';
import type { L3dPlan } from '../../src/components/l3d-plan/l3d-plan.js';
import type { DevelopmentPlan } from '../../src/schema/plan.js';
import { addDays, isoDay } from '../../src/schema/plan.js';
import { captureDownloads } from '../fixtures/page.js';
import { clearStorage, reportDrawn, shadow, snapshot } from '../fixtures/widget.js';

const answers: Record<string, Answer> = Object.fromEntries(
  instrument.items.map((item, i) => [item.id, ((i % 5) + 1) as Answer]),
);
const result: Result = score({
  instrumentId: instrument.id,
  instrumentVersion: instrument.version,
  form: 'self',
  answers,
});
const today = isoDay(new Date());
const plan: DevelopmentPlan = {
  facets: ['listening'],
  why: 'My team waits for me.',
  feedforwardFrom: 'Ana',
  experiment: 'Ask one question before answering.',
  start: today,
  review: addDays(today, 28),
  retest: addDays(today, 90),
  createdAt: '2026-12-05T10:00:00.000Z',
};

const planSection = (report: L3dReport) => shadow(report).querySelector('section.plan')!;
const planEl = (report: L3dReport) => shadow(report).querySelector<L3dPlan>('l3d-plan');
async function planReady(report: L3dReport): Promise<L3dPlan> {
  await waitUntil(() => planEl(report), 'the plan element renders', { timeout: 5000 });
  const el = planEl(report)!;
  await el.updateComplete;
  return el;
}
const q = <T extends Element>(el: L3dPlan, selector: string) =>
  shadow(el).querySelector<T>(selector)!;
const buttonNamed = (root: ParentNode, name: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent!.trim() === name)!;
function type(el: L3dPlan, id: string, value: string) {
  const field = q<HTMLInputElement>(el, `#${id}`);
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

async function mountReport(props: Partial<L3dReport> = {}) {
  const report = await fixture<L3dReport>(
    html`<l3d-report .result=${result} .plan=${props.plan ?? null}></l3d-report>`,
  );
  await report.updateComplete;
  return report;
}

async function openEditor(report: L3dReport) {
  buttonNamed(planSection(report), 'Make a development plan').click();
  const el = await planReady(report);
  await waitUntil(() => shadow(el).querySelector('form'), 'the editor opens');
  return el;
}

describe('development plan step', () => {
  beforeEach(clearStorage);
  afterEach(clearStorage);

  it('can be skipped: only a sentence and a button until asked, the plan chunk not loaded', async () => {
    const report = await mountReport();
    const section = planSection(report);
    expect(section.querySelector('h3')!.textContent).to.contain('Development plan');
    expect(buttonNamed(section, 'Make a development plan')).to.not.equal(undefined);
    expect(planEl(report)).to.equal(null);
  });

  it('opens with defaults: start today, retest 90 days on, experiment from the try step; focus on its heading', async () => {
    const report = await mountReport();
    const el = await openEditor(report);
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'editor-heading', 'focus');
    expect(q<HTMLInputElement>(el, '#start').value).to.equal(today);
    expect(q<HTMLInputElement>(el, '#review').value).to.equal(addDays(today, 28));
    expect(q<HTMLInputElement>(el, '#retest').value).to.equal(addDays(today, 90));
    // growth areas first
    const boxes = [...shadow(el).querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
    expect(boxes).to.have.length(instrument.facets.length);
    const first = boxes[0]!;
    first.click();
    await el.updateComplete;
    const facet = instrument.facets.find((f) => f.id === result.growthAreas[0])!;
    expect(first.closest('label')!.textContent).to.contain(facet.label);
    expect(q<HTMLTextAreaElement>(el, '#experiment').value).to.equal(facet.develop.experiment);
  });

  it('open → fill → save fires l3d-plan-change with the plan and shows the summary', async () => {
    const report = await mountReport();
    const seen: DevelopmentPlan[] = [];
    report.addEventListener('l3d-plan-change', (e) => seen.push(e.detail.plan!));
    const el = await openEditor(report);
    shadow(el).querySelector<HTMLInputElement>('input[type=checkbox]')!.click();
    await el.updateComplete;
    type(el, 'why', 'Because.');
    type(el, 'feedforwardFrom', 'Ana');
    type(el, 'experiment', 'Ask first.');
    await el.updateComplete;
    buttonNamed(shadow(el), 'Save plan').click();
    await el.updateComplete;
    expect(seen).to.have.length(1);
    expect(seen[0]).to.include({
      why: 'Because.',
      feedforwardFrom: 'Ana',
      experiment: 'Ask first.',
    });
    expect(seen[0]!.facets).to.deep.equal([result.growthAreas[0]]);
    expect(report.plan).to.deep.equal(seen[0]);
    expect(shadow(el).querySelector('.summary')!.textContent).to.contain('Ask first.');
    expect(shadow(el).querySelector('[role=status]')!.textContent).to.contain('Plan saved.');
  });

  it('works by keyboard alone: open, choose, type, save; focus follows', async () => {
    const { sendKeys } = await import('@web/test-runner-commands');
    const report = await mountReport();
    const seen: DevelopmentPlan[] = [];
    report.addEventListener('l3d-plan-change', (e) => seen.push(e.detail.plan!));
    const pointer: string[] = [];
    for (const type of ['pointerdown', 'mousedown', 'click'])
      report.addEventListener(type, (e) => (e as PointerEvent).detail && pointer.push(type));
    buttonNamed(planSection(report), 'Make a development plan').focus();
    await sendKeys({ press: 'Enter' });
    const el = await planReady(report);
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'editor-heading', 'heading focused');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.id).to.equal('facets');
    await sendKeys({ press: 'Space' });
    // the other 11 facets, then why, then whom to ask
    for (let i = 0; i < 13; i++) await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.id).to.equal('feedforwardFrom');
    await sendKeys({ type: 'Ana' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => seen.length === 1, 'saved');
    expect(seen[0]!.feedforwardFrom).to.equal('Ana');
    expect(seen[0]!.facets).to.have.length(1);
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'top', 'summary heading focused');
    expect(pointer).to.deep.equal([]);
    // Not now goes back to the section heading
    q<HTMLButtonElement>(el, '.summary .actions .button:nth-child(2)').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => shadow(el).querySelector('form'), 'editor again');
    buttonNamed(shadow(el), 'Not now').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(
      () => report.shadowRoot!.activeElement?.id === 'plan-heading',
      'focus back on the section',
    );
  });

  it('bad dates keep every field and show each message beside its field', async () => {
    const report = await mountReport();
    let fired = 0;
    report.addEventListener('l3d-plan-change', () => fired++);
    const el = await openEditor(report);
    type(el, 'why', 'Kept <b>text</b>');
    type(el, 'start', addDays(today, 10));
    type(el, 'review', addDays(today, 5));
    type(el, 'retest', addDays(today, -1));
    await el.updateComplete;
    buttonNamed(shadow(el), 'Save plan').click();
    await el.updateComplete;
    await el.updateComplete;
    expect(fired).to.equal(0);
    expect(q<HTMLTextAreaElement>(el, '#why').value).to.equal('Kept <b>text</b>');
    expect(q<HTMLInputElement>(el, '#start').value).to.equal(addDays(today, 10));
    for (const id of ['facets', 'review', 'retest']) {
      const field = q<HTMLInputElement>(el, `#${id}`);
      expect(field.getAttribute('aria-invalid'), id).to.equal('true');
      const error = q<HTMLElement>(el, `#${id}-error`);
      expect(field.getAttribute('aria-describedby'), id).to.contain(`${id}-error`);
      expect(error.textContent!.trim(), id).to.not.equal('');
    }
    expect(q(el, '#review-error').textContent).to.contain('review cannot be before the start');
    expect(el.shadowRoot!.activeElement?.id).to.equal('facets');
  });

  it('a host setting plan fires no event and shows the summary; an invalid one fires invalid-plan', async () => {
    const report = await mountReport();
    const events: Event[] = [];
    for (const type of ['l3d-plan-change', 'l3d-error'])
      report.addEventListener(type, (e) => events.push(e));
    report.plan = plan;
    const el = await planReady(report);
    expect(events).to.have.length(0);
    expect(shadow(el).querySelector('.summary')!.textContent).to.contain(plan.experiment);
    report.plan = { ...plan, facets: [] };
    await report.updateComplete;
    expect(events.map((e) => (e as CustomEvent).detail.code)).to.deep.equal(['invalid-plan']);
  });

  it('Remove fires null and Undo brings the plan back', async () => {
    const report = await mountReport({ plan });
    const el = await planReady(report);
    const seen: (DevelopmentPlan | null)[] = [];
    report.addEventListener('l3d-plan-change', (e) => seen.push(e.detail.plan));
    buttonNamed(shadow(el), 'Remove plan').click();
    await el.updateComplete;
    buttonNamed(shadow(el), 'Undo').click();
    await el.updateComplete;
    expect(seen).to.deep.equal([null, plan]);
  });

  it('the JSON download carries the plan', async () => {
    const report = await mountReport({ plan });
    const [download] = captureDownloads(() =>
      buttonNamed(shadow(report), 'Download results (JSON)').click(),
    );
    const data = JSON.parse(await download!.blob.text());
    expect(data.format).to.equal('leadership-3d-result');
    expect(data.plan).to.deep.equal(plan);
  });

  it('the calendar reminder is an .ics file with the review and retest dates', async () => {
    const report = await mountReport({ plan });
    const el = await planReady(report);
    const [download] = captureDownloads(() =>
      buttonNamed(shadow(el), 'Download calendar reminder (.ics)').click(),
    );
    expect(download!.link.download).to.equal('leadership-3d-plan.ics');
    expect(download!.blob.type).to.equal('text/calendar');
    const text = (await download!.blob.text()).replace(/\r\n /g, '');
    expect(text).to.contain('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n');
    expect(text).to.contain(`DTSTART;VALUE=DATE:${plan.review.replace(/-/g, '')}`);
    expect(text).to.contain(`DTSTART;VALUE=DATE:${plan.retest.replace(/-/g, '')}`);
    expect(text).to.contain('Experiment: Ask one question before answering.');
  });

  it('under print media the summary shows and the buttons do not', async () => {
    const report = await mountReport({ plan });
    const el = await planReady(report);
    const { emulateMedia } = await import('@web/test-runner-commands');
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(q(el, '.summary')).display).to.not.equal('none');
      expect(getComputedStyle(q(el, '.actions')).display).to.equal('none');
      // an open editor (its fields and buttons) does not print either
      buttonNamed(shadow(el), 'Edit plan').click();
      await el.updateComplete;
      expect(getComputedStyle(q(el, 'form.editor')).display).to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('with no plan the section does not print at all', async () => {
    const report = await mountReport();
    const { emulateMedia } = await import('@web/test-runner-commands');
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(planSection(report)).display).to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    expect(getComputedStyle(planSection(report)).display).to.not.equal('none');
  });
});

describe('development plan in <leadership-3d>', () => {
  beforeEach(clearStorage);
  afterEach(clearStorage);

  const KEY = 'plan-test';
  const done = (patch: Record<string, unknown> = {}) =>
    JSON.stringify(snapshot({ answers, status: 'report', ...patch }));

  async function widget() {
    const el = document.createElement('leadership-3d');
    el.setAttribute('persist', 'local');
    el.setAttribute('storage-key', KEY);
    const events: Event[] = [];
    for (const type of ['l3d-plan-change', 'l3d-error'])
      el.addEventListener(type, (e) => events.push(e));
    (await fixture(html`<div></div>`)).append(el);
    return { el, events, report: await reportDrawn(el) };
  }

  const PLAN_KEY = `${KEY}:plan`;
  const reportPlan = (report: Element) => (report as L3dReport).plan;

  it('a saved plan survives a reload (persist local, beside the answers) and reset() clears it', async () => {
    localStorage.setItem(KEY, done());
    const first = await widget();
    const el = await openEditor(first.report);
    shadow(el).querySelector<HTMLInputElement>('input[type=checkbox]')!.click();
    await el.updateComplete;
    buttonNamed(shadow(el), 'Save plan').click();
    await el.updateComplete;
    // the event crosses the widget's shadow root to the host
    expect(first.events.map((e) => e.type)).to.deep.equal(['l3d-plan-change']);
    const saved = reportPlan(first.report)!;
    expect(saved.facets).to.deep.equal([result.growthAreas[0]]);
    expect(JSON.parse(localStorage.getItem(PLAN_KEY)!)).to.deep.equal(saved);
    // the answers' own snapshot is untouched by the plan
    expect(JSON.parse(localStorage.getItem(KEY)!).plan).to.equal(undefined);
    first.el.remove();
    const second = await widget();
    const shown = await planReady(second.report);
    expect(reportPlan(second.report)).to.deep.equal(saved);
    expect(shadow(shown).querySelector('.summary')).to.not.equal(null);
    expect(second.events).to.have.length(0);
    second.el.reset();
    expect(localStorage.getItem(PLAN_KEY)).to.equal(null);
    expect(localStorage.getItem(KEY)).to.equal(null);
  });

  it('a corrupt stored plan is dropped with storage-corrupt; the answers stay', async () => {
    localStorage.setItem(KEY, done());
    localStorage.setItem(PLAN_KEY, JSON.stringify({ facets: 'x' }));
    const { el, events, report } = await widget();
    await waitUntil(() => events.length, 'an error');
    expect(events.map((e) => (e as CustomEvent).detail.code)).to.deep.equal(['storage-corrupt']);
    expect(el.result).to.not.equal(null);
    expect(planEl(report)).to.equal(null);
    expect(localStorage.getItem(PLAN_KEY)).to.equal(null);
    expect(localStorage.getItem(KEY)).to.not.equal(null);
  });

  it('persist="none" keeps the plan on the report only, and stores nothing', async () => {
    const el = document.createElement('leadership-3d');
    el.setAttribute('persist', 'none');
    (await fixture(html`<div></div>`)).append(el);
    await el.updateComplete;
    expect(el.restore(JSON.parse(done()))).to.equal(true);
    const report = await reportDrawn(el);
    const editor = await openEditor(report);
    shadow(editor).querySelector<HTMLInputElement>('input[type=checkbox]')!.click();
    await editor.updateComplete;
    buttonNamed(shadow(editor), 'Save plan').click();
    await editor.updateComplete;
    expect(reportPlan(report)?.facets).to.deep.equal([result.growthAreas[0]]);
    expect(Object.keys(localStorage).filter((k) => k.endsWith(':plan'))).to.deep.equal([]);
    expect(Object.keys(sessionStorage).filter((k) => k.endsWith(':plan'))).to.deep.equal([]);
  });
});

describe("the earlier result's plan in <l3d-360>", () => {
  async function loadEarlier(file: unknown) {
    const view = await fixture<L3d360>(html`<l3d-360 .self=${result}></l3d-360>`);
    const errors: string[] = [];
    view.addEventListener('l3d-error', (e) => errors.push(e.detail.code));
    await view.updateComplete;
    view
      .shadowRoot!.querySelector('l3d-360-inputs')!
      .dispatchEvent(
        new L3d360InputEvent({ input: 'previous', action: 'text', text: JSON.stringify(file) }),
      );
    await waitUntil(() => view.shadowRoot!.querySelector('section.change table'), 'What changed');
    return { view, errors };
  }

  it('shows the plan the earlier result was made with, read-only, after What changed', async () => {
    const { view } = await loadEarlier({ format: 'leadership-3d-result', result, plan });
    await waitUntil(
      () => view.shadowRoot!.querySelector('l3d-plan')?.shadowRoot?.querySelector('.summary'),
      'the plan',
      { timeout: 5000 },
    );
    const shown = view.shadowRoot!.querySelector<L3dPlan>('l3d-plan')!;
    const summary = shadow(shown).querySelector('.summary')!;
    expect(summary.textContent).to.contain(plan.experiment);
    expect(summary.textContent).to.contain('Active listening');
    expect(summary.querySelector('h4')!.textContent).to.contain('made with the earlier result');
    expect(getComputedStyle(shadow(shown).querySelector('.actions')!).display).to.equal('none');
  });

  it('a bad plan in the file is left out with invalid-plan; the comparison still shows', async () => {
    const { view, errors } = await loadEarlier({
      format: 'leadership-3d-result',
      result,
      plan: { ...plan, review: '1999-01-01' },
    });
    expect(errors).to.deep.equal(['invalid-plan']);
    expect(view.shadowRoot!.querySelector('l3d-plan')).to.equal(null);
  });
});
