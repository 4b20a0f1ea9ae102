/**
 * Plain-data types of the scoring engine. Hand-written (not inferred from zod) because this
 * module must not depend on anything; `src/schema/instrument.ts` checks at compile time that the zod
 * schema's inferred types stay assignable to these.
 */

// The vocabulary (dimensions, forms, rater groups, stages, persist modes) is declared once, as
// lists in ./vocabulary.ts; its types are re-exported here so every type of the engine is in one
// place.
export type {
  DimensionId,
  Form,
  RaterGroup,
  StageId,
  PersistMode,
  FileFormat,
} from './vocabulary.js';
import type { DimensionId, Form, RaterGroup, StageId } from './vocabulary.js';

/** A raw answer on the 5-point frequency scale; `null` = missing or "not observed". */
export type Answer = 1 | 2 | 3 | 4 | 5;

export interface InstrumentItem {
  /** Stable id, unique within the instrument; responses are keyed by it. */
  id: string;
  /** Id of the facet this item belongs to. */
  facet: string;
  /** True when agreeing means *less* of the facet: the answer is scored 6 − x. */
  reverse: boolean;
  /** First-person wording ("I …"). */
  self: string;
  /** Third-person wording for raters ("This person …"). */
  observer: string;
}

/** What to do about a facet when it is a growth area: the three steps of self-directed development. */
export interface DevelopmentSuggestion {
  /** A question to reflect on. */
  reflect: string;
  /** Whom to ask for feedforward, and what to ask. */
  feedforward: string;
  /** A concrete behaviour to try for a set time. */
  experiment: string;
  /**
   * One concrete way to use the facet more widely or help others with it, shown when it is a
   * strength (or among the highest-rated). Optional: without it the report shows no such line.
   */
  use?: string;
}

export interface InstrumentFacet {
  id: string;
  dimension: DimensionId;
  label: string;
  description: string;
  develop: DevelopmentSuggestion;
}

export interface InstrumentDimension {
  id: DimensionId;
  label: string;
  description: string;
}

/** Reliability per level of score. */
export interface Reliability {
  /** Of a dimension score. */
  dimension: number;
  /**
   * Of a facet score. Defaults to Spearman–Brown from the dimension's, with k = dimensions ÷
   * facets (the share of a dimension's items a facet has): k·r / (1 + (k − 1)·r).
   */
  facet?: number;
}

/**
 * Measurement properties on the POMP (0–100) scale. They set the standard error of measurement
 * of each level, SEM = sd · √(1 − reliability), and so the width of every band.
 */
export interface Psychometrics {
  sd: number;
  /** Per level, or one number: the dimension's (how version 1 instruments give it). */
  reliability: number | Reliability;
  /**
   * Complete response sets the reliabilities were measured on. Absent: they are assumptions,
   * and the report says so beside every band.
   */
  measuredOn?: number;
}

/** One value per level of score, keyed like a result's scores. */
export interface PerLevel {
  dimensions: number;
  facets: number;
}

/** A questionnaire: JSON-compatible data. The order of `items` is the order shown. */
export interface Instrument {
  schemaVersion: 1;
  id: string;
  version: string;
  /** BCP 47 language tag of the texts. */
  lang: string;
  title: string;
  scale: {
    /** Labels for answers 1…5, lowest first. */
    labels: [string, string, string, string, string];
    /** Label of the "not observed" option offered to observers. */
    notObserved: string;
  };
  psychometrics: Psychometrics;
  dimensions: InstrumentDimension[];
  facets: InstrumentFacet[];
  items: InstrumentItem[];
}

/** One person's answers to one instrument. */
export interface ResponseSet {
  instrumentId: string;
  instrumentVersion: string;
  form: Form;
  /** Item id → answer; `null` or absent = missing / not observed. */
  answers: Record<string, Answer | null>;
  /** Item id → milliseconds spent on the item, optional. */
  timings?: Record<string, number>;
}

/** An observer's answers, with their relationship to the person rated. */
export interface RaterResponseSet extends ResponseSet {
  group: RaterGroup;
}

/** An observer's scored result, with their relationship to the person rated. */
export interface RaterResult {
  group: RaterGroup;
  result: Result;
}

/** Why a score is `null`. */
export type InvalidReason = 'too-few-items' | 'too-few-facets';

export interface ScoreBlock {
  /** POMP score 0–100, or `null` when too little was answered. */
  score: number | null;
  /** 90 % band (score ± 1.645 · SEM, clipped to 0–100), or `null` with the score. */
  band: [number, number] | null;
  /** Items answered (for a dimension: across all its facets). */
  answered: number;
  /** Present exactly when `score` is `null`. */
  reason?: InvalidReason;
}

/** Development stage of a dimension score. */
export interface Stage {
  /** Stage of the point score. */
  id: StageId;
  /** Lowest and highest stage inside the 90 % band, when they differ: "between X and Y". */
  between: [StageId, StageId] | null;
}

