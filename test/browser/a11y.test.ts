import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import {
  emulateMedia,
  executeServerCommand,
  sendKeys,
  setViewport,
} from '@web/test-runner-commands';
import '../../src/components/l3d-report/l3d-report.js';
import '../../src/components/l3d-group/l3d-group.js';
import '../../src/components/l3d-360/l3d-360.js';
import { encodeResponseCode } from '../../src/scoring/codes.js';
import type { L3d360 } from '../../src/components/l3d-360/l3d-360.js';
import type { L3dGroup } from '../../src/components/l3d-group/l3d-group.js';
import type { Leadership3d } from '../../src/components/leadership-3d/leadership-3d.js';
import type { L3dReport } from '../../src/components/l3d-report/l3d-report.js';
import type { L3dRadarChart } from '../../src/components/l3d-radar-chart/l3d-radar-chart.js';
import { score } from '../../src/scoring/index.js';
import {
  answerAllPages,
  answerPage,
  clearStorage,
  clickStart,
  heading,
  instrument,
  primaryButton,
  questions,
  radios,
  settle,
  shadow,
  reportDrawn,
} from '../fixtures/widget.js';
import { wcagRuleCount, wcagViolations } from '../fixtures/axe.js';
import { pointerEventsDuring } from '../fixtures/page.js';

type Lang = 'en' | 'es' | 'ar';

async function mount(attributes = ''): Promise<Leadership3d> {
  const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
  // Attributes as markup, the way a host page writes them.
  wrap.innerHTML = `<leadership-3d persist="none" ${attributes}></leadership-3d>`;
  const el = wrap.querySelector('leadership-3d')!;
  await waitUntil(
    () => shadow(el)?.querySelector('[part~="heading"]') && !shadow(el).querySelector('.loading'),
    'widget loaded',
    { timeout: 5000 },
  );
  await settle(el);
  return el;
}

/** Axe with the WCAG 2.x A/AA rules over the element; the message lists every violation. */
async function expectNoViolations(el: Element, state: string): Promise<void> {
  const violations = await wcagViolations(el);
  expect(violations, `${state}:\n${violations.join('\n')}`).to.deep.equal([]);
}

async function reachReport(el: Leadership3d): Promise<L3dReport> {
  await clickStart(el);
  await answerAllPages(el);
  primaryButton(el).click();
  return reportDrawn(el);
}

/** Everything a pointer can hit: radios and buttons, in the widget and the report inside it. */
function targets(el: Element): HTMLElement[] {
  const found: HTMLElement[] = [];
  const walk = (root: ShadowRoot | null) => {
    if (!root) return;
    found.push(...root.querySelectorAll<HTMLElement>('button, input[type="radio"]'));
    for (const child of root.querySelectorAll('*')) walk(child.shadowRoot);
  };
  walk(el.shadowRoot);
  return found;
}

