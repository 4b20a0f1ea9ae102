/**
 * Small builders for the Node tests of the scoring engine. They only assemble input data;
 * nothing here scores, keys or averages anything.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ManifestOptions } from '../../src/lms/package/manifest.js';
import {
  instrument,
  ScoringError,
  type Answer,
  type DimensionId,
  type Form,
  type Instrument,
  type InstrumentItem,
  type RaterGroup,
  type RaterResponseSet,
  type ResponseSet,
  type Result,
  type ScoringErrorCode,
} from '../../src/scoring/index.js';

export { instrument };

/** Version 1 of the built-in instrument, as the package ships it (`instruments/`). */
export const readInstrumentV1 = (): Instrument =>
  JSON.parse(
    readFileSync(resolve(import.meta.dirname, '../../../instruments/l3d-core-1.0.0.json'), 'utf8'),
  ) as Instrument;

/** Dimension of each built-in facet, read from the instrument data. */
const dimensionOfFacet = new Map(instrument.facets.map((f) => [f.id, f.dimension]));

/** The dimension an item of the built-in instrument belongs to. */
export const dimensionOf = (item: InstrumentItem): DimensionId => dimensionOfFacet.get(item.facet)!;

/** A response set of the built-in instrument, answering each item with `answer(item, index)`. */
export function responses(
  answer: (item: InstrumentItem, index: number) => Answer | null | undefined = () => null,
  extra: Partial<ResponseSet> = {},
): ResponseSet {
  const answers: Record<string, Answer | null> = {};
  instrument.items.forEach((item, i) => {
    const value = answer(item, i);
    if (value !== undefined) answers[item.id] = value;
  });
  return {
    instrumentId: instrument.id,
    instrumentVersion: instrument.version,
    form: 'self',
    answers,
    ...extra,
  };
}

/** Raw answers for one dimension of the built-in instrument: `[positive items, reverse items]`. */
export type RawPair = readonly [Answer, Answer];

/**
 * Answers every item of a dimension with the same raw value, one value for the items worded
 * positively and one for the reverse-worded items. Dimensions left out are not answered.
 */
export function byDimension(
  raw: Partial<Record<DimensionId, RawPair>>,
  extra: Partial<ResponseSet> = {},
): ResponseSet {
  return responses((item) => {
    const pair = raw[dimensionOf(item)];
    return pair ? (item.reverse ? pair[1] : pair[0]) : undefined;
  }, extra);
}

/** An observer's response set answered by dimension, with a rater group. */
export function rater(
  group: RaterGroup,
  raw: Partial<Record<DimensionId, RawPair>>,
  extra: Partial<ResponseSet> = {},
): RaterResponseSet {
  return { ...byDimension(raw, { form: 'observer', ...extra }), group };
}

/**
 * Sets the raw answers of one built-in facet's items, in the order they appear in the
 * instrument (`<facet>-1`, `<facet>-2`, …). `null` = missing; `undefined` leaves the item out.
 */
export function withFacet(
  base: ResponseSet,
  facet: string,
  raw: readonly (Answer | null | undefined)[],
): ResponseSet {
  const items = instrument.items.filter((item) => item.facet === facet);
  assert.equal(items.length, raw.length, `facet ${facet} has ${items.length} items`);
  const answers = { ...base.answers };
  items.forEach((item, k) => {
    const value = raw[k];
    if (value === undefined) delete answers[item.id];
    else answers[item.id] = value;
  });
  return { ...base, answers };
}

/** Several facets at once: `{ facetId: [raw answers in instrument order] }`. */
export function withFacets(
  base: ResponseSet,
  facets: Record<string, readonly (Answer | null | undefined)[]>,
): ResponseSet {
  return Object.entries(facets).reduce((set, [id, raw]) => withFacet(set, id, raw), base);
}

/** A list of answers from counts, highest value first: `repeat({ 4: 17, 3: 8 })`. */
export function repeat(counts: Partial<Record<Answer, number>>): Answer[] {
  const out: Answer[] = [];
  for (const value of [5, 4, 3, 2, 1] as const)
    for (let k = 0; k < (counts[value] ?? 0); k++) out.push(value);
  return out;
}

export interface FacetSpec {
  id: string;
  dimension: DimensionId;
  /** Number of items. */
  items: number;
  /** 1-based positions of reverse-keyed items within the facet. */
  reverse?: number[];
}

/**
 * A small, valid custom instrument: the items of each facet are listed facet after facet and
 * named `<facet>-1 … <facet>-n`.
 */
