import { indexItems, readResponses } from '../scoring/responses.js';
import { errorMessage, isRecord } from '../scoring/errors.js';
import type { Form, Instrument } from '../scoring/types.js';
import type { Answers, Timings } from './assessment-controller.js';

export type CheckedResponses =
  { ok: true; answers: Answers; timings: Timings } | { ok: false; message: string };

/**
 * Checks untrusted answers (from storage or a host) by the scoring engine's own rules: known
 * item ids, answers 1–5 or null, timings ≥ 0. Returns fresh copies, never the input objects.
 */
export function checkAnswers(
  instrument: Instrument,
  form: Form,
  answers: unknown,
  timings: unknown = {},
): CheckedResponses {
  let copies: [Record<string, unknown>, Record<string, unknown>];
  try {
    if (!isRecord(answers)) return { ok: false, message: 'answers: expected an object' };
    if (!isRecord(timings)) return { ok: false, message: 'timings: expected an object' };
    // Copy first and check the copies: a host object read twice (getters, proxies) could pass
    // the check with one value and be kept with another, or throw into the host's call.
    copies = [
      Object.fromEntries(Object.entries(answers)),
      Object.fromEntries(Object.entries(timings)),
    ];
  } catch (error) {
    return { ok: false, message: `answers: could not be read (${errorMessage(error)})` };
  }
  const [answerCopy, timingCopy] = copies;
  try {
    // score()'s own reading of a response set, without the scoring: the engine loads later
    readResponses(
      indexItems(instrument),
      {
        instrumentId: instrument.id,
        instrumentVersion: instrument.version,
        form,
        answers: answerCopy,
        timings: timingCopy,
      },
      [],
    );
  } catch (error) {
    return { ok: false, message: errorMessage(error) };
  }
  return {
    ok: true,
    answers: Object.freeze(answerCopy) as Answers,
    timings: Object.freeze(timingCopy) as Timings,
  };
}