describe('accessibility: every state has zero WCAG 2.2 A/AA violations', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  beforeEach(clearStorage);
  after(() => emulateMedia({ reducedMotion: 'no-preference', colorScheme: 'light' }));

  it('the check runs real rules (not an empty pass)', async () => {
    const el = await mount();
    expect(await wcagRuleCount(el)).to.be.greaterThan(5);
    // and it does catch a problem: an unlabelled radio
    const bad = await fixture(html`<div><input type="radio" name="x" /></div>`);
    expect(await wcagViolations(bad)).to.have.length.greaterThan(0);
  });

  for (const lang of ['en', 'es', 'ar'] as Lang[])
    for (const theme of ['light', 'dark'] as const)
      it(`${lang}, ${theme}: intro, every question page, review, report`, async () => {
        const el = await mount(`lang="${lang}" theme="${theme}"`);
        await expectNoViolations(el, 'intro');
        await clickStart(el);
        let page = 0;
        while (questions(el).length > 0) {
          // every page in English; the first page elsewhere (same markup, other words)
          if (lang === 'en' || page === 0) await expectNoViolations(el, `page ${page + 1}`);
          // the last page is left half answered so the review lists unanswered items
          await answerPage(el, (id) => (page === 5 && id.endsWith('-4') ? undefined : 3));
          primaryButton(el).click();
          await settle(el);
          page++;
        }
        expect(shadow(el).querySelectorAll('.unanswered li').length).to.be.greaterThan(0);
        await expectNoViolations(el, 'review with unanswered items');
        primaryButton(el).click();
        await reportDrawn(el);
        await expectNoViolations(el, 'report');
      });

  it('the observer form and its "Not observed" option', async () => {
    const el = await mount('form="observer" rater-group="peer"');
    await expectNoViolations(el, 'observer intro');
    await clickStart(el);
    await answerPage(el, () => null);
    await expectNoViolations(el, 'observer page, all not observed');
  });

  it('the error state', async () => {
    const el = await mount();
    el.instrument = { broken: true } as never;
    // the first check of a host instrument loads the schema module
    await waitUntil(() => shadow(el).querySelector('[role="alert"]'), 'error shown', {
      timeout: 5000,
    });
    await expectNoViolations(el, 'error');
  });

  for (const lang of ['en', 'es', 'ar'] as Lang[])
    it(`the standalone report in ${lang}, facet view included`, async () => {
      const answers = Object.fromEntries(
        instrument.items.map((item, i) => [item.id, ((i % 5) + 1) as 1 | 2 | 3 | 4 | 5]),
      );
      const result = score({
        instrumentId: instrument.id,
        instrumentVersion: instrument.version,
        form: 'self',
        answers,
      });
      const el = await fixture<L3dReport>(
        html`<l3d-report lang=${lang} .result=${result}></l3d-report>`,
      );
      await waitUntil(() => shadow(el).querySelector('article'), 'report rendered');
      const chart = shadow(el).querySelector<L3dRadarChart>('l3d-radar-chart')!;
      await chart.chartReady;
      await expectNoViolations(el, 'standalone report');
      shadow(el).querySelectorAll<HTMLButtonElement>('.toggle-button')[1]!.click();
      await el.updateComplete;
      await chart.chartReady;
      await expectNoViolations(el, 'standalone report, facets');
    });

  for (const lang of ['en', 'ar'] as Lang[])
    it(`the report's version 2 notes in ${lang} at 320 px: highest-rated, ties, withheld profile`, async () => {
      await setViewport({ width: 320, height: 900 });
      const scored = (raw: (reverse: boolean, i: number) => number) =>
        score({
          instrumentId: instrument.id,
          instrumentVersion: instrument.version,
          form: 'self',
          answers: Object.fromEntries(
            instrument.items.map((item, i) => [item.id, raw(item.reverse, i) as 1 | 2 | 3 | 4 | 5]),
          ),
        });
      // "often" to everything: flat, nothing earned or chosen, profile withheld, notices shown
      const flat = scored(() => 4);
      // ten facets tie at 100 for the strengths: named in a note, none listed
      const tied = scored((reverse, i) => (reverse ? 1 : [5, 5, 4, 5, 5, 5][i % 6]!));
      expect(flat.profile.reason).to.equal('response-quality');
      for (const [name, result] of [
        ['flat', flat],
        ['tied', tied],
      ] as const) {
        const el = await fixture<L3dReport>(
          html`<l3d-report lang=${lang} .result=${result}></l3d-report>`,
        );
        await waitUntil(() => shadow(el).querySelector('article'), 'report rendered');
        await shadow(el).querySelector<L3dRadarChart>('l3d-radar-chart')!.chartReady;
        expect(shadow(el).querySelector('.tied') !== null, `${name}: tie note`).to.equal(
          name === 'tied',
        );
        await expectNoViolations(el, `report, ${name}`);
        expect(el.scrollWidth, `${name}: no sideways scroll`).to.be.at.most(el.clientWidth + 1);
      }
      await setViewport({ width: 1280, height: 900 });
    });
});

