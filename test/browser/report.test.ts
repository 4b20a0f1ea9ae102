import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { score, instrument } from '../../src/scoring/index.js';
import type { Answer, Norms, Result, Stage } from '../../src/scoring/types.js';
import '../../src/components/l3d-report/l3d-report.js';
import type { L3dReport } from '../../src/components/l3d-report/l3d-report.js';
import type { L3dRadarChart } from '../../src/components/l3d-radar-chart/l3d-radar-chart.js';
import { captureDownloads, type CapturedDownload } from '../fixtures/page.js';
import { enGuide } from '../../src/i18n/locales/en-guide.js';
import { esGuide, esUse } from '../../src/i18n/locales/es-guide.js';
import { arGuide, arUse } from '../../src/i18n/locales/ar-guide.js';

/**
 * Keyed answers (after reverse keying) per facet, in item order. Expected scores, by hand:
 * technical (100 + 81.25 + 75 + 62.5) / 4 = 79.69 → 80, band ± 1.645 · 5.81 → 70–89, Proficient;
 * relational (75 + 62.5 + 56.25 + 50) / 4 = 60.94 → 61, 51–70, band crosses 55 and 70;
 * business (43.75 + 62.5 + 37.5 + 37.5) / 4 = 45.31 → 45, 36–55, band crosses 40.
 * Facet bands are ± 1.645 · 9.65 = ± 15.87. Strengths: mean facet 61.98, cut min(70, 71.63) = 70;
 * 100 and 81.25 qualify, then keeping-current and credibility tie at 75 for the last place: out.
 */
