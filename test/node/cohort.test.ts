import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cohortStats, cronbachAlpha, mean, sd } from '../../src/scoring/index.js';
import {
  assertPlainFinite,
  assertScoringError,
  byDimension,
  instrument,
  near,
  responses,
  untyped,
  withFacet,
} from './helpers.js';

// The keyed answers of three respondents to the 4 domain-mastery items (item 3 is reverse, so
// its raw answer is 6 − keyed):
//        i1 i2 i3 i4 | total
//   A     5  4  4  5 |  18
//   B     3  3  2  2 |  10
//   C     4  2  3  3 |  12
// item means 4, 3, 3, 10/3; sample variances
//   i1 (1 + 1 + 0)/2 = 1, i2 (1 + 0 + 1)/2 = 1, i3 (1 + 1 + 0)/2 = 1,
//   i4 ((5/3)² + (4/3)² + (1/3)²)/2 = (42/9)/2 = 7/3       → Σ item variances = 16/3
// totals mean 40/3; variance ((14/3)² + (10/3)² + (4/3)²)/2 = (312/9)/2 = 52/3
// alpha = k/(k − 1) · (1 − Σ var_i / var_total) = 4/3 · (1 − 16/52) = 4/3 · 36/52 = 12/13 = 0.923077
const MATRIX = [
  [5, 4, 4, 5],
  [3, 3, 2, 2],
  [4, 2, 3, 3],
];

const facetOnly = (raw: Parameters<typeof withFacet>[2]) =>
  withFacet(responses(), 'domain-mastery', raw);

describe('cronbachAlpha', () => {
  it('computes 12/13 for the hand-worked matrix', () => {
    near(cronbachAlpha(MATRIX), 12 / 13, 1e-12);
  });

  it('is null when undefined: no rows, one row, one item, no total variance', () => {
    assert.equal(cronbachAlpha([]), null);
    assert.equal(cronbachAlpha([[1, 2, 3]]), null);
    assert.equal(cronbachAlpha([[1], [2], [3]]), null);
    assert.equal(
      cronbachAlpha([
        [3, 3],
        [3, 3],
      ]),
      null,
    );
  });

  it('rejects what is not a complete numeric matrix, naming the cell', () => {
    assertScoringError(() => cronbachAlpha(untyped('rows')), 'invalid-input', []);
    assertScoringError(() => cronbachAlpha([[1, 2], [3]]), 'invalid-input', [1]);
    assertScoringError(() => cronbachAlpha([[1, NaN]]), 'invalid-input', [0, 1]);
    assertScoringError(
      () =>
        cronbachAlpha(
          untyped([
            [1, 2],
            [3, '4'],
          ]),
        ),
      'invalid-input',
      [1, 1],
    );
    assertScoringError(() => cronbachAlpha(untyped([null])), 'invalid-input', [0]);
  });
});

describe('mean and sd', () => {
  it('computes the mean, and null for no values', () => {
    assert.equal(mean([1, 2, 3, 4]), 2.5);
    assert.equal(mean([]), null);
  });

  it('computes the sample SD (n − 1), and null below two values', () => {
    // mean 5; squared deviations 9 1 1 1 0 0 4 16 = 32; √(32/7) = 2.1380899
    near(sd([2, 4, 4, 4, 5, 5, 7, 9]), Math.sqrt(32 / 7), 1e-12);
    near(sd([2, 4, 4, 4, 5, 5, 7, 9]), 2.1380899, 1e-7);
    assert.equal(sd([5]), null);
    assert.equal(sd([]), null);
  });
});