describe('accessibility: the report, version 2 (issue 17)', () => {
  afterEach(() => setViewport({ width: 1280, height: 900 }));

  // Keyed answers per facet, in item order: strengths with advice, growth areas with their
  // lowest answers, five items tied at the top and five at the bottom, stages across cuts.
  const KEYED: Record<string, number[]> = {
    'domain-mastery': [5, 5, 5, 5],
    judgement: [4, 4, 4, 5],
    'keeping-current': [4, 4, 4, 4],
    'sharing-expertise': [4, 3, 4, 3],
    credibility: [4, 4, 4, 4],
    listening: [3, 3, 4, 4],
    influence: [3, 3, 3, 4],
    feedback: [3, 3, 3, 3],
    acumen: [2, 3, 3, 3],
    customer: [4, 3, 4, 3],
    partnership: [2, 2, 3, 3],
    change: [3, 3, 2, 2],
  };

  for (const lang of ['en', 'ar'] as Lang[])
    it(`stage guidance, highest and lowest answers and advice in ${lang} at 320 px`, async () => {
      await setViewport({ width: 320, height: 900 });
      const seen = new Map<string, number>();
      const answers = Object.fromEntries(
        instrument.items.map((item) => {
          const k = seen.get(item.facet) ?? 0;
          seen.set(item.facet, k + 1);
          const keyed = KEYED[item.facet]![k]!;
          return [item.id, (item.reverse ? 6 - keyed : keyed) as 1 | 2 | 3 | 4 | 5];
        }),
      );
      const result = score({
        instrumentId: instrument.id,
        instrumentVersion: instrument.version,
        form: 'self',
        answers,
      });
      const el = await fixture<L3dReport>(
        html`<l3d-report lang=${lang} .result=${result}></l3d-report>`,
      );
      await waitUntil(() => shadow(el).querySelector('.guide'), 'guidance rendered');
      await shadow(el).querySelector<L3dRadarChart>('l3d-radar-chart')!.chartReady;
      const root = shadow(el);
      expect(root.querySelectorAll('.guide')).to.have.length(3);
      expect(root.querySelectorAll('.item-group.highest .item')).to.have.length(5);
      expect(root.querySelectorAll('.item-group.lowest .item')).to.have.length(5);
      expect(root.querySelectorAll('.strengths .advice')).to.have.length(2);
      expect(root.querySelectorAll('.growth .low-items')).to.have.length(3);
      if (lang === 'ar') expect(root.querySelector('article')!.getAttribute('dir')).to.equal('rtl');
      await expectNoViolations(el, `report v2, ${lang}`);
      expect(el.scrollWidth, 'no sideways scroll').to.be.at.most(el.clientWidth + 1);
      const page = document.documentElement;
      expect(page.scrollWidth, 'page: no sideways scroll').to.be.at.most(page.clientWidth);
    });
});

