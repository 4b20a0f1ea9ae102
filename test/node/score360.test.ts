import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  MIN_GAP,
  MIN_RATERS,
  RATER_GROUPS,
  gap,
  score,
  score360,
  type RaterResponseSet,
} from '../../src/scoring/index.js';
import {
  answerCustom,
  assertScoringError,
  byDimension,
  instrument,
  makeInstrument,
  rater,
  untyped,
  withFacet,
} from './helpers.js';

// Raw [positive, reverse] answers and the POMP score they give every facet of a dimension:
//   (5, 1) → 100 · (5 − 1)/4 = 100      (4, 2) → keyed 4 → 75       (3, 3) → 50
//   (2, 2) → (2 + 2 + 2 + 4)/4 = 2.5 → 37.5   (2, 4) → keyed 2 → 25
//   (4, 4) → (4 + 4 + 4 + 2)/4 = 3.5 → 62.5   (4, 3) → (12 + 3)/4 = 3.75 → 68.75
// Built-in gap thresholds: dimensions max(18.75, 1.645 · √(2 · 5.809475²)) = max(18.75, 13.515054)
// = 18.75; facets max(18.75, 1.645 · √(2 · 9.649013²)) = 22.447283.

const FACET_IDS = instrument.facets.map((f) => f.id);
const nullFacets = Object.fromEntries(FACET_IDS.map((id) => [id, null]));
const allNull = { technical: null, relational: null, business: null };
const noRaters = { raters: 0, dimensions: allNull, facets: nullFacets, hidden: 'no-raters' };

const all75 = { technical: [4, 2], relational: [4, 2], business: [4, 2] } as const;
const peer75 = (): RaterResponseSet =>
  rater('peer', { technical: [4, 2], relational: [4, 2], business: [4, 2] });

describe('score360: rater groups', () => {
  it('exports the groups and the anonymity minimum', () => {
    assert.deepEqual(RATER_GROUPS, ['manager', 'peer', 'direct-report', 'other']);
    assert.equal(MIN_RATERS, 3);
    assert.equal(MIN_GAP, 18.75);
  });

  it('hides a group of 2 peers for anonymity', () => {
    const result = score360(null, [peer75(), peer75()]);
    assert.deepEqual(result.groups.peer, {
      raters: 2,
      dimensions: allNull,
      facets: nullFacets,
      hidden: 'anonymity',
    });
  });

  it('shows a group of 3 peers: the mean of their scores', () => {
    const result = score360(null, [
      rater('peer', { technical: [4, 2], relational: [3, 3], business: [4, 2] }),
      rater('peer', { technical: [5, 1], relational: [3, 3], business: [4, 2] }),
      rater('peer', { technical: [3, 3], relational: [3, 3], business: [5, 1] }),
    ]);
    const peer = result.groups.peer;
    assert.equal(peer.raters, 3);
    assert.equal('hidden' in peer, false);
    // technical (75 + 100 + 50)/3 = 75; relational 50; business (75 + 75 + 100)/3 = 83.333333
    assert.deepEqual(peer.dimensions, { technical: 75, relational: 50, business: 83.333333 });
    assert.equal(peer.facets['domain-mastery'], 75);
    assert.equal(peer.facets['change'], 83.333333);
  });

  it('shows a single manager', () => {
    const result = score360(null, [rater('manager', all75)]);
    assert.deepEqual(result.groups.manager, {
      raters: 1,
      dimensions: { technical: 75, relational: 75, business: 75 },
      facets: Object.fromEntries(FACET_IDS.map((id) => [id, 75])),
    });
    for (const g of ['peer', 'direct-report', 'other'] as const)
      assert.deepEqual(result.groups[g], noRaters, g);
  });

  it('marks every group and the pool no-raters without raters', () => {
    const self = byDimension(all75);
    const result = score360(self, []);
    for (const g of RATER_GROUPS) assert.deepEqual(result.groups[g], noRaters, g);
    assert.deepEqual(result.others, noRaters);
    assert.deepEqual(result.gaps, { dimensions: allNull, facets: nullFacets });
    assert.deepEqual(result.self, score(self));
    assert.equal(result.instrumentId, 'l3d-core');
    assert.equal(result.instrumentVersion, '2.0.0');
    assert.deepEqual(result.sem, { dimensions: 5.809475, facets: 9.649013 });
  });

  it('counts only raters with a valid score towards the 3', () => {
    const result = score360(null, [
      peer75(),
      peer75(),
      rater('peer', { relational: [5, 1], business: [5, 1] }), // no technical answers
    ]);
    // technical: 2 valid peers → hidden; relational (75 + 75 + 100)/3 = 83.333333
    assert.equal(result.groups.peer.dimensions.technical, null);
    assert.equal(result.groups.peer.dimensions.relational, 83.333333);
    assert.equal(result.groups.peer.facets['domain-mastery'], null);
    assert.equal(result.others.dimensions.technical, null);
    assert.equal(result.others.dimensions.business, 83.333333);
  });
});