export function makeInstrument(
  facets: FacetSpec[],
  options: { id?: string; version?: string; sd?: number; reliability?: number } = {},
): Instrument {
  return {
    schemaVersion: 1,
    id: options.id ?? 'test-inst',
    version: options.version ?? '0.1.0',
    lang: 'en',
    title: 'Test instrument',
    scale: {
      labels: ['Almost never', 'Rarely', 'Sometimes', 'Often', 'Almost always'],
      notObserved: 'Not observed',
    },
    psychometrics: { sd: options.sd ?? 15, reliability: options.reliability ?? 0.85 },
    dimensions: (['technical', 'relational', 'business'] as const).map((id) => ({
      id,
      label: `Dimension ${id}`,
      description: `About ${id}.`,
    })),
    facets: facets.map((f) => ({
      id: f.id,
      dimension: f.dimension,
      label: `Facet ${f.id}`,
      description: `About ${f.id}.`,
      develop: { reflect: 'Reflect.', feedforward: 'Ask.', experiment: 'Try.' },
    })),
    items: facets.flatMap((f) =>
      Array.from({ length: f.items }, (_, k) => ({
        id: `${f.id}-${k + 1}`,
        facet: f.id,
        reverse: (f.reverse ?? []).includes(k + 1),
        self: `I do thing ${k + 1} of ${f.id}.`,
        observer: `This person does thing ${k + 1} of ${f.id}.`,
      })),
    ),
  };
}

/** A response set for a custom instrument: `{ facetId: [raw answers in item order] }`. */
export function answerCustom(
  inst: Instrument,
  facets: Record<string, readonly (Answer | null)[]>,
  form: Form = 'self',
): ResponseSet {
  const answers: Record<string, Answer | null> = {};
  for (const [facet, raw] of Object.entries(facets))
    raw.forEach((value, k) => {
      answers[`${facet}-${k + 1}`] = value;
    });
  return { instrumentId: inst.id, instrumentVersion: inst.version, form, answers };
}

/** Casts deliberately malformed test data to the type a function declares. */
export const untyped = <T>(value: unknown): T => value as T;

/**
 * A result as version 1 of the built-in instrument wrote it: one SEM (5.809475) for both levels,
 * no item answers, no word on assumed reliabilities.
 */
export function asVersion1(result: Result): Result {
  const copy = structuredClone(result) as Partial<Result>;
  delete copy.items;
  delete copy.reliabilityAssumed;
  return untyped({ ...copy, instrumentVersion: '1.0.0', sem: 5.809475 });
}

/** Asserts that `fn` throws a ScoringError with this code and path. */
export function assertScoringError(
  fn: () => unknown,
  code: ScoringErrorCode,
  path: (string | number)[],
): void {
  let thrown: unknown;
  try {
    fn();
  } catch (error) {
    thrown = error;
  }
  assert.ok(thrown !== undefined, `expected a ScoringError ${code} at ${JSON.stringify(path)}`);
  assert.ok(thrown instanceof ScoringError, `expected a ScoringError, got ${String(thrown)}`);
  assert.equal(thrown.name, 'ScoringError');
  assert.equal(thrown.code, code, thrown.message);
  assert.deepEqual(thrown.path, path, thrown.message);
}

/** Every number anywhere in `value` (walking the object itself, not its JSON), with its path. */
export function numbersIn(value: unknown, path = '$'): [string, number][] {
  if (typeof value === 'number') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => numbersIn(v, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([k, v]) => numbersIn(v, `${path}.${k}`));
  return [];
}

/** Asserts no NaN, Infinity or undefined value hides anywhere in `value`. */
export function assertPlainFinite(value: unknown): void {
  for (const [path, n] of numbersIn(value)) assert.ok(Number.isFinite(n), `${path} is ${n}`);
  const walk = (v: unknown, path: string): void => {
    assert.notEqual(v, undefined, `${path} is undefined`);
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`));
    else if (typeof v === 'object' && v !== null) {
      const proto = Object.getPrototypeOf(v);
      assert.ok(proto === Object.prototype || proto === null, `${path} is not a plain object`);
      for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`);
    }
  };
  walk(value, '$');
  assert.deepEqual(JSON.parse(JSON.stringify(value)), value);
}

/** Asserts `actual` is within `tolerance` of `expected`. */
export function near(actual: number | null | undefined, expected: number, tolerance = 1e-9): void {
  assert.equal(typeof actual, 'number', `expected a number near ${expected}, got ${actual}`);
  assert.ok(
    Math.abs((actual as number) - expected) <= tolerance,
    `expected ${expected} ± ${tolerance}, got ${actual}`,
  );
}

/** Manifest options of a small course, with `overrides`. */
export function manifestSample(overrides: Partial<ManifestOptions> = {}): ManifestOptions {
  return {
    identifier: 'course',
    title: 'Course',
    courseVersion: '1.0.0',
    launch: 'index.html',
    files: ['index.html', 'leadership-3d.js'],
    ...overrides,
  };
}
