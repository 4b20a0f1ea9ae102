import { fail, fieldsOf, isFiniteNumber, isRecord } from './errors.js';
import { qualityFlags } from './flags.js';
import {
  KINDS,
  minimumOf,
  planFromOptions,
  readResponses,
  type Plan,
  type Responses,
} from './plan.js';
import { EXPERT_FACET_FLOOR, profileFor, stageWithBand } from './stages.js';
import { percentileRank } from './stats.js';
import { DIMENSIONS } from './vocabulary.js';
import type {
  DimensionId,
  DimensionScore,
  FacetScore,
  InvalidReason,
  NormStat,
  Norms,
  Percentile,
  Percentiles,
  ResponseSet,
  Result,
  ScoreBlock,
  ScoreOptions,
} from './types.js';

/** z for a two-sided 90 % interval. */
export const Z90 = 1.645;

/** Rounds away floating-point noise so a score of exactly 40 is not 39.999999 (and -0 is 0). */
export const tidy = (x: number): number => Math.round(x * 1e6) / 1e6 || 0;

/** Reverse keying: 1↔5, 2↔4, 3 stays. Applying it twice gives the answer back. */
export const reverseKey = (answer: number): number => 6 - answer;

/** Percent of maximum possible: a 1–5 mean on a 0–100 scale. */
export const pomp = (meanAnswer: number): number => tidy((100 * (meanAnswer - 1)) / 4);

/**
 * Scores one response set: facets, dimensions with stage and band, profile, strengths,
 * growth areas, quality flags, and percentiles when the host gives norms.
 *
 * @throws {ScoringError} naming the field, for anything malformed or from another instrument.
 */
export function score(responses: ResponseSet, options: ScoreOptions = {}): Result {
  const plan = planFromOptions(options);
  const result = scoreWithPlan(plan, readResponses(plan, responses, []));
  if (options.norms !== undefined) result.percentiles = percentiles(result, options.norms);
  return result;
}

/**
 * Scoring proper, of responses already read against the plan. `scoresOnly`: just the facet and
 * dimension scores, as blocks of `{ score }`, for a 360° rater, whose result only feeds its
 * group's means (bands, stages, the item record, flags and profile would be built and thrown
 * away: they were most of the time).
 */
export function scoreWithPlan(
  plan: Plan,
  { form, raw, timings }: Responses,
  scoresOnly?: boolean,
): Result {
  const { sem, facetIds, facetItems, itemIds, reverse } = plan;

  // Plain loops: bulk scoring calls this millions of times.
  const facets: Record<string, FacetScore> = {};
  const facetValues: (number | null)[] = [];
  for (let f = 0; f < facetIds.length; f++) {
    const own = facetItems[f]!;
    let sum = 0;
    let answered = 0;
    for (const i of own) {
      const x = raw[i]!;
      if (x) {
        sum += reverse[i] ? reverseKey(x) : x;
        answered++;
      }
    }
    const value = answered >= minimumOf(own.length) ? pomp(sum / answered) : null;
    facetValues.push(value);
    facets[facetIds[f]!] = blockFor(
      value,
      sem.facets,
      answered,
      'too-few-items',
      scoresOnly,
    ) as FacetScore;
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
      const facet = facets[facetIds[f]!]!;
      facet.dimension = d;
      answered += facet.answered;
      if (v === null) floorMet = false;
      else {
        sum += v;
        valid++;
        if (v < EXPERT_FACET_FLOOR) floorMet = false;
      }
    }
    const value = valid >= minimumOf(own.length) ? tidy(sum / valid) : null;
    const dimension = blockFor(
      value,
      sem.dimensions,
      answered,
      'too-few-facets',
      scoresOnly,
    ) as DimensionScore;
    dimension.stage = dimension.band && stageWithBand(value!, dimension.band, floorMet);
    dimensions[d] = dimension;
  }
  if (scoresOnly) return { dimensions, facets } as Result;

  const items: Record<string, number | null> = {};
  for (let i = 0; i < raw.length; i++) {
    const x = raw[i]!;
    items[itemIds[i]!] = x ? (reverse[i] ? reverseKey(x) : x) : null;
  }

  const flags = qualityFlags(raw, timings, reverse);
  const { strengths, growthAreas } = strengthsAndGrowth(facetValues, sem.facets);
  const toIds = (list: number[]) => list.map((f) => facetIds[f]!);
  return {
    instrumentId: plan.instrument.id,
    instrumentVersion: plan.instrument.version,
    form,
    sem: { dimensions: tidy(sem.dimensions), facets: tidy(sem.facets) },
    reliabilityAssumed: plan.reliabilityAssumed,
    dimensions,
    facets,
    items,
    profile: profileFor(dimensions, flags),
    strengths: toIds(strengths.listed),
    growthAreas: toIds(growthAreas.listed),
    flags,
  };
}

/** Strengths and growth areas are at most this many facets each. */
export const MAX_LISTED = 3;

/** A facet scoring at least this is a strength whatever the rest of the profile. */
export const STRENGTH_SCORE = 70;

