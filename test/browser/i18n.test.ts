import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/components/l3d-report/l3d-report.js';
import type { L3dReport } from '../../src/components/l3d-report/l3d-report.js';
import type { L3dRadarChart } from '../../src/components/l3d-radar-chart/l3d-radar-chart.js';
import type { L3dErrorDetail } from '../../src/events/events.js';
import { es } from '../../src/i18n/locales/es.js';
import { ar } from '../../src/i18n/locales/ar.js';
import { formatMessage } from '../../src/i18n/format.js';
import { englishLocale } from '../../src/schema/locale.js';
import type { LocaleData } from '../../src/i18n/types.js';
import { score } from '../../src/scoring/index.js';
import {
  answerAllPages,
  button,
  clearStorage,
  clickStart,
  details,
  heading,
  instrument,
  loaded,
  mountRecorded,
  primaryButton,
  progressText,
  questions,
  radio,
  radios,
  reportDrawn,
  settle,
  shadow,
} from '../fixtures/widget.js';
import type { Leadership3d } from '../../src/components/leadership-3d/leadership-3d.js';

const first = instrument.items[0]!.id;

const legend = (el: Leadership3d, index = 0) =>
  shadow(questions(el)[index]!).querySelector('legend')!.textContent!.replace(/\s+/g, ' ').trim();

const labels = (el: Leadership3d) =>
  radios(questions(el)[0]!).map((r) => r.closest('label')!.textContent!.trim());

const errorsOf = (events: Event[]) => details(events, 'l3d-error') as L3dErrorDetail[];