describe('accessibility: the development plan step', () => {
  for (const lang of ['en', 'ar'] as Lang[])
    it(`in ${lang} at 320 px: editor empty, with errors, and the saved summary`, async () => {
      await setViewport({ width: 320, height: 900 });
      try {
        const answers = Object.fromEntries(
          instrument.items.map((item, i) => [item.id, ((i % 5) + 1) as 1 | 2 | 3 | 4 | 5]),
        );
        const result = score({
          instrumentId: instrument.id,
          instrumentVersion: instrument.version,
          form: 'self',
          answers,
        });
        const el = await fixture<L3dReport>(
          html`<l3d-report lang=${lang} .result=${result}></l3d-report>`,
        );
        await waitUntil(() => shadow(el).querySelector('section.plan button'), 'plan step');
        shadow(el).querySelector<HTMLButtonElement>('section.plan button')!.click();
        await waitUntil(
          () => shadow(el).querySelector('l3d-plan')?.shadowRoot?.querySelector('form textarea'),
          'editor open',
          { timeout: 5000 },
        );
        const plan = shadow(el).querySelector('l3d-plan')!;
        await shadow(el).querySelector<L3dRadarChart>('l3d-radar-chart')!.chartReady;
        await expectNoViolations(el, 'plan editor');
        expect(el.scrollWidth, 'editor: no sideways scroll').to.be.at.most(el.clientWidth + 1);
        shadow(plan).querySelector<HTMLButtonElement>('button[type=submit]')!.click();
        await waitUntil(() => shadow(plan).querySelector('.error'), 'errors shown');
        await expectNoViolations(el, 'plan editor with errors');
        shadow(plan).querySelector<HTMLInputElement>('input[type=checkbox]')!.click();
        await (plan as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        shadow(plan).querySelector<HTMLButtonElement>('button[type=submit]')!.click();
        await waitUntil(() => shadow(plan).querySelector('.summary'), 'summary shown');
        await expectNoViolations(el, 'plan summary');
        expect(el.scrollWidth, 'summary: no sideways scroll').to.be.at.most(el.clientWidth + 1);
      } finally {
        await setViewport({ width: 1280, height: 900 });
      }
    });
});

describe('accessibility: keyboard only', () => {
  beforeEach(clearStorage);

  it('completes all 48 items and reaches the report without a pointer event', async () => {
    const pointer = await pointerEventsDuring(async () => {
      const el = await mount();
      // Into the widget from the page, as a keyboard user arrives: Tab to Start.
      const before = document.createElement('button');
      before.textContent = 'before';
      el.before(before);
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement).to.equal(primaryButton(el));
      await sendKeys({ press: 'Enter' });
      let answered = 0;
      for (let page = 0; page < 6; page++) {
        await settle(el);
        expect(shadow(el).activeElement, 'focus on the page heading').to.equal(heading(el));
        for (const q of questions(el)) {
          await sendKeys({ press: 'Tab' });
          const radio = radios(q)[0]!;
          expect(shadow(q).activeElement).to.equal(radio);
          expect(radio.matches(':focus-visible'), 'focus is visible').to.equal(true);
          // Arrow keys move within the scale and pick; a varied pattern of answers
          for (let step = 0; step < answered % 5; step++) await sendKeys({ press: 'ArrowRight' });
          if (answered % 5 === 0) await sendKeys({ press: 'Space' });
          answered++;
        }
        await sendKeys({ press: 'Tab' }); // Back
        await sendKeys({ press: 'Tab' }); // Next, or Review answers on the last page
        expect(shadow(el).activeElement).to.equal(primaryButton(el));
        expect(primaryButton(el).matches(':focus-visible')).to.equal(true);
        await sendKeys({ press: 'Enter' });
      }
      await settle(el);
      expect(Object.values(el.responses.answers).filter((v) => v !== null)).to.have.length(48);
      expect(shadow(el).activeElement).to.equal(heading(el));
      await sendKeys({ press: 'Tab' }); // Back
      await sendKeys({ press: 'Tab' }); // Finish
      expect(shadow(el).activeElement).to.equal(primaryButton(el));
      await sendKeys({ press: 'Space' });
      await waitUntil(() => shadow(el).querySelector('l3d-report'), 'report', { timeout: 10000 });
      const report = shadow(el).querySelector('l3d-report')!;
      await waitUntil(
        () => shadow(report).activeElement?.tagName === 'H2',
        'report heading focused',
      );
      expect(el.result?.dimensions.technical.score).to.be.a('number');
      // The report's own controls are reachable too: the first Tab lands on Download.
      await sendKeys({ press: 'Tab' });
      expect(shadow(report).activeElement?.textContent?.trim()).to.equal('Download results (JSON)');
    });
    expect(pointer, 'pointer events during the run').to.deep.equal([]);
  });
});

