import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  EXPERT_FACET_FLOOR,
  FLAG_RULES,
  LEADING_MARGIN,
  STAGE_CUTS,
  percentiles,
  score,
  stageFor,
  type Result,
  type Answer,
  type Norms,
  type ResponseSet,
} from '../../src/scoring/index.js';
import { spearmanBrown } from '../../src/scoring/plan.js';
import { MAX_LISTED, STRENGTH_SCORE, strengthsAndGrowth } from '../../src/scoring/score.js';
import { profileFor, WITHHOLDING_FLAGS } from '../../src/scoring/stages.js';
import {
  answerCustom,
  assertScoringError,
  byDimension,
  instrument,
  makeInstrument,
  near,
  repeat,
  responses,
  withFacet,
  withFacets,
} from './helpers.js';

// Built-in instrument, dimension: SEM = 15 · √(1 − .85) = 15 · 0.3872983 = 5.8094750 POMP points;
// half-width of the 90 % band = 1.645 · 5.8094750 = 9.5565864.
// Facet: reliability by Spearman–Brown with k = 4/16 items: .25 · .85 / (1 − .75 · .85) = 17/29
// = .5862069; SEM = 15 · √(12/29) = 9.6490128; half-width 1.645 · 9.6490128 = 15.8726261.
// Reverse-keyed item of each built-in facet (position within the facet, 1-based):
//   domain-mastery 3 · judgement 1 · keeping-current 4 · sharing-expertise 2
//   credibility 2 · listening 4 · influence 1 · feedback 3
//   acumen 4 · customer 2 · partnership 3 · change 1

const FACET_IDS = [
  'domain-mastery',
  'judgement',
  'keeping-current',
  'sharing-expertise',
  'credibility',
  'listening',
  'influence',
  'feedback',
  'acumen',
  'customer',
  'partnership',
  'change',
];

/** Built-in answers, 4 on every item: positive items count 4, reverse items 6 − 4 = 2. */
const allFours = (): ResponseSet => responses(() => 4);

/** A custom instrument with one 25-item facet per dimension: POMP = 100 · (sum/25 − 1)/4 = sum − 25. */
const grid = makeInstrument([
  { id: 't', dimension: 'technical', items: 25 },
  { id: 'r', dimension: 'relational', items: 25 },
  { id: 'b', dimension: 'business', items: 25 },
]);
const gridScore = (t: Answer[], r: Answer[], b: Answer[]) =>
  score(answerCustom(grid, { t, r, b }), { instrument: grid });

describe('score: facets', () => {
  it('scores every facet 62.5 when all items are answered 4 (reverse items count 2)', () => {
    const result = score(allFours());
    // (4 + 4 + 4 + (6 − 4)) / 4 = 3.5 → POMP 100 · (3.5 − 1) / 4 = 62.5
    // facet reliability by Spearman–Brown, k = 4/16: .25 · .85 / (1 − .75 · .85) = 17/29
    // SEM 15 · √(12/29) = 9.649013; band 62.5 ± 1.645 · 9.649013 = 62.5 ± 15.872626
    assert.deepEqual(Object.keys(result.facets), FACET_IDS);
    for (const id of FACET_IDS) {
      const facet = result.facets[id]!;
      assert.equal(facet.score, 62.5, id);
      assert.deepEqual(facet.band, [46.627374, 78.372626], id);
      assert.equal(facet.answered, 4, id);
      assert.equal('reason' in facet, false, id);
    }
    assert.equal(result.facets['listening']!.dimension, 'relational');
    assert.equal(result.facets['change']!.dimension, 'business');
  });

  it('reverse-keys: a reverse item answered 1 counts as 5, answered 5 counts as 1', () => {
    // domain-mastery-3 is reverse-keyed
    const up = score(withFacet(responses(), 'domain-mastery', [5, 5, 1, 5]));
    // keyed 5, 5, 6 − 1 = 5, 5 → mean 5 → POMP 100
    assert.equal(up.facets['domain-mastery']!.score, 100);
    const down = score(withFacet(responses(), 'domain-mastery', [5, 5, 5, 5]));
    // keyed 5, 5, 6 − 5 = 1, 5 → mean 16/4 = 4 → POMP 100 · 3/4 = 75
    assert.equal(down.facets['domain-mastery']!.score, 75);
  });

  it('is valid with exactly 3 of 4 items answered', () => {
    const result = score(withFacet(responses(), 'domain-mastery', [5, 4, null, 3]));
    // (5 + 4 + 3) / 3 = 4 → POMP 75; band 75 ± 15.872626 = [59.127374, 90.872626]
    assert.deepEqual(result.facets['domain-mastery'], {
      score: 75,
      band: [59.127374, 90.872626],
      answered: 3,
      dimension: 'technical',
    });
    // with the reverse item (domain-mastery-3) among the three answered
    const withReverse = score(withFacet(responses(), 'domain-mastery', [null, 4, 2, 3]));
    // keyed 4, 6 − 2 = 4, 3 → 11/3 = 3.6666667 → POMP 100 · 2.6666667 / 4 = 66.666667 (6 dp)
    assert.equal(withReverse.facets['domain-mastery']!.score, 66.666667);
    // 66.666667 ± 15.872626
    assert.deepEqual(withReverse.facets['domain-mastery']!.band, [50.794041, 82.539293]);
  });

  it('is null with reason too-few-items with 2 of 4 answered (null and absent both missing)', () => {
    const result = score(withFacet(responses(), 'domain-mastery', [5, undefined, null, 5]));
    assert.deepEqual(result.facets['domain-mastery'], {
      score: null,
      band: null,
      answered: 2,
      reason: 'too-few-items',
      dimension: 'technical',
    });
  });

  it('clips the band at 0 and at 100', () => {
    const low = score(withFacet(responses(), 'domain-mastery', [1, 1, 5, 1]));
    // keyed 1, 1, 1, 1 → POMP 0; band [0 − 15.872626 → 0, 15.872626]
    assert.equal(low.facets['domain-mastery']!.score, 0);
    assert.deepEqual(low.facets['domain-mastery']!.band, [0, 15.872626]);
    const high = score(withFacet(responses(), 'domain-mastery', [5, 5, 1, 5]));
    // POMP 100; band [84.127374, 100 + 15.872626 → 100]
    assert.deepEqual(high.facets['domain-mastery']!.band, [84.127374, 100]);
  });
});

