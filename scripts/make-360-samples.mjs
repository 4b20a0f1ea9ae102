// Writes demo/samples/360.json: the sample data of the 360° demo pages. A self result (as the
// report's Download button saves it), six raters' response codes with fixed nonces (1 manager,
// 3 peers, 2 direct reports, so the demo shows a hidden group), an earlier self result and an
// example of norms, all made with the library's own engine from the sources.
// Usage: node scripts/make-360-samples.mjs   (run again when the instrument changes;
// test/node/samples.test.ts fails while the samples no longer decode)
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const out = resolve(root, 'demo/samples/360.json');

/** The scoring engine and the codec from the TypeScript sources, as one module. */
async function engine() {
  const bundle = await build({
    stdin: {
      contents: `export * from './src/scoring/index.ts'; export * from './src/scoring/codes.ts';`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
  });
  const code = bundle.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

const { instrument, score, encodeResponseCode } = await engine();
const dimensionOf = new Map(instrument.facets.map((f) => [f.id, f.dimension]));

/**
 * Answers for every item: a level per facet (1–5 after reverse keying: the dimension's level,
 * moved by the facet's own offset), varied a little by item, and by `seed` per rater, so
 * facets and raters do not all look alike.
 */
function answers(levels, offsets = {}, seed = 0) {
  const seen = new Map();
  const out = {};
  for (const item of instrument.items) {
    const n = seen.get(item.facet) ?? 0;
    seen.set(item.facet, n + 1);
    const jitter = (((seed * 3 + n * 7 + item.facet.length * 3) % 5) - 2) * 0.3;
    const base = levels[dimensionOf.get(item.facet)] + (offsets[item.facet] ?? 0);
    const keyed = Math.max(1, Math.min(5, Math.round(base + jitter)));
    out[item.id] = item.reverse ? 6 - keyed : keyed;
  }
  return out;
}

const responses = (form, answerMap) => ({
  instrumentId: instrument.id,
  instrumentVersion: instrument.version,
  form,
  answers: answerMap,
});

/** What the report's Download button writes, with a fixed date so the file is reproducible. */
const resultFile = (result, exportedAt) => ({
  format: 'leadership-3d-result',
  formatVersion: 1,
  exportedAt,
  instrument: { id: instrument.id, version: instrument.version },
  result,
});

// The person: sure of their technical side, less of how they work with people.
const selfOffsets = {
  'keeping-current': -0.5,
  'sharing-expertise': 0.5,
  listening: -0.5,
  feedback: 0.5,
  customer: 0.5,
  change: -1,
};
const self = score(
  responses('self', answers({ technical: 4.5, relational: 2.5, business: 3.5 }, selfOffsets)),
);
// A year earlier: the technical side lower, the rest much the same.
const previous = score(
  responses(
    'self',
    answers(
      { technical: 3.5, relational: 2.5, business: 3.5 },
      { ...selfOffsets, change: -0.5 },
      1,
    ),
  ),
);

// Six raters. Others see the relationships as a strength and the technical side as solid
// rather than outstanding; each rater differs a little. Nonces are fixed so the codes stay
// the same from run to run.
const othersOffsets = { 'domain-mastery': 0.5, 'keeping-current': -1, acumen: -0.5, change: -1 };
const raters = [
  ['manager', { technical: 3.5, relational: 4, business: 3.5 }, 401522],
  ['peer', { technical: 3.5, relational: 4.5, business: 3 }, 118734],
  ['peer', { technical: 3, relational: 4, business: 3.5 }, 930061],
  ['peer', { technical: 3.5, relational: 4, business: 3 }, 275518],
  ['direct-report', { technical: 4, relational: 4.5, business: 3 }, 612990],
  ['direct-report', { technical: 3.5, relational: 4, business: 4 }, 58347],
].map(([group, levels, nonce], i) => ({
  group,
  nonce,
  code: encodeResponseCode(
    { ...responses('observer', answers(levels, othersOffsets, i + 2)), group },
    { nonce },
  ),
}));

// Invented numbers, labelled as such: the library never invents norms, a demo may.
const norm = (mean, sd) => ({ mean, sd, n: 150 });
const norms = {
  group: 'Example group (made-up numbers for this demo)',
  dimensions: {
    technical: norm(62, 14),
    relational: norm(58, 15),
    business: norm(52, 16),
  },
  facets: Object.fromEntries(
    instrument.facets.map((f, i) => [f.id, norm(50 + ((i * 7) % 17), 15 + (i % 3))]),
  ),
};

const samples = {
  '//': 'Written by scripts/make-360-samples.mjs; do not edit by hand.',
  instrument: { id: instrument.id, version: instrument.version },
  self: resultFile(self, '2026-03-02T09:00:00.000Z'),
  raters,
  previous: resultFile(previous, '2025-03-03T09:00:00.000Z'),
  norms,
};
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(samples, null, 2)}\n`);
console.log(`wrote ${out}: a self result, ${raters.length} codes, an earlier result, norms`);
