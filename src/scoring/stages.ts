import { mean } from './stats.js';
import type {
  ArchetypeId,
  DimensionId,
  Profile,
  QualityFlag,
  QualityFlagCode,
  Stage,
  StageId,
} from './types.js';
import { DIMENSIONS, STAGES } from './vocabulary.js';

/** Lower bounds of advanced beginner, competent, proficient and expert (POMP). */
export const STAGE_CUTS: readonly number[] = [40, 55, 70, 85];

/** Expert needs every facet of the dimension at or above this, not just the mean. */
export const EXPERT_FACET_FLOOR = 75;

/** Dimensions within this many points of the highest lead the profile. */
export const LEADING_MARGIN = 8;

/** Dreyfus stage of a POMP score; without the facet floor, Expert is capped at Proficient. */
export function stageFor(score: number, facetFloorMet = true): StageId {
  let reached = 0;
  for (const cut of STAGE_CUTS) if (score >= cut) reached++;
  // Expert is the last stage: without the facet floor, stop one short of it
  return STAGES[facetFloorMet ? reached : Math.min(reached, STAGES.length - 2)]!;
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

/**
 * Archetypes by their leading dimensions as bits (technical 1, relational 2, business 4): the
 * archetype of bits b < 7 is at b − 1; all three lead in 'broad-foundation' (6) or, with a mean
 * of 70 or more, '3d-leader' (7). `profile.archetype` of `leadership-3d/scoring/fast` indexes it.
 */
export const ARCHETYPE_IDS: readonly ArchetypeId[] = [
  'technical-anchor',
  'connector',
  'trusted-expert',
  'commercial-thinker',
  'expert-operator',
  'emerging-strategic-leader',
  'broad-foundation',
  '3d-leader',
];

/**
 * Flags that say the answers may not describe the person: an archetype named from them would
 * be a label on a pattern of answering ("5 to everything" is not a 3D leader).
 */
export const WITHHOLDING_FLAGS: readonly QualityFlagCode[] = [
  'acquiescence',
  'long-run',
  'low-variability',
];

/**
 * Profile from the three dimension scores: the leading dimensions, and the archetype, which
 * needs all three scores and answers that raise none of the withholding flags.
 */
export function profileFor(
  dimensions: Record<DimensionId, { score: number | null }>,
  flags: readonly QualityFlag[] = [],
): Profile {
  const valid = DIMENSIONS.filter((d) => dimensions[d].score !== null);
  const scores = valid.map((d) => dimensions[d].score!);
  const top = Math.max(...scores);
  // bits of the leading dimensions, read only when all three are valid (then i is their index)
  let bits = 0;
  const leading = valid.filter(
    (d, i) => top - dimensions[d].score! <= LEADING_MARGIN && (bits |= 1 << i),
  );
  const reason =
    valid.length < 3
      ? 'too-few-dimensions'
      : flags.some((f) => WITHHOLDING_FLAGS.includes(f.code)) && 'response-quality';
  if (reason) return { archetype: null, reason, leading };
  return { archetype: ARCHETYPE_IDS[bits > 6 && mean(scores)! >= 70 ? 7 : bits - 1]!, leading };
}