describe('score: dimensions', () => {
  const technical = withFacets(responses(), {
    'domain-mastery': [5, 5, 1, 5], // keyed 5 5 5 5 → 100
    judgement: [2, 4, 4, 4], // keyed 4 4 4 4 → 75
    'keeping-current': [3, 3, 3, 3], // keyed 3 3 3 3 → 50
    'sharing-expertise': [2, 4, 2, 2], // keyed 2 2 2 2 → 25
  });

  it('is the mean of its 4 facet scores', () => {
    const result = score(technical);
    // (100 + 75 + 50 + 25) / 4 = 62.5; band [52.943414, 72.056586] crosses 55 and 70
    assert.deepEqual(result.dimensions.technical, {
      score: 62.5,
      band: [52.943414, 72.056586],
      answered: 16,
      stage: { id: 'competent', between: ['advanced-beginner', 'proficient'] },
    });
  });

  it('is valid with exactly 3 of 4 facets valid (mean of the valid ones)', () => {
    const result = score(withFacet(technical, 'sharing-expertise', [2, null, null, 2]));
    // (100 + 75 + 50) / 3 = 75; answered 4 + 4 + 4 + 2 = 14; band [65.443414, 84.556586]
    assert.deepEqual(result.dimensions.technical, {
      score: 75,
      band: [65.443414, 84.556586],
      answered: 14,
      stage: { id: 'proficient', between: ['competent', 'proficient'] },
    });
  });

  it('is null with reason too-few-facets with 2 of 4 facets valid', () => {
    const result = score(
      withFacets(technical, {
        'keeping-current': [3, 3, null, null],
        'sharing-expertise': [2, null, null, 2],
      }),
    );
    // answered 4 + 4 + 2 + 2 = 12
    assert.deepEqual(result.dimensions.technical, {
      score: null,
      band: null,
      answered: 12,
      reason: 'too-few-facets',
      stage: null,
    });
  });

  it('is all null when nothing is answered (absent or explicitly null)', () => {
    for (const set of [responses(), responses(() => null)]) {
      const result = score(set);
      for (const id of FACET_IDS)
        assert.deepEqual(result.facets[id], {
          score: null,
          band: null,
          answered: 0,
          reason: 'too-few-items',
          dimension: result.facets[id]!.dimension,
        });
      for (const d of ['technical', 'relational', 'business'] as const)
        assert.deepEqual(result.dimensions[d], {
          score: null,
          band: null,
          answered: 0,
          reason: 'too-few-facets',
          stage: null,
        });
      assert.deepEqual(result.profile, {
        archetype: null,
        reason: 'too-few-dimensions',
        leading: [],
      });
      assert.deepEqual(Object.values(result.items), Array(48).fill(null));
      assert.deepEqual(result.strengths, []);
      assert.deepEqual(result.growthAreas, []);
      assert.deepEqual(result.flags, []);
    }
  });
});

