/**
 * leadership-3d/scoring/fast: bulk scoring of trusted, pre-validated answers held as bytes.
 *
 * `score()` reads one response set of JSON-shaped data, checks every field and returns a full
 * `Result`. A host that already holds many checked answer sets (a database column, a batch
 * file it parsed itself) can score them here, many at once, into typed arrays: the same
 * numbers as `score()`, at a fraction of the cost. What this gives and what it leaves out is
 * listed in docs/scoring.md ("Fast path").
 */
import { fail } from './errors.js';
import { FLAG_RULES } from './flags.js';
import { minimumOf, planFor } from './plan.js';
import { pomp, tidy } from './score.js';
import { ARCHETYPE_IDS, EXPERT_FACET_FLOOR, LEADING_MARGIN, STAGE_CUTS } from './stages.js';
import type { Instrument, QualityFlagCode } from './types.js';
import { DIMENSIONS, STAGES } from './vocabulary.js';

/** Bits of `FastScores.flags`, one per response-quality flag `score()` can raise without timings. */
export const FAST_FLAGS: Readonly<Record<Exclude<QualityFlagCode, 'too-fast'>, number>> = {
  'long-run': 1,
  'low-variability': 2,
  acquiescence: 4,
};

/** `FastScores.archetypes` values are indexes into this list (declared with `profileFor`). */
export { ARCHETYPE_IDS };

/**
 * Scores of `count` respondents, respondent-major: respondent r's values start at r × 3 in the
 * per-dimension arrays and at r × facets in `facets`.
 */
export interface FastScores {
  count: number;
  /** Dimension scores (POMP, rounded as `score()` rounds), in `DIMENSIONS` order; NaN = `null`. */
  dimensions: Float64Array;
  /** Facet scores in the instrument's facet order (`scorer.facetIds`); NaN = `null`. */
  facets: Float64Array;
  /** Stage of each dimension as an index into `STAGES`; −1 when the dimension has no score. */
  stages: Int8Array;
  /** Response-quality flags raised, as `FAST_FLAGS` bits (never `too-fast`: there are no timings). */
  flags: Uint8Array;
  /** `profile.leading` as bits: 1 technical, 2 relational, 4 business. */
  leading: Uint8Array;
  /** `profile.archetype` as an index into `ARCHETYPE_IDS`; −1 when it is `null`. */
  archetypes: Int8Array;
}

export interface FastScorer {
  /** Item ids in instrument order: the order of each respondent's bytes. */
  itemIds: readonly string[];
  /** Facet ids in instrument order: the order of `FastScores.facets`. */
  facetIds: readonly string[];
  /**
   * Scores `count` respondents. `answers` holds `count × itemIds.length` bytes, respondent after
   * respondent, each byte the raw answer 1–5 in instrument order or 0 for missing / not observed
   * (reverse keying is applied here, as in `score()`). `out`, when given and large enough, is
   * filled and returned instead of new arrays.
   *
   * @throws {ScoringError} `invalid-input` for a short buffer, `out-of-range` for a byte above 5.
   */
  scoreMany(answers: Uint8Array, count: number, out?: FastScores): FastScores;
}

/** Allocates the arrays of `FastScores` for `count` respondents of an instrument with `facets`. */
export function fastScores(count: number, facets: number): FastScores {
  return {
    count,
    dimensions: new Float64Array(count * 3),
    facets: new Float64Array(count * facets),
    stages: new Int8Array(count * 3),
    flags: new Uint8Array(count),
    leading: new Uint8Array(count),
    archetypes: new Int8Array(count),
  };
}

/**
 * Compiles a scorer for `instrument` (checked as `score()` checks it): the per-item tables are
 * built once, so scoring a respondent is one pass over its bytes and a few table reads.
 *
 * @throws {ScoringError} `invalid-instrument` naming the field at fault.
 */
