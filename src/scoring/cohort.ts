import { fail } from './errors.js';
import { mapScores, planFromOptions, readResponses, scoreIn } from './plan.js';
import { reverseKey, scoreWithPlan, tidy } from './score.js';
import { cronbachAlpha, mean, sd } from './stats.js';
import type { CohortStats, ResponseSet, ScaleStats, ScoreOptions } from './types.js';

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
  const plan = planFromOptions(options);
  if (!Array.isArray(responses)) fail('invalid-input', [], 'Expected an array');
  const read = responses.map((r, i) => readResponses(plan, r, [i]));
  const results = read.map((r) => scoreWithPlan(plan, r));
  const round = (x: number | null) => (x === null ? null : tidy(x));

  const stats = mapScores(plan.items, (kind, id, items): ScaleStats => {
    const valid = results.map((r) => scoreIn(r, kind, id)).filter((s) => s != null);
    // Complete cases only: rows of keyed answers to every item of the scale.
    const complete = read
      .filter(({ raw }) => items.every((i) => raw[i]))
      .map(({ raw }) => items.map((i) => (plan.reverse[i] ? reverseKey(raw[i]!) : raw[i]!)));
    return {
      n: valid.length,
      mean: round(mean(valid)),
      sd: round(sd(valid)),
      alpha: round(cronbachAlpha(complete)),
    };
  });
  return { respondents: responses.length, ...stats };
}