describe('accessibility: sizes, reflow, contrast, forced colours', () => {
  beforeEach(clearStorage);
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    await executeServerCommand('emulate-forced-colors', { active: false });
    await emulateMedia({ colorScheme: 'light' });
  });

  for (const width of [1280, 320])
    it(`every radio and button is at least 24 × 24 CSS px at ${width} px`, async () => {
      await setViewport({ width, height: 900 });
      const onPage = await mount('form="observer" rater-group="peer"');
      await clickStart(onPage);
      const review = await mount();
      await clickStart(review);
      await answerAllPages(review, (id) => (id.endsWith('-4') ? undefined : 2));
      const done = await mount();
      await reachReport(done);
      // targets() walks nested shadow roots, so the report's buttons are included
      const all = [onPage, review, done].flatMap(targets);
      const small = all
        .map((t) => ({ t, r: t.getBoundingClientRect() }))
        .filter(({ r }) => r.width > 0 && (r.width < 24 || r.height < 24))
        .map(({ t, r }) => `${t.outerHTML.slice(0, 60)} ${r.width}×${r.height}`);
      expect(all.length).to.be.greaterThan(60);
      expect(small).to.deep.equal([]);
    });

  it('reflows at 320 px in every state: nothing scrolls sideways', async () => {
    await setViewport({ width: 320, height: 640 });
    for (const lang of ['en', 'ar'] as Lang[]) {
      const el = await mount(`lang="${lang}"`);
      const fits = (state: string) => {
        const page = document.documentElement;
        expect(page.scrollWidth, `${lang} ${state}: page`).to.be.at.most(page.clientWidth);
        const base = shadow(el).querySelector<HTMLElement>('.base')!;
        expect(base.scrollWidth, `${lang} ${state}: widget`).to.be.at.most(base.clientWidth + 1);
      };
      fits('intro');
      await clickStart(el);
      fits('questions');
      await answerAllPages(el, (id) => (id.endsWith('-1') ? undefined : 4));
      fits('review');
      primaryButton(el).click();
      const report = await reportDrawn(el);
      fits('report');
      const article = shadow(report).querySelector<HTMLElement>('article')!;
      expect(article.scrollWidth).to.be.at.most(article.clientWidth + 1);
      el.parentElement!.remove();
    }
  });

  it('keeps text ≥ 4.5:1 and UI parts ≥ 3:1 in both themes, dimension colours included', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const el = await mount(`theme="${theme}"`);
      const style = getComputedStyle(el);
      const token = (name: string) => style.getPropertyValue(name).trim();
      const pairs: [string, string, number][] = [
        ['--_text', '--_bg', 4.5],
        ['--_text', '--_surface', 4.5],
        ['--_muted', '--_bg', 4.5],
        ['--_muted', '--_surface', 4.5],
        ['--_on-primary', '--_primary', 4.5],
        ['--_primary', '--_bg', 4.5],
        ['--_error', '--_bg', 4.5],
        // the chart draws its labels in these on the report background
        ['--_technical', '--_bg', 4.5],
        ['--_relational', '--_bg', 4.5],
        ['--_business', '--_bg', 4.5],
        ['--_technical', '--_surface', 4.5],
        ['--_relational', '--_surface', 4.5],
        ['--_business', '--_surface', 4.5],
        ['--_border', '--_bg', 3],
        ['--_border', '--_surface', 3],
        ['--_focus', '--_bg', 3],
      ];
      const low = pairs
        .map(([fg, bg, min]) => ({ fg, bg, min, ratio: contrast(token(fg), token(bg)) }))
        .filter((p) => !(p.ratio >= p.min))
        .map((p) => `${theme} ${p.fg} on ${p.bg}: ${p.ratio.toFixed(2)} < ${p.min}`);
      expect(low).to.deep.equal([]);
    }
  });

  it('in forced colours the chosen answer and the progress stay visible', async () => {
    await executeServerCommand('emulate-forced-colors', { active: true });
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const el = await mount();
    await clickStart(el);
    const q = questions(el)[0]!;
    radios(q)[2]!.click();
    await settle(el);
    const option = radios(q)[2]!.closest('label')!;
    expect(getComputedStyle(option).outlineStyle).to.equal('solid');
    const other = radios(q)[1]!.closest('label')!;
    expect(getComputedStyle(other).outlineStyle).to.equal('none');
    const progress = shadow(shadow(el).querySelector('l3d-progress')!).querySelector('progress')!;
    expect(getComputedStyle(progress).forcedColorAdjust).to.equal('none');
  });
});

// ---- the widget as a form field (docs/forms.md) ---------------------------------------------

