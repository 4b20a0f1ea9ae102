import { instrument as builtin } from '../instrument/builtin.js';
import { fail, isRecord } from './errors.js';
import { DIMENSIONS, planFor, readResponses } from './plan.js';
import { reverseKey, scoreWithPlan, tidy } from './score.js';
import { cronbachAlpha, mean, sd } from './stats.js';
import type { CohortStats, DimensionId, ResponseSet, ScaleStats, ScoreOptions } from './types.js';

/**
 * Statistics over many respondents, for hosts that hold a cohort: per facet and dimension the
 * number of valid scores, their mean and SD, and Cronbach's alpha of the keyed item answers
 * (complete cases only).
 *
 * @throws {ScoringError} naming the respondent (`[i, …]`) at fault.
 */
export function cohortStats(
  responses: ResponseSet[],
  options: Pick<ScoreOptions, 'instrument'> = {},
): CohortStats {
  if (!isRecord(options)) fail('invalid-input', ['options'], 'Expected an options object');
  if (!Array.isArray(responses)) fail('invalid-input', [], 'Expected an array of response sets');
  const plan = planFor(options.instrument === undefined ? builtin : options.instrument);
  const results = responses.map((r, i) => scoreWithPlan(plan, r, [i]));
  const keyed = responses.map((r, i) =>
    Array.from(readResponses(plan, r, [i]).raw, (x, item) =>
      x && plan.reverse[item] ? reverseKey(x) : x,
    ),
  );

  const stats = (scores: (number | null)[], items: number[]): ScaleStats => {
    const valid = scores.filter((s): s is number => s !== null);
    const complete = keyed
      .filter((row) => items.every((i) => row[i]))
      .map((row) => items.map((i) => row[i]!));
    const round = (x: number | null) => (x === null ? null : tidy(x));
    return {
      n: valid.length,
      mean: round(mean(valid)),
      sd: round(sd(valid)),
      alpha: round(cronbachAlpha(complete)),
    };
  };

  const facets: Record<string, ScaleStats> = {};
  plan.facetIds.forEach((id, f) => {
    facets[id] = stats(
      results.map((r) => r.facets[id]!.score),
      plan.facetItems[f]!,
    );
  });
  const dimensions = {} as Record<DimensionId, ScaleStats>;
  for (const d of DIMENSIONS)
    dimensions[d] = stats(
      results.map((r) => r.dimensions[d].score),
      plan.dimensionFacets[d].flatMap((f) => plan.facetItems[f]!),
    );
  return { respondents: responses.length, dimensions, facets };
}