describe('cohortStats', () => {
  it('gives n, mean, SD and alpha per facet; alpha over complete cases only', () => {
    const cohort = [
      facetOnly([5, 4, 2, 5]), // A: keyed 5 4 4 5 → 4.5 → 87.5
      facetOnly([3, 3, 4, 2]), // B: keyed 3 3 2 2 → 2.5 → 37.5
      facetOnly([4, 2, 3, 3]), // C: keyed 4 2 3 3 → 3 → 50
      facetOnly([5, 5, null, 5]), // D: 3 of 4 → 100, valid but not a complete case
      responses(), // E: nothing answered
    ];
    const stats = cohortStats(cohort);
    assert.equal(stats.respondents, 5);
    // scores 87.5, 37.5, 50, 100 = 12.5 · (7, 3, 4, 8): mean 12.5 · 5.5 = 68.75
    // squared deviations (1.5² + 2.5² + 1.5² + 2.5²) = 17 → SD 12.5 · √(17/3) = 29.755952
    assert.deepEqual(stats.facets['domain-mastery'], {
      n: 4,
      mean: 68.75,
      sd: 29.755952,
      alpha: 0.923077,
    });
    assert.deepEqual(stats.facets['listening'], { n: 0, mean: null, sd: null, alpha: null });
    // nobody has 3 valid technical facets
    assert.deepEqual(stats.dimensions.technical, { n: 0, mean: null, sd: null, alpha: null });
    assert.deepEqual(
      Object.keys(stats.facets),
      instrument.facets.map((f) => f.id),
    );
    assertPlainFinite(stats);
  });

  it('gives dimension statistics over all the dimension items', () => {
    const stats = cohortStats([
      byDimension({ technical: [4, 2] }), // keyed 4 everywhere → 75
      byDimension({ technical: [5, 1] }), // keyed 5 → 100
      byDimension({ technical: [3, 3] }), // keyed 3 → 50
    ]);
    // mean 75; SD √((0 + 625 + 625)/2) = 25
    // alpha over 16 items: each item 4, 5, 3 → variance 1, Σ = 16; totals 64, 80, 48 →
    // variance (0 + 256 + 256)/2 = 256; 16/15 · (1 − 16/256) = 16/15 · 15/16 = 1
    assert.deepEqual(stats.dimensions.technical, { n: 3, mean: 75, sd: 25, alpha: 1 });
    // one facet: 4 items of variance 1; totals 16, 20, 12 → variance 16; 4/3 · (1 − 4/16) = 1
    assert.deepEqual(stats.facets['judgement'], { n: 3, mean: 75, sd: 25, alpha: 1 });
    assert.deepEqual(stats.dimensions.relational, { n: 0, mean: null, sd: null, alpha: null });
  });

  it(
    'gives an alpha of exactly 0 (not -0) when item variances add up to the total variance',
    {},
    () => {
      // keyed domain-mastery answers [1, 4, 3, 5] and [3, 4, 5, 4] (item 3 raw = 6 − keyed)
      // item variances (n − 1 = 1): 2, 0, 2, 0.5 → Σ 4.5; totals 13 and 16 → variance 4.5
      // alpha = 4/3 · (1 − 4.5/4.5) = 0
      const stats = cohortStats([facetOnly([1, 4, 3, 5]), facetOnly([3, 4, 1, 4])]);
      assert.equal(stats.facets['domain-mastery']!.alpha, 0);
      assert.deepEqual(JSON.parse(JSON.stringify(stats)), stats);
    },
  );

  it('has one score but no SD or alpha for a single respondent', () => {
    const stats = cohortStats([byDimension({ technical: [4, 2] })]);
    assert.deepEqual(stats.dimensions.technical, { n: 1, mean: 75, sd: null, alpha: null });
  });

  it('handles an empty cohort', () => {
    const stats = cohortStats([]);
    assert.equal(stats.respondents, 0);
    assert.deepEqual(stats.dimensions.business, { n: 0, mean: null, sd: null, alpha: null });
  });

  it('rejects bad input, naming the respondent', () => {
    assertScoringError(() => cohortStats(untyped({})), 'invalid-input', []);
    const bad = [responses(() => 3), responses(() => 3), responses(() => 3)];
    bad[2]!.answers['listening-1'] = untyped(9);
    assertScoringError(() => cohortStats(bad), 'out-of-range', [2, 'answers', 'listening-1']);
    assertScoringError(
      () => cohortStats([responses(), { ...responses(), instrumentVersion: '0.9.0' }]),
      'instrument-mismatch',
      [1, 'instrumentVersion'],
    );
    assertScoringError(() => cohortStats([untyped(42)]), 'invalid-input', [0]);
    assertScoringError(() => cohortStats([], untyped(null)), 'invalid-input', ['options']);
  });
});
