import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/components/l3d-360/l3d-360.js';
import type { L3d360 } from '../../src/components/l3d-360/l3d-360.js';
import type { L3dRadarChart } from '../../src/components/l3d-radar-chart/l3d-radar-chart.js';
import type { L3d360ChangeEvent, L3dErrorEvent } from '../../src/events/events.js';
import { encodeResponseCode } from '../../src/scoring/codes.js';
import { instrument, score, score360 } from '../../src/scoring/index.js';
import type {
  Answer,
  DimensionId,
  Instrument,
  Norms,
  RaterGroup,
  RaterResponseSet,
  ResponseSet,
  Result,
} from '../../src/scoring/types.js';
import { wcagViolations } from '../fixtures/axe.js';
import type { CodeEntry } from '../../src/internal/view360.js';

type Levels = Record<DimensionId, Answer>;

const dimensionOf = new Map(instrument.facets.map((f) => [f.id, f.dimension]));

/** Every item answered so each dimension's facets score `levels` after reverse keying. */
function answers(levels: Levels, tweak: (id: string) => Answer | undefined = () => undefined) {
  const out: Record<string, Answer | null> = {};
  for (const item of instrument.items) {
    const keyed = tweak(item.id) ?? levels[dimensionOf.get(item.facet)!];
    out[item.id] = (item.reverse ? 6 - keyed : keyed) as Answer;
  }
  return out;
}

const selfResponses = (
  levels: Levels,
  tweak?: (id: string) => Answer | undefined,
): ResponseSet => ({
  instrumentId: instrument.id,
  instrumentVersion: instrument.version,
  form: 'self',
  answers: answers(levels, tweak),
});

const rater = (group: RaterGroup, levels: Levels): RaterResponseSet => ({
  ...selfResponses(levels),
  form: 'observer',
  group,
});

let nonce = 1;
/** A response code for a rater, each with its own nonce (as real raters have). */
const code = (group: RaterGroup, levels: Levels, options: { instrument?: Instrument } = {}) =>
  encodeResponseCode(rater(group, levels), { ...options, nonce: nonce++ });

// Self sees more technical skill and less relationship skill than others do.
const SELF: Levels = { technical: 5, relational: 2, business: 4 };
const OTHERS: Levels = { technical: 3, relational: 4, business: 4 };
const selfResult = (): Result => score(selfResponses(SELF));

const resultFile = (result: Result) =>
  JSON.stringify({ format: 'leadership-3d-result', formatVersion: 1, result });

const NORMS: Norms = {
  group: 'Engineering managers 2026',
  dimensions: {
    technical: { mean: 60, sd: 15, n: 240 },
    relational: { mean: 55, sd: 15, n: 240 },
    business: { mean: 50, sd: 15, n: 240 },
  },
};

const shadow = (el: Element) => el.shadowRoot!;
const panel = (el: L3d360) => shadow(el).querySelector('l3d-360-inputs')!;
const inPanel = <T extends HTMLElement = HTMLElement>(el: L3d360, selector: string) =>
  shadow(panel(el)).querySelector<T>(selector)!;
const text = (node: Element | ShadowRoot | null | undefined) =>
  (node?.textContent ?? '').replace(/[ \t\n\r]+/g, ' ').trim();
const headers = (el: L3d360) =>
  [...(shadow(el).querySelector('.tables table')?.querySelectorAll('thead th') ?? [])].map(text);

async function settle(el: L3d360): Promise<void> {
  await el.updateComplete;
  await panel(el)?.updateComplete;
  await el.updateComplete;
}

async function mount(setup: (el: L3d360) => void = () => undefined, attrs = ''): Promise<L3d360> {
  const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
  wrap.innerHTML = `<l3d-360 theme="light" ${attrs}></l3d-360>`;
  const el = wrap.querySelector('l3d-360')!;
  setup(el);
  await settle(el);
  return el;
}

async function addCodes(el: L3d360, value: string): Promise<void> {
  const box = inPanel<HTMLTextAreaElement>(el, '#codes-text');
  box.value = value;
  box.dispatchEvent(new Event('input'));
  await settle(el);
  inPanel<HTMLButtonElement>(el, '.codes .button.primary').click();
  await settle(el);
}

/** Chooses a file in a file input, the way the browser reports it. */
async function chooseFile(el: L3d360, input: string, content: string): Promise<void> {
  const field = inPanel<HTMLInputElement>(el, `#${input}-file`);
  const files = new DataTransfer();
  files.items.add(new File([content], `${input}.json`, { type: 'application/json' }));
  field.files = files.files;
  field.dispatchEvent(new Event('change'));
  await waitUntil(() => !el.isUpdatePending, 'the view updates');
  // file.text() resolves asynchronously
  await new Promise((resolve) => setTimeout(resolve, 50));
  await settle(el);
}

async function paste(el: L3d360, input: string, content: string): Promise<void> {
  const box = inPanel<HTMLTextAreaElement>(el, `#${input}-text`);
  box.value = content;
  inPanel<HTMLButtonElement>(el, `.${input} .paste button`).click();
  await settle(el);
}

/** The message area beside an input, and whether the input says it is invalid and points there. */
function messageBeside(el: L3d360, input: string, control = `#${input}-file`) {
  const field = inPanel(el, control);
  const area = inPanel(el, `#${input}-msg`);
  return {
    text: text(area),
    invalid: field.getAttribute('aria-invalid'),
    describedBy: (field.getAttribute('aria-describedby') ?? '').split(' '),
    live: area.getAttribute('aria-live'),
  };
}

const errors = (el: L3d360) => {
  const seen: { code: string; message: string }[] = [];
  el.addEventListener('l3d-error', (e: L3dErrorEvent) => seen.push(e.detail));
  return seen;
};