describe('score360: all observers pooled', () => {
  it('shows the manager alone in the pool (0 non-manager raters)', () => {
    const result = score360(null, [rater('manager', all75)]);
    assert.deepEqual(result.others.dimensions, { technical: 75, relational: 75, business: 75 });
    assert.equal(result.others.raters, 1);
    assert.equal('hidden' in result.others, false);
  });

  it('hides the pool of a manager and 2 peers (it would expose the peers)', () => {
    const result = score360(null, [rater('manager', all75), peer75(), peer75()]);
    assert.deepEqual(result.others, {
      raters: 3,
      dimensions: allNull,
      facets: nullFacets,
      hidden: 'anonymity',
    });
    // the manager is still shown on their own
    assert.equal(result.groups.manager.dimensions.technical, 75);
  });

  it('shows the pool of a manager and 3 peers: the mean of all 4', () => {
    const result = score360(null, [
      rater('manager', { technical: [5, 1], relational: [3, 3], business: [3, 3] }),
      peer75(),
      peer75(),
      rater('peer', { technical: [3, 3], relational: [3, 3], business: [3, 3] }),
    ]);
    // technical (100 + 75 + 75 + 50)/4 = 75; relational (50 + 75 + 75 + 50)/4 = 62.5
    assert.deepEqual(result.others.dimensions, {
      technical: 75,
      relational: 62.5,
      business: 62.5,
    });
    assert.equal(result.others.raters, 4);
    // peers alone: technical (75 + 75 + 50)/3 = 66.666667
    assert.equal(result.groups.peer.dimensions.technical, 66.666667);
  });

  it(
    'shows the pool of a manager and a peer without valid scores, and does not call it hidden',
    {},
    () => {
      const result = score360(null, [rater('manager', all75), rater('peer', {})]);
      // 0 non-manager raters with a valid score → the pool is shown: the manager's 75
      assert.deepEqual(result.others.dimensions, { technical: 75, relational: 75, business: 75 });
      assert.equal(result.others.hidden, undefined);
    },
  );
});