export function compileScorer(instrument: Instrument): FastScorer {
  const plan = planFor(instrument);
  const { itemIds, facetIds, facetItems, reverse } = plan;
  const itemCount = itemIds.length;
  const facetCount = facetIds.length;
  const { longRun, lowVariability, acquiescence, minimumAnswers } = FLAG_RULES;
  const lastStage = STAGES.length - 1;

  // facet of each item, and whether it is reverse-keyed
  const facetOf = new Int32Array(itemCount);
  const isReverse = new Uint8Array(itemCount);
  // Facet scores by (answered, keyed sum), computed by the same `pomp` as score(): bit for bit
  // its numbers. `facetTable[f]` starts facet f's block of (items + 1) × (5 · items + 1).
  const facetStart = new Int32Array(facetCount);
  const facetStride = new Int32Array(facetCount);
  const tableSize = facetItems.reduce((n, own) => n + (own.length + 1) * (5 * own.length + 1), 0);
  const facetTable = new Float64Array(tableSize).fill(NaN);
  let start = 0;
  facetItems.forEach((own, f) => {
    const k = own.length;
    for (const i of own) {
      facetOf[i] = f;
      isReverse[i] = reverse[i] ? 1 : 0;
    }
    facetStart[f] = start;
    facetStride[f] = 5 * k + 1;
    for (let answered = minimumOf(k); answered <= k; answered++)
      for (let sum = answered; sum <= 5 * answered; sum++)
        facetTable[start + answered * (5 * k + 1) + sum] = pomp(sum / answered);
    start += (k + 1) * (5 * k + 1);
  });
  // facet positions per dimension, flattened: dimension d's are dimFacets[dimStart[d] … dimStart[d+1])
  const dimStart = new Int32Array(4);
  const dimFacets: number[] = [];
  DIMENSIONS.forEach((d, n) => {
    dimFacets.push(...plan.dimensionFacets[d]);
    dimStart[n + 1] = dimFacets.length;
  });
  const dimMinimum = DIMENSIONS.map((d) => minimumOf(plan.dimensionFacets[d].length));

  const sums = new Int32Array(facetCount);
  const counts = new Int32Array(facetCount);
  const facetValues = new Float64Array(facetCount);
  const dimValues = new Float64Array(3);

  function scoreMany(answers: Uint8Array, count: number, out?: FastScores): FastScores {
    if (!(answers instanceof Uint8Array)) fail('invalid-input', ['answers'], 'Expected bytes');
    if (!(Number.isInteger(count) && count >= 0 && answers.length >= count * itemCount))
      fail('invalid-input', ['count'], `Expected at most ${answers.length / itemCount}`);
    const scores =
      out && out.count >= count && out.facets.length >= count * facetCount
        ? out
        : fastScores(count, facetCount);
    const { dimensions, facets, stages, flags, leading, archetypes } = scores;

    for (let r = 0; r < count; r++) {
      const base = r * itemCount;
      sums.fill(0);
      counts.fill(0);
      // one pass in the order shown: facet sums, and what the quality flags need
      let longest = 0;
      let run = 0;
      let previous = 0;
      let n = 0;
      let sum = 0;
      let squareSum = 0;
      let reverseSum = 0;
      let reverseCount = 0;
      for (let i = 0; i < itemCount; i++) {
        const x = answers[base + i]!;
        if (x > 5) fail('out-of-range', ['answers', base + i], 'Expected 0–5');
        run = !x ? 0 : x === previous ? run + 1 : 1;
        previous = x;
        if (run > longest) longest = run;
        if (!x) continue;
        const f = facetOf[i]!;
        n++;
        sum += x;
        squareSum += x * x;
        if (isReverse[i]) {
          reverseSum += x;
          reverseCount++;
          sums[f] = sums[f]! + 6 - x;
        } else sums[f] = sums[f]! + x;
        counts[f] = counts[f]! + 1;
      }

      let flagBits = longest >= longRun ? FAST_FLAGS['long-run'] : 0;
      if (n >= minimumAnswers) {
        // SD < 0.5 ⇔ 4 · (n · Σx² − (Σx)²) < n², exactly, in integers; on the boundary itself
        // score()'s floating-point arithmetic decides, so it is repeated there
        const excess = 4 * (n * squareSum - sum * sum) - n * n;
        if (excess < 0 || (excess === 0 && lowSpread(answers, base, itemCount, n, sum)))
          flagBits |= FAST_FLAGS['low-variability'];
        const forwardCount = n - reverseCount;
        if (
          forwardCount &&
          reverseCount &&
          ((sum - reverseSum) / forwardCount + reverseSum / reverseCount) / 2 >= acquiescence
        )
          flagBits |= FAST_FLAGS.acquiescence;
      }
      flags[r] = flagBits;

      const facetBase = r * facetCount;
      for (let f = 0; f < facetCount; f++) {
        const v = facetTable[facetStart[f]! + counts[f]! * facetStride[f]! + sums[f]!]!;
        facetValues[f] = v;
        facets[facetBase + f] = v;
      }

      // dimensions: the mean of valid facets, summed in score()'s order
      let top = -Infinity;
      let valid = 0;
      let dimSum = 0;
      for (let d = 0; d < 3; d++) {
        let facetSum = 0;
        let facetsValid = 0;
        let floorMet = true;
        for (let j = dimStart[d]!; j < dimStart[d + 1]!; j++) {
          const v = facetValues[dimFacets[j]!]!;
          if (v !== v) floorMet = false;
          else {
            facetSum += v;
            facetsValid++;
            if (v < EXPERT_FACET_FLOOR) floorMet = false;
          }
        }
        const at = r * 3 + d;
        if (facetsValid >= dimMinimum[d]!) {
          const value = tidy(facetSum / facetsValid);
          let stage = 0;
          for (const cut of STAGE_CUTS) if (value >= cut) stage++;
          dimensions[at] = dimValues[d] = value;
          stages[at] = floorMet ? stage : Math.min(stage, lastStage - 1);
          if (value > top) top = value;
          valid++;
          dimSum += value;
        } else {
          dimensions[at] = dimValues[d] = NaN;
          stages[at] = -1;
        }
      }

      // profile: leading dimensions, and the archetype unless a dimension or the answers fail
      let lead = 0;
      for (let d = 0; d < 3; d++) {
        const v = dimValues[d]!;
        if (v === v && top - v <= LEADING_MARGIN) lead |= 1 << d;
      }
      leading[r] = lead;
      archetypes[r] = valid < 3 || flagBits ? -1 : lead < 7 ? lead - 1 : dimSum / 3 >= 70 ? 7 : 6;
    }
    scores.count = count;
    return scores;
  }

  /** score()'s own low-variability test, for the rare respondent exactly on the boundary. */
  function lowSpread(answers: Uint8Array, base: number, items: number, n: number, sum: number) {
    const average = sum / n;
    let squares = 0;
    for (let i = 0; i < items; i++) {
      const x = answers[base + i]!;
      if (x) squares += (x - average) ** 2;
    }
    return Math.sqrt(squares / n) < lowVariability;
  }

  return { itemIds, facetIds, scoreMany };
}
