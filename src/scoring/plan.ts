import { fail, isFiniteNumber, isRecord, type Path } from './errors.js';
import type { DimensionId, Instrument } from './types.js';

export const DIMENSIONS: readonly DimensionId[] = ['technical', 'relational', 'business'];

/** The structure of an instrument, indexed once so scoring a respondent is a few array walks. */
export interface Plan {
  instrument: Instrument;
  itemIndex: Map<string, number>;
  reverse: boolean[];
  facetIds: string[];
  facetDimension: DimensionId[];
  /** Item positions per facet. */
  facetItems: number[][];
  /** Facet positions per dimension. */
  dimensionFacets: Record<DimensionId, number[]>;
  /** Standard error of measurement on the POMP scale. */
  sem: number;
}

// Instruments are treated as immutable: each one is checked and indexed once.
const plans = new WeakMap<object, Plan>();

/** At least three quarters of the parts must be present: 3 of 4 items, 3 of 4 facets. */
export const minimumOf = (count: number): number => Math.ceil(count * 0.75);

const text = (value: unknown, path: Path): string =>
  typeof value === 'string' && value.length > 0
    ? value
    : fail('invalid-instrument', path, 'Expected a non-empty string');

/** Checks the parts of an instrument the engine relies on and indexes them. */
export function planFor(instrument: unknown): Plan {
  const cached = isRecord(instrument) && plans.get(instrument);
  if (cached) return cached;
  const bad = (path: Path, why: string): never => fail('invalid-instrument', path, why);
  if (!isRecord(instrument)) return bad([], 'Expected an instrument object');
  text(instrument.id, ['id']);
  text(instrument.version, ['version']);
  const { facets, items, psychometrics } = instrument;
  if (!Array.isArray(facets)) return bad(['facets'], 'Expected an array');
  if (!Array.isArray(items)) return bad(['items'], 'Expected an array');
  if (!isRecord(psychometrics)) return bad(['psychometrics'], 'Expected { sd, reliability }');
  const { sd, reliability } = psychometrics;
  if (!isFiniteNumber(sd) || sd <= 0) bad(['psychometrics', 'sd'], 'Expected a positive number');
  if (!isFiniteNumber(reliability) || reliability < 0 || reliability >= 1)
    bad(['psychometrics', 'reliability'], 'Expected a number from 0 to below 1');

  const facetIndex = new Map<string, number>();
  const dimensionFacets: Record<DimensionId, number[]> = {
    technical: [],
    relational: [],
    business: [],
  };
  const facetDimension: DimensionId[] = [];
  facets.forEach((facet: unknown, f) => {
    if (!isRecord(facet)) return bad(['facets', f], 'Expected a facet object');
    const id = text(facet.id, ['facets', f, 'id']);
    if (facetIndex.has(id)) bad(['facets', f, 'id'], `Duplicate facet id "${id}"`);
    const dimension = facet.dimension as DimensionId;
    if (!DIMENSIONS.includes(dimension))
      bad(['facets', f, 'dimension'], `Unknown dimension; expected ${DIMENSIONS.join(', ')}`);
    facetIndex.set(id, f);
    facetDimension.push(dimension);
    dimensionFacets[dimension].push(f);
  });
  for (const d of DIMENSIONS)
    if (!dimensionFacets[d].length) bad(['facets'], `Dimension "${d}" has no facets`);

  const itemIndex = new Map<string, number>();
  const facetItems: number[][] = facets.map(() => []);
  const reverse: boolean[] = [];
  items.forEach((item: unknown, i) => {
    if (!isRecord(item)) return bad(['items', i], 'Expected an item object');
    const id = text(item.id, ['items', i, 'id']);
    if (itemIndex.has(id)) bad(['items', i, 'id'], `Duplicate item id "${id}"`);
    const f = facetIndex.get(item.facet as string);
    if (f === undefined) return bad(['items', i, 'facet'], 'Unknown facet');
    if (typeof item.reverse !== 'boolean') bad(['items', i, 'reverse'], 'Expected true or false');
    itemIndex.set(id, i);
    facetItems[f]!.push(i);
    reverse.push(item.reverse as boolean);
  });
  facetItems.forEach((list, f) => list.length || bad(['facets', f], 'Facet has no items'));

  const plan: Plan = {
    instrument: instrument as unknown as Instrument,
    itemIndex,
    reverse,
    facetIds: [...facetIndex.keys()],
    facetDimension,
    facetItems,
    dimensionFacets,
    sem: (sd as number) * Math.sqrt(1 - (reliability as number)),
  };
  plans.set(instrument, plan);
  return plan;
}

/**
 * Reads a response set against a plan: raw answers by item position (0 = missing) and
 * timings by position (NaN = none). Throws a ScoringError naming the field on bad input.
 */
export function readResponses(
  plan: Plan,
  responses: unknown,
  path: Path,
): { raw: Uint8Array; timings: Float64Array | null } {
  if (!isRecord(responses)) fail('invalid-input', path, 'Expected a response set object');
  const { instrumentId, instrumentVersion, form, answers, timings } = responses;
  const { id, version } = plan.instrument;
  if (instrumentId !== id)
    fail('instrument-mismatch', [...path, 'instrumentId'], `Expected instrument "${id}"`);
  if (instrumentVersion !== version)
    fail('instrument-mismatch', [...path, 'instrumentVersion'], `Expected version "${version}"`);
  if (form !== 'self' && form !== 'observer')
    fail('invalid-input', [...path, 'form'], 'Expected "self" or "observer"');
  if (!isRecord(answers)) fail('invalid-input', [...path, 'answers'], 'Expected an object');

  const raw = new Uint8Array(plan.reverse.length);
  for (const key of Object.keys(answers)) {
    const i = plan.itemIndex.get(key);
    if (i === undefined) fail('unknown-item', [...path, 'answers', key], 'Unknown item id');
    const value = answers[key];
    if (value === null || value === undefined) continue;
    if (typeof value !== 'number')
      fail('invalid-input', [...path, 'answers', key], 'Expected a number from 1 to 5 or null');
    if (!Number.isInteger(value) || value < 1 || value > 5)
      fail('out-of-range', [...path, 'answers', key], 'Expected a whole number from 1 to 5');
    raw[i] = value;
  }

  if (timings === undefined) return { raw, timings: null };
  if (!isRecord(timings)) fail('invalid-input', [...path, 'timings'], 'Expected an object');
  const ms = new Float64Array(raw.length).fill(NaN);
  for (const key of Object.keys(timings)) {
    const i = plan.itemIndex.get(key);
    if (i === undefined) fail('unknown-item', [...path, 'timings', key], 'Unknown item id');
    const value = timings[key];
    if (!isFiniteNumber(value) || value < 0)
      fail('out-of-range', [...path, 'timings', key], 'Expected milliseconds ≥ 0');
    ms[i] = value;
  }
  return { raw, timings: ms };
}