export type DimensionScore = ScoreBlock & { stage: Stage | null };
export type FacetScore = ScoreBlock & { dimension: DimensionId };

export type ArchetypeId =
  | 'technical-anchor'
  | 'connector'
  | 'commercial-thinker'
  | 'trusted-expert'
  | 'expert-operator'
  | 'emerging-strategic-leader'
  | 'broad-foundation'
  | '3d-leader';

/** Why a profile names no archetype. */
export type ProfileReason = 'too-few-dimensions' | 'response-quality';

export interface Profile {
  /** `null` when a dimension is unscored or the answers raise a response-quality flag. */
  archetype: ArchetypeId | null;
  /** Present exactly when `archetype` is `null`. */
  reason?: ProfileReason;
  /** Dimensions within 8 points of the highest, in instrument order. */
  leading: DimensionId[];
}

export type QualityFlagCode = 'long-run' | 'low-variability' | 'acquiescence' | 'too-fast';

/** A notice about how the answers were given. Flags never change scores. */
export interface QualityFlag {
  code: QualityFlagCode;
  /**
   * The measured value: run length, SD, the balanced acquiescence index (½ · (mean raw forward
   * answer + mean raw reverse answer)), or mean ms per item.
   */
  value: number;
  /** The threshold it crossed. */
  threshold: number;
}

/** Norm statistics for one score: a distribution of scores, or a mean and SD. */
export type NormStat = { scores: number[] } | { mean: number; sd: number; n: number };

/** Host-supplied comparison group. The library never invents norms. */
export interface Norms {
  /** Shown with every percentile, e.g. "UK engineering managers 2026". */
  group: string;
  dimensions?: Partial<Record<DimensionId, NormStat>>;
  facets?: Record<string, NormStat>;
}

export interface Percentile {
  /** Percentile rank 0–100. */
  value: number;
  /** Size of the norm group for this score. */
  n: number;
  method: 'distribution' | 'normal';
}

export interface Percentiles {
  group: string;
  dimensions: Partial<Record<DimensionId, Percentile>>;
  facets: Record<string, Percentile>;
}

export interface Result {
  instrumentId: string;
  instrumentVersion: string;
  form: Form;
  /**
   * Standard error of measurement of each level, in POMP points: the bands of dimensions use
   * `sem.dimensions`, those of facets `sem.facets`. (A version 1 result has one number.)
   */
  sem: PerLevel;
  /** True while the reliabilities behind `sem` are assumptions, not measured. */
  reliabilityAssumed: boolean;
  dimensions: Record<DimensionId, DimensionScore>;
  /** Keyed by facet id, in instrument order. */
  facets: Record<string, FacetScore>;
  /** Keyed answer of every item (after reverse keying, 1–5), `null` when missing; item order. */
  items: Record<string, number | null>;
  profile: Profile;
  /**
   * Earned strengths, highest first: up to 3 of the highest valid facets that score ≥ 70 or ≥
   * the person's mean facet score + 1 facet SEM. Facets tied at the cut are all in or all out.
   * Empty when none qualifies.
   */
  strengths: string[];
  /** Up to 3 of the lowest valid facets that are not strengths, lowest first; ties as above. */
  growthAreas: string[];
  flags: QualityFlag[];
  /** Only when norms were given. */
  percentiles?: Percentiles;
}

export interface ScoreOptions {
  /** Defaults to the built-in instrument. */
  instrument?: Instrument;
  norms?: Norms;
}

/** How self and others compare on one score. */
export type GapKind =
  'blind-spot' | 'hidden-strength' | 'agreed-strength' | 'agreed-growth' | 'agreement';

export interface Gap {
  self: number;
  others: number;
  /** self − others, POMP points. */
  difference: number;
  /** |difference| at or above this is a real gap. */
  threshold: number;
  kind: GapKind;
}

export interface GroupScores {
  /** Raters in the group (or all observers, for `others`). */
  raters: number;
  /** Mean per dimension over raters with a valid score; `null` when hidden or unscorable. */
  dimensions: Record<DimensionId, number | null>;
  facets: Record<string, number | null>;
  /** Why the group's scores are hidden, when they are. */
  hidden?: 'anonymity' | 'no-raters';
}

export interface Result360 {
  instrumentId: string;
  instrumentVersion: string;
  /** SEM per level; each level's gap threshold uses its own. */
  sem: PerLevel;
  self: Result | null;
  groups: Record<RaterGroup, GroupScores>;
  /** All observers pooled. */
  others: GroupScores;
  /** Self vs others, where both exist. */
  gaps: {
    dimensions: Record<DimensionId, Gap | null>;
    facets: Record<string, Gap | null>;
  };
}

export interface ChangeEntry {
  before: number;
  after: number;
  /** after − before, POMP points. */
  difference: number;
  /** Reliable change index: difference / (√2 · SEM of the level). */
  rci: number;
  /** |rci| > 1.645 (90 %). */
  reliable: boolean;
  direction: 'increase' | 'decrease' | 'no-reliable-change';
}

