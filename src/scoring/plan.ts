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

/** Throws `invalid-instrument` at `path` unless `ok`. */
const need = (ok: unknown, path: Path, what: string): void => {
  if (!ok) fail('invalid-instrument', path, what);
};

const isText = (value: unknown): value is string => typeof value === 'string' && value !== '';

/** Checks the parts of an instrument the engine relies on and indexes them. */
export function planFor(instrument: unknown): Plan {
  const cached = isRecord(instrument) && plans.get(instrument);
  if (cached) return cached;
  need(isRecord(instrument), [], 'Expected an instrument object');
  const { id, version, facets, items, psychometrics: p } = instrument as Record<string, unknown>;
  need(isText(id), ['id'], 'Expected a non-empty string');
  need(isText(version), ['version'], 'Expected a non-empty string');
  need(Array.isArray(facets), ['facets'], 'Expected an array');
  need(Array.isArray(items), ['items'], 'Expected an array');
  need(isRecord(p), ['psychometrics'], 'Expected { sd, reliability }');
  const { sd, reliability } = p as Record<string, unknown>;
  need(isFiniteNumber(sd) && sd > 0, ['psychometrics', 'sd'], 'Expected a positive number');
  need(
    isFiniteNumber(reliability) && reliability >= 0 && reliability < 1,
    ['psychometrics', 'reliability'],
    'Expected a number from 0 to below 1',
  );

  const facetIndex = new Map<string, number>();
  const dimensionFacets: Record<DimensionId, number[]> = {
    technical: [],
    relational: [],
    business: [],
  };
  const facetDimension: DimensionId[] = [];
  (facets as unknown[]).forEach((facet, f) => {
    const { id, dimension } = (isRecord(facet) ? facet : {}) as Record<string, unknown>;
    need(isText(id) && !facetIndex.has(id), ['facets', f, 'id'], 'Expected a unique facet id');
    need(
      DIMENSIONS.includes(dimension as DimensionId),
      ['facets', f, 'dimension'],
      'Unknown dimension',
    );
    facetIndex.set(id as string, f);
    facetDimension.push(dimension as DimensionId);
    dimensionFacets[dimension as DimensionId].push(f);
  });
  for (const d of DIMENSIONS) need(dimensionFacets[d].length, ['facets'], `No facets for ${d}`);

  const itemIndex = new Map<string, number>();
  const facetItems: number[][] = (facets as unknown[]).map(() => []);
  const reverse: boolean[] = [];
  (items as unknown[]).forEach((item, i) => {
    const { id, facet, reverse: r } = (isRecord(item) ? item : {}) as Record<string, unknown>;
    need(isText(id) && !itemIndex.has(id), ['items', i, 'id'], 'Expected a unique item id');
    const f = facetIndex.get(facet as string);
    need(f !== undefined, ['items', i, 'facet'], 'Unknown facet');
    need(typeof r === 'boolean', ['items', i, 'reverse'], 'Expected true or false');
    itemIndex.set(id as string, i);
    facetItems[f!]!.push(i);
    reverse.push(r as boolean);
  });
  facetItems.forEach((list, f) => need(list.length, ['facets', f], 'Facet has no items'));

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
  plans.set(instrument as object, plan);
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
  const at = (...rest: Path): Path => [...path, ...rest];
  if (!isRecord(responses)) fail('invalid-input', path, 'Expected a response set object');
  const { instrumentId, instrumentVersion, form, answers, timings } = responses;
  const { id, version } = plan.instrument;
  if (instrumentId !== id) fail('instrument-mismatch', at('instrumentId'), `Expected "${id}"`);
  if (instrumentVersion !== version)
    fail('instrument-mismatch', at('instrumentVersion'), `Expected "${version}"`);
  if (form !== 'self' && form !== 'observer')
    fail('invalid-input', at('form'), 'Expected "self" or "observer"');

  const raw = new Uint8Array(plan.reverse.length);
  const ms = timings === undefined ? null : new Float64Array(raw.length).fill(NaN);
  const read = (
    field: string,
    values: unknown,
    store: (i: number, value: unknown, key: string) => void,
  ) => {
    if (!isRecord(values)) fail('invalid-input', at(field), 'Expected an object');
    for (const key of Object.keys(values)) {
      const i = plan.itemIndex.get(key);
      if (i === undefined) fail('unknown-item', at(field, key), 'Unknown item id');
      store(i, values[key], key);
    }
  };
  read('answers', answers, (i, value, key) => {
    if (value == null) return;
    if (typeof value !== 'number')
      fail('invalid-input', at('answers', key), 'Expected 1–5 or null');
    if (!Number.isInteger(value) || value < 1 || value > 5)
      fail('out-of-range', at('answers', key), 'Expected a whole number from 1 to 5');
    raw[i] = value;
  });
  if (ms)
    read('timings', timings, (i, value, key) => {
      if (typeof value !== 'number') fail('invalid-input', at('timings', key), 'Expected a number');
      if (!Number.isFinite(value) || value < 0)
        fail('out-of-range', at('timings', key), 'Expected milliseconds ≥ 0');
      ms[i] = value;
    });
  return { raw, timings: ms };
}
