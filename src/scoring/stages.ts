import type { ArchetypeId, DimensionId, Profile, Stage, StageId } from './types.js';

export const STAGES: readonly StageId[] = [
  'novice',
  'advanced-beginner',
  'competent',
  'proficient',
  'expert',
];

/** Lower bounds of advanced beginner, competent, proficient and expert (POMP). */
export const STAGE_CUTS: readonly number[] = [40, 55, 70, 85];

/** Expert needs every facet of the dimension at or above this, not just the mean. */
export const EXPERT_FACET_FLOOR = 75;

/** Dimensions within this many points of the highest lead the profile. */
export const LEADING_MARGIN = 8;

/** Dreyfus stage of a POMP score; without the facet floor, Expert is capped at Proficient. */
export function stageFor(score: number, facetFloorMet = true): StageId {
  let i = 0;
  while (i < STAGE_CUTS.length && score >= STAGE_CUTS[i]!) i++;
  if (i === 4 && !facetFloorMet) i = 3;
  return STAGES[i]!;
}

/** Stage of a score and, when its band crosses a cut, the stages at both ends of the band. */
export function stageWithBand(
  score: number,
  band: [number, number],
  facetFloorMet: boolean,
): Stage {
  const low = stageFor(band[0], facetFloorMet);
  const high = stageFor(band[1], facetFloorMet);
  return { id: stageFor(score, facetFloorMet), between: low === high ? null : [low, high] };
}

const ONE_LEADING: Record<DimensionId, ArchetypeId> = {
  technical: 'technical-anchor',
  relational: 'connector',
  business: 'commercial-thinker',
};

const TWO_LEADING: Record<DimensionId, ArchetypeId> = {
  // keyed by the dimension that is *not* leading
  business: 'trusted-expert',
  relational: 'expert-operator',
  technical: 'emerging-strategic-leader',
};

/** Profile from the three dimension scores (in instrument order); needs all three. */
export function profileFor(scores: Record<DimensionId, number | null>): Profile {
  const entries = Object.entries(scores) as [DimensionId, number | null][];
  const valid = entries.filter((e): e is [DimensionId, number] => e[1] !== null);
  const top = Math.max(...valid.map((e) => e[1]));
  const leading = valid.filter((e) => top - e[1] <= LEADING_MARGIN).map((e) => e[0]);
  if (valid.length < 3) return { archetype: null, leading };
  let archetype: ArchetypeId;
  if (leading.length === 1) archetype = ONE_LEADING[leading[0]!];
  else if (leading.length === 2) {
    archetype = TWO_LEADING[entries.find((e) => !leading.includes(e[0]))![0]];
  } else {
    const average = valid.reduce((a, e) => a + e[1], 0) / 3;
    archetype = average >= 70 ? '3d-leader' : 'broad-foundation';
  }
  return { archetype, leading };
}