export interface Change {
  instrumentId: string;
  /** SEM per level; each level's RCI uses its own. */
  sem: PerLevel;
  dimensions: Record<DimensionId, ChangeEntry | null>;
  facets: Record<string, ChangeEntry | null>;
}

export interface ScaleStats {
  /** Respondents with a valid score. */
  n: number;
  mean: number | null;
  sd: number | null;
  /** Cronbach's alpha over keyed item answers, complete cases only; `null` below 2 cases. */
  alpha: number | null;
}

export interface CohortStats {
  respondents: number;
  dimensions: Record<DimensionId, ScaleStats>;
  facets: Record<string, ScaleStats>;
}

/** What {@link analyze} reads: a response set, or a result (which keeps its keyed answers). */
export type AnalysisInput = ResponseSet | Result;

/** How a cohort's norms are given: every valid score, or their mean, SD and n. */
export type NormMethod = Percentile['method'];

export interface AnalyzeOptions {
  /** Defaults to the built-in instrument. */
  instrument?: Instrument;
  /** The form analysed; a set of the other form is refused. Default: the first set's form. */
  form?: Form;
  /** Name of the norm group in `norms` (default `"this cohort (n = …)"`). */
  group?: string;
  /**
   * `distribution` (default): `norms` lists every valid score, so percentiles are exact;
   * `normal`: mean, SD and n only, compact for large cohorts.
   */
  normMethod?: NormMethod;
}

/** One item across a cohort; every statistic is of the keyed answers (1–5, after reverse keying). */
export interface ItemAnalysis {
  id: string;
  facet: string;
  dimension: DimensionId;
  /** Sets that answered the item. */
  n: number;
  /** `null` without answers. */
  mean: number | null;
  /** Sample SD (n − 1); `null` below 2 answers. */
  sd: number | null;
  /** Share (0–1) of the answers at the lowest keyed answer, 1 (0 without answers). */
  floor: number;
  /** Share (0–1) of the answers at the highest keyed answer, 5 (0 without answers). */
  ceiling: number;
  /** Share (0–1) of the sets that left the item unanswered. */
  missing: number;
  /**
   * Corrected item–total correlation (psych's `r.drop`): the item against the sum of the other
   * items of its facet, and of its dimension, from pairwise covariances. `null` when undefined.
   */
  rDrop: { facet: number | null; dimension: number | null };
  /** Alpha of its facet, and of its dimension, without this item (psych's `alpha.drop` `raw_alpha`). */
  alphaDrop: { facet: number | null; dimension: number | null };
}

/** Reliability and scores of one facet or dimension (psych::alpha, pairwise covariances). */
export interface ScaleAnalysis {
  /** Items of the scale. */
  items: number;
  /** Sets with a valid score. */
  n: number;
  /** Cronbach's alpha (psych's `raw_alpha`); `null` when undefined. */
  alpha: number | null;
  /** Mean of the valid POMP scores, as `score()` gives them. */
  mean: number | null;
  /** Their SD (n − 1). */
  sd: number | null;
  /** Sets that answered every item of the scale. */
  complete: number;
  /** The fewest sets any covariance between two of its items rests on (pairwise deletion). */
  minPairN: number;
  /** Item ids left out of the alpha because their answers do not vary (psych deletes them too). */
  dropped: string[];
}

export type AnalysisWarningCode = 'no-variance' | 'negative-r-drop' | 'no-norms';

/** Something about an item or scale a host should look at before using the analysis. */
export interface AnalysisWarning {
  code: AnalysisWarningCode;
  /** Where in the analysis, e.g. `['items', 'listening-2']`. */
  path: (string | number)[];
  message: string;
}

/** The `psychometrics` an instrument could take from this cohort. */
export interface SuggestedPsychometrics {
  /**
   * Mean alpha of the dimensions and of the facets, SD of dimension scores, `measuredOn` =
   * complete sets; `null` when the cohort cannot give them (`warning` says why).
   */
  suggested: Psychometrics | null;
  /** Complete sets they rest on. */
  n: number;
  /** Below 100 complete sets, or when nothing can be suggested; else `null`. */
  warning: string | null;
}

/** Item analysis of a cohort: see docs/item-analysis.md. */
export interface Analysis {
  instrumentId: string;
  instrumentVersion: string;
  form: Form;
  /** Response sets analysed. */
  n: number;
  /** Sets that answered every item. */
  complete: number;
  /** Missing answers are left out pair by pair, as psych::alpha's default `use = "pairwise"`. */
  missing: 'pairwise';
  /** In instrument order. */
  items: ItemAnalysis[];
  /** By facet id, in instrument order. */
  facets: Record<string, ScaleAnalysis>;
  dimensions: Record<DimensionId, ScaleAnalysis>;
  /** Percentile norms of this cohort, in the format `score()` accepts. */
  norms: Norms;
  psychometrics: SuggestedPsychometrics;
  /** Items with no variance or a negative r.drop, scales without norms. */
  warnings: AnalysisWarning[];
}