describe('<l3d-360>', () => {
  describe('anonymity', () => {
    it('hides a group of 2 peers with a note saying why, and shows 3', async () => {
      const two = await mount((el) => (el.self = selfResult()));
      await addCodes(two, [code('peer', OTHERS), code('peer', OTHERS)].join('\n'));
      expect(two.report!.groups.peer.hidden).to.equal('anonymity');
      expect(headers(two)).to.not.include('Peers');
      expect(headers(two)).to.not.include('All others');
      const notes = text(shadow(two).querySelector('.notes'));
      expect(notes).to.contain(
        'Peers: only 2 people gave feedback, so their answers are not shown',
      );
      expect(notes).to.contain('“All others” is not shown either');

      const three = await mount((el) => (el.self = selfResult()));
      await addCodes(three, [1, 2, 3].map(() => code('peer', OTHERS)).join(', '));
      expect(headers(three)).to.deep.equal([
        'Dimension or facet',
        'Self',
        'Peers',
        'All others',
        'Gap',
        'What it means',
      ]);
      expect(text(shadow(three).querySelector('.notes'))).to.equal('');
    });

    it('shows the manager alone, and counts a hidden group in all others when the pool allows', async () => {
      const el = await mount((el) => (el.self = selfResult()));
      await addCodes(
        el,
        [
          code('manager', OTHERS),
          code('peer', OTHERS),
          code('peer', OTHERS),
          code('direct-report', OTHERS),
        ].join(' '),
      );
      expect(headers(el)).to.deep.equal([
        'Dimension or facet',
        'Self',
        'Manager',
        'All others',
        'Gap',
        'What it means',
      ]);
      const notes = text(shadow(el).querySelector('.notes'));
      expect(notes).to.contain('The manager is shown on their own');
      expect(notes).to.contain(
        'Peers: only 2 people gave feedback, so their answers are not shown as a group',
      );
      expect(notes).to.contain('Direct reports: only 1 person gave feedback');
      expect(notes).to.contain('Their answers still count in “All others”.');
      expect(text(shadow(el).querySelector('.summary'))).to.contain('4 people gave feedback');
    });

    it('shows a lone manager as the only other view', async () => {
      const el = await mount((el) => (el.self = selfResult()));
      await addCodes(el, code('manager', OTHERS));
      expect(headers(el)).to.include('Manager');
      expect(el.report!.groups.manager.dimensions.technical).to.equal(50);
    });
  });

  describe('codes', () => {
    it('counts a duplicate once, however it was typed, and says it was already added', async () => {
      const el = await mount();
      const changes: L3d360ChangeEvent['detail'][] = [];
      el.addEventListener('l3d-360-change', (e) => changes.push(e.detail));
      const peer = code('peer', OTHERS);
      await addCodes(el, peer);
      await addCodes(el, `${peer.toLowerCase().replaceAll('-', ' ')}\n${peer}`);
      expect(el.codes).to.deep.equal([peer]);
      expect(el.report!.others.raters).to.equal(1);
      expect(shadow(panel(el)).querySelectorAll('.code-item')).to.have.length(1);
      expect(text(inPanel(el, '#codes-status'))).to.equal(
        `${peer} was already added; it counts once. ${peer} was already added; it counts once.`,
      );
      expect(changes.map((c) => c.codes)).to.deep.equal([[peer]]);
    });

    it('lists each code with its group and removes one with its Remove button', async () => {
      const el = await mount();
      const [a, b] = [code('manager', OTHERS), code('direct-report', OTHERS)];
      await addCodes(el, `${a},${b}`);
      const items = [...shadow(panel(el)).querySelectorAll('.code-item')];
      expect(items.map((i) => text(i.querySelector('.code-group')))).to.deep.equal([
        'Manager',
        'Direct report',
      ]);
      const remove = items[0]!.querySelector('button')!;
      expect(remove.getAttribute('aria-label')).to.equal(
        `Remove the code ending in ${a.slice(-5)} (Manager)`,
      );
      remove.click();
      await settle(el);
      expect(el.codes).to.deep.equal([b]);
      expect(el.report!.groups.manager.raters).to.equal(0);
      // focus stays in the list, on the Remove button that took the removed one's place
      expect(shadow(panel(el)).activeElement?.closest('.code-item')).to.equal(
        shadow(panel(el)).querySelector('.code-item'),
      );
    });

    it('adds the good codes of a paste and leaves each bad one in the box with its reason', async () => {
      const el = await mount((el) => (el.self = selfResult()));
      const seen = errors(el);
      const good = code('peer', OTHERS);
      const older = { ...instrument, version: '0.9.0' };
      const other = encodeResponseCode(
        { ...rater('peer', OTHERS), instrumentVersion: older.version },
        { instrument: older, nonce: 7 },
      );
      const truncated = code('peer', OTHERS).slice(0, 40);
      const altered = code('peer', OTHERS);
      const flipped = `${altered.slice(0, 20)}${altered[20] === 'A' ? 'B' : 'A'}${altered.slice(21)}`;
      await addCodes(el, [other, good, truncated, flipped, 'hello'].join('\n'));
      expect(el.codes).to.deep.equal([good]);
      expect(inPanel<HTMLTextAreaElement>(el, '#codes-text').value).to.equal(
        [other, truncated, flipped, 'hello'].join('\n'),
      );
      const beside = messageBeside(el, 'codes', '#codes-text');
      expect(beside.invalid).to.equal('true');
      expect(beside.describedBy).to.include('codes-msg');
      expect(beside.live).to.equal('polite');
      const items = [...inPanel(el, '#codes-msg').querySelectorAll('li')].map(text);
      expect(items).to.deep.equal([
        `${other.slice(0, 24)}… is for another questionnaire or version, so it cannot be combined with this one.`,
        `${truncated.slice(0, 24)}… is too short: part of it is missing.`,
        `${flipped.slice(0, 24)}… does not check out: a character was mistyped or changed.`,
        'hello is not a feedback code (codes start with L3D-).',
      ]);
      expect(beside.text).to.match(/^4 codes could not be added and are left in the box:/);
      expect(text(inPanel(el, '#codes-status'))).to.equal('1 code added.');
      expect(seen.map((e) => e.code)).to.deep.equal(Array(4).fill('invalid-code'));
      expect(seen[2]!.message).to.contain('checksum');
      // the report is there, with the good code in it
      expect(el.report!.others.raters).to.equal(1);
      expect(shadow(el).querySelector('.tables')).to.not.equal(null);
    });

    it('reads codes typed in spaced groups as one code each', async () => {
      const el = await mount();
      const [a, b] = [code('peer', OTHERS), code('other', OTHERS)];
      await addCodes(el, `${a.replaceAll('-', ' ')} ${b.replaceAll('-', ' ')}`);
      expect(el.codes).to.deep.equal([a, b]);
    });
  });

  describe('files', () => {
    it('rejects a self result of another version beside its input and keeps the one in use', async () => {
      const el = await mount();
      const seen = errors(el);
      await chooseFile(el, 'self', resultFile(selfResult()));
      await addCodes(el, code('manager', OTHERS));
      const before = el.report;
      expect(before!.self).to.not.equal(null);
      await chooseFile(
        el,
        'self',
        resultFile({ ...score(selfResponses(OTHERS)), instrumentVersion: '0.9.0' }),
      );
      const beside = messageBeside(el, 'self');
      expect(beside.text).to.equal(
        'This result is from version 0.9.0 of the questionnaire; this page uses version 2.0.0. Scores of different versions cannot be compared.',
      );
      expect(beside.invalid).to.equal('true');
      expect(beside.describedBy).to.include('self-msg');
      expect(seen.at(-1)!.code).to.equal('invalid-result');
      expect(el.report!.self).to.deep.equal(before!.self);
      expect(text(inPanel(el, '#self-state'))).to.equal(
        'Added: your self-assessment (l3d-core 2.0.0).',
      );
      expect(el.codes).to.have.length(1);
      // the other inputs say nothing
      expect(messageBeside(el, 'norms').text).to.equal('');
      expect(messageBeside(el, 'codes', '#codes-text').invalid).to.equal('false');
    });

    it('reads a version 1 result file with the version 1 instrument', async () => {
      const v1: Instrument = await (await fetch('/instruments/l3d-core-1.0.0.json')).json();
      // what version 1's report downloaded: one SEM, no item answers
      const v2 = selfResult();
      const old = {
        ...v2,
        instrumentVersion: '1.0.0',
        sem: 5.809475,
      } as unknown as Partial<Result>;
      delete old.items;
      delete old.reliabilityAssumed;
      const el = await mount((e) => (e.instrument = v1));
      await chooseFile(el, 'self', resultFile(old as Result));
      expect(messageBeside(el, 'self').text).to.equal('');
      expect(el.report!.self!.dimensions).to.deep.equal(v2.dimensions);
      expect(text(inPanel(el, '#self-state'))).to.equal(
        'Added: your self-assessment (l3d-core 1.0.0).',
      );
      // with the current instrument the same file is another version
      const current = await mount();
      await chooseFile(current, 'self', resultFile(old as Result));
      expect(messageBeside(current, 'self').text).to.contain('version 1.0.0');
    });

    it('rejects a malformed file and someone else’s feedback as the self-assessment', async () => {
      const el = await mount();
      await chooseFile(el, 'self', '{"format": "leadership-3d-result", "result": {');
      expect(messageBeside(el, 'self').text).to.equal(
        'This is not a JSON file, or it was cut short.',
      );
      await paste(el, 'self', JSON.stringify({ hello: 'world' }));
      expect(messageBeside(el, 'self').text).to.contain('This is not a leadership-3d result');
      expect(inPanel<HTMLTextAreaElement>(el, '#self-text').value).to.contain('hello');
      const observer = score({ ...selfResponses(OTHERS), form: 'observer' });
      await paste(el, 'self', resultFile(observer));
      expect(messageBeside(el, 'self').text).to.contain('not a self-assessment');
      expect(el.self).to.equal(null);
      await paste(el, 'self', resultFile(selfResult()));
      expect(messageBeside(el, 'self').text).to.equal('');
      expect(messageBeside(el, 'self').invalid).to.equal('false');
      expect(el.report!.self!.dimensions.technical.score).to.equal(100);
    });

    it('rejects norms without a dimension or with SD 0, keeping the good norms', async () => {
      const el = await mount((el) => (el.self = selfResult()));
      const seen = errors(el);
      await chooseFile(el, 'norms', JSON.stringify(NORMS));
      expect(text(inPanel(el, '#norms-state'))).to.equal(
        'Added: Engineering managers 2026, n\u00a0=\u00a0240.',
      );
      const twoDimensions = { ...NORMS.dimensions };
      delete twoDimensions.business;
      await chooseFile(el, 'norms', JSON.stringify({ ...NORMS, dimensions: twoDimensions }));
      expect(messageBeside(el, 'norms').text).to.equal(
        'The norms lack Business savvy: all three dimensions are needed.',
      );
      expect(messageBeside(el, 'norms').invalid).to.equal('true');
      const zeroSd = {
        ...NORMS,
        dimensions: { ...NORMS.dimensions, relational: { mean: 50, sd: 0, n: 9 } },
      };
      await chooseFile(el, 'norms', JSON.stringify(zeroSd));
      expect(messageBeside(el, 'norms').text).to.equal(
        'The SD for Relationship management must be a number above 0.',
      );
      expect(seen.map((e) => e.code)).to.deep.equal(['invalid-norms', 'invalid-norms']);
      expect(el.norms).to.deep.equal(NORMS);
      expect(headers(el)).to.include('Your percentile');
    });

    it('refuses host norms that cannot be read with invalid-norms, and does not throw', async () => {
      const crashes: string[] = [];
      const onError = (e: ErrorEvent) => crashes.push(e.message);
      window.addEventListener('error', onError);
      try {
        const el = await mount((el) => (el.self = selfResult()));
        const seen = errors(el);
        el.norms = new Proxy({} as Norms, {
          get: () => {
            throw new Error('boom');
          },
        });
        await settle(el);
        expect(seen.map((e) => e.code)).to.deep.equal(['invalid-norms']);
        expect(headers(el)).not.to.include('Your percentile');
        el.norms = NORMS;
        await settle(el);
        expect(headers(el)).to.include('Your percentile');
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(crashes).to.deep.equal([]);
      } finally {
        window.removeEventListener('error', onError);
      }
    });

    it('says so beside the earlier-result input when it is not a result', async () => {
      const el = await mount((el) => (el.self = selfResult()));
      await chooseFile(el, 'previous', '[1, 2, 3]');
      expect(messageBeside(el, 'previous').text).to.contain('This is not a leadership-3d result');
      expect(shadow(el).querySelector('.change')).to.equal(null);
    });
  });

  describe('norms', () => {
    it('adds a percentile of each self score, with the norm group’s name and size', async () => {
      const el = await mount((el) => {
        el.self = selfResult();
        el.raters = [rater('manager', OTHERS)];
        el.norms = NORMS;
      });
      expect(headers(el).at(-1)).to.equal('Your percentile');
      expect(text(shadow(el).querySelector('.percentile-note'))).to.equal(
        'Percentiles place your scores within Engineering managers 2026, n\u00a0=\u00a0240.',
      );
      const row = shadow(el).querySelector('.tables tbody tr')!;
      // technical: self 100 against mean 60, SD 15 → z 2.67 → percentile 100 (rounded)
      expect(text(row.lastElementChild)).to.equal('100');
    });

    it('shows no percentile anywhere without norms', async () => {
      const el = await mount((el) => {
        el.self = { ...selfResult(), percentiles: { group: 'Stale', dimensions: {}, facets: {} } };
        el.raters = [rater('manager', OTHERS)];
      });
      expect(text(shadow(el)).toLowerCase()).to.not.contain('percentile');
      expect(text(shadow(el))).to.not.contain('Stale');
    });
  });

  describe('retest', () => {
    it('reports a reliable change and, inside the error band, no reliable change', async () => {
      // technical 25 → 100: reliable; relational 25 → 25 but one item up: no reliable change
      const earlier = score(
        selfResponses({ ...SELF, technical: 2 }, (id) => (id === relationalItem ? 3 : undefined)),
      );
      const el = await mount((el) => {
        el.self = selfResult();
        el.previous = earlier;
        el.raters = [rater('manager', OTHERS)];
      });
      const rows = [...shadow(el).querySelectorAll('.change tbody tr.dimension')];
      const cells = rows.map((r) => [...r.children].map(text));
      expect(cells[0]).to.deep.equal([
        'Technical expertise',
        '25',
        '100',
        '+75',
        'Reliable increase',
      ]);
      expect(cells[1]![4]).to.equal('No reliable change');
      expect(cells[1]![3]).to.equal('-2');
      expect(text(shadow(el)).toLowerCase()).to.not.contain('improv');
    });
  });

  describe('host properties', () => {
    it('gives score360’s numbers in the tables and `report`, with inputs hidden', async () => {
      const self = selfResponses(SELF);
      const raters = [
        rater('manager', OTHERS),
        ...[3, 4, 5].map((level) => rater('peer', { ...OTHERS, business: level as Answer })),
        rater('direct-report', { technical: 4, relational: 3, business: 2 }),
      ];
      let changes = 0;
      const el = await mount((el) => {
        el.addEventListener('l3d-360-change', () => changes++);
        el.self = self;
        el.raters = raters;
      }, 'hide-inputs');
      const expected = score360(self, raters);
      expect(el.report).to.deep.equal(expected);
      expect(panel(el)).to.equal(null);
      expect(changes).to.equal(0);
      const columns = [
        expected.self!,
        expected.groups.manager,
        expected.groups.peer,
        expected.others,
      ];
      const value = (c: (typeof columns)[number], kind: 'dimensions' | 'facets', id: string) => {
        const v =
          'sem' in c
            ? (c[kind] as Record<string, { score: number | null }>)[id]!.score
            : (c[kind] as Record<string, number | null>)[id]!;
        return v === null ? '—' : String(Math.round(v));
      };
      for (const d of instrument.dimensions) {
        const table = shadow(el).querySelector<HTMLTableElement>(
          `table[aria-labelledby="table-${d.id}"]`,
        )!;
        const ids: [string, 'dimensions' | 'facets'][] = [
          [d.id, 'dimensions'],
          ...instrument.facets
            .filter((f) => f.dimension === d.id)
            .map((f) => [f.id, 'facets'] as [string, 'facets']),
        ];
        ids.forEach(([id, kind], i) => {
          const cells = [...table.tBodies[0]!.rows[i]!.cells].slice(1, 5).map(text);
          expect(cells, `${kind} ${id}`).to.deep.equal(columns.map((c) => value(c, kind, id)));
        });
      }
    });

    it('adds codes a host kept with addCodes(), without l3d-360-change', async () => {
      const el = await mount();
      let changes = 0;
      el.addEventListener('l3d-360-change', () => changes++);
      const seen = errors(el);
      const [a, b] = [code('peer', OTHERS), code('manager', OTHERS)];
      const summary = el.addCodes([a, b, a, 'L3D-XYZ']);
      expect(summary).to.deep.equal({
        added: [a, b],
        duplicates: [a],
        rejected: [{ code: 'L3D-XYZ', problem: 'too-short' }],
      });
      await settle(el);
      expect(el.codes).to.deep.equal([a, b]);
      expect(changes).to.equal(0);
      expect(seen.map((e) => e.code)).to.deep.equal(['invalid-code']);
      expect(shadow(panel(el)).querySelectorAll('.code-item')).to.have.length(2);
    });

    it('fires l3d-360-change with the new report when the person loads or removes a file', async () => {
      const el = await mount();
      const changes: L3d360ChangeEvent['detail'][] = [];
      el.addEventListener('l3d-360-change', (e) => changes.push(e.detail));
      await chooseFile(el, 'self', resultFile(selfResult()));
      expect(changes.map((c) => c.input)).to.deep.equal(['self']);
      expect(changes[0]!.report!.self!.dimensions.technical.score).to.equal(100);
      inPanel<HTMLButtonElement>(el, '.self .state button').click();
      await settle(el);
      expect(changes.map((c) => c.input)).to.deep.equal(['self', 'self']);
      expect(changes[1]!.report).to.equal(null);
      expect(el.self).to.equal(null);
      expect(text(inPanel(el, '#self-state'))).to.equal('Not added yet. Removed.');
    });

    it('names host data it cannot use and keeps the rest', async () => {
      const el = await mount();
      const seen = errors(el);
      el.self = selfResult();
      el.raters = [rater('manager', OTHERS), { ...rater('peer', OTHERS), instrumentVersion: '9' }];
      await settle(el);
      expect(text(shadow(el).querySelector('.problems'))).to.equal(
        'Some data this page supplied could not be used: feedback number 2',
      );
      expect(seen.map((e) => e.code)).to.deep.equal(['invalid-responses']);
      expect(el.report!.groups.manager.raters).to.equal(1);
    });
  });

  describe('chart and language', () => {
    it('draws self and each shown group as its own series, with a text alternative', async () => {
      const el = await mount((el) => {
        el.self = selfResult();
        el.raters = [rater('manager', OTHERS)];
      });
      const chart = shadow(el).querySelector<L3dRadarChart>('l3d-radar-chart')!;
      await chart.chartReady;
      const label = shadow(chart).querySelector('canvas')!.getAttribute('aria-label');
      expect(label).to.equal(
        'Self: Technical expertise 100 of 100, Relationship management 25 of 100, Business savvy 75 of 100; Manager: Technical expertise 50 of 100, Relationship management 75 of 100, Business savvy 75 of 100; All others: Technical expertise 50 of 100, Relationship management 75 of 100, Business savvy 75 of 100.',
      );
      const facets = [...shadow(el).querySelectorAll('.toggle button')][1] as HTMLButtonElement;
      facets.click();
      await settle(el);
      expect(chart.labels).to.have.length(12);
    });

    it('names the gaps with their numbers', async () => {
      const el = await mount((el) => {
        el.self = selfResult();
        el.raters = [rater('manager', OTHERS)];
      });
      // the gaps listed are facet gaps, so the threshold is the facet’s: 22.45
      expect(text(shadow(el).querySelector('section.gaps'))).to.contain(
        'A gap in a facet counts when you and the others differ by at least 22.45 points',
      );
      const blind = text(shadow(el).querySelector('.gap-kind.blind-spot'));
      expect(blind).to.contain('Domain mastery: you 100, others 50 (gap +50)');
      const hidden = text(shadow(el).querySelector('.gap-kind.hidden-strength'));
      expect(hidden).to.contain('Credibility and trust: you 25, others 75 (gap -50)');
      const agreed = text(shadow(el).querySelector('.gap-kind.agreed-strength'));
      expect(agreed).to.contain('Business acumen: you 75, others 75 (gap 0)');
    });

    it('speaks Arabic right to left, and Spanish', async () => {
      const ar = await mount((el) => (el.self = selfResult()), 'lang="ar"');
      await waitUntil(() => shadow(ar).querySelector('article'), 'Arabic loaded');
      await settle(ar);
      expect(shadow(ar).querySelector('article')!.getAttribute('dir')).to.equal('rtl');
      expect(text(shadow(ar).querySelector('h2'))).to.equal('التغذية الراجعة 360°');
      const es = await mount((el) => (el.self = selfResult()), 'lang="es"');
      await waitUntil(() => shadow(es).querySelector('article'), 'Spanish loaded');
      expect(text(shadow(es).querySelector('h2'))).to.equal('Retroalimentación 360°');
    });
  });

  describe('accessibility', () => {
    after(() => emulateMedia({ colorScheme: 'light' }));
    afterEach(() => setViewport({ width: 800, height: 600 }));

    for (const theme of ['light', 'dark'] as const)
      it(`has no WCAG A/AA violations empty, with errors and full (${theme})`, async () => {
        const el = await mount(() => undefined, `theme="${theme}"`);
        const check = async (state: string) => {
          const found = await wcagViolations(el);
          expect(found, `${state}:\n${found.join('\n')}`).to.deep.equal([]);
        };
        await check('empty');
        await addCodes(el, 'L3D-NOT-A-CODE');
        await chooseFile(el, 'self', 'nope');
        await check('errors');
        await chooseFile(el, 'self', resultFile(selfResult()));
        await chooseFile(el, 'norms', JSON.stringify(NORMS));
        await chooseFile(el, 'previous', resultFile(score(selfResponses(OTHERS))));
        await addCodes(
          el,
          [code('manager', OTHERS), ...[1, 2, 3].map(() => code('peer', SELF))].join('\n'),
        );
        await shadow(el).querySelector<L3dRadarChart>('l3d-radar-chart')!.chartReady;
        await check('full');
      });

    it('reflows at 320 px: nothing scrolls sideways but wide tables, inside their own region', async () => {
      await setViewport({ width: 320, height: 640 });
      for (const lang of ['en', 'ar']) {
        const el = await mount((el) => {
          el.self = selfResult();
          el.norms = NORMS;
          el.previous = score(selfResponses(OTHERS));
          el.raters = [rater('manager', OTHERS), ...[1, 2, 3].map(() => rater('peer', SELF))];
        }, `lang="${lang}"`);
        await waitUntil(() => shadow(el).querySelector('article'), 'loaded');
        await addCodes(el, code('other', OTHERS));
        await new Promise((r) => requestAnimationFrame(r));
        const page = document.documentElement;
        const wide = [...walk(el)].filter((n) => n.getBoundingClientRect().right > 321);
        expect(
          wide.map((n) => n.outerHTML.slice(0, 80)),
          `${lang}: too wide`,
        ).to.deep.equal([]);
        expect(page.scrollWidth, `${lang}: page`).to.be.at.most(page.clientWidth);
        const article = shadow(el).querySelector<HTMLElement>('article')!;
        expect(article.scrollWidth, `${lang}: view`).to.be.at.most(article.clientWidth + 1);
        for (const wrap of shadow(el).querySelectorAll<HTMLElement>('.table-wrap'))
          if (wrap.scrollWidth > wrap.clientWidth + 1) {
            expect(wrap.getAttribute('role')).to.equal('region');
            expect(wrap.tabIndex).to.equal(0);
          }
        el.parentElement!.remove();
      }
    });

    it('works by keyboard: type codes, Add, Remove', async () => {
      const el = await mount();
      const peer = code('peer', OTHERS);
      inPanel(el, '#codes-text').focus();
      await sendKeys({ type: peer });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(el.codes).to.deep.equal([peer]);
      // past the status and the raters' file input, to the list's Remove button
      await sendKeys({ press: 'Tab' });
      expect(shadow(panel(el)).activeElement?.id).to.equal('codes-file');
      await sendKeys({ press: 'Tab' });
      expect(text(shadow(panel(el)).activeElement)).to.equal('Remove');
      await sendKeys({ press: 'Space' });
      await settle(el);
      expect(el.codes).to.deep.equal([]);
      expect(shadow(panel(el)).activeElement?.id).to.equal('codes-text');
    });
  });
});

