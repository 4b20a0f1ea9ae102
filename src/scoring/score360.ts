import { instrument as builtin } from '../instrument/builtin.js';
import { fail, isRecord } from './errors.js';
import { DIMENSIONS, planFor } from './plan.js';
import { scoreWithPlan, tidy, Z90 } from './score.js';
import { mean } from './stats.js';
import type {
  DimensionId,
  Gap,
  GapKind,
  GroupScores,
  RaterGroup,
  RaterResponseSet,
  ResponseSet,
  Result,
  Result360,
  ScoreOptions,
} from './types.js';

export const RATER_GROUPS: readonly RaterGroup[] = ['manager', 'peer', 'direct-report', 'other'];

/** Raters a group needs before its mean is shown; the manager is shown alone. */
export const MIN_RATERS = 3;

/** The smallest self–others gap that counts, in POMP points: 0.75 of a scale point. */
export const MIN_GAP = 18.75;

/**
 * Self vs others: per rater group means (hidden below 3 raters, except the manager), all
 * observers pooled, and the self–others gap per dimension and facet.
 *
 * @throws {ScoringError} naming the rater (`['raters', i, …]`) or `self` field at fault.
 */
export function score360(
  self: ResponseSet | null,
  raters: RaterResponseSet[],
  options: Pick<ScoreOptions, 'instrument'> = {},
): Result360 {
  if (!isRecord(options)) fail('invalid-input', ['options'], 'Expected an options object');
  const plan = planFor(options.instrument === undefined ? builtin : options.instrument);
  let selfResult: Result | null = null;
  if (self !== null) {
    selfResult = scoreWithPlan(plan, self, ['self']);
    if (selfResult.form !== 'self') fail('invalid-input', ['self', 'form'], 'Expected "self"');
  }
  if (!Array.isArray(raters)) fail('invalid-input', ['raters'], 'Expected an array of raters');
  const rated = raters.map((rater, i) => {
    const result = scoreWithPlan(plan, rater, ['raters', i]);
    if (result.form !== 'observer')
      fail('invalid-input', ['raters', i, 'form'], 'Expected "observer"');
    const group = rater.group;
    if (!RATER_GROUPS.includes(group))
      fail('invalid-input', ['raters', i, 'group'], `Expected one of ${RATER_GROUPS.join(', ')}`);
    return { group, result };
  });

  const summarise = (members: typeof rated, canShow: (valid: typeof rated) => boolean) => {
    let shown = 0;
    let withheld = 0;
    const pick = (value: (r: Result) => number | null): number | null => {
      const valid = members.filter((m) => value(m.result) !== null);
      if (!valid.length) return null;
      if (!canShow(valid)) return (withheld++, null);
      shown++;
      return tidy(mean(valid.map((m) => value(m.result)!))!);
    };
    const summary: GroupScores = {
      raters: members.length,
      dimensions: {} as Record<DimensionId, number | null>,
      facets: {},
    };
    for (const d of DIMENSIONS) summary.dimensions[d] = pick((r) => r.dimensions[d].score);
    for (const f of plan.facetIds) summary.facets[f] = pick((r) => r.facets[f]!.score);
    if (!members.length) summary.hidden = 'no-raters';
    // hidden when anonymity withheld scores and none could be shown
    else if (withheld && !shown) summary.hidden = 'anonymity';
    return summary;
  };

  const groups = {} as Record<RaterGroup, GroupScores>;
  for (const g of RATER_GROUPS) {
    const members = rated.filter((r) => r.group === g);
    groups[g] = summarise(members, (valid) => g === 'manager' || valid.length >= MIN_RATERS);
  }
  // The manager is shown alone, so the pool must not let anyone subtract their way back to
  // one or two other raters: pooled scores need no non-manager raters, or at least three.
  const others = summarise(rated, (valid) => {
    const nonManager = valid.filter((m) => m.group !== 'manager').length;
    return nonManager === 0 || nonManager >= MIN_RATERS;
  });

  const threshold = tidy(Math.max(MIN_GAP, Z90 * Math.sqrt(2 * plan.sem ** 2)));
  const gapFor = (selfScore: number | null | undefined, othersScore: number | null): Gap | null =>
    selfScore == null || othersScore === null ? null : gap(selfScore, othersScore, threshold);
  const gaps: Result360['gaps'] = { dimensions: {} as Result360['gaps']['dimensions'], facets: {} };
  for (const d of DIMENSIONS)
    gaps.dimensions[d] = gapFor(selfResult?.dimensions[d].score, others.dimensions[d]);
  for (const f of plan.facetIds)
    gaps.facets[f] = gapFor(selfResult?.facets[f]!.score, others.facets[f]!);

  return {
    instrumentId: plan.instrument.id,
    instrumentVersion: plan.instrument.version,
    sem: tidy(plan.sem),
    self: selfResult,
    groups,
    others,
    gaps,
  };
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
  let kind: GapKind;
  if (Math.abs(difference) >= threshold) kind = difference > 0 ? 'blind-spot' : 'hidden-strength';
  else kind = level >= 70 ? 'agreed-strength' : level < 55 ? 'agreed-growth' : 'agreement';
  return { self, others, difference, threshold, kind };
}
