// A stored result rendered by <l3d-report> alone. The sample answers describe a technical expert
// who is still building relationships: strong technical facets, weaker relational ones.
import '../src/index.js';
import { instrument, score, type Answer } from '../src/scoring/index.js';

const level: Record<string, number> = { technical: 4.4, relational: 2.6, business: 3.4 };
const dimensionOf = new Map(instrument.facets.map((f) => [f.id, f.dimension]));
const answers: Record<string, Answer> = {};
instrument.items.forEach((item, i) => {
  const base = level[dimensionOf.get(item.facet)!]! + ((i % 3) - 1) * 0.6;
  const keyed = Math.max(1, Math.min(5, Math.round(base)));
  answers[item.id] = (item.reverse ? 6 - keyed : keyed) as Answer;
});
const storedResult = score({
  instrumentId: instrument.id,
  instrumentVersion: instrument.version,
  form: 'self',
  answers,
});

const report = document.querySelector('l3d-report');
if (report) report.result = storedResult;
