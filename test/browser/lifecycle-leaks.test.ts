// Mounting and unmounting each kind of element a hundred times leaves nothing growing: listeners
// on the window, document and media queries, pending timers and frames, observer observations,
// Chart.js instances, DOM nodes after a full garbage collection. The heap is measured too.
// The probes come first: they count only what registers after them.
import { pendingTimers, snapshotCounts, type Counts } from '../fixtures/lifecycle/probes.js';
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/components/l3d-report/l3d-report.js';
import '../../src/components/l3d-360/l3d-360.js';
import { clickStart, questions, radio, settle, shadow } from '../fixtures/widget.js';
import {
  RESULT,
  chartOn,
  create,
  drawnChart,
  findChart,
  liveCharts,
  loadSamples,
  loaded,
  toReport,
  until,
  type Samples,
} from '../fixtures/lifecycle/helpers.js';

let samples: Samples;
before(async () => {
  samples = await loadSamples();
});

/** Waits for timers and frames the last unmount left to run out (a chart's animation is 300 ms). */
async function quiet(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 400));
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

interface Heap {
  usedSize: number;
  documents: number;
  nodes: number;
  jsEventListeners: number;
}
const heap = () => executeServerCommand<Heap, undefined>('heap-usage');

// ---- 100 mounts and unmounts ------------------------------------------------------------------

/** One way of mounting: returns the element once it shows what it should. */
interface Scenario {
  name: string;
  mount: (parent: HTMLElement) => Promise<Element>;
  /** Kinds the mounted element must have registered: proves the probes see it. */
  whileMounted: string[];
}

const scenarios: Scenario[] = [
  {
    name: 'a widget on its intro',
    whileMounted: [],
    async mount(parent) {
      const el = create('leadership-3d', { persist: 'none' });
      parent.append(el);
      await loaded(el);
      return el;
    },
  },
  {
    name: 'a widget mid-questions',
    // its first answer loads the LMS/xAPI part, which listens for the page being hidden
    whileMounted: ['listener window:pagehide', 'listener document:visibilitychange'],
    async mount(parent) {
      sessionStorage.removeItem('lifecycle-mid');
      const el = create('leadership-3d', { persist: 'session', 'storage-key': 'lifecycle-mid' });
      parent.append(el);
      await loaded(el);
      await clickStart(el);
      // the LMS/xAPI part loads on the first answer and then says so with an l3d-xapi event
      const xapi = new Promise((resolve) =>
        el.addEventListener('l3d-xapi', resolve, { once: true }),
      );
      radio(questions(el)[0]!, 4).click();
      await xapi;
      await settle(el);
      return el;
    },
  },
  {
    name: 'a widget showing its report with the chart drawn',
    whileMounted: ['listener window:beforeprint', 'observing ResizeObserver'],
    async mount(parent) {
      const el = create('leadership-3d', { persist: 'none' });
      parent.append(el);
      await toReport(el);
      await drawnChart(el);
      return el;
    },
  },
  {
    name: '<l3d-report> with a result',
    whileMounted: ['listener window:beforeprint', 'observing ResizeObserver'],
    async mount(parent) {
      const el = create('l3d-report');
      el.result = RESULT;
      parent.append(el);
      await drawnChart(el);
      return el;
    },
  },
  {
    name: '<l3d-360> with the sample data',
    whileMounted: ['listener window:beforeprint', 'observing ResizeObserver'],
    async mount(parent) {
      const el = create('l3d-360');
      el.self = samples.self.result;
      el.previous = samples.previous.result;
      el.norms = samples.norms;
      el.addCodes(samples.raters.map((r) => r.code));
      parent.append(el);
      await drawnChart(el);
      return el;
    },
  },
  {
    name: 'the observer form on its response code',
    whileMounted: [],
    async mount(parent) {
      const el = create('leadership-3d', {
        form: 'observer',
        'rater-group': 'peer',
        persist: 'none',
      });
      parent.append(el);
      await toReport(el);
      await until(() => shadow(el).querySelector('#response-code'), 'the code shows');
      return el;
    },
  },
];

