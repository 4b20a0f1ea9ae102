// analyze(): item analysis of a cohort. Hand-worked cohorts first, then what must hold for any
// cohort (identical items, a mis-keyed item, norms that score() reads back, agreement with
// cohortStats), then input checks. The comparison with R's psych::alpha is analyze-psych.test.ts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  analyze,
  cohortStats,
  createAnalyzer,
  score,
  type Answer,
  type Instrument,
  type ResponseSet,
} from '../../src/scoring/index.js';
import {
  assertPlainFinite,
  assertScoringError,
  instrument,
  near,
  responses,
  untyped,
  withFacet,
} from './helpers.js';

const facetItems = (facet: string) => instrument.items.filter((item) => item.facet === facet);
const item = (analysis: ReturnType<typeof analyze>, id: string) =>
  analysis.items.find((i) => i.id === id)!;

// Keyed answers of three respondents to the 4 domain-mastery items (item 3 is reverse-keyed, so
// its raw answer is 6 − keyed; the same matrix as cohort.test.ts):
//        i1 i2 i3 i4
//   A     5  4  4  5
//   B     3  3  2  2
//   C     4  2  3  3
// variances 1, 1, 1, 7/3; covariances c12 .5, c13 1, c14 1.5, c23 .5, c24 1, c34 1.5;
// ΣC = 16/3 + 2 · 6 = 52/3; alpha = 4/3 · (1 − (16/3)/(52/3)) = 12/13
// item 1: row sum 4, r.drop = (4 − 1)/√(1 · (52/3 − 8 + 1)) = 3/√(31/3);
//         alpha.drop = 3/2 · (1 − (13/3)/(31/3)) = 27/31
// item 4: row sum 19/3, r.drop = (19/3 − 7/3)/√(7/3 · (52/3 − 38/3 + 7/3)) = 4/√(49/3) = 4√3/7;
//         alpha.drop = 3/2 · (1 − 3/7) = 6/7
const facetOnly = (raw: (Answer | null)[]) => withFacet(responses(), 'domain-mastery', raw);
const A = facetOnly([5, 4, 2, 5]);
const B = facetOnly([3, 3, 4, 2]);
const C = facetOnly([4, 2, 3, 3]);
const [i1, i2, i3, i4] = facetItems('domain-mastery').map((i) => i.id);

describe('analyze: hand-worked cohorts', () => {
  it('gives psych::alpha raw_alpha, r.drop and alpha.drop of a complete facet', () => {
    const a = analyze([A, B, C]);
    const facet = a.facets['domain-mastery']!;
    near(facet.alpha, 12 / 13, 1e-6);
    near(item(a, i1!).rDrop.facet, 3 / Math.sqrt(31 / 3), 1e-6);
    near(item(a, i1!).alphaDrop.facet, 27 / 31, 1e-6);
    near(item(a, i4!).rDrop.facet, (4 * Math.sqrt(3)) / 7, 1e-6);
    near(item(a, i4!).alphaDrop.facet, 6 / 7, 1e-6);
    // the same alpha as the complete-case cronbachAlpha of cohortStats
    assert.equal(facet.alpha, cohortStats([A, B, C]).facets['domain-mastery']!.alpha);
    assert.deepEqual(
      { items: facet.items, n: facet.n, complete: facet.complete, minPairN: facet.minPairN },
      { items: 4, n: 3, complete: 3, minPairN: 3 },
    );
    // item 4: keyed 5, 2, 3 → mean 10/3, SD √(7/3); one of three answers at the floor (none at 1)
    assert.deepEqual(
      { ...item(a, i4!), rDrop: undefined, alphaDrop: undefined },
      {
        id: i4,
        facet: 'domain-mastery',
        dimension: 'technical',
        n: 3,
        mean: 3.333333,
        sd: 1.527525,
        floor: 0,
        ceiling: 0.333333,
        missing: 0,
        rDrop: undefined,
        alphaDrop: undefined,
      },
    );
    assertPlainFinite(JSON.parse(JSON.stringify(a)));
  });

  it('handles missing answers pairwise: each covariance over the sets that answered both', () => {
    // D answers items 1 and 2 only (keyed 5, 5). Pairwise, item 1 has 4 answers (5 3 4 5: mean
    // 4.25, variance 2.75/3 = 11/12), item 2 has 4 (4 3 2 5: variance 5/3), c12 over 4 sets =
    // 2.5/3 = 5/6; every other entry is as above. trace = 11/12 + 5/3 + 1 + 7/3 = 71/12,
    // ΣC = 71/12 + 2 · (5/6 + 1 + 1.5 + .5 + 1 + 1.5) = 223/12; alpha = 4/3 · 152/223 = 608/669.
    // Listwise (complete sets only) it would stay 12/13.
    const D = facetOnly([5, 5, null, null]);
    const a = analyze([A, B, C, D]);
    const facet = a.facets['domain-mastery']!;
    near(facet.alpha, 608 / 669, 1e-6);
    assert.notEqual(facet.alpha, cohortStats([A, B, C, D]).facets['domain-mastery']!.alpha);
    assert.deepEqual([facet.complete, facet.minPairN], [3, 3]);
    assert.equal(item(a, i1!).n, 4);
    assert.equal(item(a, i3!).missing, 0.25);
    // D has 2 of 4 items: no facet score, so 3 valid scores
    assert.equal(facet.n, 3);
  });

  it('leaves an item without variance out of the alpha, as psych does, and says so', () => {
    // item 2 keyed 3 for everyone: alpha of items 1, 3, 4 (variances 1, 1, 7/3; c13 1, c14 1.5,
    // c34 1.5): ΣC = 13/3 + 8 = 37/3, alpha = 3/2 · (1 − 13/37) = 36/37
    const sets = [facetOnly([5, 3, 2, 5]), facetOnly([3, 3, 4, 2]), facetOnly([4, 3, 3, 3])];
    const a = analyze(sets);
    near(a.facets['domain-mastery']!.alpha, 36 / 37, 1e-6);
    assert.deepEqual(a.facets['domain-mastery']!.dropped, [i2]);
    assert.deepEqual(item(a, i2!).rDrop, { facet: null, dimension: null });
    assert.ok(a.warnings.some((w) => w.code === 'no-variance' && w.message.startsWith(i2!)));
  });

  it('is empty but well-formed for no sets', () => {
    const a = analyze([]);
    assert.equal(a.n, 0);
    assert.equal(a.form, 'self');
    assert.deepEqual(a.dimensions.technical, {
      items: 16,
      n: 0,
      alpha: null,
      mean: null,
      sd: null,
      complete: 0,
      minPairN: 0,
      dropped: a.dimensions.technical.dropped,
    });
    assert.deepEqual(a.norms.dimensions, {});
    assert.equal(a.psychometrics.suggested, null);
    assert.match(a.psychometrics.warning!, /no complete set/);
  });
});