const KNOWN: Record<string, Answer[]> = {
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

/** Raw answers that score as the given keyed values; facets left out are unanswered. */
function answersFor(keyed: Record<string, Answer[]>): Record<string, Answer | null> {
  const seen = new Map<string, number>();
  const answers: Record<string, Answer | null> = {};
  for (const item of instrument.items) {
    const position = seen.get(item.facet) ?? 0;
    seen.set(item.facet, position + 1);
    const value = keyed[item.facet]?.[position];
    answers[item.id] = value === undefined ? null : item.reverse ? ((6 - value) as Answer) : value;
  }
  return answers;
}

function scored(
  answers: Record<string, Answer | null>,
  form: 'self' | 'observer' = 'self',
  norms?: Norms,
): Result {
  const responses = {
    instrumentId: instrument.id,
    instrumentVersion: instrument.version,
    form,
    answers,
  };
  return norms ? score(responses, { norms }) : score(responses);
}

async function report(result: Result | null, theme?: 'dark'): Promise<L3dReport> {
  const el = await fixture<L3dReport>(
    html`<l3d-report .result=${result} theme=${theme ?? 'light'}></l3d-report>`,
  );
  await el.updateComplete;
  return el;
}

const $ = (el: L3dReport, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = <T extends HTMLElement = HTMLElement>(el: L3dReport, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
const omit = <T extends object>(record: T, ...keys: string[]): T =>
  Object.fromEntries(Object.entries(record).filter(([k]) => !keys.includes(k))) as T;
// Collapses template whitespace but keeps the no-break spaces the report puts in "n = 200".
const text = (node: Element | null | undefined) =>
  node?.textContent?.replace(/[ \t\n\r]+/g, ' ').trim();
const section = (el: L3dReport, name: string) => $(el, `section.${name}`);

describe('<l3d-report>', () => {
  describe('a known self-report', () => {
    let el: L3dReport;
    beforeEach(async () => {
      el = await report(scored(answersFor(KNOWN)));
    });

    it('titles the report and says it is for development, not selection', () => {
      expect(text($(el, 'h2'))).to.equal('Your leadership 3D report');
      expect(text($(el, '.note'))).to.contain('not designed or validated for hiring');
    });

    it('shows each dimension with its rounded score, likely range and stage', () => {
      const cards = $$(el, '.card');
      expect(cards.map((c) => text(c.querySelector('h4')))).to.deep.equal([
        'Technical expertise',
        'Relationship management',
        'Business savvy',
      ]);
      const read = (c: HTMLElement) => [
        text(c.querySelector('.score-value')),
        text(c.querySelector('.range')),
        text(c.querySelector('.stage-value')),
      ];
      expect(cards.map(read)).to.deep.equal([
        ['80', 'Likely range 70–89 (assumed)', 'Proficient'],
        [
          '61',
          'Likely range 51–70 (assumed)',
          'From Advanced beginner to Proficient: the range spans 3 stages',
        ],
        ['45', 'Likely range 36–55 (assumed)', 'Between Novice and Advanced beginner'],
      ]);
    });

    it('names the profile and the leading dimension', () => {
      const profile = section(el, 'profile')!;
      expect(text(profile.querySelector('h4'))).to.equal('Technical anchor');
      // what the person reports, not what others think of them
      expect(text(profile.querySelector('.archetype-description'))).to.match(
        /^You describe expertise as your clearest strength/,
      );
      expect(text(profile.querySelector('.leading-label'))).to.equal('Leading dimension');
      expect([...profile.querySelectorAll('.chip')].map(text)).to.deep.equal([
        'Technical expertise',
      ]);
    });

    it('lists the earned strengths, highest first, without splitting a tie by order', () => {
      expect(text(section(el, 'strengths')!.querySelector('h3'))).to.equal('Strengths');
      const cards = [...section(el, 'strengths')!.querySelectorAll('.facet-card')];
      expect(cards.map((c) => text(c.querySelector('h4')))).to.deep.equal([
        'Domain mastery',
        'Judgement and quality',
      ]);
      expect(text(cards[0]!.querySelector('.facet-score'))).to.equal('100');
      // the two tied at 75 are named, not silently dropped
      expect(text(section(el, 'strengths')!.querySelector('.tied'))).to.equal(
        'Keeping current and Credibility and trust also score 75: tied for the last place, they are all left out rather than picked by order.',
      );
      const mastery = instrument.facets.find((f) => f.id === 'domain-mastery')!;
      expect(text(cards[0])).to.contain(mastery.description);
    });

    it('gives each growth area three concrete steps from the instrument', () => {
      const cards = [...section(el, 'growth')!.querySelectorAll('.facet-card')];
      expect(cards.map((c) => text(c.querySelector('h4')))).to.deep.equal([
        'Strategic partnership',
        'Inspiring change and innovation',
        'Business acumen',
      ]);
      const partnership = instrument.facets.find((f) => f.id === 'partnership')!;
      const steps = [...cards[0]!.querySelectorAll('.steps > li')];
      expect(steps.map((s) => text(s.querySelector('.step-name')))).to.deep.equal([
        'Reflect',
        'Ask for feedforward',
        'Try for a set time',
      ]);
      expect(steps.map((s) => text(s.lastElementChild))).to.deep.equal([
        partnership.develop.reflect,
        partnership.develop.feedforward,
        partnership.develop.experiment,
      ]);
    });

    it('shows no response-quality notice and no percentiles for ordinary answers', () => {
      expect(section(el, 'quality')).to.equal(null);
      expect($$(el, '.percentile')).to.have.length(0);
      expect($$(el, 'thead th')).to.have.length(4);
    });

    it('has a data table with a row per dimension and per facet, grouped', () => {
      const table = $(el, 'table')!;
      expect(text(table.querySelector('caption'))).to.equal(
        'Scores by dimension and facet, 0 to 100.',
      );
      expect(
        [...table.querySelectorAll('thead th')].map((th) => th.getAttribute('scope')),
      ).to.deep.equal(['col', 'col', 'col', 'col']);
      const groups = [...table.querySelectorAll('tbody')];
      expect(groups).to.have.length(3);
      expect(groups.map((g) => g.querySelectorAll('tr').length)).to.deep.equal([5, 5, 5]);
      const cells = (row: Element) => [...row.children].map(text);
      expect(cells(groups[0]!.rows[0]!)).to.deep.equal([
        'Technical expertise',
        '80',
        '70–89',
        'Proficient',
      ]);
      expect(text(table.querySelectorAll('thead th')[2])).to.equal('Likely range (assumed)');
      // a facet's band is wider than a dimension's: 100 − 15.87 → 84
      expect(cells(groups[0]!.rows[1]!)).to.deep.equal(['Domain mastery', '100', '84–100', '']);
      expect(cells(groups[1]!.rows[0]!)[3]).to.match(/^From Advanced beginner to Proficient/);
      expect(groups[2]!.rows[4]!.querySelector('th')!.getAttribute('scope')).to.equal('row');
    });

    it('moves focus to its heading when focused, for hosts that swap it in', () => {
      el.focus();
      expect(el.shadowRoot!.activeElement).to.equal($(el, 'h2'));
    });

    it('passes axe in the light theme', async () => {
      await expect(el).to.be.accessible();
    });
  });

  it('shows the placeholder and fires invalid-result for a result that cannot be read, and recovers', async () => {
    const crashes: string[] = [];
    const onError = (e: ErrorEvent) => crashes.push(e.message);
    window.addEventListener('error', onError);
    try {
      const el = await report(scored(answersFor(KNOWN)));
      const seen: string[] = [];
      el.addEventListener('l3d-error', (e) => seen.push(e.detail.code));
      el.result = new Proxy({} as Result, {
        get: () => {
          throw new Error('boom');
        },
      });
      await el.updateComplete;
      expect(seen).to.deep.equal(['invalid-result']);
      expect($(el, '.placeholder')).to.not.equal(null);
      expect($(el, 'article')).to.equal(null);
      const good = scored(answersFor(KNOWN));
      el.result = good;
      await el.updateComplete;
      expect($(el, 'article')).to.not.equal(null);
      expect(seen).to.deep.equal(['invalid-result']);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(crashes).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
    }
  });

  it('shows what the result held when it was set, read once', async () => {
    const good = scored(answersFor(KNOWN));
    let reads = 0;
    // answers one thing when read and another afterwards: the report keeps what it read
    const shifting = new Proxy(good, {
      get: (target, key, receiver) =>
        key === 'strengths' && reads++ > 0 ? ['no-such-facet'] : Reflect.get(target, key, receiver),
    });
    const el = await report(shifting);
    el.requestUpdate();
    await el.updateComplete;
    expect(reads).to.equal(1);
    expect(text(section(el, 'strengths'))).to.not.equal('');
  });

  it('passes axe in the dark theme', async () => {
    const el = await report(scored(answersFor(KNOWN)), 'dark');
    expect(getComputedStyle($(el, '.report')!).backgroundColor).to.equal('rgb(21, 24, 29)');
    await expect(el).to.be.accessible();
  });

  it('uses feedback wording for an observer result', async () => {
    const el = await report(scored(answersFor(KNOWN), 'observer'));
    expect(text($(el, 'h2'))).to.equal('Leadership 3D feedback report');
    expect(text($(el, '.lede'))).to.contain('this person shows 48 leadership behaviours');
  });

  it('shows a dimension without enough answers as unscored with the reason, never 0', async () => {
    const el = await report(scored(answersFor(omit(KNOWN, 'acumen', 'customer'))));
    const business = $$(el, '.card')[2]!;
    expect(business.querySelector('.score-value')).to.equal(null);
    expect(text(business.querySelector('.not-scored'))).to.equal('Not enough answers to score');
    expect(text(business.querySelector('.reason'))).to.equal(
      'Fewer than three quarters of its facets had enough answers (8 questions answered in all).',
    );
    const row = [...$$<HTMLTableSectionElement>(el, 'tbody')[2]!.rows[0]!.children].map(text);
    expect(row).to.deep.equal(['Business savvy', 'Not scored', '—', '—']);
    expect(text(section(el, 'profile'))).to.contain(
      'A leadership profile needs a score on all three dimensions; Business savvy could not be scored.',
    );
    expect(section(el, 'profile')!.querySelector('.archetype')).to.equal(null);
  });

  it('says the ranges are assumed, and drops the word once the reliabilities are measured', async () => {
    const assumed = await report(scored(answersFor(KNOWN)));
    expect(text(section(assumed, 'dimensions'))).to.contain('rest on an assumed reliability');
    const measured = await report({ ...scored(answersFor(KNOWN)), reliabilityAssumed: false });
    expect(text(section(measured, 'dimensions'))).not.to.contain('assumed');
    expect(text($$(measured, '.range')[0])).to.equal('Likely range 70–89');
  });

  it('shows highest-rated facets, not strengths, when none is earned', async () => {
    // every facet keyed 3 (50) but judgement and listening keyed 4 3 3 3 (56.25): mean 51.04,
    // cut min(70, 51.04 + 9.65 = 60.69): none earned. Highest-rated: the two at 56.25, then ten
    // tied at 50 for the last place, left out
    const flatish = answersFor({
      ...Object.fromEntries(instrument.facets.map((f) => [f.id, [3, 3, 3, 3] as Answer[]])),
      judgement: [4, 3, 3, 3],
      listening: [4, 3, 3, 3],
    });
    const result = scored(flatish);
    expect(result.strengths).to.deep.equal([]);
    const el = await report(result);
    const strengths = section(el, 'strengths')!;
    expect(text(strengths.querySelector('h3'))).to.equal('Highest-rated');
    expect(text(strengths)).to.contain('No facet is high enough to count as a strength');
    const names = [...strengths.querySelectorAll('.facet-card h4')].map(text);
    expect(names).to.deep.equal(['Judgement and quality', 'Active listening']);
    await expect(el).to.be.accessible();
  });

  it('names earned strengths that tie for every place, without listing any of them', async () => {
    // four facets keyed 5 5 5 4 (93.75), the other eight keyed 3 (50): mean 64.6, cut 70
    const high = ['domain-mastery', 'listening', 'acumen', 'change'];
    const result = scored(
      answersFor(
        Object.fromEntries(
          instrument.facets.map((f) => [
            f.id,
            (high.includes(f.id) ? [5, 5, 5, 4] : [3, 3, 3, 3]) as Answer[],
          ]),
        ),
      ),
    );
    expect(result.strengths).to.deep.equal([]);
    const el = await report(result);
    const strengths = section(el, 'strengths')!;
    expect(text(strengths.querySelector('h3'))).to.equal('Strengths');
    expect(text(strengths.querySelector('.tied'))).to.equal(
      'Domain mastery, Active listening, Business acumen, and Inspiring change and innovation all score 94 and count as strengths, but more than three tie, so none is listed rather than some picked by order.',
    );
    expect(strengths.querySelector('ul')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('names the facets tied for the lowest score when more than three tie', async () => {
    // four facets keyed 2 2 2 1 (18.75), the other eight keyed 4 (75): growth areas tie 4 ways
    const low = ['judgement', 'credibility', 'customer', 'change'];
    const result = scored(
      answersFor(
        Object.fromEntries(
          instrument.facets.map((f) => [
            f.id,
            (low.includes(f.id) ? [2, 2, 2, 1] : [4, 4, 4, 4]) as Answer[],
          ]),
        ),
      ),
    );
    expect(result.growthAreas).to.deep.equal([]);
    const el = await report(result);
    expect(text(section(el, 'growth'))).to.equal(
      'Growth areas Judgement and quality, Credibility and trust, Customer outcomes, and Inspiring change and innovation all score 19, the lowest; more than three tie, so none is chosen. Pick the one that matters most in the work now.',
    );
  });

  it('names no strengths and no growth areas in a flat profile, and says why', async () => {
    const flat = answersFor(
      Object.fromEntries(instrument.facets.map((f) => [f.id, [4, 3, 4, 3] as Answer[]])),
    );
    const el = await report(scored(flat));
    expect(text(section(el, 'strengths')!.querySelector('h3'))).to.equal('Highest-rated');
    expect(text(section(el, 'strengths'))).to.contain('too close together for any to stand out');
    expect(section(el, 'strengths')!.querySelectorAll('.facet-card')).to.have.length(0);
    expect(text(section(el, 'growth'))).to.contain('No facet is lower than the rest');
    expect(section(el, 'growth')!.querySelectorAll('.facet-card')).to.have.length(0);
  });

  it('withholds the profile name for acquiescent answers and says why', async () => {
    // "often" to everything: balanced index ½ · (4 + 4) = 4
    const all4 = Object.fromEntries(instrument.items.map((i) => [i.id, 4 as Answer]));
    const el = await report(scored(all4));
    const profile = section(el, 'profile')!;
    expect(profile.querySelector('.archetype')).to.equal(null);
    expect(text(profile)).to.contain('No profile is named: given how the questions were answered');
    expect(text(section(el, 'quality'))).to.contain(
      'behaviours and their opposites were rated high',
    );
  });

  it('shows a version 1 result with its ranked strengths and one SEM', async () => {
    const v2 = scored(answersFor(KNOWN));
    const v1 = {
      ...omit(v2, 'items', 'reliabilityAssumed'),
      instrumentVersion: '1.0.0',
      sem: 5.809475,
      strengths: ['domain-mastery', 'judgement', 'keeping-current'],
    } as unknown as Result;
    const el = await report(v1);
    const cards = [...section(el, 'strengths')!.querySelectorAll('.facet-card h4')].map(text);
    expect(cards).to.deep.equal(['Domain mastery', 'Judgement and quality', 'Keeping current']);
    expect(text($$(el, '.range')[0])).to.equal('Likely range 70–89 (assumed)');
  });

  it('explains straight-lined answers in plain words, and that scores are unchanged', async () => {
    const all3 = Object.fromEntries(instrument.items.map((i) => [i.id, 3 as Answer]));
    const el = await report(scored(all3));
    const notices = [...section(el, 'quality')!.querySelectorAll('li')].map(text);
    expect(notices).to.deep.equal([
      '48 answers in a row were the same, which can happen when questions are answered without reading each one.',
      'The answers varied very little across the questionnaire, which makes real differences between areas hard to see.',
    ]);
    expect(text(section(el, 'quality'))).to.contain('They do not change any score');
    expect(text($$(el, '.card')[0]!.querySelector('.score-value'))).to.equal('50');
  });

  it('shows no percentile column when the norms cover none of the scores', async () => {
    const el = await report(scored(answersFor(KNOWN), 'self', { group: 'Empty', facets: {} }));
    expect($$(el, 'thead th')).to.have.length(4);
    expect(text($(el, 'caption'))).to.equal('Scores by dimension and facet, 0 to 100.');
  });

  it('shows percentiles only with norms, with the group name and size', async () => {
    const norms: Norms = {
      group: 'Test cohort',
      dimensions: { technical: { mean: 75, sd: 10, n: 200 } },
    };
    const el = await report(scored(answersFor(KNOWN), 'self', norms));
    const cards = $$(el, '.card');
    // z = (79.69 − 75) / 10 = 0.47 → 68th percentile
    expect(text(cards[0]!.querySelector('.percentile'))).to.equal(
      '68th percentile of Test cohort, n\u00a0=\u00a0200',
    );
    expect(cards[1]!.querySelector('.percentile')).to.equal(null);
    const header = [...$$(el, 'thead th')].map(text);
    expect(header[4]).to.equal('Percentile');
    expect(text($(el, 'caption'))).to.equal(
      'Scores by dimension and facet, 0 to 100. Percentiles compare with Test cohort, n\u00a0=\u00a0200.',
    );
    expect(text($$<HTMLTableSectionElement>(el, 'tbody')[0]!.rows[0]!.children[4])).to.equal('68');
    expect(text($$<HTMLTableSectionElement>(el, 'tbody')[1]!.rows[0]!.children[4])).to.equal('—');
  });

  it('makes the table a focusable region only when it has to scroll sideways', async () => {
    const norms: Norms = {
      group: 'A norm group with a long name',
      dimensions: { technical: { mean: 60, sd: 10, n: 50 } },
    };
    const el = await report(scored(answersFor(KNOWN), 'self', norms));
    const wrap = $(el, '.table-wrap')!;
    expect(wrap.hasAttribute('tabindex')).to.equal(false);
    expect(wrap.hasAttribute('role')).to.equal(false);

    el.style.width = '240px';
    await waitUntil(() => wrap.getAttribute('tabindex') === '0', 'table became scrollable');
    expect(wrap.getAttribute('role')).to.equal('region');
    expect(wrap.getAttribute('aria-labelledby')).to.equal('table-caption');
    await expect(el).to.be.accessible();
  });

  it('downloads the result as JSON through a temporary link, without the network', async () => {
    const result = scored(answersFor(KNOWN));
    const el = await report(result);
    const button = $$(el, '.actions button').find((b) => /JSON/.test(b.textContent ?? ''))!;
    expect(text(button)).to.equal('Download results (JSON)');
    const downloads = captureDownloads(() => button.click());
    expect(downloads).to.have.length(1);
    const [{ blob, link }] = downloads as [CapturedDownload];
    expect(blob.type).to.equal('application/json');
    expect(link.download).to.equal('leadership-3d-result.json');
    expect(link.getAttribute('href')).to.equal('blob:test');
    const saved = JSON.parse(await blob.text()) as { result: Result; format: string };
    expect(saved.format).to.equal('leadership-3d-result');
    expect(saved.result).to.deep.equal(result);
  });

  it('prints with the browser print dialog', async () => {
    const el = await report(scored(answersFor(KNOWN)));
    let printed = 0;
    const print = window.print;
    window.print = () => {
      printed++;
    };
    try {
      $$(el, '.actions button')
        .find((b) => text(b) === 'Print')!
        .click();
    } finally {
      window.print = print;
    }
    expect(printed).to.equal(1);
  });

  it('on paper, lets the dimension cards and the first dimension of the table run over a page, nothing else', async () => {
    const el = await report(scored(answersFor(KNOWN)));
    // the guide (stage texts) makes the cards tall; it arrives with the report's texts
    await waitUntil(() => $(el, '.card .guide'), 'the stage guidance is shown');
    const breakInside = (node: Element | null) => getComputedStyle(node!).breakInside;
    const { emulateMedia } = await import('@web/test-runner-commands');
    await emulateMedia({ media: 'print' });
    try {
      // kept whole, three cards side by side left the first page almost empty (print check)
      expect(breakInside($(el, '.card'))).to.equal('auto');
      for (const part of ['.card .score', '.card .stage', '.card .guide'])
        expect(breakInside($(el, part)), part).to.equal('avoid');
      // the table runs on by dimension; the first may split, so its heading is never alone
      const bodies = $$(el, 'section.details tbody');
      expect(bodies.length).to.equal(3);
      expect(bodies.map(breakInside)).to.deep.equal(['auto', 'avoid', 'avoid']);
      expect(breakInside($(el, 'section.chart'))).to.equal('avoid');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    expect(breakInside($(el, '.card .stage'))).to.equal('auto');
  });

  it('switches the chart between 3 dimensions and 12 facets with pressed buttons', async () => {
    const el = await report(scored(answersFor(KNOWN)));
    const [dims, facets] = $$(el, '.toggle button');
    expect([text(dims), text(facets)]).to.deep.equal(['3 dimensions', '12 facets']);
    expect([
      dims!.getAttribute('aria-pressed'),
      facets!.getAttribute('aria-pressed'),
    ]).to.deep.equal(['true', 'false']);
    const chart = $(el, 'l3d-radar-chart') as L3dRadarChart;
    await chart.chartReady;
    const canvas = () => chart.shadowRoot!.querySelector('canvas')!;
    const { Chart } = await import('chart.js');
    expect(Chart.getChart(canvas())!.data.labels).to.have.length(3);

    facets!.click();
    await el.updateComplete;
    await chart.chartReady;
    expect([
      dims!.getAttribute('aria-pressed'),
      facets!.getAttribute('aria-pressed'),
    ]).to.deep.equal(['false', 'true']);
    expect(chart.view).to.equal('facets');
    expect(Chart.getChart(canvas())!.data.labels).to.have.length(12);
    expect(canvas().getAttribute('aria-label')).to.contain('Domain mastery 100 of 100');
  });

  it('shows a short placeholder without a result, and the report once one is set', async () => {
    const el = await report(null);
    expect(text($(el, '.placeholder'))).to.equal(
      'The report appears here once the questionnaire has been scored.',
    );
    expect($(el, 'article')).to.equal(null);
    el.result = scored(answersFor(KNOWN));
    await el.updateComplete;
    expect($(el, '.placeholder')).to.equal(null);
    expect($$(el, '.card')).to.have.length(3);
  });

  it('renders what matches when the result does not fit the instrument', async () => {
    const result = scored(answersFor(KNOWN));
    const foreign = {
      ...result,
      dimensions: omit(result.dimensions, 'business'),
      facets: { ...result.facets, ghost: { ...result.facets['judgement']! } },
      strengths: ['ghost', 'domain-mastery'],
      growthAreas: ['ghost'],
    };
    const el = await report(foreign);
    expect($$(el, '.card').map((c) => text(c.querySelector('h4')))).to.deep.equal([
      'Technical expertise',
      'Relationship management',
    ]);
    expect([...section(el, 'strengths')!.querySelectorAll('h4')].map(text)).to.deep.equal([
      'Domain mastery',
    ]);
    expect(section(el, 'growth')).to.equal(null);
    expect($$<HTMLTableSectionElement>(el, 'tbody')).to.have.length(2);
  });

  describe('version 2 (issue 17)', () => {
    /** A result whose dimensions have the given stages (`null`: not scored). */
    function withStages(stages: Record<string, Stage | null>): Result {
      const result = scored(answersFor(KNOWN));
      for (const [id, stage] of Object.entries(stages)) {
        const d = result.dimensions[id as keyof Result['dimensions']];
        if (stage) d.stage = stage;
        else Object.assign(d, { score: null, band: null, stage: null, reason: 'too-few-facets' });
      }
      return result;
    }
    const guideOf = (card: HTMLElement) => ({
      lower: text(card.querySelector('.guide-lower')) ?? null,
      now: text(card.querySelector('.guide-now')) ?? null,
      next: text(card.querySelector('.guide-next')) ?? null,
    });

    it('describes each dimension’s stage and what the next one asks for', async () => {
      const el = await report(
        withStages({
          technical: { id: 'competent', between: null },
          // a band across two cuts: the lower stage's guidance, and a line that says so
          relational: { id: 'proficient', between: ['competent', 'expert'] },
          business: null,
        }),
      );
      const [technical, relational, business] = $$(el, '.card');
      const s = enGuide.stage;
      expect(guideOf(technical!)).to.deep.equal({
        lower: null,
        now: s.technical.competent.now,
        next: `Next step ${s.technical.competent.next}`,
      });
      expect(guideOf(relational!)).to.deep.equal({
        lower: 'The likely range spans more than one stage; this is for the lower one, Competent.',
        now: s.relational.competent.now,
        next: `Next step ${s.relational.competent.next}`,
      });
      // not scored: no stage, no guidance
      expect(business!.querySelector('.guide')).to.equal(null);
      expect(text(business!.querySelector('.not-scored'))).to.equal('Not enough answers to score');
    });

    it('tells an expert how to keep and widen it, and names the lower of two stages', async () => {
      const el = await report(
        withStages({
          technical: { id: 'expert', between: null },
          relational: { id: 'novice', between: null },
          business: { id: 'proficient', between: ['advanced-beginner', 'proficient'] },
        }),
      );
      const [technical, relational, business] = $$(el, '.card').map(guideOf);
      expect(technical!.next).to.equal(
        `To keep and widen it ${enGuide.stage.technical.expert.next}`,
      );
      expect(relational!.now).to.equal(enGuide.stage.relational.novice.now);
      expect(business!.lower).to.contain('Advanced beginner');
      expect(business!.now).to.equal(enGuide.stage.business['advanced-beginner'].now);
    });

    /** Keyed answers by item: the rest missing. */
    function withItems(keyed: Record<string, number>, form: 'self' | 'observer' = 'self'): Result {
      const result = scored(answersFor(KNOWN), form);
      result.items = Object.fromEntries(
        instrument.items.map((item) => [item.id, keyed[item.id] ?? null]),
      );
      return result;
    }
    const reversed = instrument.items.filter((item) => item.reverse);
    const forward = instrument.items.filter((item) => !item.reverse);
    const listed = (el: L3dReport, side: 'highest' | 'lowest') =>
      [...section(el, 'items')!.querySelectorAll(`.item-group.${side} > .item-list > .item`)].map(
        (li) => [
          text(li.querySelector('.item-rank')),
          text(li.querySelector('.item-text')),
          text(li.querySelector('.item-answer')),
        ],
      );

    it('lists the highest and lowest answers in the person’s words, ties sharing a rank', async () => {
      const [r0] = reversed;
      const [f0, f1, f2, f3, f4] = forward;
      const el = await report(
        withItems({ [r0!.id]: 5, [f0!.id]: 4, [f1!.id]: 4, [f2!.id]: 1, [f3!.id]: 2, [f4!.id]: 2 }),
      );
      const items = section(el, 'items')!;
      expect(text(items.querySelector('h3'))).to.equal('Highest and lowest answers');
      // a reverse-keyed item keyed 5 was answered "almost never"
      expect(listed(el, 'highest')).to.deep.equal([
        ['1', r0!.self, 'Answer: Almost never'],
        ['2', f0!.self, 'Answer: Often (tied)'],
        ['2', f1!.self, 'Answer: Often (tied)'],
      ]);
      expect(listed(el, 'lowest')).to.deep.equal([
        ['1', f2!.self, 'Answer: Almost never'],
        ['2', f3!.self, 'Answer: Rarely (tied)'],
        ['2', f4!.self, 'Answer: Rarely (tied)'],
      ]);
    });

    it('counts a tie group too large to list, and uses the observer wording for an observer', async () => {
      const keyed: Record<string, number> = {};
      forward.slice(0, 12).forEach((item) => (keyed[item.id] = 5));
      keyed[forward[12]!.id] = 2;
      const el = await report(withItems(keyed, 'observer'));
      expect(listed(el, 'highest')).to.deep.equal([]);
      const leftOut = section(el, 'items')!.querySelector<HTMLDetailsElement>(
        '.highest details.items-left-out',
      )!;
      expect(text(leftOut.querySelector('summary'))).to.equal(
        '12 statements tie for place 1, too many to rank apart: show them.',
      );
      // collapsed, and when opened: the twelve, in instrument order, with the answer
      expect(leftOut.open).to.equal(false);
      const shown = [...leftOut.querySelectorAll('.item-text')].map((e) => text(e));
      expect(shown).to.deep.equal(forward.slice(0, 12).map((item) => item.observer));
      expect(text(leftOut.querySelector('.item-answer'))).to.contain('Almost always');
      expect(listed(el, 'lowest')).to.deep.equal([['1', forward[12]!.observer, 'Answer: Rarely']]);
    });

    it('says so instead of lists when every answer is the same or too few were answered', async () => {
      const same = Object.fromEntries(forward.slice(0, 8).map((item) => [item.id, 3]));
      const el = await report(withItems(same));
      expect(text(section(el, 'items')!.querySelector('.items-none'))).to.equal(
        enGuide.items.allEqual,
      );
      expect(section(el, 'items')!.querySelector('.item')).to.equal(null);
      el.result = withItems({ [forward[0]!.id]: 5, [forward[1]!.id]: 1 });
      await el.updateComplete;
      expect(text(section(el, 'items')!.querySelector('.items-none'))).to.equal(
        enGuide.items.tooFew,
      );
    });

    const adviceOf = (el: L3dReport) =>
      [...section(el, 'strengths')!.querySelectorAll('.facet-card')].map((card) => [
        text(card.querySelector('h4')),
        text(card.querySelector('.advice')) ?? null,
      ]);
    const useOf = (id: string) => instrument.facets.find((f) => f.id === id)!.develop.use;

    it('gives each strength one way to use it more widely', async () => {
      const el = await report(scored(answersFor(KNOWN)));
      expect(adviceOf(el)).to.deep.equal([
        ['Domain mastery', `Use it more widely ${useOf('domain-mastery')}`],
        ['Judgement and quality', `Use it more widely ${useOf('judgement')}`],
      ]);
    });

    it('gives the highest-rated facets the same advice when no strength is earned', async () => {
      const flatish = answersFor({
        ...Object.fromEntries(instrument.facets.map((f) => [f.id, [3, 3, 3, 3] as Answer[]])),
        judgement: [4, 3, 3, 3],
        listening: [4, 3, 3, 3],
      });
      const el = await report(scored(flatish));
      expect(text(section(el, 'strengths')!.querySelector('h3'))).to.equal('Highest-rated');
      expect(adviceOf(el)).to.deep.equal([
        ['Judgement and quality', `Use it more widely ${useOf('judgement')}`],
        ['Active listening', `Use it more widely ${useOf('listening')}`],
      ]);
    });

    it('shows no advice line for a custom instrument without `use`, and no error', async () => {
      const custom = structuredClone(instrument);
      custom.id = 'custom-3d';
      for (const facet of custom.facets) delete facet.develop.use;
      const result = score(
        {
          instrumentId: custom.id,
          instrumentVersion: custom.version,
          form: 'self',
          answers: answersFor(KNOWN),
        },
        { instrument: custom },
      );
      const errors: Event[] = [];
      const el = await fixture<L3dReport>(
        html`<l3d-report
          .instrument=${custom}
          .result=${result}
          @l3d-error=${(e: Event) => errors.push(e)}
        ></l3d-report>`,
      );
      expect(adviceOf(el).map(([name]) => name)).to.deep.equal([
        'Domain mastery',
        'Judgement and quality',
      ]);
      expect(section(el, 'strengths')!.querySelector('.advice')).to.equal(null);
      expect(errors).to.deep.equal([]);
      // in Spanish too: the built-in Spanish advice is for the built-in instrument only
      el.lang = 'es';
      await waitUntil(() => $(el, '.guide-label')?.textContent?.includes('Siguiente'), 'es');
      expect(section(el, 'strengths')!.querySelector('.advice')).to.equal(null);
    });

    it('names a growth area’s lowest answers, at most two, whole ties only', async () => {
      const el = await report(scored(answersFor(KNOWN)));
      const lows = [...section(el, 'growth')!.querySelectorAll('.facet-card')].map((card) => [
        text(card.querySelector('h4')),
        [...card.querySelectorAll('.low-items .item')].map((li) => [
          text(li.querySelector('.item-text')),
          text(li.querySelector('.item-answer')),
        ]),
      ]);
      const items = (facet: string) => instrument.items.filter((i) => i.facet === facet);
      const answer = (item: (typeof instrument.items)[number], keyed: number) =>
        `Answer: ${instrument.scale.labels[(item.reverse ? 6 - keyed : keyed) - 1]}`;
      const [, , c2, c3] = items('change'); // keyed 3 3 2 2
      const [p0, p1] = items('partnership'); // keyed 2 2 3 3
      const [a0] = items('acumen'); // keyed 2 3 3 3: the three 3s tie, left out
      expect(lows).to.deep.equal([
        [
          'Strategic partnership',
          [
            [p0!.self, answer(p0!, 2)],
            [p1!.self, answer(p1!, 2)],
          ],
        ],
        [
          'Inspiring change and innovation',
          [
            [c2!.self, answer(c2!, 2)],
            [c3!.self, answer(c3!, 2)],
          ],
        ],
        ['Business acumen', [[a0!.self, answer(a0!, 2)]]],
      ]);
      // growth areas lowest first (partnership and change tie at 37.5); beside the three steps
      expect(section(el, 'growth')!.querySelectorAll('.steps')).to.have.length(3);
    });

    it('shows the guidance and advice in Spanish', async () => {
      const el = await report(withStages({ technical: { id: 'competent', between: null } }));
      el.lang = 'es';
      await waitUntil(() => $(el, '.guide-label')?.textContent?.includes('Siguiente'), 'es texts');
      expect(guideOf($$(el, '.card')[0]!).now).to.equal(esGuide.stage.technical.competent.now);
      expect(text(section(el, 'items')!.querySelector('h3'))).to.equal(esGuide.items.heading);
      expect(text(section(el, 'strengths')!.querySelector('.advice'))).to.equal(
        `${esGuide.use} ${esUse['domain-mastery']}`,
      );
    });

    it('shows the guidance and advice in Arabic, right to left', async () => {
      const el = await report(withStages({ technical: { id: 'expert', between: null } }));
      el.lang = 'ar';
      await waitUntil(() => $(el, '.guide-label')?.textContent?.includes('للحفاظ'), 'ar texts');
      expect($(el, 'article')!.getAttribute('dir')).to.equal('rtl');
      expect(guideOf($$(el, '.card')[0]!).next).to.equal(
        `${arGuide.stage.keep} ${arGuide.stage.technical.expert.next}`,
      );
      expect(text(section(el, 'strengths')!.querySelector('.advice'))).to.equal(
        `${arGuide.use} ${arUse['domain-mastery']}`,
      );
    });
  });
});
