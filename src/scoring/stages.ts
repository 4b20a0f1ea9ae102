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

/** Archetype by the leading dimensions, in instrument order; all three lead in neither. */
const ARCHETYPES: Record<string, ArchetypeId> = {
  technical: 'technical-anchor',
  relational: 'connector',
  business: 'commercial-thinker',
  'technical relational': 'trusted-expert',
  'technical business': 'expert-operator',
  'relational business': 'emerging-strategic-leader',
};

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
  const leading = valid.filter((d) => top - dimensions[d].score! <= LEADING_MARGIN);
  const reason =
    valid.length < 3
      ? 'too-few-dimensions'
      : flags.some((f) => WITHHOLDING_FLAGS.includes(f.code)) && 'response-quality';
  if (reason) return { archetype: null, reason, leading };
  const archetype =
    ARCHETYPES[leading.join(' ')] ?? (mean(scores)! >= 70 ? '3d-leader' : 'broad-foundation');
  return { archetype, leading };
}