describe('score: stages', () => {
  it('exports the cuts 40 / 55 / 70 / 85 and the expert facet floor 75', () => {
    assert.deepEqual(STAGE_CUTS, [40, 55, 70, 85]);
    assert.equal(EXPERT_FACET_FLOOR, 75);
  });

  it('stageFor puts a score exactly on a cut in the higher stage', () => {
    assert.equal(stageFor(0), 'novice');
    assert.equal(stageFor(39.999999), 'novice');
    assert.equal(stageFor(40), 'advanced-beginner');
    assert.equal(stageFor(54.999999), 'advanced-beginner');
    assert.equal(stageFor(55), 'competent');
    assert.equal(stageFor(69.999999), 'competent');
    assert.equal(stageFor(70), 'proficient');
    assert.equal(stageFor(84.999999), 'proficient');
    assert.equal(stageFor(85), 'expert');
    assert.equal(stageFor(100), 'expert');
    assert.equal(stageFor(100, false), 'proficient');
  });

  // 25-item facets: POMP = sum − 25. Each band is score ± 9.556586, so it crosses the cut.
  const cases: [string, Answer[], number, [number, number], string, [string, string]][] = [
    // 15·3 + 10·2 = 65 → 40
    [
      '40',
      repeat({ 3: 15, 2: 10 }),
      40,
      [30.443414, 49.556586],
      'advanced-beginner',
      ['novice', 'advanced-beginner'],
    ],
    // 14·3 + 11·2 = 64 → 39
    [
      '39',
      repeat({ 3: 14, 2: 11 }),
      39,
      [29.443414, 48.556586],
      'novice',
      ['novice', 'advanced-beginner'],
    ],
    // 5·4 + 20·3 = 80 → 55
    [
      '55',
      repeat({ 4: 5, 3: 20 }),
      55,
      [45.443414, 64.556586],
      'competent',
      ['advanced-beginner', 'competent'],
    ],
    // 20·4 + 5·3 = 95 → 70
    [
      '70',
      repeat({ 4: 20, 3: 5 }),
      70,
      [60.443414, 79.556586],
      'proficient',
      ['competent', 'proficient'],
    ],
    // 10·5 + 15·4 = 110 → 85 (the only facet is ≥ 75, so the floor is met)
    [
      '85',
      repeat({ 5: 10, 4: 15 }),
      85,
      [75.443414, 94.556586],
      'expert',
      ['proficient', 'expert'],
    ],
  ];
  for (const [name, answers, expected, band, stage, between] of cases)
    it(`a dimension score of exactly ${name} gets stage ${stage}, between ${between.join(' and ')}`, () => {
      const result = gridScore(answers, repeat({ 3: 25 }), repeat({ 3: 25 }));
      assert.deepEqual(result.dimensions.technical, {
        score: expected,
        band,
        answered: 25,
        stage: { id: stage, between },
      });
    });

  it('has no "between" when the band stays inside one stage', () => {
    // all positive 1, reverse 5 → 0, band [0, 9.556586]: novice only
    const low = score(responses((item) => (item.reverse ? 5 : 1)));
    assert.deepEqual(low.dimensions.technical.stage, { id: 'novice', between: null });
    // all positive 5, reverse 1 → every facet 100, band [90.443414, 100]: expert only
    const high = score(responses((item) => (item.reverse ? 1 : 5)));
    assert.deepEqual(high.dimensions.technical.band, [90.443414, 100]);
    assert.deepEqual(high.dimensions.technical.stage, { id: 'expert', between: null });
  });

  const topTechnical = {
    'domain-mastery': [5, 5, 1, 5], // 100
    judgement: [1, 5, 5, 5], // 100
    'keeping-current': [5, 5, 5, 1], // 100
  } as const;

  it('caps a mean ≥ 85 at proficient when one facet is below 75, also at the band ends', () => {
    const result = score(
      withFacets(responses(), { ...topTechnical, 'sharing-expertise': [4, 2, 4, 3] }),
    );
    // sharing-expertise keyed 4, 4, 4, 3 → 3.75 → 68.75 < 75
    // (100 + 100 + 100 + 68.75) / 4 = 92.1875; band [82.630914, 100]: both ends proficient
    assert.deepEqual(result.dimensions.technical, {
      score: 92.1875,
      band: [82.630914, 100],
      answered: 16,
      stage: { id: 'proficient', between: null },
    });
  });

  it('gives expert when every facet is at least 75 (floor exactly 75)', () => {
    const result = score(
      withFacets(responses(), { ...topTechnical, 'sharing-expertise': [4, 2, 4, 4] }),
    );
    // sharing-expertise keyed 4, 4, 4, 4 → 75; (300 + 75) / 4 = 93.75; band [84.193414, 100]
    assert.deepEqual(result.dimensions.technical, {
      score: 93.75,
      band: [84.193414, 100],
      answered: 16,
      stage: { id: 'expert', between: ['proficient', 'expert'] },
    });
  });

  it('caps at proficient when a facet is not valid, even with a mean of 100', () => {
    const result = score(
      withFacets(responses(), { ...topTechnical, 'sharing-expertise': [5, null, null, 5] }),
    );
    // (100 + 100 + 100) / 3 = 100; band [90.443414, 100]; sharing-expertise has no score
    assert.equal(result.dimensions.technical.score, 100);
    assert.deepEqual(result.dimensions.technical.stage, { id: 'proficient', between: null });
  });
});

