import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { Chart } from 'chart.js';
import { score, instrument } from '../../src/scoring/index.js';
import type { Answer, Result } from '../../src/scoring/types.js';
import { L3dRadarChart } from '../../src/components/l3d-radar-chart/l3d-radar-chart.js';

/** Every item answered `keyed` after reverse keying, except the facets given. */
function result(keyed: Answer, facets: Record<string, Answer | null> = {}): Result {
  const answers = Object.fromEntries(
    instrument.items.map((item) => {
      const value = item.facet in facets ? facets[item.facet]! : keyed;
      return [item.id, value === null ? null : item.reverse ? ((6 - value) as Answer) : value];
    }),
  );
  return score({
    instrumentId: instrument.id,
    instrumentVersion: instrument.version,
    form: 'self',
    answers,
  });
}

const chartJsRequested = () =>
  performance
    .getEntriesByType('resource')
    .some((entry) => /\/chart\.js\/dist\/chart\.js/.test(entry.name));

const canvasOf = (el: L3dRadarChart) => el.shadowRoot!.querySelector('canvas');

async function chartOf(el: L3dRadarChart): Promise<Chart | undefined> {
  await el.chartReady;
  const { Chart } = await import('chart.js');
  const canvas = canvasOf(el);
  return canvas ? Chart.getChart(canvas) : undefined;
}

// Chart instances are compared as booleans: chai would try to print a whole chart on failure.
const hasChart = async (el: L3dRadarChart) => (await chartOf(el)) !== undefined;

// Technical 4 → 75, relational 3 → 50, business facets 5, 5, 4, 4 → 87.5
const MIXED = () =>
  result(4, {
    credibility: 3,
    listening: 3,
    influence: 3,
    feedback: 3,
    acumen: 5,
    customer: 5,
  });