/** Facet positions listed, and those left out only because they tie for the last place. */
export interface Listed {
  listed: number[];
  tied: number[];
}

/**
 * Earned strengths and growth areas, as facet positions. A strength is among the highest valid
 * facets and scores ≥ 70 or ≥ the person's own mean facet score + 1 facet SEM; growth areas are
 * the lowest valid facets that are not strengths. Up to 3 each; facets tied at the cut are all
 * in or all out, so instrument order never decides (a report can name the ones left out).
 */
export function strengthsAndGrowth(
  values: readonly (number | null)[],
  facetSem: number,
): { strengths: Listed; growthAreas: Listed } {
  const valid: number[] = [];
  let sum = 0;
  for (let f = 0; f < values.length; f++)
    if (values[f] !== null) {
      valid.push(f);
      sum += values[f]!;
    }
  const cut = Math.min(STRENGTH_SCORE, sum / valid.length + facetSem);
  const highestFirst = sortBy(valid, values, -1);
  const strengths = firstWithTies(
    highestFirst.filter((f) => values[f]! >= cut),
    values,
  );
  // earned strengths left out by a tie are strengths still, never growth areas
  const rest = sortBy(
    highestFirst.slice(strengths.listed.length + strengths.tied.length),
    values,
    1,
  );
  return { strengths, growthAreas: firstWithTies(rest, values) };
}

/**
 * Sorts facet positions `list` in place by `sign` · value, lowest first, keeping equal values in
 * their order (so facets tied in score stay in instrument order). An insertion sort: there are a
 * dozen facets, and it runs for every respondent, where Array.prototype.sort with a comparator
 * costs more; a sign rather than a key function spares a call per comparison.
 */
function sortBy(list: number[], values: readonly (number | null)[], sign: number): number[] {
  for (let i = 1; i < list.length; i++) {
    const f = list[i]!;
    let j = i;
    for (; j > 0 && sign * values[list[j - 1]!]! > sign * values[f]!; j--) list[j] = list[j - 1]!;
    list[j] = f;
  }
  return list;
}

/** The first `MAX_LISTED` of `ordered`, less every facet tied with the first one left out. */
function firstWithTies(ordered: number[], values: readonly (number | null)[]): Listed {
  let n = Math.min(MAX_LISTED, ordered.length);
  let end = n;
  if (n) {
    // Outside `ordered` (past its end, or before its start) the value is undefined, which ends
    // the tie in both loops.
    const atCut = values[ordered[n - 1]!];
    while (values[ordered[end]!] === atCut) end++;
    // a tie across the last place: every facet tied there leaves the list
    while (end > n && values[ordered[n - 1]!] === atCut) n--;
  }
  return { listed: ordered.slice(0, n), tied: ordered.slice(n, end) };
}

/**
 * A score block: the score with its 90 % band (clipped to 0–100), or `null` with the reason;
 * `scoreOnly`, just `{ score }` (a 360° rater's, of which only the score is read).
 */
function blockFor(
  value: number | null,
  sem: number,
  answered: number,
  reason: InvalidReason,
  scoreOnly?: boolean,
): ScoreBlock {
  return value === null
    ? { score: null, band: null, answered, reason }
    : scoreOnly
      ? ({ score: value } as ScoreBlock)
      : {
          score: value,
          band: [tidy(Math.max(0, value - Z90 * sem)), tidy(Math.min(100, value + Z90 * sem))],
          answered,
        };
}

/**
 * Percentile ranks against host-supplied norms, for every score of `result` that has a norm:
 * what `score(responses, { norms })` puts in `result.percentiles`, for a result scored before.
 *
 * @throws {ScoringError} `invalid-norms` naming the norm at fault.
 */
export function percentiles(result: Result, norms: Norms): Percentiles {
  if (!isRecord(norms)) fail('invalid-norms', ['norms'], 'Expected an object');
  const { group } = norms;
  if (typeof group !== 'string' || !group.trim())
    fail('invalid-norms', ['norms', 'group'], 'Expected a group name');
  const out: Percentiles = { group, dimensions: {}, facets: {} };
  for (const kind of KINDS) {
    // a missing map means no norms of that kind; null or another non-object is an error
    const { [kind]: stats = {} } = norms;
    if (!isRecord(stats)) fail('invalid-norms', ['norms', kind], 'Expected an object');
    // read defensively: the result may come from a file rather than from score()
    const scores = fieldsOf(fieldsOf(result)[kind]);
    for (const [id, stat] of Object.entries(stats)) {
      const path = ['norms', kind, id];
      if (!Object.hasOwn(scores, id)) fail('invalid-norms', path, 'Unknown id');
      const value = fieldsOf(scores[id]).score;
      // checked even when there is no score to rank
      const rank = percentileRank(isFiniteNumber(value) ? value : 0, stat as NormStat, path);
      if (isFiniteNumber(value)) (out[kind] as Record<string, Percentile>)[id] = rank;
    }
  }
  return out;
}