describe('<leadership-3d> in a form: axe', () => {
  beforeEach(clearStorage);
  afterEach(clearStorage);

  async function inForm(attributes: string): Promise<{ form: HTMLFormElement; el: Leadership3d }> {
    const form = await fixture<HTMLFormElement>(html`<form></form>`);
    form.innerHTML = `<label>Name <input name="who"></label>
      <leadership-3d persist="none" name="assessment" ${attributes}></leadership-3d>
      <button>Send</button>`;
    const el = form.querySelector('leadership-3d')!;
    await waitUntil(() => new FormData(form).has('assessment'), 'form part loaded', {
      timeout: 5000,
    });
    await settle(el);
    return { form, el };
  }

  it('required and invalid, after the browser reported it: zero violations', async () => {
    const { form, el } = await inForm('required');
    expect(el.matches(':invalid')).to.equal(true);
    form.reportValidity();
    await settle(el);
    expect(await wcagViolations(form)).to.deep.equal([]);
    await clickStart(el);
    expect(await wcagViolations(form)).to.deep.equal([]);
  });

  for (const how of ['disabled', 'fieldset'] as const)
    it(`${how === 'disabled' ? 'disabled' : 'in a disabled fieldset'}, on a page of questions: zero violations`, async () => {
      const { form, el } = await inForm('');
      await clickStart(el);
      if (how === 'disabled') el.setAttribute('disabled', '');
      else {
        const fieldset = document.createElement('fieldset');
        fieldset.append(document.createElement('legend'), el);
        fieldset.firstElementChild!.textContent = 'Assessment';
        form.append(fieldset);
        fieldset.disabled = true;
      }
      await settle(el);
      expect(el.matches(':disabled')).to.equal(true);
      expect(await wcagViolations(form)).to.deep.equal([]);
    });
});

// ——— <l3d-group>, the group report (issue 18 part 2) ———————————————————————————————————————

describe('accessibility: <l3d-group>', () => {
  /** `count` different self-assessments of the built-in instrument. */
  const cohort = (count: number) =>
    Array.from({ length: count }, (_, seed) =>
      score({
        instrumentId: instrument.id,
        instrumentVersion: instrument.version,
        form: 'self',
        answers: Object.fromEntries(
          instrument.items.map((item, i) => [
            item.id,
            (((i * ((seed % 4) + 1) + seed) % 5) + 1) as 1 | 2 | 3 | 4 | 5,
          ]),
        ),
      }),
    );

  afterEach(() => setViewport({ width: 1280, height: 900 }));

  for (const [lang, theme, width] of [
    ['en', 'light', 1280],
    ['ar', 'dark', 320],
    ['es', 'light', 320],
  ] as const)
    it(`in ${lang}, ${theme}, at ${width} px: too few, refused, and a full report`, async () => {
      await setViewport({ width, height: 900 });
      const el = await fixture<L3dGroup>(
        html`<l3d-group lang=${lang} theme=${theme} .results=${cohort(2)}></l3d-group>`,
      );
      await waitUntil(() => shadow(el).querySelector('.too-few'), 'too few shown');
      await expectNoViolations(el, 'group, too few');
      const box = shadow(el).querySelector<HTMLTextAreaElement>('#paste-text')!;
      shadow(el).querySelector<HTMLDetailsElement>('details.paste')!.open = true;
      box.value = '{"instrumentId":"other"}\nnot json';
      shadow(el).querySelector<HTMLButtonElement>('.use-pasted')!.click();
      await el.updateComplete;
      el.results = cohort(12);
      await el.updateComplete;
      await shadow(el).querySelector<L3dRadarChart>('l3d-radar-chart')!.chartReady;
      expect(shadow(el).querySelectorAll('#inputs-msg li')).to.have.length(2);
      if (lang === 'ar')
        expect(shadow(el).querySelector('article')!.getAttribute('dir')).to.equal('rtl');
      await expectNoViolations(el, `group report, ${lang}`);
      expect(el.scrollWidth, 'no sideways scroll').to.be.at.most(el.clientWidth + 1);
    });
});

