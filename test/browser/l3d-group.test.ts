import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/l3d-group/l3d-group.js';
import type { L3dGroup } from '../../src/components/l3d-group/l3d-group.js';
import type { L3dErrorEvent } from '../../src/events/events.js';
import { parseNorms } from '../../src/schema/report-inputs.js';
import { instrument, score } from '../../src/scoring/index.js';
import type { Answer, ResponseSet, Result } from '../../src/scoring/types.js';
import { wcagViolations } from '../fixtures/axe.js';

/** A small seeded random generator (mulberry32), so simulated people are the same every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const dimensionOf = new Map(instrument.facets.map((f) => [f.id, f.dimension]));

/** A simulated respondent: a level per dimension and some noise per answer, from `seed`. */
export function responses(seed: number): ResponseSet {
  const next = random(seed);
  const level = Object.fromEntries(instrument.dimensions.map((d) => [d.id, 1.8 + next() * 2.8]));
  const answers: Record<string, Answer> = {};
  for (const item of instrument.items) {
    const keyed = level[dimensionOf.get(item.facet)!]! + (next() - 0.5) * 2;
    const answer = Math.min(5, Math.max(1, Math.round(keyed)));
    answers[item.id] = (item.reverse ? 6 - answer : answer) as Answer;
  }
  return {
    instrumentId: instrument.id,
    instrumentVersion: instrument.version,
    form: 'self',
    answers,
  };
}

const result = (seed: number): Result => score(responses(seed));
const resultFile = (r: Result, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    format: 'leadership-3d-result',
    formatVersion: 1,
    exportedAt: new Date().toISOString(),
    result: { ...r, ...extra },
  });