describe('score: profile', () => {
  // raw [positive, reverse]: (4, 2) → keyed 4 → 75; (3, 3) → 50; (4, 3) → (12 + 3)/4 = 3.75 → 68.75
  const cases = [
    [
      'technical-anchor',
      { technical: [4, 2], relational: [3, 3], business: [3, 3] },
      ['technical'],
    ],
    ['connector', { technical: [3, 3], relational: [4, 2], business: [3, 3] }, ['relational']],
    [
      'commercial-thinker',
      { technical: [3, 3], relational: [3, 3], business: [4, 2] },
      ['business'],
    ],
    [
      'trusted-expert',
      { technical: [4, 2], relational: [4, 2], business: [3, 3] },
      ['technical', 'relational'],
    ],
    [
      'expert-operator',
      { technical: [4, 2], relational: [3, 3], business: [4, 2] },
      ['technical', 'business'],
    ],
    [
      'emerging-strategic-leader',
      { technical: [3, 3], relational: [4, 2], business: [4, 2] },
      ['relational', 'business'],
    ],
    // 62.5, (3 + 3 + 3 + 4)/4 = 3.25 → 56.25, 62.5: all within 8 of the highest; mean 60.4 < 70
    [
      'broad-foundation',
      { technical: [4, 4], relational: [3, 2], business: [4, 4] },
      ['technical', 'relational', 'business'],
    ],
    // 75, 75, 75: mean 75 ≥ 70
    [
      '3d-leader',
      { technical: [4, 2], relational: [4, 2], business: [4, 2] },
      ['technical', 'relational', 'business'],
    ],
    // 75 and 68.75 are 6.25 apart (≤ 8); 50 is 25 below
    [
      'trusted-expert',
      { technical: [4, 2], relational: [4, 3], business: [3, 3] },
      ['technical', 'relational'],
    ],
  ] as const;
  for (const [archetype, raw, leading] of cases)
    it(`${archetype}: leading ${leading.join(' + ')} (${JSON.stringify(raw)})`, () => {
      const result = score(byDimension(raw));
      // none of these answer patterns raises a flag that would withhold the archetype
      assert.deepEqual(result.flags, []);
      assert.deepEqual(result.profile, { archetype, leading: [...leading] });
    });

  // The rules of the margin and the 70 cut, on dimension scores alone: the 25-item facets of
  // `grid` give exact scores but runs of identical answers, which would withhold the archetype.
  const profileOf = (result: Result) => profileFor(result.dimensions);

  it('counts a dimension exactly 8 points below the highest as leading, 9 below not', () => {
    assert.equal(LEADING_MARGIN, 8);
    // 25-item facets: 25·4 = 100 → 75; 17·4 + 8·3 = 92 → 67; 16·4 + 9·3 = 91 → 66; 25·3 → 50
    const at8 = gridScore(repeat({ 4: 25 }), repeat({ 4: 17, 3: 8 }), repeat({ 3: 25 }));
    assert.equal(at8.dimensions.relational.score, 67);
    assert.deepEqual(profileOf(at8), {
      archetype: 'trusted-expert',
      leading: ['technical', 'relational'],
    });
    const at9 = gridScore(repeat({ 4: 25 }), repeat({ 4: 16, 3: 9 }), repeat({ 3: 25 }));
    assert.equal(at9.dimensions.relational.score, 66);
    assert.deepEqual(profileOf(at9), { archetype: 'technical-anchor', leading: ['technical'] });
  });

  it('counts a dimension 8.000001 points below the highest as not leading', () => {
    const inst = makeInstrument([
      { id: 't1', dimension: 'technical', items: 19 },
      { id: 't2', dimension: 'technical', items: 23 },
      { id: 'r1', dimension: 'relational', items: 33 },
      { id: 'r2', dimension: 'relational', items: 34 },
      { id: 'b1', dimension: 'business', items: 1 },
    ]);
    const result = score(
      answerCustom(inst, {
        t1: repeat({ 2: 4, 1: 15 }), // sum 23: 100 · (23/19 − 1)/4 = 100/19 = 5.263158
        t2: repeat({ 5: 19, 4: 4 }), // sum 111: 100 · (111/23 − 1)/4 = 2200/23 = 95.652174
        r1: repeat({ 2: 16, 1: 17 }), // sum 49: 100 · (49/33 − 1)/4 = 400/33 = 12.121212
        r2: repeat({ 4: 31, 3: 3 }), // sum 133: 100 · (133/34 − 1)/4 = 2475/34 = 72.794118
        b1: [1], // 0
      }),
      { instrument: inst },
    );
    // technical (5.263158 + 95.652174)/2 = 50.457666; relational (12.121212 + 72.794118)/2
    // = 42.457665; 50.457666 − 42.457665 = 8.000001 > 8
    assert.equal(result.dimensions.technical.score, 50.457666);
    assert.equal(result.dimensions.relational.score, 42.457665);
    assert.equal(result.dimensions.business.score, 0);
    assert.deepEqual(profileOf(result), { archetype: 'technical-anchor', leading: ['technical'] });
  });

  it('is 3d-leader at a mean of exactly 70, broad-foundation just below', () => {
    const seventy = repeat({ 4: 20, 3: 5 }); // 95 → 70
    const at70 = gridScore(seventy, seventy, seventy);
    assert.equal(profileOf(at70).archetype, '3d-leader');
    // 70, 70, 69 (19·4 + 6·3 = 94): mean 209/3 = 69.67 < 70
    const below = gridScore(seventy, seventy, repeat({ 4: 19, 3: 6 }));
    assert.deepEqual(profileOf(below), {
      archetype: 'broad-foundation',
      leading: ['technical', 'relational', 'business'],
    });
  });

  it('has no archetype unless all three dimensions are valid', () => {
    const result = score(byDimension({ technical: [4, 2], relational: [4, 2] }));
    assert.equal(result.dimensions.business.score, null);
    assert.deepEqual(result.profile, {
      archetype: null,
      reason: 'too-few-dimensions',
      leading: ['technical', 'relational'],
    });
  });

  it('withholds the archetype when acquiescence, a long run or low variability is flagged', () => {
    // raw 5 everywhere: keyed 5, 5, 5, 1 → 75 in every facet and dimension, which would be a
    // 3D leader; the answers raise long-run (48), low-variability (SD 0) and acquiescence (5)
    const allFives = score(responses(() => 5));
    assert.equal(allFives.dimensions.technical.score, 75);
    assert.deepEqual(
      allFives.flags.map((f) => f.code),
      ['long-run', 'low-variability', 'acquiescence'],
    );
    assert.deepEqual(allFives.profile, {
      archetype: null,
      reason: 'response-quality',
      leading: ['technical', 'relational', 'business'],
    });
    // each withholding flag alone is enough
    const dimensions = allFives.dimensions;
    for (const code of WITHHOLDING_FLAGS)
      assert.deepEqual(profileFor(dimensions, [{ code, value: 0, threshold: 0 }]), {
        archetype: null,
        reason: 'response-quality',
        leading: ['technical', 'relational', 'business'],
      });
    assert.deepEqual([...WITHHOLDING_FLAGS].sort(), [
      'acquiescence',
      'long-run',
      'low-variability',
    ]);
    // answering fast says nothing about what the answers describe: the archetype stays
    assert.deepEqual(profileFor(dimensions, [{ code: 'too-fast', value: 900, threshold: 2000 }]), {
      archetype: '3d-leader',
      leading: ['technical', 'relational', 'business'],
    });
  });
});