describe('<l3d-360> item detail and comments (issue 17)', () => {
  const [itemA, itemB, itemC] = instrument.items;
  const flat: Levels = { technical: 3, relational: 3, business: 3 };
  /** A host rater: every item keyed 3 unless `keyed` says otherwise, with optional comments. */
  const hostRater = (
    group: RaterGroup,
    keyed: Record<string, Answer> = {},
    comments?: { keep?: string; next?: string },
  ) => ({
    ...selfResponses(flat, (id) => keyed[id]),
    form: 'observer' as const,
    group,
    ...(comments ? { comments } : {}),
  });

  async function detail(
    raters: ReturnType<typeof hostRater>[],
    self: ResponseSet | null = selfResponses(flat),
  ): Promise<L3d360> {
    const el = await mount((el) => {
      el.self = self;
      el.raters = raters;
    });
    await waitUntil(() => shadow(el).querySelector('section.comments'), 'the detail chunk renders');
    // a facet's item table is rendered once its disclosure opens
    expect(shadow(el).querySelector('section.items table')).to.equal(null);
    for (const details of shadow(el).querySelectorAll('details.facet-items'))
      (details as HTMLDetailsElement).open = true;
    await waitUntil(
      () => shadow(el).querySelectorAll('section.items table').length === instrument.facets.length,
      'every item table renders once open',
    );
    await settle(el);
    return el;
  }

  const row = (el: L3d360, id: string) =>
    shadow(el).querySelector(`section.items tr[data-item="${id}"]`)!;
  const cells = (el: L3d360, id: string) => [...row(el, id).querySelectorAll('td')].map(text);
  const itemHeaders = (el: L3d360) =>
    [...shadow(el).querySelector('section.items thead')!.querySelectorAll('th')].map(text);

  it('shows self, each group under the anonymity rule and all others, item by item', async () => {
    // a manager, 2 peers (hidden as a group) and 3 direct reports
    const el = await detail(
      [
        hostRater('manager', { [itemA!.id]: 5 }),
        hostRater('peer', { [itemA!.id]: 1 }),
        hostRater('peer', { [itemA!.id]: 2 }),
        hostRater('direct-report', { [itemA!.id]: 4 }),
        hostRater('direct-report', { [itemA!.id]: 4 }),
        hostRater('direct-report', { [itemA!.id]: 5 }),
      ],
      selfResponses(flat, (id) => (id === itemA!.id ? 5 : undefined)),
    );
    expect(itemHeaders(el)).to.deep.equal([
      'Behaviour',
      'Self',
      'Manager',
      'Direct reports',
      'All others',
      'Others’ range',
    ]);
    expect(text(row(el, itemA!.id).querySelector('th'))).to.contain(itemA!.self);
    expect(row(el, itemA!.id).querySelector('th')!.getAttribute('scope')).to.equal('row');
    // self 5; manager 5 (1); direct reports 13/3 (3); all others 21/6 (6); range 1–5
    expect(cells(el, itemA!.id)).to.deep.equal([
      '5',
      '5.0 (1)',
      '4.3 (3)',
      '3.5 (6)',
      '1–5 ↕ Views differ',
    ]);
    expect(cells(el, itemB!.id)).to.deep.equal(['3', '3.0 (1)', '3.0 (3)', '3.0 (6)', '3–3']);

    const three = await detail([1, 2, 3].map(() => hostRater('peer')));
    expect(itemHeaders(three)).to.deep.equal([
      'Behaviour',
      'Self',
      'Peers',
      'All others',
      'Others’ range',
    ]);
  });

  it('marks strong disagreement on an item (text, not colour) and not where raters agree', async () => {
    const el = await detail([
      hostRater('peer', { [itemA!.id]: 1, [itemB!.id]: 4 }),
      hostRater('peer', { [itemA!.id]: 5, [itemB!.id]: 4 }),
      hostRater('peer', { [itemA!.id]: 5, [itemB!.id]: 5 }),
    ]);
    expect(row(el, itemA!.id).querySelector('.split')).to.not.equal(null);
    expect(text(row(el, itemA!.id).querySelector('.split'))).to.equal('↕ Views differ');
    expect(row(el, itemB!.id).querySelector('.split')).to.equal(null);
    const agreement = shadow(el).querySelector('section.agreement')!;
    expect(text(agreement.querySelector('#split-items + ul'))).to.contain(itemA!.self);
    expect(text(agreement.querySelector('#split-items + ul'))).to.not.contain(itemB!.self);
    expect(agreement.querySelector('.split [aria-hidden="true"]')).to.not.equal(null);
  });

  it('lists the highest and lowest items as others see them and the largest differences', async () => {
    const keyed = { [itemA!.id]: 5 as Answer, [itemB!.id]: 1 as Answer };
    const el = await detail(
      [1, 2, 3].map(() => hostRater('peer', keyed)),
      selfResponses(flat, (id) => (id === itemC!.id ? 5 : undefined)),
    );
    const top = shadow(el).querySelector('section.top')!;
    expect(text(top.querySelector('.top-highest li'))).to.equal(`5.0 ${itemA!.self}`);
    expect(text(top.querySelector('.top-lowest li'))).to.equal(`1.0 ${itemB!.self}`);
    // the 46 items at 3.0 (C included: others answered it 3) tie across the limit: left out together, and said so
    expect(text(top.querySelector('.top-highest .hint'))).to.contain(
      '46 more items are tied at 3.0',
    );

    // differences: A and B by 2 points each way, C by 2 the other way: three tied first
    const items = [...shadow(el).querySelectorAll('section.differences li')];
    expect(items.map((li) => li.getAttribute('value'))).to.deep.equal(['1', '1', '1']);
    const byItem = (item: typeof itemA) => text(items.find((li) => text(li).includes(item!.self)));
    expect(byItem(itemA)).to.contain('Others rate you higher');
    expect(byItem(itemA)).to.contain('You 3, others 5.0 (\u2066-2.0\u2069)');
    expect(byItem(itemB)).to.contain('You rate yourself higher');
    expect(byItem(itemC)).to.contain('You rate yourself higher');
  });

  it('does not show the comments of 2 peers, and says why', async () => {
    const el = await detail([
      hostRater('peer', {}, { keep: 'Secret one' }),
      hostRater('peer', {}, { next: 'Secret two' }),
      hostRater('peer'),
    ]);
    const comments = shadow(el).querySelector('section.comments')!;
    expect(text(comments)).to.not.contain('Secret');
    expect(comments.querySelector('.comment-group[data-group="peer"]')).to.equal(null);
    expect(text(comments.querySelector('.withheld[data-group="peer"]'))).to.equal(
      'Peers: fewer than 3 raters in this group wrote comments, so they are not shown; shown, they could reveal who wrote them.',
    );
  });

  it('shows the comments of 3 peers in an order that is not the file order, kept across renders', async () => {
    const keep = ['First peer wrote this', 'Second peer wrote this', 'Third peer\non two lines'];
    const el = await detail(keep.map((k) => hostRater('peer', {}, { keep: k })));
    const shown = () =>
      [...shadow(el).querySelectorAll('.comment-group[data-group="peer"] ul.comments li')].map(
        (li) => li.textContent,
      );
    const order = shown();
    expect([...order].sort()).to.deep.equal([...keep].sort());
    expect(order).to.not.deep.equal(keep);
    // line breaks kept by CSS, the text as written
    const multi = [...shadow(el).querySelectorAll('.comment')].find((c) =>
      c.textContent!.includes('two lines'),
    )!;
    expect(getComputedStyle(multi).whiteSpace).to.equal('pre-line');
    el.lang = 'en-GB';
    await settle(el);
    el.requestUpdate();
    await settle(el);
    expect(shown()).to.deep.equal(order);
    // a new rater in another group leaves the peers' order as it was
    el.raters = [...el.raters, hostRater('manager', {}, { keep: 'Manager' })];
    await waitUntil(() => shadow(el).querySelector('.comment-group[data-group="manager"]'));
    expect(shown()).to.deep.equal(order);
  });

  it('shows the manager’s comments alone, labelled as the manager’s', async () => {
    const el = await detail([
      hostRater('manager', {}, { keep: 'Manager keep', next: 'Manager next' }),
      hostRater('peer'),
    ]);
    const group = shadow(el).querySelector('.comment-group[data-group="manager"]')!;
    expect(text(group.querySelector('h4'))).to.equal('Your manager’s comments');
    expect(text(group)).to.contain('Manager keep');
    expect(text(group)).to.contain('Manager next');
  });

  it('leaves out a host comment it cannot use, keeps the rater’s answers, and says so', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('l3d-360') as L3d360;
    const seen = errors(el);
    el.self = selfResponses(flat);
    el.raters = [
      hostRater('peer', {}, { keep: 'x'.repeat(501) }),
      hostRater('peer', { [itemA!.id]: 5 }),
      hostRater('peer', { [itemA!.id]: 5 }),
    ];
    wrap.append(el);
    await waitUntil(() => shadow(el).querySelector('section.comments'), 'the detail renders');
    await settle(el);
    expect(el.report!.others.raters).to.equal(3);
    expect(text(shadow(el).querySelector('section.comments .notice'))).to.contain(
      'feedback number 1 could not be used',
    );
    await waitUntil(() => seen.length > 0, 'l3d-error fires');
    expect(seen[0]!.code).to.equal('invalid-responses');
    expect(seen[0]!.message).to.contain('raters[0].comments');
    el.requestUpdate();
    await settle(el);
    expect(seen.length).to.equal(1);
  });

  it('loads no detail without raters', async () => {
    const el = await mount((el) => (el.self = selfResult()));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(shadow(el).querySelector('section.items')).to.equal(null);
  });
});

