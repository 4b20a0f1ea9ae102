import { mean, populationSd } from './stats.js';
import type { QualityFlag } from './types.js';

export const FLAG_RULES = {
  /** Identical consecutive answers in the order shown. */
  longRun: 12,
  /** SD of the person's raw answers. */
  lowVariability: 0.5,
  /** Mean raw answer (before reverse keying). */
  acquiescence: 4.25,
  /** Mean milliseconds per item. */
  tooFast: 2000,
  /** Fewer answers than this are too few to judge spread, agreement or speed. */
  minimumAnswers: 12,
} as const;

/**
 * Response-quality notices. They describe how the answers were given and never change a score.
 * `raw` holds answers 1–5 in the order shown (0 = missing); `timings` ms per item (NaN = none).
 */
export function qualityFlags(raw: Uint8Array, timings: Float64Array | null): QualityFlag[] {
  const flags: QualityFlag[] = [];
  let longest = 0;
  let run = 0;
  const given: number[] = [];
  const times: number[] = [];
  raw.forEach((x, i) => {
    // a missing answer breaks a run
    run = x && x === raw[i - 1] ? run + 1 : x ? 1 : 0;
    longest = Math.max(longest, run);
    if (x) given.push(x);
    if (x && timings && !Number.isNaN(timings[i])) times.push(timings[i]!);
  });
  const { longRun, lowVariability, acquiescence, tooFast, minimumAnswers } = FLAG_RULES;
  if (longest >= longRun) flags.push({ code: 'long-run', value: longest, threshold: longRun });
  if (given.length >= minimumAnswers) {
    const spread = populationSd(given);
    if (spread < lowVariability)
      flags.push({ code: 'low-variability', value: spread, threshold: lowVariability });
    const average = mean(given)!;
    if (average >= acquiescence)
      flags.push({ code: 'acquiescence', value: average, threshold: acquiescence });
  }
  if (times.length >= minimumAnswers) {
    const pace = mean(times)!;
    if (pace < tooFast) flags.push({ code: 'too-fast', value: pace, threshold: tooFast });
  }
  return flags;
}