describe('score: strengths and growth areas', () => {
  // facet SEM 9.649013 (see the top of this file): a strength scores ≥ 70 or ≥ mean + 9.649013

  it('finds no strengths and no growth areas in a flat profile, whatever the order', () => {
    const result = score(allFours());
    // every facet 62.5: below 70 and below 62.5 + 9.649013; the lowest are twelve tied facets,
    // so picking three of them would be picking by instrument order
    assert.deepEqual(result.strengths, []);
    assert.deepEqual(result.growthAreas, []);
  });

  it('finds no strengths in an all-low profile', () => {
    // keyed 1 everywhere but two facets at keyed 1, 1, 1, 2 → 6.25: mean 12.5/12 = 1.041667;
    // cut min(70, 1.041667 + 9.649013) = 10.69: nothing qualifies, 6.25 included
    const result = score(
      withFacets(
        responses((item) => (item.reverse ? 5 : 1)),
        {
          acumen: [1, 1, 1, 4], // acumen-4 reverse: 6 − 4 = 2
          listening: [2, 1, 1, 5],
        },
      ),
    );
    assert.equal(result.facets['acumen']!.score, 6.25);
    assert.equal(result.facets['domain-mastery']!.score, 0);
    assert.deepEqual(result.strengths, []);
    // the lowest: ten facets tied at 0, so none is singled out
    assert.deepEqual(result.growthAreas, []);
  });

  it('earns a strength at 70 and above, or at the own mean + 1 facet SEM', () => {
    const base = byDimension({ technical: [3, 3], relational: [3, 3], business: [3, 3] });
    // one facet at 75, the other eleven at 50: mean 52.083333, cut min(70, 61.732346) = 61.73
    const one = score(withFacet(base, 'listening', [4, 4, 4, 2]));
    assert.equal(one.facets['listening']!.score, 75);
    assert.deepEqual(one.strengths, ['listening']);
    // one facet at 62.5 (keyed 4, 4, 3, 3 → 3.5): mean 51.041667, cut 60.690680 → earned
    const relative = score(withFacet(base, 'listening', [4, 4, 3, 3]));
    assert.equal(relative.facets['listening']!.score, 62.5);
    assert.deepEqual(relative.strengths, ['listening']);
    // one facet at 56.25 (3.25): mean 50.520833, cut 60.169846 → not earned, though highest
    const short = score(withFacet(base, 'listening', [4, 3, 3, 3]));
    assert.equal(short.facets['listening']!.score, 56.25);
    assert.deepEqual(short.strengths, []);
  });

  it('keeps facets tied at the cut all in or all out, never split by instrument order', () => {
    const result = score(
      withFacets(byDimension({ technical: [3, 3], relational: [3, 3], business: [3, 3] }), {
        'domain-mastery': [5, 5, 1, 5], // 100
        listening: [5, 5, 4, 2], // keyed 5 5 4 4 → 4.5 → 87.5
        acumen: [5, 5, 4, 2], // 87.5
        change: [2, 5, 5, 4], // keyed 4 5 5 4 → 87.5
        judgement: [5, 1, 1, 1], // keyed 1 1 1 1 → 0
        feedback: [1, 1, 4, 2], // keyed 1 1 2 2 → 1.5 → 12.5
        customer: [1, 5, 2, 2], // keyed 1 1 2 2 → 12.5
        partnership: [1, 1, 4, 2], // 12.5
      }),
    );
    // strengths: 100, then three facets tied at 87.5 for the last two places → all three out
    assert.equal(result.facets['change']!.score, 87.5);
    assert.deepEqual(result.strengths, ['domain-mastery']);
    // growth: 0, then three tied at 12.5 for two places → all out
    assert.equal(result.facets['partnership']!.score, 12.5);
    assert.deepEqual(result.growthAreas, ['judgement']);

    // with change at 75 instead, the two tied at 87.5 fit: both in
    const fits = score(
      withFacets(byDimension({ technical: [3, 3], relational: [3, 3], business: [3, 3] }), {
        'domain-mastery': [5, 5, 1, 5], // 100
        listening: [5, 5, 4, 2], // 87.5
        acumen: [5, 5, 4, 2], // 87.5
        change: [2, 4, 4, 4], // keyed 4 4 4 4 → 75
        judgement: [5, 1, 1, 1], // 0
        feedback: [1, 1, 4, 2], // 12.5
        customer: [1, 5, 1, 1], // keyed 1 1 1 1 → 0
      }),
    );
    assert.deepEqual(fits.strengths, ['domain-mastery', 'listening', 'acumen']);
    // growth: two tied at 0 and one at 12.5 fill the three places exactly
    assert.deepEqual(fits.growthAreas, ['judgement', 'customer', 'feedback']);
  });

  it('never lists a strength as a growth area, and skips invalid facets', () => {
    const result = score(
      withFacets(responses(), {
        'domain-mastery': [5, 5, 1, 5], // 100
        judgement: [2, 4, 4, 4], // 75
        'keeping-current': [3, 3, 3, 3], // 50
        'sharing-expertise': [2, 4, 2, 2], // 25
        listening: [1, 1, null, null], // invalid
      }),
    );
    // mean 62.5; cut min(70, 72.149013) = 70: 100 and 75 are strengths
    assert.deepEqual(result.strengths, ['domain-mastery', 'judgement']);
    assert.deepEqual(result.growthAreas, ['sharing-expertise', 'keeping-current']);
  });

  it('uses the same rule as strengthsAndGrowth on facet positions', () => {
    assert.equal(MAX_LISTED, 3);
    assert.equal(STRENGTH_SCORE, 70);
    // 90 ≥ 70; 60 ≥ mean 45 + 10; 50 < 55
    const none = { listed: [], tied: [] };
    assert.deepEqual(strengthsAndGrowth([90, 60, 50, 20, 5, null], 10), {
      strengths: { listed: [0, 1], tied: [] },
      growthAreas: { listed: [4, 3, 2], tied: [] },
    });
    // nothing valid
    assert.deepEqual(strengthsAndGrowth([null, null], 10), { strengths: none, growthAreas: none });
    // four tied at 87.5 for two places: all out, and named as tied; mean 85.4, cut 70
    assert.deepEqual(strengthsAndGrowth([100, 87.5, 87.5, 87.5, 87.5, 50], 9.65).strengths, {
      listed: [0],
      tied: [1, 2, 3, 4],
    });
    // four tied at the top: none listed, all four named
    assert.deepEqual(strengthsAndGrowth([90, 90, 90, 90, 40, 30], 9.65).strengths, {
      listed: [],
      tied: [0, 1, 2, 3],
    });
    // earned strengths left out by a tie are never growth areas (100, then three at 93.75)
    assert.deepEqual(strengthsAndGrowth([100, 93.75, 93.75, 93.75], 9.65), {
      strengths: { listed: [0], tied: [1, 2, 3] },
      growthAreas: none,
    });
    // exactly three tied at the top fit: all in, none tied out
    assert.deepEqual(strengthsAndGrowth([90, 90, 90, 40, 30], 9.65).strengths, {
      listed: [0, 1, 2],
      tied: [],
    });
  });
});

