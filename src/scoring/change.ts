import { expectSame, fail, isFiniteNumber, isRecord } from './errors.js';
import { KINDS, mapScores, scoreIn, semIn, type Kind } from './plan.js';
import { tidy, Z90 } from './score.js';
import type { Change, ChangeEntry, Result, ScoreBlock } from './types.js';

/**
 * Retest comparison. Reliable change index RCI = (after − before) / (√2 · SEM), with the SEM of
 * the level compared (a facet's is larger than a dimension's); a change is reliable only when
 * |RCI| > 1.645 (90 %). Anything smaller is "no reliable change", never an improvement.
 *
 * @throws {ScoringError} when the two results are not of the same instrument, version and form:
 * two versions have different items, so their scores are not compared.
 */
export function reliableChange(before: Result, after: Result): Change {
  for (const [name, r] of Object.entries({ before, after })) {
    if (!isRecord(r) || !isRecord(r.dimensions) || !isRecord(r.facets))
      fail('invalid-input', [name], 'Expected a scoring result');
    for (const kind of KINDS)
      if (semIn(r, kind) === undefined)
        fail('invalid-input', [name, 'sem'], 'Expected a positive number');
  }
  for (const key of ['instrumentId', 'instrumentVersion', 'form'] as const)
    expectSame(after[key], before[key], ['after'], key);

  const sem = { dimensions: semIn(before, 'dimensions')!, facets: semIn(before, 'facets')! };
  const entry = (kind: Kind, a: unknown, b: unknown): ChangeEntry | null => {
    if (!isFiniteNumber(a) || !isFiniteNumber(b)) return null;
    const index = (b - a) / (Math.SQRT2 * sem[kind]);
    // decide on the unrounded index, so rounding never turns 1.6450004 into "no change"
    const reliable = Math.abs(index) > Z90;
    const rci = tidy(index);
    return {
      before: a,
      after: b,
      difference: tidy(b - a),
      rci,
      reliable,
      direction: !reliable ? 'no-reliable-change' : rci > 0 ? 'increase' : 'decrease',
    };
  };
  return {
    instrumentId: before.instrumentId,
    sem,
    ...mapScores<ScoreBlock | null, ChangeEntry | null>(before, (kind, id, was) =>
      entry(kind, was?.score, scoreIn(after, kind, id)),
    ),
  };
}
