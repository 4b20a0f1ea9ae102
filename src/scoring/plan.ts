// Scoring reads ids and keying only: the built-in instrument's core, without the report's texts.
import { core as builtin } from './builtin-core.js';
import { fail, fieldsOf, isFiniteNumber, isRecord, type Path } from './errors.js';
import type { ItemIndex } from './responses.js';
import type { DimensionId, Instrument, PerLevel, Result, ScoreBlock } from './types.js';
import { DIMENSIONS } from './vocabulary.js';

// Reading a response set has its own module, which the widget's first load takes alone.
export { expectHeader, readResponses, type Responses } from './responses.js';

/** The two kinds of score in a result. */
export const KINDS = ['dimensions', 'facets'] as const;
export type Kind = (typeof KINDS)[number];

/** Values keyed like the scores of a result: one per dimension and one per facet. */
export interface PerScore<T> {
  dimensions: Record<DimensionId, T>;
  facets: Record<string, T>;
}

/** The structure of an instrument, indexed once so scoring a respondent is a few array walks. */
export interface Plan extends ItemIndex {
  reverse: boolean[];
  facetIds: string[];
  /** Item positions per facet. */
  facetItems: number[][];
  /** Facet positions per dimension. */
  dimensionFacets: Record<DimensionId, number[]>;
  /** Item positions of every dimension and facet, keyed like a result's scores. */
  items: PerScore<number[]>;
  /** Standard error of measurement of each level, on the POMP scale. */
  sem: PerLevel;
  /** No `psychometrics.measuredOn`: the reliabilities are assumptions. */
  reliabilityAssumed: boolean;
}

// Instruments are treated as immutable: each one is checked and indexed once.
const plans = new WeakMap<object, Plan>();

/** At least three quarters of the parts must be present: 3 of 4 items, 3 of 4 facets. */
export const minimumOf = (count: number): number => Math.ceil(count * 0.75);

/** Throws `invalid-instrument` at `path` unless `ok`. */
function need(ok: unknown, path: Path, message: string): asserts ok {
  if (!ok) fail('invalid-instrument', path, message);
}

// Non-empty (`> ''`: fewer bytes than `!== ''`), and not "__proto__": as a key of a result's
// records that would set the record's prototype, and the item or facet would go missing.
const isText = (value: unknown): value is string =>
  typeof value === 'string' && value > '' && value !== '__proto__';

/** The plan of `options.instrument`, or of the built-in instrument when none is given. */
export function planFromOptions(options: unknown): Plan {
  if (!isRecord(options)) fail('invalid-input', ['options'], 'Expected an object');
  return planFor(options.instrument === undefined ? builtin : options.instrument);
}

/**
 * Checks the parts of an instrument the engine relies on and indexes them. These checks are the
 * only copy of those rules: the zod schema (schema/instrument.ts) checks types and lengths, then
 * reports what this throws.
 */