describe('score360: self–others gaps', () => {
  it('finds a blind spot, a hidden strength and an agreed strength', () => {
    const self = byDimension({ technical: [5, 1], relational: [3, 3], business: [4, 2] });
    const result = score360(self, [peer75(), peer75(), peer75()]);
    assert.deepEqual(result.gaps.dimensions, {
      // 100 − 75 = 25 ≥ 18.75, self higher
      technical: { self: 100, others: 75, difference: 25, threshold: 18.75, kind: 'blind-spot' },
      // 50 − 75 = −25, others higher
      relational: {
        self: 50,
        others: 75,
        difference: -25,
        threshold: 18.75,
        kind: 'hidden-strength',
      },
      // 0 < 18.75; level (75 + 75)/2 = 75 ≥ 70
      business: { self: 75, others: 75, difference: 0, threshold: 18.75, kind: 'agreed-strength' },
    });
    assert.equal(result.gaps.facets['domain-mastery']!.kind, 'blind-spot');
    assert.equal(result.gaps.facets['listening']!.kind, 'hidden-strength');
    assert.equal(result.gaps.facets['change']!.kind, 'agreed-strength');
  });

  it('finds an agreed growth area, plain agreement, and a gap exactly at 18.75', () => {
    const self = byDimension({ technical: [2, 4], relational: [4, 4], business: [4, 3] });
    const others = () => rater('peer', { technical: [2, 2], relational: [3, 3], business: [3, 3] });
    const result = score360(self, [others(), others(), others()]);
    assert.deepEqual(result.gaps.dimensions, {
      // 25 − 37.5 = −12.5; level (25 + 37.5)/2 = 31.25 < 55
      technical: {
        self: 25,
        others: 37.5,
        difference: -12.5,
        threshold: 18.75,
        kind: 'agreed-growth',
      },
      // 62.5 − 50 = 12.5; level 56.25, between 55 and 70
      relational: {
        self: 62.5,
        others: 50,
        difference: 12.5,
        threshold: 18.75,
        kind: 'agreement',
      },
      // 68.75 − 50 = 18.75 = threshold → a gap
      business: {
        self: 68.75,
        others: 50,
        difference: 18.75,
        threshold: 18.75,
        kind: 'blind-spot',
      },
    });
    // A facet compares with its own, larger SEM: 1.645 · √(2 · 9.649013²) = 22.447283 > 18.75,
    // so the same 18.75 points in a facet are agreement (level 59.375)
    assert.deepEqual(result.gaps.facets['acumen'], {
      self: 68.75,
      others: 50,
      difference: 18.75,
      threshold: 22.447283,
      kind: 'agreement',
    });
  });

  it('calls a gap just below the threshold agreement', () => {
    const self = byDimension({ business: [4, 3] }); // 68.75
    const third: RaterResponseSet = {
      // change-1 is reverse: keyed 3, 3, 3, 4 → 3.25 → 56.25; business (3 · 50 + 56.25)/4
      ...withFacet(rater('peer', { business: [3, 3] }), 'change', [3, 3, 3, 4]),
      group: 'peer',
    };
    const result = score360(self, [
      rater('peer', { business: [3, 3] }),
      rater('peer', { business: [3, 3] }),
      third,
    ]);
    // third peer 206.25/4 = 51.5625; others (50 + 50 + 51.5625)/3 = 50.520833
    // 68.75 − 50.520833 = 18.229167 < 18.75; level 59.64 → agreement
    assert.deepEqual(result.gaps.dimensions.business, {
      self: 68.75,
      others: 50.520833,
      difference: 18.229167,
      threshold: 18.75,
      kind: 'agreement',
    });
    assert.equal(result.gaps.dimensions.technical, null);
  });

  it('classifies by the shared level: ≥ 70 agreed strength, < 55 agreed growth', () => {
    // level (75 + 65)/2 = 70
    assert.deepEqual(gap(75, 65, 18.75), {
      self: 75,
      others: 65,
      difference: 10,
      threshold: 18.75,
      kind: 'agreed-strength',
    });
    // level (60 + 50)/2 = 55 → not below 55
    assert.equal(gap(60, 50, 18.75).kind, 'agreement');
    // level (59.9 + 50)/2 = 54.95 < 55; difference 9.9
    assert.deepEqual(gap(59.9, 50, 18.75), {
      self: 59.9,
      others: 50,
      difference: 9.9,
      threshold: 18.75,
      kind: 'agreed-growth',
    });
    // |50 − 68.75| = 18.75 → a gap; 18.749999 → not
    assert.equal(gap(50, 68.75, 18.75).kind, 'hidden-strength');
    assert.equal(gap(50, 68.749999, 18.75).kind, 'agreement');
  });

  it('raises the threshold to 1.645 · √(2 · SEM²) when that is larger than 18.75', () => {
    const inst = makeInstrument(
      [
        { id: 't', dimension: 'technical', items: 4 },
        { id: 'r', dimension: 'relational', items: 4 },
        { id: 'b', dimension: 'business', items: 4 },
      ],
      { sd: 30, reliability: 0.5 },
    );
    // SEM = 30 · √0.5 = 21.213203 at both levels (one facet per dimension: Spearman–Brown
    // with k = 1 changes nothing); 1.645 · √(2 · 450) = 1.645 · 30 = 49.35
    const self = answerCustom(inst, { t: [5, 5, 5, 5], r: [5, 5, 5, 5], b: [3, 3, 3, 3] });
    const manager: RaterResponseSet = {
      ...answerCustom(inst, { t: [3, 3, 3, 3], r: [3, 3, 3, 4], b: [3, 3, 3, 3] }, 'observer'),
      group: 'manager',
    };
    const result = score360(self, [manager], { instrument: inst });
    assert.deepEqual(result.sem, { dimensions: 21.213203, facets: 21.213203 });
    // t: 100 − 50 = 50 ≥ 49.35
    assert.deepEqual(result.gaps.dimensions.technical, {
      self: 100,
      others: 50,
      difference: 50,
      threshold: 49.35,
      kind: 'blind-spot',
    });
    // r: manager 13/4 = 3.25 → 56.25; 100 − 56.25 = 43.75 < 49.35; level 78.125 ≥ 70
    assert.deepEqual(result.gaps.dimensions.relational, {
      self: 100,
      others: 56.25,
      difference: 43.75,
      threshold: 49.35,
      kind: 'agreed-strength',
    });
  });

  it('has no gaps without a self rating', () => {
    const result = score360(null, [peer75(), peer75(), peer75()]);
    assert.equal(result.self, null);
    assert.deepEqual(result.gaps, { dimensions: allNull, facets: nullFacets });
    assert.equal(result.others.dimensions.technical, 75);
  });
});