/** The same element taken out and put back each cycle: it must draw its chart again each time. */
function reattached(scenario: Scenario): Scenario {
  let kept: Element | undefined;
  return {
    ...scenario,
    name: `${scenario.name}, the same element re-attached`,
    async mount(parent) {
      if (!kept) return (kept = await scenario.mount(parent));
      parent.append(kept);
      const chart = await drawnChart(kept);
      if (!chartOn(chart)) throw new Error('no chart after re-attaching');
      return kept;
    },
  };
}
scenarios.push(
  reattached(scenarios[2]!),
  reattached(scenarios[4]!),
  {
    name: '<l3d-report> removed while its chart is still being drawn',
    whileMounted: [],
    async mount(parent) {
      const el = create('l3d-report');
      el.result = RESULT;
      parent.append(el);
      // rendered, the chart's draw is waiting for Chart.js: the removal comes before it ends
      await el.updateComplete;
      const chart = findChart(el);
      if (!chart || chartOn(chart))
        throw new Error('not mid-draw: the scenario would test nothing');
      el.remove();
      return el;
    },
  },
  {
    name: 'a widget removed and put back three times in one task, then removed',
    whileMounted: [],
    async mount(parent) {
      const el = create('leadership-3d', { persist: 'none' });
      for (let i = 0; i < 3; i++) {
        parent.append(el);
        el.remove();
      }
      parent.append(el);
      return el;
    },
  },
);

describe('lifecycle: 100 mounts and unmounts leave nothing growing', () => {
  const CYCLES = 100;
  const measured: Record<string, unknown> = {};
  after(() => console.log(`lifecycle measurements: ${JSON.stringify(measured, null, 1)}`));

  it('sees the same Chart.js as the lazily loaded chart (one module instance)', async () => {
    const el = create('l3d-report');
    el.result = RESULT;
    document.body.append(el);
    try {
      const chart = await drawnChart(el);
      expect(chartOn(chart) !== undefined, 'Chart.getChart finds the drawn chart').to.equal(true);
      expect(liveCharts()).to.equal(1);
    } finally {
      el.remove();
    }
    expect(liveCharts()).to.equal(0);
  });

  for (const scenario of scenarios) {
    it(`${scenario.name}: no listeners, timers, observers, charts or nodes left`, async function () {
      this.timeout(180000);
      const parent = document.createElement('div');
      document.body.append(parent);
      let mounted: Counts = {};
      const cycle = async (last: boolean) => {
        const el = await scenario.mount(parent);
        if (last) mounted = snapshotCounts();
        el.remove();
      };
      try {
        const started = performance.now();
        await cycle(true);
        await quiet();
        const afterOne = { counts: snapshotCounts(), charts: liveCharts(), heap: await heap() };
        for (let i = 1; i < CYCLES; i++) await cycle(i === CYCLES - 1);
        await quiet();
        const afterAll = { counts: snapshotCounts(), charts: liveCharts(), heap: await heap() };
        const ms = Math.round(performance.now() - started);
        measured[scenario.name] = { ms, mounted, afterOne, afterAll };

        expect(afterAll.counts, pendingTimers().join('\n')).to.deep.equal(afterOne.counts);
        for (const kind of scenario.whileMounted)
          expect(mounted[kind] ?? 0, `${kind} while mounted`).to.be.greaterThan(
            afterAll.counts[kind] ?? 0,
          );
        expect(afterAll.charts).to.equal(0);
        // after a full collection: a leak of one element per cycle would add hundreds of nodes
        expect(afterAll.heap.documents).to.equal(afterOne.heap.documents);
        expect(afterAll.heap.nodes, 'DOM nodes').to.be.at.most(afterOne.heap.nodes + 50);
        expect(afterAll.heap.jsEventListeners, 'JS event listeners').to.be.at.most(
          afterOne.heap.jsEventListeners + 10,
        );
      } finally {
        parent.remove();
      }
    });
  }
});
