/** What went wrong, as a stable code a host can branch on. */
export type ScoringErrorCode =
  | 'invalid-input'
  | 'out-of-range'
  | 'unknown-item'
  | 'instrument-mismatch'
  | 'invalid-instrument'
  | 'invalid-norms'
  | 'invalid-code';

/**
 * The only error the scoring engine throws. `path` names the offending field, e.g.
 * `['answers', 'listening-2']` or `['raters', 3, 'group']`.
 */
export class ScoringError extends Error {
  override name = 'ScoringError';

  constructor(
    readonly code: ScoringErrorCode,
    readonly path: (string | number)[],
    message: string,
  ) {
    super(`${message} (at ${path.length ? path.join('.') : 'input'})`);
  }
}

export type Path = (string | number)[];

/** Throws a ScoringError; typed `never` so it can end an expression. */
export function fail(code: ScoringErrorCode, path: Path, message: string): never {
  throw new ScoringError(code, path, message);
}

/** Throws `instrument-mismatch` at `[...path, key]` unless `actual` is `expected`. */
export function expectSame(actual: unknown, expected: unknown, path: Path, key: string): void {
  if (actual !== expected) fail('instrument-mismatch', [...path, key], `Expected "${expected}"`);
}

/**
 * A plain object whose fields can be read: the one test the library uses for data from JSON, a
 * host's property, storage or an LMS frame. It goes by the object's tag, not its prototype, so a
 * plain object from another realm (an LMS iframe, a structured clone) and `Object.create(null)`
 * pass, while arrays, Maps, Dates and other built-ins fail: their data is not in their fields,
 * so reading them as a record would silently see nothing (an empty answer set, say) instead of
 * refusing them with an error that names the field.
 */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  Object.prototype.toString.call(value) === '[object Object]';

/** The fields of a plain object, or none for anything else. */
export const fieldsOf = (value: unknown): Record<string, unknown> => (isRecord(value) ? value : {});

export const isFiniteNumber = Number.isFinite as (value: unknown) => value is number;

/** A thrown value as text for a message; never throws itself, whatever was thrown. */
export function errorMessage(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return 'unknown error';
  }
}
