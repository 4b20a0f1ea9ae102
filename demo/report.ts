// Stored results rendered by <l3d-report> alone. `?profile=` picks one of the example answer
// patterns below (default: a technical expert still building relationships); `?lang=es|ar` the
// language. The patterns show how the report treats profiles a coach meets: one that is low
// everywhere, a flat one, a strong one, and answers that agree with everything.
import '../src/index.js';
import { instrument, score, type Answer } from '../src/scoring/index.js';

/** Keyed answer (after reverse keying) of item `i`, at position `k` in its facet. */
type Pattern = (dimension: string, i: number, k: number) => number;

const PATTERNS: Record<string, Pattern> = {
  // strong technical facets, weaker relational ones
  expert: (d, i) => ({ technical: 4.4, relational: 2.6, business: 3.4 })[d]! + ((i % 3) - 1) * 0.6,
  // "almost never" or "rarely" to nearly every behaviour
  'all-low': (_, i) => [1, 2, 1, 1, 2][i % 5]!,
  // every facet 62.5: keyed 4, 3, 4, 3 in each
  flat: (_, _i, k) => (k % 2 ? 3 : 4),
  // answers that vary item by item, as real ones do: lists of highest and lowest answers
  varied: (d, i) =>
    ({ technical: 3.9, relational: 2.9, business: 3.3 })[d]! +
    [1.2, -0.6, 0.3, -1.4, 0.8, -0.2, 1.6][i % 7]!,
  // "often" and "almost always", a little higher in relationships
  strong: (d, i) => (d === 'relational' ? [5, 5, 4, 5] : [4, 5, 4, 4])[i % 4]!,
};

/** Raw "often" or "almost always" to every item, whatever it says: agreeing with everything. */
const acquiescent = (i: number): Answer => (i % 3 ? 4 : 5);

const params = new URLSearchParams(location.search);
const profile = params.get('profile') ?? 'expert';
const pattern = PATTERNS[profile] ?? PATTERNS['expert']!;
const dimensionOf = new Map(instrument.facets.map((f) => [f.id, f.dimension]));
const position = new Map<string, number>();
const answers: Record<string, Answer> = {};
instrument.items.forEach((item, i) => {
  const k = position.get(item.facet) ?? 0;
  position.set(item.facet, k + 1);
  const keyed = Math.max(1, Math.min(5, Math.round(pattern(dimensionOf.get(item.facet)!, i, k))));
  answers[item.id] =
    profile === 'acquiescent' ? acquiescent(i) : ((item.reverse ? 6 - keyed : keyed) as Answer);
});
const storedResult = score({
  instrumentId: instrument.id,
  instrumentVersion: instrument.version,
  form: 'self',
  answers,
});

const report = document.querySelector('l3d-report');
if (report) {
  const lang = params.get('lang');
  if (lang) report.lang = lang;
  report.result = storedResult;
  // `?plan=1`: a development plan made with this result (the print and screenshot scripts use it)
  if (params.get('plan')) {
    const start = new Date().toISOString().slice(0, 10);
    const day = (days: number) =>
      new Date(Date.parse(start) + days * 864e5).toISOString().slice(0, 10);
    report.plan = {
      // the growth areas, or two relational facets when none was chosen (facets tied)
      facets: storedResult.growthAreas.length
        ? storedResult.growthAreas.slice(0, 2)
        : ['listening', 'influence'],
      why: 'My team waits for my answers; I want them to decide more without me.',
      feedforwardFrom: 'Ana (team lead) and Omar (product manager)',
      experiment:
        'In every one-to-one for four weeks, ask two open questions before giving any advice, and note what the other person proposed.',
      start,
      review: day(28),
      retest: day(90),
      createdAt: new Date().toISOString(),
    };
  }
}
