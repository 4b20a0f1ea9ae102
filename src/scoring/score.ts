import { instrument as builtin } from '../instrument/builtin.js';
import { fail, isRecord, type Path } from './errors.js';
import { qualityFlags } from './flags.js';
import { DIMENSIONS, minimumOf, planFor, readResponses, type Plan } from './plan.js';
import { EXPERT_FACET_FLOOR, profileFor, stageWithBand } from './stages.js';
import { percentileRank } from './stats.js';
import type {
  DimensionId,
  DimensionScore,
  FacetScore,
  InvalidReason,
  Norms,
  Percentile,
  Percentiles,
  ResponseSet,
  Result,
  ScoreBlock,
  ScoreOptions,
  Stage,
} from './types.js';

/** z for a two-sided 90 % interval. */
export const Z90 = 1.645;

/** Rounds away floating-point noise so a score of exactly 40 is not 39.999999 (and -0 is 0). */
export const tidy = (x: number): number => Math.round(x * 1e6) / 1e6 || 0;

/** Reverse keying: 1↔5, 2↔4, 3 stays. Applying it twice gives the answer back. */
export const reverseKey = (answer: number): number => 6 - answer;

/** Percent of maximum possible: a 1–5 mean on a 0–100 scale. */
export const pomp = (meanAnswer: number): number => tidy((100 * (meanAnswer - 1)) / 4);

const bandFor = (score: number, sem: number): [number, number] => [
  tidy(Math.max(0, score - Z90 * sem)),
  tidy(Math.min(100, score + Z90 * sem)),
];

/**
 * Scores one response set: facets, dimensions with stage and band, profile, strengths,
 * growth areas, quality flags, and percentiles when the host gives norms.
 *
 * @throws {ScoringError} naming the field, for anything malformed or from another instrument.
 */
export function score(responses: ResponseSet, options: ScoreOptions = {}): Result {
  if (!isRecord(options)) fail('invalid-input', ['options'], 'Expected an options object');
  const plan = planFor(options.instrument === undefined ? builtin : options.instrument);
  const result = scoreWithPlan(plan, responses, []);
  if (options.norms !== undefined) result.percentiles = percentilesFor(result, options.norms);
  return result;
}

/** Scoring proper, for callers that already hold a plan (score360, cohortStats). */
export function scoreWithPlan(plan: Plan, responses: unknown, path: Path): Result {
  const { raw, timings } = readResponses(plan, responses, path);
  const { sem, facetIds, facetItems, facetDimension, reverse } = plan;

  // Plain loops: bulk scoring calls this millions of times.
  const facets: Record<string, FacetScore> = {};
  const facetValues: (number | null)[] = [];
  for (let f = 0; f < facetIds.length; f++) {
    const items = facetItems[f]!;
    let sum = 0;
    let answered = 0;
    for (const i of items) {
      const x = raw[i]!;
      if (x) {
        sum += reverse[i] ? reverseKey(x) : x;
        answered++;
      }
    }
    const value = answered >= minimumOf(items.length) ? pomp(sum / answered) : null;
    facetValues.push(value);
    facets[facetIds[f]!] = blockFor(value, sem, answered, 'too-few-items', {
      dimension: facetDimension[f]!,
    });
  }

  const dimensions = {} as Record<DimensionId, DimensionScore>;
  for (const d of DIMENSIONS) {
    const own = plan.dimensionFacets[d];
    let sum = 0;
    let valid = 0;
    let answered = 0;
    // An unmeasured facet cannot show expert-level behaviour, so it fails the floor too.
    let floorMet = true;
    for (const f of own) {
      const v = facetValues[f]!;
      answered += facets[facetIds[f]!]!.answered;
      if (v === null) floorMet = false;
      else {
        sum += v;
        valid++;
        if (v < EXPERT_FACET_FLOOR) floorMet = false;
      }
    }
    const value = valid >= minimumOf(own.length) ? tidy(sum / valid) : null;
    const block = blockFor(value, sem, answered, 'too-few-facets', {
      stage: null as Stage | null,
    });
    if (block.band) block.stage = stageWithBand(value!, block.band, floorMet);
    dimensions[d] = block;
  }

  // Facet positions by score; Array.prototype.sort is stable, so ties keep instrument order.
  const ranked = facetIds.map((_, f) => f).filter((f) => facetValues[f] !== null);
  const byScore = (f: number) => facetValues[f]!;
  const strengths = [...ranked].sort((a, b) => byScore(b) - byScore(a)).slice(0, 3);
  const growthAreas = ranked
    .filter((f) => !strengths.includes(f))
    .sort((a, b) => byScore(a) - byScore(b))
    .slice(0, 3);
  const toIds = (list: number[]) => list.map((f) => facetIds[f]!);

  return {
    instrumentId: plan.instrument.id,
    instrumentVersion: plan.instrument.version,
    form: (responses as ResponseSet).form,
    sem: tidy(sem),
    dimensions,
    facets,
    profile: profileFor(
      dimensions.technical.score,
      dimensions.relational.score,
      dimensions.business.score,
    ),
    strengths: toIds(strengths),
    growthAreas: toIds(growthAreas),
    flags: qualityFlags(raw, timings),
  };
}

/** A score block: the score with its band, or `null` with the reason. */
function blockFor<T extends object>(
  value: number | null,
  sem: number,
  answered: number,
  reason: InvalidReason,
  extra: T,
): ScoreBlock & T {
  return value === null
    ? { score: null, band: null, answered, reason, ...extra }
    : { score: value, band: bandFor(value, sem), answered, ...extra };
}

/** Percentile ranks against host-supplied norms, for every score that has a norm. */
function percentilesFor(result: Result, norms: unknown): Percentiles {
  if (!isRecord(norms)) fail('invalid-norms', ['norms'], 'Expected a norms object');
  const { group, dimensions = {}, facets = {} } = norms as Partial<Norms>;
  if (typeof group !== 'string' || !group.trim())
    fail('invalid-norms', ['norms', 'group'], 'Name the norm group');
  const out: Percentiles = { group, dimensions: {}, facets: {} };
  for (const [key, stats] of [
    ['dimensions', dimensions],
    ['facets', facets],
  ] as const) {
    if (!isRecord(stats)) fail('invalid-norms', ['norms', key], 'Expected an object');
    const scores: Record<string, { score: number | null }> = result[key];
    for (const [id, stat] of Object.entries(stats)) {
      const path = ['norms', key, id];
      if (!Object.hasOwn(scores, id)) fail('invalid-norms', path, 'Unknown id');
      const value = scores[id]!.score;
      const rank = percentileRank(value ?? 0, stat, path);
      if (value !== null) (out[key] as Record<string, Percentile>)[id] = rank;
    }
  }
  return out;
}