export function planFor(instrument: unknown): Plan {
  const cached = plans.get(instrument as object);
  if (cached) return cached;
  need(isRecord(instrument), [], 'Expected an object');
  const { id, version, facets, items, psychometrics } = instrument;
  need(isText(id), ['id'], 'Expected a non-empty string');
  need(isText(version), ['version'], 'Expected a non-empty string');
  need(Array.isArray(facets), ['facets'], 'Expected an array');
  need(Array.isArray(items), ['items'], 'Expected an array');
  need(isRecord(psychometrics), ['psychometrics'], 'Expected an object');
  const { sd, reliability, measuredOn } = psychometrics;
  need(isFiniteNumber(sd) && sd > 0, ['psychometrics', 'sd'], 'Expected a positive number');
  need(
    measuredOn === undefined || (isFiniteNumber(measuredOn) && measuredOn > 0),
    ['psychometrics', 'measuredOn'],
    'Expected a positive number',
  );
  // A bare number is the dimension's reliability (version 1 instruments give it so).
  const levels = isRecord(reliability);
  const perLevel = levels ? reliability : { dimension: reliability };
  const path = ['psychometrics', 'reliability'];
  const isReliability = (r: unknown): r is number => isFiniteNumber(r) && r >= 0 && r < 1;
  const range = 'Expected a number from 0 to below 1';
  need(isReliability(perLevel.dimension), levels ? [...path, 'dimension'] : path, range);
  need(perLevel.facet === undefined || isReliability(perLevel.facet), [...path, 'facet'], range);

  const facetIndex = new Map<string, number>();
  const dimensionFacets: Record<DimensionId, number[]> = {
    technical: [],
    relational: [],
    business: [],
  };
  facets.forEach((facet, f) => {
    const { id, dimension } = fieldsOf(facet);
    need(isText(id) && !facetIndex.has(id), ['facets', f, 'id'], 'Expected a unique id');
    need(DIMENSIONS.includes(dimension as DimensionId), ['facets', f, 'dimension'], 'Unknown id');
    facetIndex.set(id, f);
    dimensionFacets[dimension as DimensionId].push(f);
  });
  for (const d of DIMENSIONS)
    need(dimensionFacets[d].length, ['facets'], `Expected facets of ${d}`);

  const facetItems: number[][] = facets.map(() => []);
  const itemIndex = new Map<string, number>();
  const reverse: boolean[] = [];
  items.forEach((item, i) => {
    const { id, facet, reverse: r } = fieldsOf(item);
    need(isText(id) && !itemIndex.has(id), ['items', i, 'id'], 'Expected a unique id');
    const f = facetIndex.get(facet as string);
    need(f !== undefined, ['items', i, 'facet'], 'Unknown id');
    need(typeof r === 'boolean', ['items', i, 'reverse'], 'Expected true or false');
    itemIndex.set(id, i);
    facetItems[f]!.push(i);
    reverse.push(r);
  });
  facetItems.forEach((list, f) => need(list.length, ['facets', f], 'Expected items'));

  const facetIds = [...facetIndex.keys()];
  const plan: Plan = {
    instrument: instrument as unknown as Instrument,
    itemIndex,
    itemIds: [...itemIndex.keys()],
    reverse,
    facetIds,
    facetItems,
    dimensionFacets,
    items: {
      dimensions: Object.fromEntries(
        DIMENSIONS.map((d) => [d, dimensionFacets[d].flatMap((f) => facetItems[f]!)]),
      ) as Record<DimensionId, number[]>,
      facets: Object.fromEntries(facetIds.map((id, f) => [id, facetItems[f]!])),
    },
    sem: {
      dimensions: semOf(sd, perLevel.dimension),
      facets: semOf(
        sd,
        (perLevel.facet as number | undefined) ??
          spearmanBrown(perLevel.dimension, DIMENSIONS.length / facets.length),
      ),
    },
    reliabilityAssumed: measuredOn === undefined,
  };
  plans.set(instrument, plan);
  return plan;
}

/** Standard error of measurement: sd · √(1 − reliability). */
const semOf = (sd: number, reliability: number): number => sd * Math.sqrt(1 - reliability);

/**
 * Reliability of a test `k` times as long as one of reliability `r` (k < 1: shorter).
 * A facet is 4 of a dimension's 16 items: k = ¼, so r = .85 gives .586.
 */
export const spearmanBrown = (r: number, k: number): number => (k * r) / (1 + (k - 1) * r);

/**
 * Calls `value` for every dimension and facet of `keyed` (e.g. a result, or a plan's `items`)
 * with its entry there, and collects the answers keyed the same way.
 */
export function mapScores<E, T>(
  keyed: Record<Kind, Record<string, E>>,
  value: (kind: Kind, id: string, entry: E) => T,
): PerScore<T> {
  const out = { dimensions: {}, facets: {} } as PerScore<T>;
  for (const kind of KINDS) {
    const entries: Record<string, E> = keyed[kind];
    for (const id of Object.keys(entries))
      (out[kind] as Record<string, T>)[id] = value(kind, id, entries[id]!);
  }
  return out;
}

/** The score of one dimension or facet of a result, if it has one. */
export const scoreIn = (result: Result, kind: Kind, id: string): number | null | undefined =>
  (result[kind] as Record<string, ScoreBlock | undefined>)[id]?.score;

/**
 * The SEM of one level of a result, or `undefined` when it has none. A version 1 result gives one
 * number for both levels.
 */
export function semIn(result: unknown, kind: Kind): number | undefined {
  const { sem } = fieldsOf(result);
  const value = isRecord(sem) ? sem[kind] : sem;
  return isFiniteNumber(value) && value > 0 ? value : undefined;
}