describe('accessibility: <l3d-360> item detail and comments (issue 17)', () => {
  /** An observer answering every item `keyed` (after reverse keying), `first` on the first. */
  const rater = (
    group: 'manager' | 'peer' | 'direct-report',
    keyed: number,
    first: number,
    comments?: { keep?: string; next?: string },
  ) => ({
    instrumentId: instrument.id,
    instrumentVersion: instrument.version,
    form: 'observer' as const,
    group,
    answers: Object.fromEntries(
      instrument.items.map((item, i) => {
        const k = i === 0 ? first : keyed;
        return [item.id, (item.reverse ? 6 - k : k) as 1 | 2 | 3 | 4 | 5];
      }),
    ),
    ...(comments ? { comments } : {}),
  });
  const self = score({
    instrumentId: instrument.id,
    instrumentVersion: instrument.version,
    form: 'self',
    answers: Object.fromEntries(
      instrument.items.map((item, i) => [item.id, ((i % 5) + 1) as 1 | 2 | 3 | 4 | 5]),
    ),
  });

  afterEach(() => setViewport({ width: 1280, height: 900 }));

  for (const [lang, theme, width] of [
    ['en', 'light', 1280],
    ['en', 'light', 320],
    ['ar', 'dark', 320],
  ] as const)
    it(`in ${lang}, ${theme}, at ${width} px: tables open, split marker, comments shown and withheld`, async () => {
      await setViewport({ width, height: 900 });
      const el = await fixture<L3d360>(
        html`<l3d-360
          lang=${lang}
          theme=${theme}
          .self=${self}
          .raters=${[
            rater('manager', 4, 2, { keep: 'A long comment '.repeat(20), next: 'Try\nthis' }),
            rater('peer', 3, 1, { keep: 'Keep one' }),
            rater('peer', 4, 5, { keep: 'Keep two' }),
            rater('peer', 3, 5, { next: 'Next three' }),
            rater('direct-report', 2, 3, { keep: 'Hidden' }),
            rater('direct-report', 5, 3, { keep: 'x'.repeat(600) }),
          ]}
        ></l3d-360>`,
      );
      await waitUntil(() => shadow(el).querySelector('section.comments'), 'the detail renders');
      await shadow(el).querySelector<L3dRadarChart>('l3d-radar-chart')!.chartReady;
      for (const details of shadow(el).querySelectorAll('details')) details.open = true;
      await waitUntil(
        () => shadow(el).querySelectorAll('section.items table').length === 12,
        'the item tables render once open',
      );
      await el.updateComplete;
      expect(shadow(el).querySelector('section.items .split')).to.not.equal(null);
      expect(shadow(el).querySelector('.comment-group[data-group="peer"]')).to.not.equal(null);
      expect(shadow(el).querySelector('.withheld[data-group="direct-report"]')).to.not.equal(null);
      if (lang === 'ar')
        expect(shadow(el).querySelector('article')!.getAttribute('dir')).to.equal('rtl');
      await expectNoViolations(el, `360 item detail, ${lang}, ${width} px`);
      expect(el.scrollWidth, 'no sideways scroll').to.be.at.most(el.clientWidth + 1);
      expect(
        document.documentElement.scrollWidth,
        'the page does not scroll sideways',
      ).to.be.at.most(document.documentElement.clientWidth + 1);
    });
});