describe('score: quality flags', () => {
  /** Cycles 1, 2, 4, 5 (never 3): runs of 1, SD well above 0.5, mean 3. */
  const varied = (i: number): Answer => ([1, 2, 4, 5] as const)[i % 4]!;

  it('has the thresholds of the decisions', () => {
    assert.deepEqual(
      { ...FLAG_RULES },
      {
        longRun: 12,
        lowVariability: 0.5,
        acquiescence: 4,
        tooFast: 2000,
        minimumAnswers: 12,
      },
    );
  });

  it('has no flags for varied answers', () => {
    assert.deepEqual(score(responses((_, i) => varied(i))).flags, []);
  });

  it('flags a run of exactly 12 identical answers, not 11', () => {
    const run12 = score(responses((_, i) => (i < 12 ? 3 : varied(i))));
    // items 0–11 are 3, item 12 is varied(12) = 1
    assert.deepEqual(run12.flags, [{ code: 'long-run', value: 12, threshold: 12 }]);
    const run11 = score(responses((_, i) => (i < 11 ? 3 : varied(i))));
    // item 11 is varied(11) = 5
    assert.deepEqual(run11.flags, []);
  });

  it('counts runs in instrument order, and a missing answer breaks a run', () => {
    const run13 = score(responses((_, i) => (i < 13 ? 3 : varied(i))));
    // items 0–12 are 3; item 13 is varied(13) = 2
    assert.deepEqual(run13.flags, [{ code: 'long-run', value: 13, threshold: 12 }]);
    const broken = score(responses((_, i) => (i === 6 ? null : i < 13 ? 3 : varied(i))));
    // runs of 6 (items 0–5) and 6 (items 7–12)
    assert.deepEqual(broken.flags, []);
  });

  it('flags low variability below an SD of 0.5, not at exactly 0.5', () => {
    const at = score(responses((_, i) => (i < 12 ? (i % 2 ? 4 : 3) : undefined)));
    // six 3s and six 4s: mean 3.5, every deviation ±0.5 → population SD exactly 0.5
    assert.deepEqual(at.flags, []);
    const seven3 = [3, 4, 3, 4, 3, 4, 3, 4, 3, 4, 3, 3] as const;
    const past = score(responses((_, i) => seven3[i]));
    // seven 3s and five 4s: variance (7/12)(5/12) = 35/144 → SD √35/12 = 0.4930066
    assert.equal(past.flags.length, 1);
    assert.equal(past.flags[0]!.code, 'low-variability');
    near(past.flags[0]!.value, 0.4930066485916347, 1e-12);
    assert.equal(past.flags[0]!.threshold, 0.5);
  });

  it('judges variability only with at least 12 answers', () => {
    // answers at every other item, so missing answers break every run
    const eleven = score(responses((_, i) => (i % 2 === 0 && i < 22 ? 3 : undefined)));
    assert.deepEqual(eleven.flags, []);
    const twelve = score(responses((_, i) => (i % 2 === 0 && i < 24 ? 3 : undefined)));
    // twelve 3s: SD 0; mean 3 < 4.25
    assert.deepEqual(twelve.flags, [{ code: 'low-variability', value: 0, threshold: 0.5 }]);
  });

  /**
   * Answers forward-keyed items by cycling through `forward`, and reverse-keyed items by
   * cycling through `reverse`, each list counted over its own kind of item.
   */
  const keyed = (forward: readonly Answer[], reverse: readonly Answer[]) => {
    const seen = [0, 0];
    return responses((item) => {
      const k = item.reverse ? 1 : 0;
      const list = item.reverse ? reverse : forward;
      return list[seen[k]!++ % list.length];
    });
  };

  it('does not flag 5 to every behaviour and 2 to every opposite one (index 3.5)', () => {
    const result = score(keyed([5], [2]));
    // the old rule (mean raw answer (36·5 + 12·2)/48 = 4.25 ≥ 4.25) flagged this
    assert.deepEqual(result.flags, []);
  });

  it('flags "often" to everything: index ½ · (4 + 4) = 4', () => {
    const flags = score(responses(() => 4)).flags;
    assert.deepEqual(
      flags.find((f) => f.code === 'acquiescence'),
      { code: 'acquiescence', value: 4, threshold: 4 },
    );
  });

  it('flags the balanced index at exactly 4, not at 3.958', () => {
    // forward 4, 5, 4, 5 … (36 items, mean 4.5); reverse 3, 4, … (12 items, mean 3.5)
    // index ½ · (4.5 + 3.5) = 4; SD of all 48 answers 0.66 ≥ 0.5; runs stay short
    assert.deepEqual(score(keyed([4, 5], [3, 4])).flags, [
      { code: 'acquiescence', value: 4, threshold: 4 },
    ]);
    // reverse 3, 4, 3, 4, 3, 3 cycled: 8 threes and 4 fours, mean 10/3; index (4.5 + 3.3333)/2
    // = 3.9167
    assert.deepEqual(score(keyed([4, 5], [3, 4, 3, 4, 3, 3])).flags, []);
  });

  it('judges acquiescence only with 12 answers, some to each kind of item', () => {
    const eleven = score(responses((_, i) => (i < 11 ? 5 : undefined)));
    // eleven 5s: run 11 < 12, and too few answers for SD and the index
    assert.deepEqual(eleven.flags, []);
    const twelve = score(responses((_, i) => (i % 2 === 0 && i < 24 ? 5 : undefined)));
    // twelve raw 5s (items 0, 2, … 22), none of them reverse-keyed: no index
    assert.ok(twelve.flags.every((f) => f.code !== 'acquiescence'));
    assert.deepEqual(twelve.flags, [{ code: 'low-variability', value: 0, threshold: 0.5 }]);
    // with the reverse item judgement-1 (position 3) among them: ½ · (5 + 5) = 5
    const withReverse = score(
      responses((_, i) => ((i % 2 === 0 && i < 24) || i === 3 ? 5 : undefined)),
    );
    assert.deepEqual(withReverse.flags, [
      { code: 'low-variability', value: 0, threshold: 0.5 },
      { code: 'acquiescence', value: 5, threshold: 4 },
    ]);
  });

  it('flags too fast below 2000 ms per item on average, not at 2000', () => {
    const timed = (ms: number, count = 12) =>
      responses((_, i) => varied(i), {
        timings: Object.fromEntries(instrument.items.slice(0, count).map((it) => [it.id, ms])),
      });
    assert.deepEqual(score(timed(1999)).flags, [
      { code: 'too-fast', value: 1999, threshold: 2000 },
    ]);
    assert.deepEqual(score(timed(2000)).flags, []);
    // only 11 timed items: too few to judge
    assert.deepEqual(score(timed(100, 11)).flags, []);
  });

  it('counts only answered items with timings towards the 12', () => {
    const set = responses((_, i) => (i === 0 ? null : varied(i)), {
      timings: Object.fromEntries(instrument.items.slice(0, 12).map((it) => [it.id, 100])),
    });
    // 12 timed items, but item 0 is unanswered: 11 timed answers
    assert.deepEqual(score(set).flags, []);
  });

  it('reports all four flags in a fixed order, and flags never change the scores', () => {
    const set = responses(() => 5);
    const timed = {
      ...set,
      timings: Object.fromEntries(instrument.items.map((it) => [it.id, 500])),
    };
    const result = score(timed);
    // 48 raw 5s in a row; SD 0; mean 5; 500 ms per item
    assert.deepEqual(result.flags, [
      { code: 'long-run', value: 48, threshold: 12 },
      { code: 'low-variability', value: 0, threshold: 0.5 },
      { code: 'acquiescence', value: 5, threshold: 4 },
      { code: 'too-fast', value: 500, threshold: 2000 },
    ]);
    const plain = score(set);
    assert.deepEqual(result.facets, plain.facets);
    assert.deepEqual(result.dimensions, plain.dimensions);
    // raw 5 everywhere: keyed 5, 5, 5, 1 → 16/4 = 4 → 75 in every facet
    assert.equal(result.facets['listening']!.score, 75);
  });
});

