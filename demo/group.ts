// The group report with simulated results: `?n=` people (30 by default), each with a level per
// dimension and some noise per answer, the same every time. A real page lets the coach add the
// files people downloaded from their reports.
import '../src/components/l3d-group/l3d-group.js';
import { instrument, score } from '../src/scoring/index.js';
import type { Answer, ResponseSet } from '../src/scoring/index.js';

/** A small seeded random generator (mulberry32). */
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

function simulated(seed: number): ResponseSet {
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

const params = new URLSearchParams(location.search);
const n = Math.min(5000, Math.max(0, Number(params.get('n') ?? 30) || 0));
const results = Array.from({ length: n }, (_, i) => score(simulated(i + 1)));

const view = document.querySelector('l3d-group');
const language = document.querySelector<HTMLSelectElement>('#language');
if (view) {
  view.results = results;
  view.addEventListener('l3d-error', (event) => {
    console.warn('l3d-error', event.detail.code, event.detail.message);
  });
  // ?lang=ar opens the page in a language directly (the screenshots use it)
  const asked = params.get('lang');
  if (asked) view.lang = asked;
  if (language) {
    language.value = view.lang || 'en';
    language.addEventListener('change', () => (view.lang = language.value));
  }
}

const link = document.querySelector<HTMLAnchorElement>('#sample-results');
if (link) {
  const lines = results.map((r) => JSON.stringify(r)).join('\n');
  link.href = URL.createObjectURL(new Blob([lines], { type: 'application/x-ndjson' }));
}