describe('<l3d-radar-chart>', () => {
  // Must run first: each test file has its own page, so nothing has loaded Chart.js yet.
  it('loads Chart.js only once a connected chart has data to draw', async () => {
    expect(chartJsRequested()).to.equal(false);
    const el = await fixture<L3dRadarChart>(html`<l3d-radar-chart></l3d-radar-chart>`);
    await el.chartReady;
    expect(canvasOf(el)).to.equal(null);
    expect(chartJsRequested()).to.equal(false);

    el.result = MIXED();
    await el.chartReady;
    expect(chartJsRequested()).to.equal(true);
    expect(await hasChart(el)).to.equal(true);
  });

  it('gives the canvas role img and a text alternative with every score', async () => {
    const el = await fixture<L3dRadarChart>(
      html`<l3d-radar-chart .result=${MIXED()}></l3d-radar-chart>`,
    );
    await el.chartReady;
    const canvas = canvasOf(el)!;
    expect(canvas.getAttribute('role')).to.equal('img');
    expect(canvas.getAttribute('aria-label')).to.equal(
      'Technical expertise 75 of 100, Relationship management 50 of 100, Business savvy 88 of 100.',
    );
    await expect(el).to.be.accessible();
  });

  it('says "not scored" for a missing score instead of a number', async () => {
    const r = result(4, { acumen: null, customer: null, partnership: null });
    const el = await fixture<L3dRadarChart>(html`<l3d-radar-chart .result=${r}></l3d-radar-chart>`);
    await el.chartReady;
    expect(canvasOf(el)!.getAttribute('aria-label')).to.equal(
      'Technical expertise 75 of 100, Relationship management 75 of 100, Business savvy not scored.',
    );
    const chart = await chartOf(el);
    expect(chart!.data.datasets[0]!.data).to.deep.equal([75, 75, null]);
    expect(chart!.data.labels![2]).to.deep.equal(['Business savvy', 'not scored']);
  });

  it('draws a fixed 0–100 scale with the dimension labels and scores', async () => {
    const el = await fixture<L3dRadarChart>(
      html`<l3d-radar-chart .result=${MIXED()}></l3d-radar-chart>`,
    );
    const chart = (await chartOf(el))!;
    expect('type' in chart.config && chart.config.type).to.equal('radar');
    const r = chart.options.scales!['r']!;
    expect([r.min, r.max]).to.deep.equal([0, 100]);
    expect(chart.data.datasets[0]!.data).to.deep.equal([75, 50, 87.5]);
    // Each axis label names its value under the (wrapped) dimension label.
    expect(chart.data.labels).to.deep.equal([
      ['Technical', 'expertise', '75'],
      ['Relationship', 'management', '50'],
      ['Business savvy', '88'],
    ]);
  });

  it('updates the same chart, not a new one, when the view or data change', async () => {
    const el = await fixture<L3dRadarChart>(
      html`<l3d-radar-chart .result=${MIXED()}></l3d-radar-chart>`,
    );
    const before = await chartOf(el);
    el.view = 'facets';
    await el.chartReady;
    expect(el.getAttribute('view')).to.equal('facets');
    const after = await chartOf(el);
    expect(after === before, 'the same Chart instance').to.equal(true);
    expect(after!.data.labels).to.have.length(12);
    expect(canvasOf(el)!.getAttribute('aria-label')).to.match(
      /^Domain mastery 75 of 100, .*, Inspiring change and innovation 75 of 100\.$/,
    );

    el.result = result(2);
    await el.chartReady;
    expect((await chartOf(el)) === before, 'the same Chart instance').to.equal(true);
    expect(before!.data.datasets[0]!.data).to.deep.equal(new Array(12).fill(25));
  });

  it('destroys its chart when removed and draws a new one when put back', async () => {
    const el = await fixture<L3dRadarChart>(
      html`<l3d-radar-chart .result=${MIXED()}></l3d-radar-chart>`,
    );
    const first = await chartOf(el);
    expect(first !== undefined).to.equal(true);
    const parent = el.parentElement!;
    el.remove();
    const { Chart } = await import('chart.js');
    expect(Chart.getChart(canvasOf(el)!) === undefined, 'chart destroyed').to.equal(true);

    parent.append(el);
    const second = await chartOf(el);
    expect(second !== undefined, 'a chart again').to.equal(true);
    expect(second !== first, 'a new Chart instance').to.equal(true);
  });

  it('draws several series apart by point shape and dash, not colour alone', async () => {
    const series = [
      { label: 'Self', values: [80, 60, null] },
      { label: 'Manager', values: [70, 65, 55] },
    ];
    const labels = ['Technical expertise', 'Relationship management', 'Business savvy'];
    const el = await fixture<L3dRadarChart>(
      html`<l3d-radar-chart .result=${MIXED()} .series=${series} .labels=${labels}>
      </l3d-radar-chart>`,
    );
    const chart = (await chartOf(el))!;
    const [self, manager] = chart.data.datasets as {
      label: string;
      pointStyle: string;
      borderDash: number[];
    }[];
    expect([self!.label, manager!.label]).to.deep.equal(['Self', 'Manager']);
    expect(self!.pointStyle).to.not.equal(manager!.pointStyle);
    expect(self!.borderDash).to.not.deep.equal(manager!.borderDash);
    // the key: an HTML list, each name beside its line's dash and point shape
    const key = el.shadowRoot!.querySelector('[part="key"]')!;
    const entries = [...key.querySelectorAll('li')];
    expect(entries.map((li) => li.textContent!.trim())).to.deep.equal(['Self', 'Manager']);
    const dashes = entries.map((li) => li.querySelector('path')!.getAttribute('stroke-dasharray'));
    expect(dashes).to.deep.equal(['', '6 4']);
    const markers = entries.map((li) => li.querySelector('svg')!.lastElementChild!.tagName);
    expect(markers).to.deep.equal(['circle', 'polygon']);
    const colour = (li: Element) => getComputedStyle(li.querySelector('svg')!).color;
    expect(colour(entries[0]!)).to.not.equal(colour(entries[1]!));
    expect(key.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
    expect(canvasOf(el)!.getAttribute('aria-label')).to.equal(
      'Self: Technical expertise 80 of 100, Relationship management 60 of 100, Business savvy not scored; ' +
        'Manager: Technical expertise 70 of 100, Relationship management 65 of 100, Business savvy 55 of 100.',
    );
  });

  it('takes its colours from the theme tokens', async () => {
    const el = await fixture<L3dRadarChart>(
      html`<l3d-radar-chart
        style="--l3d-color-primary: rgb(200, 10, 20); --l3d-color-business: rgb(0, 90, 0)"
        .result=${MIXED()}
      ></l3d-radar-chart>`,
    );
    const chart = (await chartOf(el))!;
    const line = chart.data.datasets[0] as unknown as {
      borderColor: string;
      pointBackgroundColor: string[];
    };
    expect(line.borderColor).to.equal('rgb(200, 10, 20)');
    expect(line.pointBackgroundColor[2]).to.equal('rgb(0, 90, 0)');
    // one series needs no key: its axis labels carry the values
    expect(el.shadowRoot!.querySelector('[part="key"]')).to.equal(null);
  });

  it('prints a dark-theme chart in the light theme accents and black text', async () => {
    const el = await fixture<L3dRadarChart>(
      html`<l3d-radar-chart theme="dark" .result=${MIXED()}></l3d-radar-chart>`,
    );
    type Line = { borderColor: string; pointBackgroundColor: string[] };
    const onScreen = (await chartOf(el))!.data.datasets[0] as unknown as Line;
    // the dark palette on screen
    expect(onScreen.borderColor).to.equal('#8ab4ff');
    window.dispatchEvent(new Event('beforeprint'));
    try {
      const printed = (await chartOf(el))!;
      const line = printed.data.datasets[0] as unknown as Line;
      expect(line.borderColor).to.equal('#1f5fbf');
      // one point per axis, tinted by dimension: technical, relational, business
      expect(line.pointBackgroundColor).to.deep.equal(['#1f5fbf', '#a8327a', '#1b7a4a']);
    } finally {
      window.dispatchEvent(new Event('afterprint'));
    }
  });

  it('does not animate when the user prefers reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const el = await fixture<L3dRadarChart>(
        html`<l3d-radar-chart .result=${MIXED()}></l3d-radar-chart>`,
      );
      expect((await chartOf(el))!.options.animation).to.equal(false);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
    const el = await fixture<L3dRadarChart>(
      html`<l3d-radar-chart .result=${MIXED()}></l3d-radar-chart>`,
    );
    expect((await chartOf(el))!.options.animation).to.not.equal(false);
  });

  it('shows the text alternative in place of the chart when Chart.js cannot load', async () => {
    class OfflineChart extends L3dRadarChart {
      protected override loadChart(): Promise<never> {
        return Promise.reject(new Error('offline'));
      }
    }
    OfflineChart.define('test-offline-chart');
    const el = (await fixture(
      html`<test-offline-chart .result=${MIXED()}></test-offline-chart>`,
    )) as OfflineChart;
    await el.chartReady;
    expect(canvasOf(el)).to.equal(null);
    const fallback = el.shadowRoot!.querySelector('.fallback');
    expect(fallback!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'The chart could not be drawn. The scores it shows are: ' +
        'Technical expertise 75 of 100, Relationship management 50 of 100, Business savvy 88 of 100.',
    );
  });
});