describe('languages: built-in Spanish and Arabic', () => {
  beforeEach(clearStorage);
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('shows every flow text and item in Spanish, self form', async () => {
    const { el, events } = await mountRecorded({ lang: 'es', persist: 'none' });
    await loaded(el);
    const base = shadow(el).querySelector('.base')!;
    expect(base.getAttribute('lang')).to.equal('es');
    expect(base.getAttribute('dir')).to.equal('ltr');
    expect(heading(el).textContent?.trim()).to.equal(es.instrument!.title);
    expect(primaryButton(el).textContent?.trim()).to.equal(es.flow.intro.start);
    expect(shadow(el).textContent).to.contain(es.instrument!.dimensions.technical.label);
    expect(shadow(el).textContent).to.contain(
      formatMessage(es.flow.intro.time, { minutes: 10, items: 48 }, 'es'),
    );
    await clickStart(el);
    expect(heading(el).textContent?.trim()).to.equal(
      formatMessage(es.flow.questions.headingRange, { from: 1, to: 8, total: 48 }, 'es'),
    );
    expect(legend(el)).to.contain(es.instrument!.items[first]!.self);
    expect(labels(el)).to.deep.equal(es.instrument!.scale.labels);
    expect(progressText(el)).to.equal(
      formatMessage(es.flow.progress.text, { answered: 0, total: 48 }, 'es'),
    );
    expect(button(el, es.flow.questions.next)).to.be.instanceOf(HTMLButtonElement);
    expect(errorsOf(events)).to.deep.equal([]);
  });

  it('uses the observer wording and "not observed" of the language', async () => {
    const { el } = await mountRecorded({
      lang: 'es',
      form: 'observer',
      persist: 'none',
      'rater-group': 'peer',
    });
    await loaded(el);
    await clickStart(el);
    expect(legend(el)).to.contain(es.instrument!.items[first]!.observer);
    expect(labels(el).at(-1)).to.equal(es.instrument!.scale.notObserved);
  });

  it('mirrors the layout for Arabic and formats numbers with Intl', async () => {
    await setViewport({ width: 1000, height: 800 });
    const { el } = await mountRecorded({ lang: 'ar', persist: 'none' });
    await loaded(el);
    const base = shadow(el).querySelector<HTMLElement>('.base')!;
    expect(base.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(base).direction).to.equal('rtl');
    await clickStart(el);
    expect(heading(el).textContent?.trim()).to.equal(
      formatMessage(ar.flow.questions.headingRange, { from: 1, to: 8, total: 48 }, 'ar'),
    );
    expect(legend(el)).to.contain(ar.instrument!.items[first]!.self);
    const fieldset = shadow(questions(el)[0]!).querySelector('fieldset')!;
    // the accent border is on the inline start: the right in Arabic
    expect(getComputedStyle(fieldset).borderRightWidth).to.equal('4px');
    expect(getComputedStyle(fieldset).borderLeftWidth).to.equal('1px');
    // the scale runs right to left: "almost never" is rightmost
    const [low, , , , high] = radios(questions(el)[0]!).map((r) => r.getBoundingClientRect().x);
    expect(low!).to.be.greaterThan(high!);
    // and the primary action sits at the end of the line, on the left
    const back = button(el, ar.flow.questions.back).getBoundingClientRect().x;
    expect(primaryButton(el).getBoundingClientRect().x).to.be.lessThan(back);
  });

  it('keeps answers and page when the language changes mid-way', async () => {
    const { el } = await mountRecorded({ persist: 'session' });
    await clickStart(el);
    radio(questions(el)[0]!, 4).click();
    primaryButton(el).click();
    await settle(el);
    el.lang = 'ar';
    await waitUntil(() => heading(el).textContent?.includes('9'), 'page 2 in Arabic');
    await loaded(el);
    expect(shadow(el).querySelector('.base')!.getAttribute('dir')).to.equal('rtl');
    expect(el.responses.answers).to.deep.equal({ [first]: 4 });
    el.lang = 'es';
    await waitUntil(() => legend(el).includes(es.instrument!.items[instrument.items[8]!.id]!.self));
    expect(el.responses.answers).to.deep.equal({ [first]: 4 });
  });

  it('shows the whole report in Arabic, right to left, chart text included', async () => {
    const { el } = await mountRecorded({ lang: 'ar', persist: 'none' });
    await loaded(el);
    await clickStart(el);
    await answerAllPages(el);
    primaryButton(el).click();
    const report = await reportDrawn(el);
    const article = shadow(report).querySelector('article')!;
    expect(article.getAttribute('dir')).to.equal('rtl');
    expect(article.getAttribute('lang')).to.equal('ar');
    expect(shadow(report).querySelector('h2')!.textContent?.trim()).to.equal(ar.report.title.self);
    const technical = el.result!.dimensions.technical.score!;
    const value = shadow(report).querySelector('.dim-technical .score-value')!.textContent!.trim();
    expect(value).to.equal(new Intl.NumberFormat('ar').format(Math.round(technical)));
    // the 0–100 bar runs right to left like the text
    const bar = shadow(report).querySelector('.dim-technical .bar')!;
    expect(getComputedStyle(bar).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
    const chart = shadow(report).querySelector<L3dRadarChart>('l3d-radar-chart')!;
    await chart.chartReady;
    const alt = shadow(chart).querySelector('canvas')!.getAttribute('aria-label')!;
    expect(alt).to.contain(ar.instrument!.dimensions.technical.label);
    const headers = [...shadow(report).querySelectorAll('thead th')].map((th) =>
      th.textContent!.trim(),
    );
    expect(headers[0]).to.equal(ar.report.table.area);
    const growth = el.result!.growthAreas[0];
    if (growth)
      expect(shadow(report).textContent).to.contain(ar.instrument!.facets[growth]!.develop.reflect);
  });

  it('shows a standalone report in Spanish, given only lang', async () => {
    const answers = Object.fromEntries(instrument.items.map((item) => [item.id, 4 as const]));
    const result = score({
      instrumentId: instrument.id,
      instrumentVersion: instrument.version,
      form: 'observer',
      answers,
    });
    const el = await fixture<L3dReport>(
      html`<l3d-report lang="es-MX" .result=${result}></l3d-report>`,
    );
    await waitUntil(() => shadow(el).querySelector('article'), 'report rendered');
    expect(shadow(el).querySelector('h2')!.textContent?.trim()).to.equal(es.report.title.observer);
    expect(shadow(el).querySelector('article')!.getAttribute('lang')).to.equal('es-MX');
    expect(shadow(el).textContent).to.contain(es.instrument!.dimensions.business.label);
  });
});

describe('languages: a locale the host supplies', () => {
  beforeEach(clearStorage);

  const french = (): LocaleData => {
    const locale = englishLocale();
    locale.lang = 'fr';
    locale.flow.intro.start = 'Commencer';
    locale.flow.progress.text = '{answered} sur {total}';
    locale.instrument!.title = 'Diagnostic de leadership 3D';
    locale.instrument!.items[first]!.self = 'Premier énoncé';
    return locale;
  };

  it('uses a complete host locale for the flow and the items', async () => {
    const { el, events } = await mountRecorded({ persist: 'none' });
    el.locale = french();
    await waitUntil(() => primaryButton(el)?.textContent?.trim() === 'Commencer', 'french');
    expect(heading(el).textContent?.trim()).to.equal('Diagnostic de leadership 3D');
    expect(shadow(el).querySelector('.base')!.getAttribute('lang')).to.equal('fr');
    await clickStart(el);
    expect(legend(el)).to.contain('Premier énoncé');
    expect(progressText(el)).to.equal('0 sur 48');
    expect(errorsOf(events)).to.deep.equal([]);
  });

  it('rejects an incomplete locale, naming the missing and extra keys, and keeps working', async () => {
    const { el, events } = await mountRecorded({ lang: 'es', persist: 'none' });
    await loaded(el);
    const broken = french() as unknown as { flow: Record<string, Record<string, unknown>> };
    delete broken.flow['intro']!['start'];
    broken.flow['intro']!['startt'] = 'Commencer';
    el.locale = broken as unknown as LocaleData;
    await waitUntil(() => errorsOf(events).length > 0, 'invalid-locale', { timeout: 5000 });
    const [error] = errorsOf(events);
    expect(error!.code).to.equal('invalid-locale');
    expect(error!.message).to.contain('flow.intro.start');
    expect(error!.message).to.contain('flow.intro.startt');
    await settle(el);
    // falls back to the lang attribute's built-in texts; no error screen
    expect(primaryButton(el).textContent?.trim()).to.equal(es.flow.intro.start);
    expect(shadow(el).querySelector('[role="alert"]')).to.equal(null);
  });

  it('renders host strings as text, never as markup', async () => {
    const payload = '<img src=x onerror="window.__xss=1"><b>bold</b>';
    const locale = french();
    locale.flow.intro.start = payload;
    locale.instrument!.title = `</style><script>window.__xss=1</script>`;
    locale.instrument!.items[first]!.self = `{not a placeholder} ${payload}`;
    const { el } = await mountRecorded({ persist: 'none' });
    el.locale = locale;
    await waitUntil(() => primaryButton(el)?.textContent?.trim() === payload, 'payload as text');
    expect(heading(el).textContent?.trim()).to.equal(locale.instrument!.title);
    await clickStart(el);
    expect(legend(el)).to.contain(`{not a placeholder} ${payload}`);
    const elements = (root: ShadowRoot) => root.querySelectorAll('img, b, script').length;
    expect(elements(shadow(el))).to.equal(0);
    expect(elements(shadow(questions(el)[0]!))).to.equal(0);
    expect((window as { __xss?: number }).__xss).to.equal(undefined);
  });
});
