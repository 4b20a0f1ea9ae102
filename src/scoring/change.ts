import { fail, isFiniteNumber, isRecord } from './errors.js';
import { tidy, Z90 } from './score.js';
import type { Change, ChangeEntry, DimensionId, Result } from './types.js';

/**
 * Retest comparison. Reliable change index RCI = (after − before) / (√2 · SEM); a change is
 * reliable only when |RCI| > 1.645 (90 %). Anything smaller is "no reliable change", never
 * an improvement.
 *
 * @throws {ScoringError} when the two results are not of the same instrument, version and form.
 */
export function reliableChange(before: Result, after: Result): Change {
  for (const [name, r] of [
    ['before', before],
    ['after', after],
  ] as const) {
    if (!isRecord(r) || !isRecord(r.dimensions) || !isRecord(r.facets))
      fail('invalid-input', [name], 'Expected a scoring result');
    if (!isFiniteNumber(r.sem) || r.sem <= 0)
      fail('invalid-input', [name, 'sem'], 'Expected a positive number');
  }
  for (const key of ['instrumentId', 'instrumentVersion', 'form'] as const)
    if (before[key] !== after[key])
      fail(
        'instrument-mismatch',
        ['after', key],
        `Expected "${before[key]}" as in the first result`,
      );

  const sem = before.sem;
  const entry = (a: unknown, b: unknown): ChangeEntry | null => {
    if (!isFiniteNumber(a) || !isFiniteNumber(b)) return null;
    const difference = tidy(b - a);
    const index = (b - a) / (Math.SQRT2 * sem);
    // decide on the unrounded index, so rounding never turns 1.6450004 into "no change"
    const reliable = Math.abs(index) > Z90;
    const rci = tidy(index);
    const direction = !reliable ? 'no-reliable-change' : rci > 0 ? 'increase' : 'decrease';
    return { before: a, after: b, difference, rci, reliable, direction };
  };
  const compare = <K extends string>(x: Record<K, { score: number | null }>, y: typeof x) => {
    const out = {} as Record<K, ChangeEntry | null>;
    for (const key of Object.keys(x) as K[]) out[key] = entry(x[key]?.score, y[key]?.score);
    return out;
  };
  return {
    instrumentId: before.instrumentId,
    sem,
    dimensions: compare<DimensionId>(before.dimensions, after.dimensions),
    facets: compare<string>(before.facets, after.facets),
  };
}
