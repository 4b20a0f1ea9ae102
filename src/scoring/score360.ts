import { fail, fieldsOf, isFiniteNumber, type Path } from './errors.js';
import {
  expectHeader,
  mapScores,
  planFromOptions,
  readResponses,
  scoreIn,
  type Plan,
} from './plan.js';
import { scoreWithPlan, tidy, Z90 } from './score.js';
import type {
  Form,
  Gap,
  GroupScores,
  RaterGroup,
  RaterResponseSet,
  RaterResult,
  ResponseSet,
  Result,
  Result360,
  ScoreOptions,
} from './types.js';
import { RATER_GROUPS } from './vocabulary.js';

/** Raters a group needs before its mean is shown; the manager is shown alone. */
export const MIN_RATERS = 3;

/** The smallest self–others gap that counts, in POMP points: 0.75 of a scale point. */
export const MIN_GAP = 18.75;

/**
 * Self vs others: per rater group means (hidden below 3 raters, except the manager), all
 * observers pooled, and the self–others gap per dimension and facet. Self and each rater may
 * be given as responses or, when a host or a downloaded file holds only the scores, as a
 * result (a rater's as `{ group, result }`); both give the same numbers.
 *
 * @throws {ScoringError} naming the rater (`['raters', i, …]`) or `self` field at fault.
 */
export function score360(
  self: ResponseSet | Result | null,
  raters: (RaterResponseSet | RaterResult)[],
  options: Pick<ScoreOptions, 'instrument'> = {},
): Result360 {
  const plan = planFromOptions(options);
  const selfResult = self === null ? null : resultOf(plan, self, ['self'], 'self');
  if (!Array.isArray(raters)) fail('invalid-input', ['raters'], 'Expected an array');
  const rated = raters.map((rater: RaterResponseSet | RaterResult, i) => {
    const given = fieldsOf(rater).result;
    const result =
      given === undefined
        ? resultOf(plan, rater, ['raters', i], 'observer')
        : resultOf(plan, given, ['raters', i, 'result'], 'observer');
    const { group } = rater;
    if (!RATER_GROUPS.includes(group))
      fail('invalid-input', ['raters', i, 'group'], `Expected ${RATER_GROUPS.join(' or ')}`);
    return { group, result };
  });

  // Anonymity: the manager is shown alone, but no mean may rest on just one or two other
  // raters, neither in a group nor in the pool (where anyone could subtract the manager back
  // out). A mean needs no non-manager raters with a valid score, or at least three.
  const summarise = (members: typeof rated): GroupScores => {
    let shown = 0;
    let withheld = 0;
    const summary: GroupScores = {
      raters: members.length,
      // one pass over the members per score, no filtered copies (5 summaries × 15 scores a call)
      ...mapScores(plan.items, (kind, id) => {
        let sum = 0;
        let valid = 0;
        let nonManagers = 0;
        // forEach, not for…of: it skips the holes of a sparse list, as filter did
        members.forEach(({ group, result }) => {
          const score = scoreIn(result, kind, id) as number | null;
          if (score !== null) {
            sum += score;
            valid++;
            if (group !== 'manager') nonManagers++;
          }
        });
        if (!valid) return null;
        if (nonManagers && nonManagers < MIN_RATERS) {
          withheld++;
          return null;
        }
        shown++;
        return tidy(sum / valid);
      }),
    };
    if (!members.length) summary.hidden = 'no-raters';
    // hidden when anonymity withheld scores and none could be shown
    else if (withheld && !shown) summary.hidden = 'anonymity';
    return summary;
  };
  const groups = {} as Record<RaterGroup, GroupScores>;
  for (const g of RATER_GROUPS) groups[g] = summarise(rated.filter((r) => r.group === g));
  const others = summarise(rated);

  // Each level compares with its own SEM: a facet gap must be wider than a dimension gap.
  const gaps = mapScores(others, (kind, id, othersScore) => {
    const selfScore = selfResult && scoreIn(selfResult, kind, id);
    return selfScore == null || othersScore === null
      ? null
      : gap(selfScore, othersScore, gapThreshold(plan.sem[kind]));
  });

  return {
    instrumentId: plan.instrument.id,
    instrumentVersion: plan.instrument.version,
    sem: { dimensions: tidy(plan.sem.dimensions), facets: tidy(plan.sem.facets) },
    self: selfResult,
    groups,
    others,
    gaps,
  };
}

/**
 * The smallest self–others difference that counts at a level with this SEM: 0.75 of a scale
 * point, or 1.645 · √(SEM²self + SEM²others) when that is larger.
 */
export const gapThreshold = (sem: number): number =>
  tidy(Math.max(MIN_GAP, Z90 * Math.sqrt(2 * sem ** 2)));

/**
 * Scores responses, or checks a result: its instrument, version and form, and that every score
 * the plan has is a number from 0 to 100 or null.
 */
function resultOf(plan: Plan, input: unknown, path: Path, form: Form): Result {
  const fields = fieldsOf(input);
  if (fields.answers !== undefined || fields.dimensions === undefined)
    return scoreWithPlan(plan, readResponses(plan, input, path, [form]), form === 'observer');
  expectHeader(plan, fields, path, [form]);
  mapScores(plan.items, (kind, id) => {
    const { score } = fieldsOf(fieldsOf(fields[kind])[id]);
    if (score !== null && !(isFiniteNumber(score) && score >= 0 && score <= 100))
      fail('invalid-input', [...path, kind, id, 'score'], 'Expected 0–100 or null');
  });
  return input as Result;
}

/**
 * Classifies a self–others difference. A gap at or above the threshold is a blind spot (self
 * higher) or a hidden strength (others higher); otherwise both agree, and the shared level
 * (their mean) says whether it is an agreed strength (≥ 70, Proficient), an agreed growth area
 * (< 55, below Competent), or plain agreement in between.
 */
export function gap(self: number, others: number, threshold: number): Gap {
  const difference = tidy(self - others);
  const level = (self + others) / 2;
  const kind =
    Math.abs(difference) >= threshold
      ? difference > 0
        ? 'blind-spot'
        : 'hidden-strength'
      : level >= 70
        ? 'agreed-strength'
        : level < 55
          ? 'agreed-growth'
          : 'agreement';
  return { self, others, difference, threshold, kind };
}