/** A seeded cohort: a level per person and dimension, answers near it, some missing. */
function cohort(size: number, seed: number, missing = 0.05, items = instrument.items) {
  let s = seed >>> 0 || 1;
  const random = () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  return Array.from({ length: size }, (): ResponseSet => {
    const level = 1 + random() * 4;
    const answers: Record<string, Answer | null> = {};
    for (const it of items) {
      if (random() < missing) continue;
      const keyed = Math.max(1, Math.min(5, Math.round(level + (random() - 0.5) * 2))) as Answer;
      answers[it.id] = (it.reverse ? 6 - keyed : keyed) as Answer;
    }
    return {
      instrumentId: instrument.id,
      instrumentVersion: instrument.version,
      form: 'self',
      answers,
    };
  });
}

describe('analyze: properties', () => {
  it('gives alpha 1 and r.drop 1 for identical items', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 3, maxLength: 30 }),
        (levels) => {
          fc.pre(new Set(levels).size > 1);
          const sets = levels.map((level) =>
            responses((it) => (it.reverse ? 6 - level : level) as Answer),
          );
          const a = analyze(sets);
          for (const scale of [...Object.values(a.facets), ...Object.values(a.dimensions)])
            assert.equal(scale.alpha, 1);
          for (const it of a.items) assert.deepEqual(it.rDrop, { facet: 1, dimension: 1 });
        },
      ),
      { numRuns: 100 },
    );
  });

  it('gives a reverse-keyed item entered unreversed a negative r.drop', () => {
    const reversed = instrument.items.filter((it) => it.reverse);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 }),
        fc.constantFrom(...reversed.map((it) => it.id)),
        (seed, wrong) => {
          const sets = cohort(60, seed);
          // the instrument forgets that `wrong` is reverse-keyed
          const misKeyed: Instrument = {
            ...instrument,
            items: instrument.items.map((it) => (it.id === wrong ? { ...it, reverse: false } : it)),
          };
          const a = analyze(sets, { instrument: misKeyed });
          const bad = item(a, wrong);
          assert.ok(bad.rDrop.facet! < 0, `r.drop ${bad.rDrop.facet}`);
          assert.ok(bad.rDrop.dimension! < 0, `r.drop ${bad.rDrop.dimension}`);
          assert.ok(
            a.warnings.some((w) => w.code === 'negative-r-drop' && w.message.startsWith(wrong)),
          );
          // keyed right, the same item correlates positively
          assert.ok(item(analyze(sets), wrong).rDrop.facet! > 0);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('gives norms from which score() ranks every set as against the cohort itself', () => {
    const sets = cohort(150, 11, 0.1);
    const a = analyze(sets);
    const results = sets.map((set) => score(set));
    for (const set of sets.slice(0, 40)) {
      const ranked = score(set, { norms: a.norms });
      for (const kind of ['dimensions', 'facets'] as const)
        for (const [id, block] of Object.entries(ranked[kind])) {
          if (block.score === null) continue;
          // PR = 100 · (below + ½ · equal) / N over the cohort's valid scores
          const others = results
            .map((r) => (r[kind] as Record<string, { score: number | null }>)[id]!.score)
            .filter((x) => x !== null);
          const below = others.filter((x) => x < block.score!).length;
          const equal = others.filter((x) => x === block.score).length;
          const percentile = (
            ranked.percentiles![kind] as Record<string, { value: number; n: number }>
          )[id]!;
          near(percentile.value, (100 * (below + equal / 2)) / others.length, 1e-9);
          assert.equal(percentile.n, others.length);
        }
    }
    assert.equal(a.norms.group, 'this cohort (n = 150)');
  });

  it('agrees with cohortStats on n, mean and SD of scores, and on alpha without missing answers', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 }),
        fc.integer({ min: 2, max: 40 }),
        (seed, size) => {
          const sets = cohort(size, seed, 0.15);
          const a = analyze(sets);
          const stats = cohortStats(sets);
          for (const kind of ['dimensions', 'facets'] as const)
            for (const [id, s] of Object.entries(stats[kind])) {
              const mine = (
                a[kind] as Record<string, { n: number; mean: number | null; sd: number | null }>
              )[id]!;
              assert.equal(mine.n, s.n);
              assert.equal(mine.mean === null, s.mean === null);
              if (s.mean !== null) near(mine.mean, s.mean, 2e-6);
              if (s.sd !== null) near(mine.sd, s.sd, 2e-6);
            }
          const full = cohort(size, seed, 0);
          const alphas = cohortStats(full);
          const b = analyze(full);
          for (const [id, s] of Object.entries(alphas.facets))
            // psych (and analyze) leave an item without variance out; cronbachAlpha keeps it
            if (s.alpha !== null && !b.facets[id]!.dropped.length)
              near(b.facets[id]!.alpha, s.alpha, 2e-6);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('reads a result (its keyed items) as the response set it was scored from', () => {
    const sets = cohort(40, 5, 0.1);
    assert.deepEqual(analyze(sets.map((set) => score(set))), analyze(sets));
    // and a result file as the report downloads it
    const file = { format: 'leadership-3d-result', result: score(sets[0]!) };
    assert.deepEqual(analyze([untyped(file)]), analyze([sets[0]!]));
  });
});