describe('score: percentiles', () => {
  it('has no percentiles without norms', () => {
    assert.equal('percentiles' in score(allFours()), false);
  });

  it('ranks against a distribution: PR = 100 · (below + ½ · equal) / N', () => {
    const norms: Norms = {
      group: 'Pilot 2026',
      dimensions: {
        technical: { scores: [10, 20, 30, 62.5, 90] },
        relational: { scores: [62.5, 62.5, 80, 90] },
        business: { scores: [0, 10, 20, 30] },
      },
      facets: { listening: { scores: [70, 80] } },
    };
    const result = score(allFours(), { norms });
    // every score is 62.5
    assert.deepEqual(result.percentiles, {
      group: 'Pilot 2026',
      dimensions: {
        // below 3, equal 1: 100 · (3 + 0.5) / 5 = 70
        technical: { value: 70, n: 5, method: 'distribution' },
        // below 0, equal 2: 100 · (0 + 1) / 4 = 25
        relational: { value: 25, n: 4, method: 'distribution' },
        // below 4: 100 · 4 / 4 = 100
        business: { value: 100, n: 4, method: 'distribution' },
      },
      // below 0, equal 0: 0
      facets: { listening: { value: 0, n: 2, method: 'distribution' } },
    });
  });

  it('ranks against a mean and SD with the normal CDF', () => {
    const result = score(allFours(), {
      norms: {
        group: 'Published sample',
        facets: {
          listening: { mean: 62.5, sd: 10, n: 200 }, // z = 0 → 50
          credibility: { mean: 52.5, sd: 10, n: 40 }, // z = +1 → Φ(1) = 0.8413447
          feedback: { mean: 72.5, sd: 10, n: 40 }, // z = −1 → Φ(−1) = 0.1586553
          influence: { mean: 42.5, sd: 10, n: 40 }, // z = +2 → Φ(2) = 0.9772499
        },
      },
    });
    const facets = result.percentiles!.facets;
    assert.equal(result.percentiles!.group, 'Published sample');
    near(facets['listening']!.value, 50, 1e-6);
    near(facets['credibility']!.value, 84.13447, 1e-4);
    near(facets['feedback']!.value, 15.86553, 1e-4);
    near(facets['influence']!.value, 97.72499, 1e-4);
    assert.equal(facets['listening']!.n, 200);
    assert.equal(facets['credibility']!.method, 'normal');
    assert.deepEqual(result.percentiles!.dimensions, {});
  });

  it('ranks a result scored earlier with percentiles(): the same as score() with norms', () => {
    const norms: Norms = {
      group: 'Pilot 2026',
      dimensions: {
        technical: { scores: [10, 62.5, 62.5, 90] },
        business: { mean: 50, sd: 10, n: 30 },
      },
      facets: { listening: { scores: [70, 80] } },
    };
    const plain = score(allFours());
    assert.deepEqual(percentiles(plain, norms), score(allFours(), { norms }).percentiles);
    // ties: below 1, equal 2 → 100 · (1 + 1) / 4 = 50
    assert.equal(percentiles(plain, norms).dimensions.technical!.value, 50);
    assertScoringError(
      () =>
        percentiles(plain, { group: 'x', dimensions: { technical: { mean: 50, sd: 0, n: 9 } } }),
      'invalid-norms',
      ['norms', 'dimensions', 'technical'],
    );
    assertScoringError(
      () => percentiles(plain, { group: 'x', facets: { nope: { scores: [1] } } }),
      'invalid-norms',
      ['norms', 'facets', 'nope'],
    );
  });

  it('gives no percentile for a score that is null', () => {
    const result = score(byDimension({ relational: [4, 2] }), {
      norms: {
        group: 'Pilot',
        dimensions: { technical: { scores: [50] }, relational: { scores: [50] } },
      },
    });
    // relational 75 > 50: 100 · 1 / 1 = 100; technical has no score
    assert.deepEqual(result.percentiles!.dimensions, {
      relational: { value: 100, n: 1, method: 'distribution' },
    });
  });
});

