import { instrument as builtin } from '../instrument/builtin.js';
import { fail, isRecord, type Path } from './errors.js';
import { qualityFlags } from './flags.js';
import { DIMENSIONS, minimumOf, planFor, readResponses, type Plan } from './plan.js';
import { EXPERT_FACET_FLOOR, profileFor, stageWithBand } from './stages.js';
import { checkNormStat, percentileRank } from './stats.js';
import type {
  DimensionId,
  DimensionScore,
  FacetScore,
  Norms,
  Percentiles,
  ResponseSet,
  Result,
  ScoreOptions,
} from './types.js';

/** z for a two-sided 90 % interval. */
export const Z90 = 1.645;

/** Rounds away floating-point noise so a score of exactly 40 is not 39.999999. */
export const tidy = (x: number): number => Math.round(x * 1e6) / 1e6;

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
  const plan = planFor(options.instrument ?? builtin);
  const result = scoreWithPlan(plan, responses, []);
  if (options.norms !== undefined) result.percentiles = percentilesFor(result, options.norms, plan);
  return result;
}

/** Scoring proper, for callers that already hold a plan (score360, cohortStats). */
export function scoreWithPlan(plan: Plan, responses: unknown, path: Path): Result {
  const { raw, timings } = readResponses(plan, responses, path);
  const { sem, facetIds, facetItems, facetDimension, reverse } = plan;

  const facets: Record<string, FacetScore> = {};
  const facetValues: (number | null)[] = facetItems.map((items, f) => {
    let sum = 0;
    let answered = 0;
    for (const i of items) {
      const x = raw[i]!;
      if (x) {
        sum += reverse[i] ? reverseKey(x) : x;
        answered++;
      }
    }
    const block: FacetScore =
      answered >= minimumOf(items.length)
        ? { score: pomp(sum / answered), band: null, answered, dimension: facetDimension[f]! }
        : {
            score: null,
            band: null,
            answered,
            reason: 'too-few-items',
            dimension: facetDimension[f]!,
          };
    if (block.score !== null) block.band = bandFor(block.score, sem);
    facets[facetIds[f]!] = block;
    return block.score;
  });

  const dimensions = {} as Record<DimensionId, DimensionScore>;
  for (const d of DIMENSIONS) {
    const own = plan.dimensionFacets[d];
    const values = own.map((f) => facetValues[f]).filter((v): v is number => v !== null);
    const answered = own.reduce((n, f) => n + facets[facetIds[f]!]!.answered, 0);
    if (values.length < minimumOf(own.length)) {
      dimensions[d] = { score: null, band: null, answered, reason: 'too-few-facets', stage: null };
      continue;
    }
    const value = tidy(values.reduce((a, b) => a + b, 0) / values.length);
    const band = bandFor(value, sem);
    // An unmeasured facet cannot show expert-level behaviour, so it fails the floor too.
    const floorMet = own.every((f) => (facetValues[f] ?? -1) >= EXPERT_FACET_FLOOR);
    dimensions[d] = { score: value, band, answered, stage: stageWithBand(value, band, floorMet) };
  }

  // Ranked by score; Array.prototype.sort is stable, so ties keep instrument order.
  const ranked = facetIds
    .map((id, f) => ({ id, value: facetValues[f] }))
    .filter((e): e is { id: string; value: number } => e.value !== null);
  const strengths = [...ranked]
    .sort((a, b) => b.value - a.value)
    .slice(0, 3)
    .map((e) => e.id);
  const growthAreas = ranked
    .filter((e) => !strengths.includes(e.id))
    .sort((a, b) => a.value - b.value)
    .slice(0, 3)
    .map((e) => e.id);

  const r = responses as { form: Result['form'] };
  return {
    instrumentId: plan.instrument.id,
    instrumentVersion: plan.instrument.version,
    form: r.form,
    sem: tidy(sem),
    dimensions,
    facets,
    profile: profileFor({
      technical: dimensions.technical.score,
      relational: dimensions.relational.score,
      business: dimensions.business.score,
    }),
    strengths,
    growthAreas,
    flags: qualityFlags(raw, timings),
  };
}

/** Percentile ranks against host-supplied norms, for every score that has a norm. */
function percentilesFor(result: Result, norms: unknown, plan: Plan): Percentiles {
  if (!isRecord(norms)) fail('invalid-norms', ['norms'], 'Expected a norms object');
  const { group, dimensions = {}, facets = {} } = norms as Partial<Norms>;
  if (typeof group !== 'string' || !group.trim())
    fail('invalid-norms', ['norms', 'group'], 'Name the norm group');
  const out: Percentiles = { group, dimensions: {}, facets: {} };
  const add = (
    stats: unknown,
    key: 'dimensions' | 'facets',
    known: readonly string[],
    scores: Record<string, { score: number | null }>,
  ) => {
    if (!isRecord(stats)) fail('invalid-norms', ['norms', key], 'Expected an object');
    for (const [id, stat] of Object.entries(stats)) {
      if (!known.includes(id)) fail('invalid-norms', ['norms', key, id], 'Unknown id');
      const checked = checkNormStat(stat, ['norms', key, id]);
      const value = scores[id]!.score;
      if (value !== null)
        (out[key] as Record<string, unknown>)[id] = percentileRank(value, checked);
    }
  };
  add(dimensions, 'dimensions', DIMENSIONS, result.dimensions);
  add(facets, 'facets', plan.facetIds, result.facets);
  return out;
}
