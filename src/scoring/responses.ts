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
  /** Item id → position in the instrument (and in a plan's `reverse` and a respondent's raw answers). */
  itemIndex: Map<string, number>;
}

/**
 * The item index of an instrument already checked, without the rest of a plan: the widget's
 * first load checks answers with it and leaves the scoring, and `planFor`, to a later chunk.
 */
export const indexItems = (instrument: Instrument): ItemIndex => ({
  instrument,
  itemIndex: new Map(instrument.items.map((item, i) => [item.id, i])),
});

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
  const { instrumentId, instrumentVersion, form, timings } = responses;
  expectSame(instrumentId, plan.instrument.id, path, 'instrumentId');
  expectSame(instrumentVersion, plan.instrument.version, path, 'instrumentVersion');
  if (!forms.includes(form as Form))
    fail('invalid-input', [...path, 'form'], `Expected ${forms.join(' or ')}`);
  const raw = new Uint8Array(plan.itemIndex.size);
  const ms = timings === undefined ? null : new Float64Array(raw.length).fill(NaN);
  // Answers are whole numbers 1–5 or null; timings are milliseconds ≥ 0.
  for (const field of FIELDS) {
    const isAnswer = field === 'answers';
    const values = responses[field];
    if (!isAnswer && !ms) break;
    if (!isRecord(values)) fail('invalid-input', [...path, field], 'Expected an object');
    for (const key of Object.keys(values)) {
      const i = plan.itemIndex.get(key);
      if (i === undefined) fail('unknown-item', [...path, field, key], 'Unknown id');
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