const shadow = (el: Element) => el.shadowRoot!;
const text = (node: Element | ShadowRoot | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const $ = <T extends Element = HTMLElement>(el: L3dGroup, selector: string) =>
  shadow(el).querySelector<T>(selector);

async function mount(setup: (el: L3dGroup) => void = () => undefined): Promise<L3dGroup> {
  const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
  wrap.innerHTML = '<l3d-group theme="light"></l3d-group>';
  const el = wrap.querySelector('l3d-group')!;
  setup(el);
  await el.updateComplete;
  await waitUntil(() => $(el, 'h2'), 'the report renders');
  return el;
}

async function chooseFiles(el: L3dGroup, files: { name: string; content: string }[]) {
  const field = $<HTMLInputElement>(el, '#files')!;
  const list = new DataTransfer();
  for (const f of files)
    list.items.add(new File([f.content], f.name, { type: 'application/json' }));
  field.files = list.files;
  const before = text($(el, '#inputs-status'));
  field.dispatchEvent(new Event('change'));
  await waitUntil(() => text($(el, '#inputs-status')) !== before, 'files read');
  await el.updateComplete;
}

async function paste(el: L3dGroup, content: string) {
  $<HTMLDetailsElement>(el, 'details.paste')!.open = true;
  $<HTMLTextAreaElement>(el, '#paste-text')!.value = content;
  $<HTMLButtonElement>(el, '.use-pasted')!.click();
  await el.updateComplete;
}

/** Captures what the download helper would save: the link's name and the blob's text. */
async function captureDownload(click: () => void): Promise<{ name: string; text: string }> {
  const original = HTMLAnchorElement.prototype.click;
  const created = URL.createObjectURL;
  let blob: Blob | null = null;
  let name = '';
  URL.createObjectURL = (b: Blob | MediaSource) => {
    blob = b as Blob;
    return 'blob:test';
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    name = this.download;
  };
  try {
    click();
  } finally {
    HTMLAnchorElement.prototype.click = original;
    URL.createObjectURL = created;
  }
  return { name, text: await (blob as Blob | null)!.text() };
}

describe('<l3d-group>', () => {
  it('shows nothing but why with fewer than 3 results, and the report at 3', async () => {
    const el = await mount((g) => (g.results = [result(1), result(2)]));
    expect($(el, '.too-few')).not.to.equal(null);
    expect(text($(el, '.too-few'))).to.contain('at least 3 results');
    expect($(el, '.section.distribution')).to.equal(null);
    expect(el.summary).to.equal(null);
    el.results = [result(1), result(2), result(3)];
    await el.updateComplete;
    expect($(el, '.too-few')).to.equal(null);
    expect(text($(el, '.section.summary'))).to.contain('3 results.');
    expect(el.summary!.n).to.equal(3);
  });

  it('reads several chosen files, one result each or JSON lines', async () => {
    const el = await mount();
    const lines = [result(3), result(4)].map((r) => JSON.stringify(r)).join('\n');
    await chooseFiles(el, [
      { name: 'a.json', content: resultFile(result(1)) },
      { name: 'b.json', content: resultFile(result(2)) },
      { name: 'more.jsonl', content: lines },
    ]);
    expect(el.accepted).to.have.length(4);
    expect(text($(el, '#inputs-status'))).to.contain('4 results added');
    expect($(el, '.section.distribution')).not.to.equal(null);
  });

  it('reads pasted JSON lines and a pasted list', async () => {
    const el = await mount();
    await paste(el, [1, 2].map((s) => JSON.stringify(responses(s))).join('\n'));
    expect(el.accepted).to.have.length(2);
    await paste(el, JSON.stringify([result(5), result(6)]));
    expect(el.accepted).to.have.length(4);
    expect($<HTMLTextAreaElement>(el, '#paste-text')!.value).to.equal('');
  });

  it('refuses another instrument, another version, bad JSON and duplicates one by one', async () => {
    const errors: string[] = [];
    const el = await mount((g) =>
      g.addEventListener('l3d-error', (e) => errors.push((e as L3dErrorEvent).detail.message)),
    );
    const other = { ...result(2), instrumentId: 'someone-else' };
    const old = { ...result(3), instrumentVersion: '1.0.0' };
    const good = result(1);
    await paste(
      el,
      [good, other, old, good].map((r) => JSON.stringify(r)).join('\n') + '\n{not json',
    );
    expect(el.accepted).to.have.length(1);
    const items = [...shadow(el).querySelectorAll('#inputs-msg li')].map(text);
    expect(items).to.have.length(4);
    expect(items[0]).to.contain('result 2').and.contain('another questionnaire (someone-else)');
    expect(items[1]).to.contain('result 3').and.contain('version 1.0.0');
    expect(items[2]).to.contain('result 4').and.contain('already added');
    expect(items[3]).to.contain('result 5').and.contain('not JSON');
    expect(errors).to.have.length(4);
    // the refused text stays to be fixed; the good result is kept
    expect($<HTMLTextAreaElement>(el, '#paste-text')!.value).to.contain('someone-else');
    expect($(el, '#files')!.getAttribute('aria-invalid')).to.equal('true');
  });

  it('counts the same result downloaded twice once', async () => {
    const el = await mount();
    await chooseFiles(el, [
      { name: 'x.json', content: resultFile(result(1)) },
      { name: 'x (1).json', content: resultFile(result(1)) },
    ]);
    expect(el.accepted).to.have.length(1);
    expect(text($(el, '#inputs-msg')))
      .to.contain('x (1).json')
      .and.contain('counts once');
  });

  it('refuses bad host results one by one, with l3d-error, and keeps the good ones', async () => {
    const errors: string[] = [];
    const el = await mount((g) => {
      g.addEventListener('l3d-error', (e) => errors.push((e as L3dErrorEvent).detail.message));
      g.results = [result(1), { nonsense: true }, result(2), result(3)];
    });
    await el.updateComplete;
    expect(el.accepted).to.have.length(3);
    expect(text($(el, '.problems'))).to.contain('result 2 supplied by the page');
    expect(errors.some((m) => m.startsWith('results[1]'))).to.equal(true);
  });

  it('never renders a name or other identifier carried in a result file', async () => {
    const el = await mount();
    await chooseFiles(
      el,
      [1, 2, 3, 4].map((s) => ({
        name: `r${s}.json`,
        content: resultFile(result(s), { name: `Person Secret${s}`, email: `p${s}@example.com` }),
      })),
    );
    expect(el.accepted).to.have.length(4);
    const all = text(shadow(el));
    expect(all).not.to.contain('Secret');
    expect(all).not.to.contain('example.com');
    const csv = await captureDownload(() => $<HTMLButtonElement>(el, '.export-csv')!.click());
    expect(csv.text).not.to.contain('Secret');
  });

  it('shows the distribution, heatmap and spread matching the engine’s scores', async () => {
    const results = [1, 2, 3, 4, 5].map(result);
    const el = await mount((g) => (g.results = results));
    const technical = results.map((r) => r.dimensions.technical.score!).sort((a, b) => a - b);
    const s = el.summary!;
    expect(s.dimensions.technical.min).to.equal(technical[0]);
    expect(s.dimensions.technical.median).to.equal(technical[2]);
    expect(s.dimensions.technical.max).to.equal(technical[4]);
    const rows = shadow(el).querySelectorAll('.heatmap tbody tr');
    expect(rows).to.have.length(instrument.facets.length);
    // each facet's counts add up to its valid scores
    for (const facet of instrument.facets)
      expect(s.facets[facet.id]!.bands.reduce((a, b) => a + b, 0)).to.equal(s.facets[facet.id]!.n);
    expect($(el, '.section.distribution svg.box')).not.to.equal(null);
    expect($(el, '.section.distribution table')).not.to.equal(null);
    expect(text($(el, '.section.spread'))).to.contain('middle half');
    expect(text($(el, '.section.items'))).to.contain('at least 30 results');
  });

  it('exports the table as CSV with a formula guard, and the JSON and norms from 30 results', async () => {
    const el = await mount((g) => (g.results = [1, 2, 3].map(result)));
    el.instrument = {
      ...instrument,
      facets: instrument.facets.map((f, i) => (i === 0 ? { ...f, label: '=HYPERLINK("x")' } : f)),
    };
    await el.updateComplete;
    expect($(el, '.export-norms')).to.equal(null);
    const csv = await captureDownload(() => $<HTMLButtonElement>(el, '.export-csv')!.click());
    expect(csv.name).to.equal('leadership-3d-group.csv');
    const lines = csv.text.trim().split('\r\n');
    expect(lines[0]).to.match(/^level,id,label,n,mean,sd,min,q1,median,q3,max,band_0_39/);
    expect(lines).to.have.length(1 + instrument.dimensions.length + instrument.facets.length);
    expect(csv.text).to.contain(`"'=HYPERLINK(""x"")"`);

    el.instrument = instrument;
    el.results = Array.from({ length: 30 }, (_, i) => result(i + 1));
    await el.updateComplete;
    const json = await captureDownload(() => $<HTMLButtonElement>(el, '.export-json')!.click());
    const data = JSON.parse(json.text);
    expect(data.format).to.equal('leadership-3d-group-analysis');
    expect(data.summary.n).to.equal(30);
    // the analysis's items are question statistics; no person's answers or scores are in the file
    expect(Object.keys(data).sort()).to.deep.equal([
      'analysis',
      'exportedAt',
      'format',
      'formatVersion',
      'instrument',
      'norms',
      'summary',
    ]);
    expect(data.analysis.items).to.have.length(48);
    expect(data.analysis.n).to.equal(30);
    expect(json.text).not.to.contain('"answers"');
    // from 30 results the item analysis is shown: one row per question, the engine's alphas
    const { analyze } = await import('../../src/scoring/analyze.js');
    const expected = analyze(el.accepted, { instrument });
    expect($(el, '.section.items')!.querySelectorAll('.items-table tbody tr')).to.have.length(48);
    expect(el.analysis?.facets).to.deep.equal(expected.facets);
    expect(data.analysis.dimensions).to.deep.equal(expected.dimensions);
    const norms = await captureDownload(() => $<HTMLButtonElement>(el, '.export-norms')!.click());
    const parsed = parseNorms(JSON.parse(norms.text), instrument);
    expect(parsed.ok).to.equal(true);
    // the norms give this group's percentiles back to score()
    const ranked = score(responses(1), { norms: JSON.parse(norms.text) });
    expect(ranked.percentiles?.dimensions.technical?.n).to.equal(30);
  });

  it('is used by keyboard: Tab reaches the file input, the paste box and the exports', async () => {
    const el = await mount((g) => (g.results = [1, 2, 3].map(result)));
    $<HTMLInputElement>(el, '#files')!.focus();
    expect(shadow(el).activeElement?.id).to.equal('files');
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement?.tagName).to.equal('SUMMARY');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($<HTMLDetailsElement>(el, 'details.paste')!.open).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement?.id).to.equal('paste-text');
  });

  it('has no axe violations with refusals and with a report', async () => {
    const el = await mount((g) => (g.results = [1, 2, 3, 4].map(result)));
    await paste(el, '{"instrumentId":"x"}');
    expect(await wcagViolations(el)).to.deep.equal([]);
  });
});