/** Every element in the view, through shadow roots, outside scrolling table wrappers. */
function* walk(root: Element): Generator<Element> {
  for (const child of [...(root.shadowRoot?.children ?? []), ...root.children]) {
    if (child.classList.contains('table-wrap')) continue;
    yield child;
    yield* walk(child);
  }
}

const relationalItem = instrument.items.find(
  (i) => dimensionOf.get(i.facet) === 'relational' && !i.reverse,
)!.id;

// Issue 17: raters' download files, read beside the codes.
describe('<l3d-360> raters’ files', () => {
  const raterFile = (
    group: RaterGroup,
    levels: Levels,
    extra: Record<string, unknown> = {},
  ): Record<string, unknown> => {
    const responses = rater(group, levels);
    return {
      format: 'leadership-3d-rater-response',
      formatVersion: 1,
      code: encodeResponseCode(responses, { nonce: nonce++ }),
      responses,
      ...extra,
    };
  };
  const json = (data: unknown) => JSON.stringify(data, null, 2);
  const entries = (el: L3d360) =>
    (el as unknown as { inputs: { codes: CodeEntry[] } }).inputs.codes;
  const panelText = (el: L3d360) =>
    `${text(inPanel(el, '#codes-status'))} ${text(inPanel(el, '#codes-msg'))}`;

  /** Chooses several files at once in the raters' file input, and waits for the panel to answer. */
  async function chooseRaterFiles(el: L3d360, files: [name: string, content: string][]) {
    const before = panelText(el);
    const field = inPanel<HTMLInputElement>(el, '#codes-file');
    const list = new DataTransfer();
    for (const [name, content] of files)
      list.items.add(new File([content], name, { type: 'application/json' }));
    field.files = list.files;
    field.dispatchEvent(new Event('change'));
    await waitUntil(() => panelText(el) !== before, 'the panel answers', { timeout: 5000 });
    await settle(el);
  }

  it('counts a rater’s file like its code, with its comments, in the same list as typed codes', async () => {
    const el = await mount((el) => (el.self = selfResult()));
    const changes: L3d360ChangeEvent['detail'][] = [];
    el.addEventListener('l3d-360-change', (e) => changes.push(e.detail));
    const typed = code('peer', OTHERS);
    await addCodes(el, typed);
    const file = raterFile('peer', OTHERS, {
      comments: { keep: 'Explains trade-offs.', next: '  Pair on estimates.\n' },
    });
    await chooseRaterFiles(el, [['anna.json', json(file)]]);
    expect(el.codes).to.deep.equal([typed, file['code']]);
    expect(el.report!.groups.peer.raters).to.equal(2);
    // the same numbers as the file's code typed in
    const twin = await mount((v) => (v.self = selfResult()));
    await addCodes(twin, `${typed}\n${String(file['code'])}`);
    expect(el.report).to.deep.equal(twin.report);
    expect(entries(el)[1]).to.deep.equal({
      code: file['code'],
      group: 'peer',
      responses: file['responses'],
      comments: { keep: 'Explains trade-offs.', next: 'Pair on estimates.' },
    });
    expect(entries(el)[0]!.comments).to.equal(undefined);
    expect(text(inPanel(el, '#codes-status'))).to.equal('1 file added.');
    const groups = [...shadow(panel(el)).querySelectorAll('.code-group')].map(text);
    expect(groups).to.deep.equal(['Peer', 'Peer, with comments']);
    expect(changes.map((c) => c.codes.length)).to.deep.equal([1, 2]);
    const input = inPanel<HTMLInputElement>(el, '#codes-file');
    expect(input.multiple).to.equal(true);
    expect(text(shadow(panel(el)).querySelector('label[for="codes-file"]'))).to.equal(
      'Or choose the files your raters downloaded',
    );
  });

  it('refuses a file whose answers and code disagree, naming it, and keeps the other files and codes', async () => {
    const el = await mount();
    const seen = errors(el);
    const typed = code('manager', OTHERS);
    await addCodes(el, typed);
    const good = raterFile('peer', OTHERS);
    const edited = raterFile('peer', OTHERS);
    const first = instrument.items[0]!.id;
    const answersOf = (edited['responses'] as RaterResponseSet).answers;
    edited['responses'] = {
      ...(edited['responses'] as object),
      answers: { ...answersOf, [first]: answersOf[first] === 5 ? 1 : 5 },
    };
    const regrouped = raterFile('peer', OTHERS);
    regrouped['responses'] = { ...(regrouped['responses'] as object), group: 'manager' };
    const other = raterFile('direct-report', OTHERS);
    await chooseRaterFiles(el, [
      ['good.json', json(good)],
      ['edited.json', json(edited)],
      ['regrouped.json', json(regrouped)],
      ['other.json', json(other)],
    ]);
    expect(el.codes).to.deep.equal([typed, good['code'], other['code']]);
    const beside = messageBeside(el, 'codes', '#codes-file');
    expect(beside.invalid).to.equal('true');
    // the refusal is about the files, not the text box
    expect(messageBeside(el, 'codes', '#codes-text').invalid).to.equal('false');
    expect(beside.describedBy).to.include('codes-msg');
    expect(beside.text).to.contain('2 files could not be used:');
    expect(beside.text).to.contain(
      'edited.json was not used: its answers or relationship differ from what its response code says',
    );
    expect(beside.text).to.contain('regrouped.json was not used');
    expect(text(inPanel(el, '#codes-status'))).to.equal('2 files added.');
    expect(seen.map((e) => e.code)).to.deep.equal(['invalid-code', 'invalid-code']);
    expect(seen[0]!.message).to.contain('edited.json');
  });

  it('leaves out an over-long comment and one with control characters, with a message; the ratings are added', async () => {
    const el = await mount();
    const seen = errors(el);
    const long = raterFile('peer', OTHERS, { comments: { keep: 'x'.repeat(501), next: 'Fine.' } });
    const hidden = raterFile('other', OTHERS, {
      comments: { keep: 'Line one\nline\ttwo', next: 'a\u0000b\u202e' },
    });
    await chooseRaterFiles(el, [
      ['long.json', json(long)],
      ['hidden.json', json(hidden)],
    ]);
    expect(el.codes).to.deep.equal([long['code'], hidden['code']]);
    expect(entries(el).map((e) => e.comments)).to.deep.equal([
      { next: 'Fine.' },
      { keep: 'Line one\nline\ttwo' },
    ]);
    const msg = text(inPanel(el, '#codes-msg'));
    expect(msg).to.contain(
      'long.json: a comment is longer than 500 characters, so it was left out; the ratings were added.',
    );
    expect(msg).to.contain(
      'hidden.json: a comment holds hidden control characters, so it was left out',
    );
    expect(msg, 'no heading of refused files').to.not.contain('could not be used');
    expect(seen.map((e) => e.code)).to.deep.equal(['invalid-code', 'invalid-code']);
    // exactly 500 is within the limit
    const edge = raterFile('peer', OTHERS, { comments: { keep: 'y'.repeat(500) } });
    await chooseRaterFiles(el, [['edge.json', json(edge)]]);
    expect(entries(el)[2]!.comments).to.deep.equal({ keep: 'y'.repeat(500) });
  });

  it('says which code a duplicate file holds; a file whose code was typed first adds its comments', async () => {
    const el = await mount();
    const file = raterFile('peer', OTHERS, { comments: { next: 'Ask for feedforward.' } });
    await addCodes(el, String(file['code']));
    await chooseRaterFiles(el, [['later.json', json(file)]]);
    expect(el.codes).to.deep.equal([file['code']]);
    expect(entries(el)[0]!.comments).to.deep.equal({ next: 'Ask for feedforward.' });
    expect(text(inPanel(el, '#codes-status'))).to.contain(
      'later.json: its comments were added to the same code, already in the list.',
    );
    await chooseRaterFiles(el, [['again.json', json(file)]]);
    expect(el.codes).to.deep.equal([file['code']]);
    expect(text(inPanel(el, '#codes-status'))).to.equal(
      `again.json holds code ${String(file['code']).slice(0, 24)}…, which was already added; it counts once.`,
    );
    // typing the code of a file already added is a duplicate too
    await addCodes(el, String(file['code']));
    expect(text(inPanel(el, '#codes-status'))).to.contain('was already added; it counts once.');
    expect(el.codes).to.have.length(1);
  });

  it('refuses what is not JSON, not a rater’s file, or of another version, each naming the file', async () => {
    const el = await mount();
    const seen = errors(el);
    const v1 = raterFile('peer', OTHERS);
    v1['responses'] = { ...(v1['responses'] as object), instrumentVersion: '1.0.0' };
    await chooseRaterFiles(el, [
      ['broken.json', '{"format": "leadership-3d-rater-resp'],
      ['result.json', resultFile(selfResult())],
      ['old.json', json(v1)],
    ]);
    expect(el.codes).to.deep.equal([]);
    const msg = text(inPanel(el, '#codes-msg'));
    expect(msg).to.contain('3 files could not be used:');
    expect(msg).to.contain('broken.json is not a JSON file, or it was cut short.');
    expect(msg).to.contain('result.json is not a rater’s file');
    expect(msg).to.contain('old.json is for another questionnaire or version');
    expect(seen).to.have.length(3);
    expect(seen.every((e) => e.code === 'invalid-code')).to.equal(true);
  });
});