describe('score360: bad input', () => {
  const good = () => [peer75(), peer75(), peer75()];

  it('names the rater and the answer at fault', () => {
    const raters = good();
    raters[1]!.answers['listening-1'] = untyped(7);
    assertScoringError(() => score360(null, raters), 'out-of-range', [
      'raters',
      1,
      'answers',
      'listening-1',
    ]);
  });

  it('names an unknown item and a foreign instrument version', () => {
    const unknown = good();
    unknown[2]!.answers['nope'] = 3;
    assertScoringError(() => score360(null, unknown), 'unknown-item', [
      'raters',
      2,
      'answers',
      'nope',
    ]);
    const version = good();
    version[0] = { ...version[0]!, instrumentVersion: '1.0.0' };
    assertScoringError(() => score360(null, version), 'instrument-mismatch', [
      'raters',
      0,
      'instrumentVersion',
    ]);
  });

  it('rejects an unknown or missing rater group', () => {
    const raters = good();
    raters[0] = untyped({ ...raters[0], group: 'boss' });
    assertScoringError(() => score360(null, raters), 'invalid-input', ['raters', 0, 'group']);
    const withoutGroup: Partial<RaterResponseSet> = peer75();
    delete withoutGroup.group;
    assertScoringError(() => score360(null, [peer75(), untyped(withoutGroup)]), 'invalid-input', [
      'raters',
      1,
      'group',
    ]);
  });

  it('rejects a self response set passed as a rater', () => {
    const selfAsRater: RaterResponseSet = { ...byDimension(all75), group: 'peer' };
    assert.equal(selfAsRater.form, 'self');
    assertScoringError(() => score360(null, [peer75(), peer75(), selfAsRater]), 'invalid-input', [
      'raters',
      2,
      'form',
    ]);
  });

  it('rejects an observer response set as self', () => {
    assertScoringError(
      () => score360(byDimension(all75, { form: 'observer' }), good()),
      'invalid-input',
      ['self', 'form'],
    );
  });

  it('names the self field at fault', () => {
    const self = byDimension(all75);
    self.answers['credibility-2'] = untyped(0);
    assertScoringError(() => score360(self, good()), 'out-of-range', [
      'self',
      'answers',
      'credibility-2',
    ]);
    assertScoringError(() => score360(untyped(undefined), good()), 'invalid-input', ['self']);
  });

  it('rejects raters that are not an array, and a rater that is not an object', () => {
    assertScoringError(() => score360(null, untyped({})), 'invalid-input', ['raters']);
    assertScoringError(() => score360(null, [peer75(), untyped(null)]), 'invalid-input', [
      'raters',
      1,
    ]);
  });
});

describe('score360: results instead of responses', () => {
  const self = byDimension({ technical: [5, 1], relational: [3, 3], business: [2, 4] });
  const raters = (): RaterResponseSet[] => [
    rater('manager', { technical: [4, 2], relational: [4, 2], business: [4, 2] }),
    rater('peer', { technical: [3, 3], relational: [5, 1], business: [4, 2] }),
    rater('peer', { technical: [3, 3], relational: [4, 4], business: [4, 2] }),
    rater('peer', { technical: [2, 4], relational: [4, 2], business: [3, 3] }),
  ];
  const asResults = () =>
    raters().map(({ group, ...responses }) => ({ group, result: score(responses) }));

  it('gives the same numbers for a self result and rater results as for their responses', () => {
    const fromResponses = score360(self, raters());
    assert.deepEqual(score360(score(self), asResults()), fromResponses);
    assert.deepEqual(score360(score(self), raters()), fromResponses);
    assert.deepEqual(score360(self, asResults()), fromResponses);
    assert.notEqual(fromResponses.gaps.dimensions.technical, null);
  });

  it('rejects a self result of another version, naming the field', () => {
    const old = { ...score(self), instrumentVersion: '0.9.0' };
    assertScoringError(() => score360(old, raters()), 'instrument-mismatch', [
      'self',
      'instrumentVersion',
    ]);
    const observed = score({ ...self, form: 'observer' });
    assertScoringError(() => score360(observed, raters()), 'invalid-input', ['self', 'form']);
  });

  it('rejects a rater result of the self form, of another instrument, or with a bad score', () => {
    const results = asResults();
    results[1] = { group: 'peer', result: score(self) };
    assertScoringError(() => score360(null, results), 'invalid-input', [
      'raters',
      1,
      'result',
      'form',
    ]);
    const foreign = asResults();
    foreign[2]!.result = { ...foreign[2]!.result, instrumentId: 'other' };
    assertScoringError(() => score360(null, foreign), 'instrument-mismatch', [
      'raters',
      2,
      'result',
      'instrumentId',
    ]);
    const broken = asResults();
    const facets = { ...broken[0]!.result.facets };
    facets['listening'] = { ...facets['listening']!, score: untyped(101) };
    broken[0]!.result = { ...broken[0]!.result, facets };
    assertScoringError(() => score360(null, broken), 'invalid-input', [
      'raters',
      0,
      'result',
      'facets',
      'listening',
      'score',
    ]);
    assertScoringError(
      () => score360(null, [{ group: 'peer', result: untyped(null) }]),
      'invalid-input',
      ['raters', 0, 'result'],
    );
  });
});