describe('analyze: suggested psychometrics', () => {
  it('suggests measured reliabilities that score() accepts, with a warning below 100 sets', () => {
    const small = analyze(cohort(60, 3, 0));
    assert.equal(small.psychometrics.n, 60);
    assert.match(small.psychometrics.warning!, /60 complete sets.*at least 100/);
    const big = analyze(cohort(300, 3, 0.02));
    const { suggested, n, warning } = big.psychometrics;
    assert.equal(warning, null);
    assert.equal(n, big.complete);
    assert.ok(n >= 100 && n < 300);
    const dims = Object.values(big.dimensions);
    near(
      (suggested!.reliability as { dimension: number }).dimension,
      dims.reduce((x, d) => x + d.alpha!, 0) / 3,
      1e-6,
    );
    assert.equal(suggested!.measuredOn, n);
    const result = score(cohort(1, 9)[0]!, {
      instrument: { ...instrument, psychometrics: suggested! },
    });
    assert.equal(result.reliabilityAssumed, false);
  });

  it('gives normal norms (mean, SD, n) on request', () => {
    const a = analyze(cohort(50, 8), { normMethod: 'normal', group: 'Pilot 2026' });
    assert.equal(a.norms.group, 'Pilot 2026');
    const stat = a.norms.dimensions!.technical as { mean: number; sd: number; n: number };
    assert.deepEqual(stat, {
      mean: a.dimensions.technical.mean,
      sd: a.dimensions.technical.sd,
      n: a.dimensions.technical.n,
    });
    assert.equal(
      score(cohort(1, 2)[0]!, { norms: a.norms }).percentiles!.dimensions.technical!.method,
      'normal',
    );
  });
});

describe('analyze: input', () => {
  it('refuses sets of another instrument or form, naming the set and field', () => {
    assertScoringError(() => analyze(untyped(42)), 'invalid-input', []);
    assertScoringError(
      () => analyze([A, { ...B, instrumentVersion: '0.9' }]),
      'instrument-mismatch',
      [1, 'instrumentVersion'],
    );
    // the first set fixes the form
    assertScoringError(() => analyze([A, { ...B, form: 'observer' }]), 'invalid-input', [
      1,
      'form',
    ]);
    assertScoringError(() => analyze([A], { form: 'observer' }), 'invalid-input', [0, 'form']);
    const result = score(A);
    assertScoringError(
      () => analyze([{ ...result, items: { ...result.items, [i1!]: 7 } }]),
      'out-of-range',
      [0, 'items', i1!],
    );
    assertScoringError(() => analyze([], untyped({ normMethod: 'median' })), 'invalid-input', [
      'options',
      'normMethod',
    ]);
  });

  it('createAnalyzer: a bad set throws and is not counted; the analyzer stays usable', () => {
    const analyzer = createAnalyzer();
    analyzer.add(A);
    assertScoringError(
      () => analyzer.add(untyped({ ...B, answers: { [i1!]: 0 } })),
      'out-of-range',
      ['answers', i1!],
    );
    analyzer.add(B);
    analyzer.add(C);
    assert.deepEqual(analyzer.result(), analyze([A, B, C]));
  });
});