describe('score: the result', () => {
  it('reports the SEM per level: dimension 15 · √(1 − .85), facet 15 · √(1 − 17/29)', () => {
    const result = score(allFours());
    assert.deepEqual(result.sem, { dimensions: 5.809475, facets: 9.649013 });
    assert.equal(result.reliabilityAssumed, true);
    // the band half-widths the issue names: ±9.6 for a dimension, ±15.9 for a facet
    const half = (band: [number, number] | null, at: number) => band![1] - at;
    near(half(result.dimensions.technical.band, 62.5), 9.556586, 1e-6);
    near(half(result.facets['listening']!.band, 62.5), 15.872626, 1e-6);
  });

  it('keeps each item keyed answer, in item order, null when missing', () => {
    const result = score(
      withFacet(
        responses((_, i) => (i < 4 ? 4 : undefined)),
        'domain-mastery',
        [5, 2, 1, null],
      ),
    );
    assert.deepEqual(
      Object.keys(result.items),
      instrument.items.map((item) => item.id),
    );
    // domain-mastery-3 is reverse-keyed: 6 − 1 = 5; judgement-1 (reverse) answered 4 → 2
    assert.equal(result.items['domain-mastery-1'], 5);
    assert.equal(result.items['domain-mastery-2'], 2);
    assert.equal(result.items['domain-mastery-3'], 5);
    assert.equal(result.items['domain-mastery-4'], null);
    assert.equal(result.items['judgement-1'], 2);
    assert.equal(result.items['credibility-1'], 4);
    assert.equal(result.items['listening-4'], null);
  });

  it('echoes the instrument and form', () => {
    const result = score(responses(() => 3, { form: 'observer' }));
    assert.equal(result.instrumentId, 'l3d-core');
    assert.equal(result.instrumentVersion, '2.0.0');
    assert.equal(result.form, 'observer');
  });

  it('takes the SEM from the instrument psychometrics', () => {
    const inst = makeInstrument(
      [
        { id: 't', dimension: 'technical', items: 4 },
        { id: 'r', dimension: 'relational', items: 4 },
        { id: 'b', dimension: 'business', items: 4 },
      ],
      { sd: 30, reliability: 0.5 },
    );
    const result = score(answerCustom(inst, { t: [4, 4, 4, 4] }), { instrument: inst });
    // dimension SEM = 30 · √0.5 = 21.213203; one facet per dimension, so k = 3/3 = 1 and
    // Spearman–Brown leaves the facet's reliability at .5: band 75 ± 34.895720
    assert.deepEqual(result.sem, { dimensions: 21.213203, facets: 21.213203 });
    assert.deepEqual(result.facets['t']!.band, [40.10428, 100]);
  });

  it('uses a facet reliability the instrument gives, and says when it was measured', () => {
    const inst = makeInstrument([
      { id: 't1', dimension: 'technical', items: 4 },
      { id: 't2', dimension: 'technical', items: 4 },
      { id: 'r', dimension: 'relational', items: 4 },
      { id: 'b', dimension: 'business', items: 4 },
    ]);
    inst.psychometrics = { sd: 15, reliability: { dimension: 0.9, facet: 0.64 }, measuredOn: 850 };
    const result = score(answerCustom(inst, { t1: [4, 4, 4, 4] }), { instrument: inst });
    // facet SEM = 15 · √0.36 = 9; dimension 15 · √0.1 = 4.743416
    assert.deepEqual(result.sem, { dimensions: 4.743416, facets: 9 });
    assert.equal(result.reliabilityAssumed, false);
    // 75 ± 1.645 · 9 = 75 ± 14.805
    assert.deepEqual(result.facets['t1']!.band, [60.195, 89.805]);
    // without the facet's: Spearman–Brown with k = 3 dimensions / 4 facets = .75:
    // .75 · .9 / (1 − .25 · .9) = .870968; SEM 15 · √.129032 = 5.388159
    inst.psychometrics = { sd: 15, reliability: { dimension: 0.9 } };
    const derived = score(answerCustom(inst, { t1: [4, 4, 4, 4] }), { instrument: { ...inst } });
    assert.deepEqual(derived.sem, { dimensions: 4.743416, facets: 5.388159 });
    near(spearmanBrown(0.9, 0.75), 0.870968, 1e-6);
    near(spearmanBrown(0.85, 0.25), 17 / 29, 1e-12);
  });
});
