/**
 * Reading a response set against an instrument: the checks every entry point applies to answers
 * and timings, apart from the plan (plan.ts) so the widget's first load can check answers
 * without the rest of the engine.
 */
import { expectSame, fail, isFiniteNumber, isRecord, type Path } from './errors.js';
import type { Form, Instrument } from './types.js';
import { FORMS } from './vocabulary.js';

/** A response set checked against a plan, with its answers laid out by item position. */
export interface Responses {
  form: Form;
  /** Raw answers 1–5 by item position; 0 = missing. */
  raw: Uint8Array;
  /** Milliseconds by item position; NaN = none. `null` when the set has no timings. */
  timings: Float64Array | null;
}

const FIELDS = ['answers', 'timings'] as const;

/** What reading a response set needs of a plan (`Plan` extends it): whose it is, where each item is. */
export interface ItemIndex {
  instrument: Instrument;
  /** Item ids by position. */
  itemIds: string[];
  /** Item id → position in the instrument (and in a plan's `reverse` and a respondent's raw answers). */
  itemIndex: Map<string, number>;
}

/**
 * The item index of an instrument already checked, without the rest of a plan: the widget's
 * first load checks answers with it and leaves the scoring, and `planFor`, to a later chunk.
 */
export function indexItems(instrument: Instrument): ItemIndex {
  const itemIds = instrument.items.map((item) => item.id);
  return { instrument, itemIds, itemIndex: new Map(itemIds.map((id, i) => [id, i])) };
}

/**
 * Checks the fields a response set and a result both start with: the plan's instrument id and
 * version, and a form of `forms`. Throws a ScoringError naming the field.
 */
export function expectHeader(
  plan: ItemIndex,
  input: Record<string, unknown>,
  path: Path,
  forms: readonly Form[],
): void {
  expectSame(input.instrumentId, plan.instrument.id, path, 'instrumentId');
  expectSame(input.instrumentVersion, plan.instrument.version, path, 'instrumentVersion');
  if (!forms.includes(input.form as Form))
    fail('invalid-input', [...path, 'form'], `Expected ${forms.join(' or ')}`);
}

/**
 * Reads a response set of one of `forms` against a plan. Throws a ScoringError naming the
 * field on bad input.
 */
export function readResponses(
  plan: ItemIndex,
  responses: unknown,
  path: Path,
  forms: readonly Form[] = FORMS,
): Responses {
  if (!isRecord(responses)) fail('invalid-input', path, 'Expected an object');
  expectHeader(plan, responses, path, forms);
  const { form, timings } = responses;
  const raw = new Uint8Array(plan.itemIds.length);
  const ms = timings === undefined ? null : new Float64Array(raw.length).fill(NaN);
  // Answers are whole numbers 1–5 or null; timings are milliseconds ≥ 0.
  for (const field of FIELDS) {
    const isAnswer = field === 'answers';
    const values = responses[field];
    if (!isAnswer && !ms) break;
    if (!isRecord(values)) fail('invalid-input', [...path, field], 'Expected an object');
    // for…in, not Object.keys: V8 then reads each value from its slot in the object instead of
    // looking its key up (most of this function's time in a profile). The own-key test keeps
    // inherited keys out, as Object.keys did; written out, as V8 optimises it in for…in only in
    // this form (Object.hasOwn or an alias of hasOwnProperty were as slow as Object.keys).
    let next = 0;
    for (const key in values) {
      if (!Object.prototype.hasOwnProperty.call(values, key)) continue;
      // Answers usually come in instrument order: the next item's id first, then the Map.
      const i = plan.itemIds[next] === key ? next : plan.itemIndex.get(key);
      if (i === undefined) fail('unknown-item', [...path, field, key], 'Unknown id');
      next = i + 1;
      const value = values[key];
      if (isAnswer && value == null) continue;
      const valid =
        typeof value === 'number' &&
        (isAnswer
          ? Number.isInteger(value) && value >= 1 && value <= 5
          : isFiniteNumber(value) && value >= 0);
      if (!valid)
        fail(
          typeof value === 'number' ? 'out-of-range' : 'invalid-input',
          [...path, field, key],
          isAnswer ? 'Expected 1–5 or null' : 'Expected milliseconds ≥ 0',
        );
      if (isAnswer) raw[i] = value;
      else ms![i] = value;
    }
  }
  return { form: form as Form, raw, timings: ms };
}
