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

/** Profile from the three dimension scores; the archetype needs all three. */
export function profileFor(
  technical: number | null,
  relational: number | null,
  business: number | null,
): Profile {
  const scores: [DimensionId, number | null][] = [
    ['technical', technical],
    ['relational', relational],
    ['business', business],
  ];
  let top = -Infinity;
  let valid = 0;
  let sum = 0;
  for (const [, v] of scores) {
    if (v === null) continue;
    valid++;
    sum += v;
    if (v > top) top = v;
  }
  const leading = scores.filter(([, v]) => v !== null && top - v <= LEADING_MARGIN).map(([d]) => d);
  let archetype: ArchetypeId | null = null;
  if (valid < 3) archetype = null;
  else if (leading.length === 1) archetype = ONE_LEADING[leading[0]!];
  else if (leading.length === 2)
    archetype = TWO_LEADING[scores.find(([d]) => !leading.includes(d))![0]];
  else archetype = sum / 3 >= 70 ? '3d-leader' : 'broad-foundation';
  return { archetype, leading };
}
