import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { reliableChange, score, type Result } from '../../src/scoring/index.js';
import {
  answerCustom,
  assertScoringError,
  assertPlainFinite,
  byDimension,
  makeInstrument,
  untyped,
  asVersion1,
} from './helpers.js';

// Built-in SEMs: dimension 5.809475, √2 · SEM = 1.4142136 · 5.809475 = 8.215838;
// facet 15 · √(12/29) = 9.649013, √2 · SEM = 13.645765.
// Raw [positive, reverse]: (5, 1) → 100, (4, 2) → 75, (4, 3) → 68.75, (3, 3) → 50, (4, 4) → 62.5.

const all75 = () => score(byDimension({ technical: [4, 2], relational: [4, 2], business: [4, 2] }));

/** A stored result with the technical score replaced, as a host might hold it. */
const withTechnical = (result: Result, value: number | null): Result => {
  const copy = structuredClone(result);
  copy.dimensions.technical.score = value;
  return copy;
};

describe('reliableChange', () => {
  it('computes RCI = (after − before) / (√2 · SEM) per dimension and facet', () => {
    const before = all75();
    const after = score(byDimension({ technical: [5, 1], relational: [4, 2], business: [3, 3] }));
    const change = reliableChange(before, after);
    assert.equal(change.instrumentId, 'l3d-core');
    assert.deepEqual(change.sem, { dimensions: 5.809475, facets: 9.649013 });
    assert.deepEqual(change.dimensions, {
      // 25 / 8.215838 = 3.042903 > 1.645
      technical: {
        before: 75,
        after: 100,
        difference: 25,
        rci: 3.042903,
        reliable: true,
        direction: 'increase',
      },
      relational: {
        before: 75,
        after: 75,
        difference: 0,
        rci: 0,
        reliable: false,
        direction: 'no-reliable-change',
      },
      // −25 / 8.215838 = −3.042903
      business: {
        before: 75,
        after: 50,
        difference: -25,
        rci: -3.042903,
        reliable: true,
        direction: 'decrease',
      },
    });
    // facets use their own, larger SEM: 25 / 13.645765 = 1.832070, still above 1.645
    assert.deepEqual(change.facets['domain-mastery'], {
      ...change.dimensions.technical!,
      rci: 1.83207,
    });
    assert.deepEqual(change.facets['change'], { ...change.dimensions.business!, rci: -1.83207 });
    assert.equal(Object.keys(change.facets).length, 12);
  });

  it('reports small changes as no reliable change, never as an improvement', () => {
    const change = reliableChange(
      all75(),
      score(byDimension({ technical: [4, 3], relational: [4, 2], business: [4, 4] })),
    );
    // −6.25 / 8.215838 = −0.760726
    assert.deepEqual(change.dimensions.technical, {
      before: 75,
      after: 68.75,
      difference: -6.25,
      rci: -0.760726,
      reliable: false,
      direction: 'no-reliable-change',
    });
    // 62.5 − 75 = −12.5 → −1.521452, still inside ±1.645
    assert.equal(change.dimensions.business!.rci, -1.521452);
    assert.equal(change.dimensions.business!.direction, 'no-reliable-change');
  });

  it('needs |RCI| above 1.645, not equal to it', () => {
    const before = withTechnical(all75(), 50);
    const at = (after: number) => reliableChange(before, withTechnical(before, after)).dimensions;
    // 13.515054 / 8.215838 = 1.6449999925 → 1.645: not above
    assert.deepEqual(at(63.515054).technical, {
      before: 50,
      after: 63.515054,
      difference: 13.515054,
      rci: 1.645,
      reliable: false,
      direction: 'no-reliable-change',
    });
    // 13.515063 / 8.215838 = 1.645001
    assert.deepEqual(at(63.515063).technical, {
      before: 50,
      after: 63.515063,
      difference: 13.515063,
      rci: 1.645001,
      reliable: true,
      direction: 'increase',
    });
    // −13.515054 → −1.645: not reliable; −13.515063 → −1.645001: a reliable decrease
    assert.equal(at(36.484946).technical!.rci, -1.645);
    assert.equal(at(36.484946).technical!.direction, 'no-reliable-change');
    assert.equal(at(36.484937).technical!.rci, -1.645001);
    assert.equal(at(36.484937).technical!.direction, 'decrease');
  });

  it('compares the unrounded RCI with 1.645', () => {
    const before = withTechnical(all75(), 50);
    // 13.515055 / 8.215838 = 1.6450001142 > 1.645 → reliable, although it is shown as 1.645
    assert.deepEqual(
      reliableChange(before, withTechnical(before, 63.515055)).dimensions.technical,
      {
        before: 50,
        after: 63.515055,
        difference: 13.515055,
        rci: 1.645,
        reliable: true,
        direction: 'increase',
      },
    );
  });

  it('reports the RCI of a tiny decrease as 0, not -0', () => {
    const before = withTechnical(all75(), 50);
    // −0.000001 / 8.215838 = −1.2e-7 → 0 at 6 decimals
    const change = reliableChange(before, withTechnical(before, 49.999999));
    assert.equal(change.dimensions.technical!.rci, 0);
    assert.deepEqual(JSON.parse(JSON.stringify(change)), change);
  });

  it('gives null where either score is null', () => {
    const before = all75();
    const after = score(byDimension({ relational: [4, 2], business: [4, 2] }));
    const change = reliableChange(before, after);
    assert.equal(change.dimensions.technical, null);
    assert.equal(change.facets['domain-mastery'], null);
    assert.equal(change.dimensions.relational!.direction, 'no-reliable-change');
    assert.equal(reliableChange(after, before).dimensions.technical, null);
    assertPlainFinite(change);
  });

  it('rejects results of another instrument, version or form', () => {
    const before = all75();
    const inst = makeInstrument(
      [
        { id: 't', dimension: 'technical', items: 4 },
        { id: 'r', dimension: 'relational', items: 4 },
        { id: 'b', dimension: 'business', items: 4 },
      ],
      { id: 'other', version: before.instrumentVersion },
    );
    const foreign = score(answerCustom(inst, { t: [4, 4, 4, 4] }), { instrument: inst });
    assertScoringError(() => reliableChange(before, foreign), 'instrument-mismatch', [
      'after',
      'instrumentId',
    ]);
    assertScoringError(
      () => reliableChange(before, { ...before, instrumentVersion: '1.0.0' }),
      'instrument-mismatch',
      ['after', 'instrumentVersion'],
    );
    const observer = score(byDimension({ technical: [4, 2] }, { form: 'observer' }));
    assertScoringError(() => reliableChange(before, observer), 'instrument-mismatch', [
      'after',
      'form',
    ]);
  });

  it('compares two version 1 results with their one SEM, and refuses v1 against v2', () => {
    const v2 = all75();
    // a result as version 1 wrote it: one SEM for both levels, no item answers
    const v1 = asVersion1(v2);
    const change = reliableChange(v1, withTechnical(v1, 100));
    assert.deepEqual(change.sem, { dimensions: 5.809475, facets: 5.809475 });
    // 25 / 8.215838 = 3.042903
    assert.equal(change.dimensions.technical!.rci, 3.042903);
    // different items: no RCI across versions
    assertScoringError(() => reliableChange(v1, v2), 'instrument-mismatch', [
      'after',
      'instrumentVersion',
    ]);
  });

  it('rejects what is not a result', () => {
    const result = all75();
    assertScoringError(() => reliableChange(untyped(null), result), 'invalid-input', ['before']);
    assertScoringError(() => reliableChange(result, untyped('x')), 'invalid-input', ['after']);
    assertScoringError(
      () => reliableChange(result, untyped({ ...result, facets: [] })),
      'invalid-input',
      ['after'],
    );
    assertScoringError(
      () => reliableChange(untyped({ ...result, sem: 0 }), result),
      'invalid-input',
      ['before', 'sem'],
    );
    assertScoringError(
      () => reliableChange(result, untyped({ ...result, sem: 'big' })),
      'invalid-input',
      ['after', 'sem'],
    );
  });
});
