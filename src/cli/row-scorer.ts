/**
 * The one place the `scores-csv` path of `leadership-3d score` meets the scoring engine: rows of
 * raw answers in, rows of numbers out. Nothing here allocates per row except what the engine
 * itself does, and nothing else in the command knows how the numbers are computed, so a faster
 * engine (one that scores a whole block of answers at once) replaces {@link rowScorer}'s body
 * and nothing else.
 */
import { planFor, type Plan } from '../scoring/plan.js';
import { compileScorer, type FastScores } from '../scoring/fast.js';
import { scoreWithPlan } from '../scoring/score.js';
import type { Instrument, QualityFlagCode, Result } from '../scoring/types.js';
import { DIMENSIONS, STAGES, type StageId } from '../scoring/vocabulary.js';

/** Quality flags by bit: bit k of a row's flags is `FLAG_CODES[k]`. */
export const FLAG_CODES: readonly QualityFlagCode[] = [
  'long-run',
  'low-variability',
  'acquiescence',
  'too-fast',
];

/** Scores of `count` rows, row-major; the arrays may be reused by the next call. */
export interface ScoredRows {
  /** `count × 3` dimension scores in {@link DIMENSIONS} order; NaN = no score. */
  dimensions: Float64Array;
  /** `count × 3` stage of each dimension score, an index into {@link STAGES}; -1 = none. */
  stages: Int8Array;
  /** `count × facets` facet scores in instrument order; NaN = no score. */
  facets: Float64Array;
  /** One byte per row, bit k set when the row raised `FLAG_CODES[k]`. */
  flags: Uint8Array;
}

/** Scores blocks of rows of raw answers against one instrument. */
export interface RowScorer {
  /** Item ids in instrument order: the layout of a row of answers. */
  readonly itemIds: readonly string[];
  /** Facet ids in instrument order: the layout of a row of facet scores. */
  readonly facetIds: readonly string[];
  /**
   * Scores `count` rows. `answers` holds `count × itemIds.length` raw answers (1–5, 0 = missing
   * or not observed), already checked. `timings`, when given, has for row r either null or the
   * milliseconds per item (NaN = none); only ndjson input carries them (the `too-fast` flag).
   */
  scoreRows(
    answers: Uint8Array,
    count: number,
    timings?: readonly (Float64Array | null)[],
  ): ScoredRows;
}

const stageIndex = new Map<StageId, number>(STAGES.map((s, i) => [s, i]));

/** Buffers of at least `count` rows, grown (never shrunk) as blocks need. */
function buffers(previous: ScoredRows | undefined, count: number, facets: number): ScoredRows {
  if (previous && previous.flags.length >= count) return previous;
  return {
    dimensions: new Float64Array(count * DIMENSIONS.length),
    stages: new Int8Array(count * DIMENSIONS.length),
    facets: new Float64Array(count * facets),
    flags: new Uint8Array(count),
  };
}

/** Copies one result into row `r` of `out`. */
function putResult(out: ScoredRows, r: number, result: Result, facetIds: readonly string[]) {
  for (let d = 0; d < DIMENSIONS.length; d++) {
    const block = result.dimensions[DIMENSIONS[d]!];
    out.dimensions[r * DIMENSIONS.length + d] = block.score ?? NaN;
    out.stages[r * DIMENSIONS.length + d] = block.stage ? stageIndex.get(block.stage.id)! : -1;
  }
  for (let f = 0; f < facetIds.length; f++)
    out.facets[r * facetIds.length + f] = result.facets[facetIds[f]!]!.score ?? NaN;
  let bits = 0;
  for (const flag of result.flags) bits |= 1 << FLAG_CODES.indexOf(flag.code);
  out.flags[r] = bits;
}

/**
 * A row scorer for `instrument` (already validated). Blocks without timings (every CSV block)
 * go through the fast path, `compileScorer` (src/scoring/fast.ts: the same numbers as `score()`,
 * tested on 100,000 sets, with this layout and these flag bits). Rows with timings (ndjson that
 * carries them) go through the engine's `scoreWithPlan`, the body of `score()` after
 * validation, since only it raises `too-fast`.
 */
export function rowScorer(instrument: Instrument): RowScorer {
  const plan: Plan = planFor(instrument);
  const { itemIds, facetIds } = plan;
  const width = itemIds.length;
  const fast = compileScorer(instrument);
  let block: FastScores | undefined;
  let out: ScoredRows | undefined;
  return {
    itemIds,
    facetIds,
    scoreRows(answers, count, timings) {
      if (!timings)
        return (block = fast.scoreMany(
          answers,
          count,
          block && block.count >= count ? block : undefined,
        ));
      out = buffers(out, count, facetIds.length);
      for (let r = 0; r < count; r++) {
        const raw = answers.subarray(r * width, (r + 1) * width);
        const result = scoreWithPlan(plan, { form: 'self', raw, timings: timings[r] ?? null });
        putResult(out, r, result, facetIds);
      }
      return out;
    },
  };
}
