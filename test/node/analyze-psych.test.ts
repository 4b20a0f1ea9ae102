// analyze() against R's psych::alpha on a simulated cohort of 240 self-assessments with missing
// answers and one deliberately weak item. The reference values were computed once and committed
// (test/fixtures/analyze/: make-cohort.mjs wrote cohort.csv and items.csv, make-fixture.R ran
// psych 2.2.9's alpha with its defaults, use = "pairwise", and wrote psych-alpha.json).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { analyze, type Answer, type ResponseSet } from '../../src/scoring/index.js';
import { instrument, near } from './helpers.js';

const dir = resolve(import.meta.dirname, '../../../test/fixtures/analyze');

interface PsychScale {
  items: string[];
  raw_alpha: number;
  'r.drop': Record<string, number>;
  'alpha.drop': Record<string, number>;
  'item.n': Record<string, number>;
  mean: Record<string, number>;
  sd: Record<string, number>;
}
const psych = JSON.parse(readFileSync(resolve(dir, 'psych-alpha.json'), 'utf8')) as {
  sets: number;
  complete: number;
  facets: Record<string, PsychScale>;
  dimensions: Record<string, PsychScale>;
};

/** cohort.csv (no quoted cells): a header `id,<item ids>`, raw answers, empty = missing. */
function readCohort(): ResponseSet[] {
  const [header, ...rows] = readFileSync(resolve(dir, 'cohort.csv'), 'utf8').trim().split('\n');
  const ids = header!.split(',').slice(1);
  return rows.map((row) => {
    const cells = row.split(',').slice(1);
    const answers: Record<string, Answer | null> = {};
    ids.forEach((id, k) => (answers[id] = cells[k] ? (Number(cells[k]) as Answer) : null));
    return {
      instrumentId: instrument.id,
      instrumentVersion: instrument.version,
      form: 'self',
      answers,
    };
  });
}

// Our statistics are rounded to 6 decimals (as every score is), so they are within 5e-7 of
// psych's; 1e-6 leaves room for nothing else.
const TOLERANCE = 1e-6;

describe('analyze() against psych::alpha (R)', () => {
  const a = analyze(readCohort());

  it('reads the same cohort: sets, complete sets, missing answers', () => {
    assert.equal(a.n, psych.sets);
    assert.equal(a.complete, psych.complete);
    assert.ok(a.complete < a.n / 2, 'most sets miss an answer, so pairwise matters');
  });

  for (const kind of ['facets', 'dimensions'] as const)
    it(`gives psych's raw_alpha, r.drop, alpha.drop and item statistics per ${kind.slice(0, -1)}`, () => {
      const level = kind === 'facets' ? 'facet' : 'dimension';
      let compared = 0;
      for (const [id, ref] of Object.entries(psych[kind])) {
        const scale = (a[kind] as Record<string, { alpha: number | null }>)[id]!;
        near(scale.alpha, ref.raw_alpha, TOLERANCE);
        for (const itemId of ref.items) {
          const item = a.items.find((i) => i.id === itemId)!;
          near(item.rDrop[level], ref['r.drop'][itemId]!, TOLERANCE);
          near(item.alphaDrop[level], ref['alpha.drop'][itemId]!, TOLERANCE);
          assert.equal(item.n, ref['item.n'][itemId]);
          near(item.mean, ref.mean[itemId]!, TOLERANCE);
          near(item.sd, ref.sd[itemId]!, TOLERANCE);
          compared++;
        }
      }
      assert.equal(compared, instrument.items.length);
    });

  it('shows the weak item: the lowest r.drop in its facet, and alpha rises without it', () => {
    const weak = a.items.find((i) => i.id === 'keeping-current-2')!;
    const facet = a.items.filter((i) => i.facet === weak.facet);
    assert.equal(Math.min(...facet.map((i) => i.rDrop.facet!)), weak.rDrop.facet);
    assert.ok(weak.rDrop.facet! < 0.2);
    assert.ok(weak.alphaDrop.facet! > a.facets[weak.facet]!.alpha!);
  });
});
