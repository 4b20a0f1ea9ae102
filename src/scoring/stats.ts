import { fail, fieldsOf, isFiniteNumber, type Path } from './errors.js';
import type { NormStat, Percentile } from './types.js';

/** Arithmetic mean, or `null` for no values. */
export function mean(values: readonly number[]): number | null {
  if (!values.length) return null;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/** Sample standard deviation (n − 1), or `null` below two values. */
export function sd(values: readonly number[]): number | null {
  if (values.length < 2) return null;
  const m = mean(values)!;
  let ss = 0;
  for (const v of values) ss += (v - m) ** 2;
  return Math.sqrt(ss / (values.length - 1));
}

/**
 * Cronbach's alpha of a respondents × items matrix of complete rows.
 * `null` when it is undefined: fewer than 2 rows or items, or no total variance.
 */
export function cronbachAlpha(rows: readonly (readonly number[])[]): number | null {
  if (!Array.isArray(rows)) fail('invalid-input', [], 'Expected an array');
  const k = rows[0]?.length ?? 0;
  rows.forEach((row, r) => {
    if (!Array.isArray(row) || row.length !== k)
      fail('invalid-input', [r], `Expected ${k} numbers`);
    row.forEach((v, i) => isFiniteNumber(v) || fail('invalid-input', [r, i], 'Expected a number'));
  });
  if (rows.length < 2 || k < 2) return null;
  let itemVariance = 0;
  for (let i = 0; i < k; i++) itemVariance += sd(rows.map((row) => row[i]!))! ** 2;
  const totalVariance = sd(rows.map((row) => row.reduce((a: number, b: number) => a + b, 0)))! ** 2;
  return totalVariance > 0 ? (k / (k - 1)) * (1 - itemVariance / totalVariance) : null;
}

/** Standard normal CDF (Abramowitz & Stegun 7.1.26, absolute error < 1.5e-7). */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const poly =
    ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t;
  const erf = 1 - poly * Math.exp(-x * x);
  return (1 + (z < 0 ? -erf : erf)) / 2;
}

/**
 * Percentile rank of a score in a norm group: from a distribution,
 * PR = 100 · (below + ½ · equal) / N; from a mean and SD, the normal CDF.
 *
 * @throws {ScoringError} `invalid-norms` when the statistic is malformed.
 */
export function percentileRank(score: number, stat: NormStat, path: Path = []): Percentile {
  const { scores, mean: m, sd: spread, n } = fieldsOf(stat);
  if (Array.isArray(scores)) {
    if (!scores.length || !scores.every(isFiniteNumber))
      fail('invalid-norms', [...path, 'scores'], 'Expected numbers');
    // each norm score below counts 1, each equal one ½
    let rank = 0;
    for (const x of scores) rank += Math.abs(x - score) < 1e-9 ? 0.5 : x < score ? 1 : 0;
    return {
      value: (100 * rank) / scores.length,
      n: scores.length,
      method: 'distribution',
    };
  }
  if (
    !isFiniteNumber(m) ||
    !isFiniteNumber(spread) ||
    spread <= 0 ||
    !Number.isInteger(n) ||
    (n as number) < 1
  )
    fail('invalid-norms', path, 'Expected { scores } or { mean, sd > 0, n ≥ 1 }');
  return { value: 100 * normalCdf((score - m) / spread), n: n as number, method: 'normal' };
}
