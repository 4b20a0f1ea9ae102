import type { QualityFlag } from './types.js';

export const FLAG_RULES = {
  /** Identical consecutive answers in the order shown. */
  longRun: 12,
  /** SD of the person's raw answers. */
  lowVariability: 0.5,
  /**
   * Balanced acquiescence index: ½ · (mean raw answer to forward-keyed items + mean raw answer to
   * reverse-keyed items), before reverse keying. Agreeing with a behaviour and with its opposite
   * alike lifts both halves; answering 5 to good behaviours and 2 to their opposites gives 3.5.
   */
  acquiescence: 4,
  /** Mean milliseconds per item. */
  tooFast: 2000,
  /** Fewer answers than this are too few to judge spread, agreement or speed. */
  minimumAnswers: 12,
} as const;

/**
 * Response-quality notices. They describe how the answers were given and never change a score.
 * `raw` holds answers 1–5 in the order shown (0 = missing); `timings` ms per item (NaN = none);
 * `reverse` which items are reverse-keyed. Without answers to both kinds of item there is no
 * acquiescence index.
 */
export function qualityFlags(
  raw: Uint8Array,
  timings: Float64Array | null,
  reverse: readonly boolean[],
): QualityFlag[] {
  const { longRun, lowVariability, acquiescence, tooFast, minimumAnswers } = FLAG_RULES;
  const flags: QualityFlag[] = [];
  const flag = (code: QualityFlag['code'], value: number, threshold: number) =>
    flags.push({ code, value, threshold });
  let longest = 0;
  let run = 0;
  let n = 0;
  let sum = 0;
  // raw answers to reverse-keyed items (the rest are forward-keyed), for the acquiescence index
  let reverseSum = 0;
  let reverseCount = 0;
  let timed = 0;
  let ms = 0;
  for (let i = 0; i < raw.length; i++) {
    const x = raw[i]!;
    // a missing answer breaks a run
    run = !x ? 0 : x === raw[i - 1] ? run + 1 : 1;
    if (run > longest) longest = run;
    if (!x) continue;
    n++;
    sum += x;
    if (reverse[i]) {
      reverseSum += x;
      reverseCount++;
    }
    const t = timings ? timings[i]! : NaN;
    if (t === t) {
      timed++;
      ms += t;
    }
  }
  if (longest >= longRun) flag('long-run', longest, longRun);
  if (n >= minimumAnswers) {
    const average = sum / n;
    let squares = 0;
    for (const x of raw) if (x) squares += (x - average) ** 2;
    // population SD: the person's answers are the whole set, not a sample
    const spread = Math.sqrt(squares / n);
    if (spread < lowVariability) flag('low-variability', spread, lowVariability);
    const forwardCount = n - reverseCount;
    if (forwardCount && reverseCount) {
      const index = ((sum - reverseSum) / forwardCount + reverseSum / reverseCount) / 2;
      if (index >= acquiescence) flag('acquiescence', index, acquiescence);
    }
  }
  if (timed >= minimumAnswers && ms / timed < tooFast) flag('too-fast', ms / timed, tooFast);
  return flags;
}