/** WCAG contrast ratio of two CSS colours, parsed by the canvas. */
function contrast(a: string, b: string): number {
  const ctx = document.createElement('canvas').getContext('2d')!;
  const luminance = (color: string) => {
    ctx.fillStyle = '#000';
    ctx.fillStyle = color;
    const hex = String(ctx.fillStyle).slice(1);
    const [r, g, bl] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
    const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(bl!);
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

// Issue 17: the observer form's open questions and the 360 panel's raters' files.
describe('accessibility: rater comments and raters’ files', () => {
  afterEach(() => setViewport({ width: 1280, height: 900 }));

  const typeInto = async (el: Leadership3d, key: 'keep' | 'next', value: string) => {
    const box = shadow(el).querySelector<HTMLTextAreaElement>(`#comment-${key}`)!;
    box.value = value;
    box.dispatchEvent(new Event('input'));
    await settle(el);
  };

  for (const [lang, theme, width] of [
    ['en', 'light', 1280],
    ['en', 'dark', 320],
    ['ar', 'light', 320],
    ['ar', 'dark', 1280],
  ] as const)
    it(`the comments page in ${lang}, ${theme}, at ${width} px: empty, with text, and the completion`, async () => {
      await setViewport({ width, height: 900 });
      const el = await mount(`form="observer" rater-group="peer" lang="${lang}" theme="${theme}"`);
      await clickStart(el);
      await answerAllPages(el);
      const section = shadow(el).querySelector('.comments')!;
      expect(section, 'the questions are on the page').to.not.equal(null);
      await expectNoViolations(el, 'comments, empty');
      await typeInto(el, 'keep', 'Sigue explicando el porqué. '.repeat(8));
      await typeInto(el, 'next', 'جرّب أن تطلب رأي الفريق أولًا.');
      await expectNoViolations(el, 'comments, with text');
      const base = shadow(el).querySelector<HTMLElement>('.base')!;
      expect(base.scrollWidth, 'no sideways scroll').to.be.at.most(base.clientWidth + 1);
      for (const box of shadow(el).querySelectorAll<HTMLElement>('.comment textarea')) {
        const r = box.getBoundingClientRect();
        expect(r.height).to.be.at.least(24);
        expect(r.right).to.be.at.most(base.getBoundingClientRect().right + 1);
      }
      if (lang === 'ar') expect(base.getAttribute('dir')).to.equal('rtl');
      primaryButton(el).click();
      await waitUntil(() => shadow(el).querySelector('#response-code'), 'completion');
      await settle(el);
      await expectNoViolations(el, 'completion with the comments notes');
    });

  for (const [lang, width] of [
    ['en', 1280],
    ['ar', 320],
  ] as const)
    it(`the 360 panel in ${lang} at ${width} px with a rater’s file added and one refused`, async () => {
      await setViewport({ width, height: 900 });
      const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
      wrap.innerHTML = `<l3d-360 lang="${lang}" theme="light"></l3d-360>`;
      const el = wrap.querySelector('l3d-360')!;
      await el.updateComplete;
      await waitUntil(() => el.shadowRoot!.querySelector('l3d-360-inputs'), 'panel');
      const panel = el.shadowRoot!.querySelector('l3d-360-inputs')!;
      const inPanel = () => panel.shadowRoot!;
      await waitUntil(() => inPanel().querySelector('#codes-file'), 'file input');
      await expectNoViolations(el, '360 panel, empty');
      const responses = {
        instrumentId: instrument.id,
        instrumentVersion: instrument.version,
        form: 'observer' as const,
        group: 'peer' as const,
        answers: Object.fromEntries(instrument.items.map((item) => [item.id, 4 as const])),
      };
      const good = {
        format: 'leadership-3d-rater-response',
        formatVersion: 1,
        code: encodeResponseCode(responses, { nonce: 5 }),
        responses,
        comments: { keep: 'Keeps everyone informed.' },
      };
      const list = new DataTransfer();
      list.items.add(new File([JSON.stringify(good)], 'good.json'));
      list.items.add(new File(['not json'], 'broken.json'));
      const field = inPanel().querySelector<HTMLInputElement>('#codes-file')!;
      field.files = list.files;
      field.dispatchEvent(new Event('change'));
      await waitUntil(() => inPanel().querySelector('#codes-msg .error'), 'refusal shown', {
        timeout: 5000,
      });
      await el.updateComplete;
      await panel.updateComplete;
      expect(inPanel().querySelectorAll('.code-item')).to.have.length(1);
      await expectNoViolations(el, '360 panel with a file added and one refused');
      expect(el.scrollWidth, 'no sideways scroll').to.be.at.most(el.clientWidth + 1);
    });
});
