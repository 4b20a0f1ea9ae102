/**
 * The 360° view's inputs as plain data, without Lit or the DOM: reading pasted codes and
 * loaded files into checked values, each refusal with a message key for the person and a
 * sentence for the developer, and combining everything into the numbers the view shows (all of
 * them from `score360`, `percentiles` and `reliableChange`, so they equal what Node computes).
 */
import {
  decodeResponseCode,
  ResponseCodeError,
  type ResponseCodeProblem,
} from '../scoring/codes.js';
import { errorMessage, isRecord } from '../scoring/errors.js';
import { percentiles, reliableChange, score360 } from '../scoring/index.js';
import type {
  Change,
  Instrument,
  Norms,
  Percentiles,
  RaterGroup,
  RaterResponseSet,
  RaterResult,
  ResponseSet,
  Result,
  Result360,
} from '../scoring/types.js';
import { parseNorms, parseResultFile } from '../schema/report-inputs.js';
import type { ThreeSixtyErrorKey } from '../i18n/types.js';
import type { RaterComments } from './rater-comments.js';

/** Largest file read: a result is ~6 KB and generous norms well under 1 MB. */
export const MAX_FILE_BYTES = 1_000_000;

/** Most codes read in one go; a 360 rarely has more than 20 raters. */
export const MAX_CODES = 100;

/** The inputs of the panel, each with its own message area. */
export type { Input360 } from '../events/l3d-360-input.js';

/** A message for a person: a key of `threeSixty.errors` (or `.errors.code`) and its values. */
export interface Problem {
  key: ThreeSixtyErrorKey;
  values?: Record<string, string | number>;
  /**
   * Placeholders naming dimensions or facets, by id: the view shows their labels in its own
   * language (as a list when there are several).
   */
  ids?: Record<string, string[]>;
  /** English, for developers (the `l3d-error` message); may name fields. */
  detail: string;
}

export type Read<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

// The shape of rater comments lives apart, so the observer form's chunk can use it alone.
export { MAX_COMMENT_LENGTH, type RaterComments } from './rater-comments.js';

/** A code accepted into the view (typed or pasted, or read from a rater's file). */
export interface CodeEntry {
  /** Canonical spelling, equal for the same code typed differently. */
  code: string;
  group: RaterGroup;
  responses: RaterResponseSet;
  /** Only when the entry came from a rater's file that carried comments. */
  comments?: RaterComments;
}

/**
 * A rater the host supplies (`<l3d-360>`'s `raters`): answers or a result, with the rater's
 * comments when they gave any. Comments that cannot be used are left out; the answers count.
 */
export type HostRater = (RaterResponseSet | RaterResult) & { comments?: RaterComments };

export interface RejectedCode {
  /** As typed. */
  text: string;
  /** What is wrong with it, as `decodeResponseCode` says. */
  reason: ResponseCodeProblem;
  problem: Problem;
}

export interface CodesRead {
  added: CodeEntry[];
  /** Canonical codes already in the view or earlier in the same text. */
  duplicates: string[];
  rejected: RejectedCode[];
  /** True when the text held more than MAX_CODES codes and the rest was not read. */
  truncated: boolean;
}

const fail = (problem: Problem): Read<never> => ({ ok: false, problems: [problem] });

/**
 * Splits pasted text into candidate codes. Lines, commas and semicolons always separate;
 * spaces separate too, except inside a code typed in spaced groups ("L3D-1AB2C 3DE4F …"):
 * a word starting with `L3D` starts a new code, and other words continue the code before
 * them until it reads as a whole code.
 */
export function splitCodes(text: string, isWhole: (candidate: string) => boolean): string[] {
  const tokens: string[] = [];
  for (const piece of text.split(/[\n\r,;]+/)) {
    let current: string | null = null;
    for (const word of piece.split(/\s+/).filter(Boolean)) {
      if (current === null || /^l3d/i.test(word) || isWhole(current)) {
        if (current !== null) tokens.push(current);
        current = word;
      } else current += ` ${word}`;
    }
    if (current !== null) tokens.push(current);
  }
  return tokens;
}

/**
 * Reads pasted codes. Good ones are decoded (duplicates of `existing` or of each other are
 * counted once and listed), bad ones come back with the problem, as typed.
 */
export function readCodes(
  text: string,
  existing: readonly string[],
  instrument: Instrument,
): CodesRead {
  const decode = (candidate: string) => decodeResponseCode(candidate, { instrument });
  const isWhole = (candidate: string) => {
    try {
      decode(candidate);
      return true;
    } catch {
      return false;
    }
  };
  const all = splitCodes(text, isWhole);
  const seen = new Set(existing);
  const out: CodesRead = {
    added: [],
    duplicates: [],
    rejected: [],
    truncated: all.length > MAX_CODES,
  };
  for (const candidate of all.slice(0, MAX_CODES)) {
    try {
      const { code, responses } = decode(candidate);
      if (seen.has(code)) out.duplicates.push(code);
      else out.added.push({ code, group: responses.group, responses });
      seen.add(code);
    } catch (error) {
      const problem = error instanceof ResponseCodeError ? error.problem : 'content';
      out.rejected.push({
        text: candidate,
        reason: problem,
        problem: {
          key: `code.${problem}`,
          detail: `${problem}: ${errorMessage(error)}`,
        },
      });
    }
  }
  return out;
}

/** The text of a file, or why it is refused before reading (size). */
export async function readFileText(file: Blob): Promise<Read<string>> {
  if (file.size > MAX_FILE_BYTES)
    return fail({
      key: 'fileTooLarge',
      values: { size: `${Math.round(file.size / 1000)} KB` },
      detail: `The file has ${file.size} bytes; at most ${MAX_FILE_BYTES} are read.`,
    });
  try {
    return { ok: true, value: await file.text() };
  } catch (error) {
    return fail({ key: 'fileUnreadable', detail: `The file could not be read: ${error}` });
  }
}

export function readJson(text: string): Read<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return fail({ key: 'notJson', detail: `Not JSON: ${(error as Error).message}` });
  }
}

/** A self-assessment (result file, bare result, or response set): checked and scored. */
export interface SelfRead {
  /** What the view keeps: the data as given. */
  value: ResponseSet | Result;
  /** Its scores. */
  result: Result;
}

/**
 * Checks a self-assessment a person loads: the report's download, a bare result, or a
 * response set. It must be of this instrument and version, and a self-assessment.
 */
export function readSelf(data: unknown, instrument: Instrument): Read<SelfRead> {
  const fields = isRecord(data) ? data : {};
  const inner = isRecord(fields['result']) ? fields['result'] : fields;
  const isResponses = 'answers' in fields;
  if (!isResponses) {
    const parsed = parseResultFile(data, instrument);
    if (!parsed.ok) {
      const at = (key: string) => parsed.issues.find((i) => i.path[i.path.length - 1] === key);
      if (at('instrumentId'))
        return fail(mismatch('otherInstrument', inner['instrumentId'], instrument.id));
      if (at('instrumentVersion'))
        return fail(mismatch('otherVersion', inner['instrumentVersion'], instrument.version));
      return fail({
        key: 'notResult',
        detail: parsed.issues.map((i) => `${i.path.join('.') || 'file'}: ${i.message}`).join('; '),
      });
    }
  } else if (fields['instrumentId'] !== instrument.id)
    return fail(mismatch('otherInstrument', fields['instrumentId'], instrument.id));
  else if (fields['instrumentVersion'] !== instrument.version)
    return fail(mismatch('otherVersion', fields['instrumentVersion'], instrument.version));
  const value = (isResponses ? data : inner) as ResponseSet | Result;
  if (value.form !== 'self')
    return fail({ key: 'notSelf', detail: `form is "${String(value.form)}", not "self"` });
  try {
    const result = score360(value, [], { instrument }).self!;
    return { ok: true, value: { value, result } };
  } catch (error) {
    return fail({ key: 'notResult', detail: errorMessage(error) });
  }
}

function mismatch(
  key: 'otherInstrument' | 'otherVersion',
  found: unknown,
  expected: string,
): Problem {
  const shown = typeof found === 'string' && found ? found.slice(0, 40) : '?';
  return {
    key,
    values: { found: shown, expected },
    detail: `instrument${key === 'otherVersion' ? 'Version' : 'Id'} is "${shown}", expected "${expected}"`,
  };
}

/**
 * Checks norms a person loads, turning each issue `parseNorms` finds into a message that
 * names the score and what to fix.
 */
export function readNorms(data: unknown, instrument: Instrument): Read<Norms> {
  const parsed = parseNorms(data, instrument);
  if (parsed.ok) return { ok: true, value: parsed.value };
  const known = new Set([
    ...instrument.dimensions.map((d) => d.id),
    ...instrument.facets.map((f) => f.id),
  ]);
  const problems: Problem[] = [];
  const missing: string[] = [];
  for (const issue of parsed.issues) {
    const [kind, id, field] = issue.path.map(String);
    const detail = `${issue.path.join('.') || 'norms'}: ${issue.message}`;
    const area = { area: [id ?? ''] };
    if (kind === 'group') problems.push({ key: 'normsGroup', detail });
    else if (kind === 'dimensions' && id && field === undefined && known.has(id)) missing.push(id);
    else if (id && field === undefined && !known.has(id))
      problems.push({ key: 'normsUnknown', values: { id: id.slice(0, 40) }, detail });
    else if (field === 'sd') problems.push({ key: 'normsSd', ids: area, detail });
    else if (field === 'n') problems.push({ key: 'normsN', ids: area, detail });
    else if (field === 'mean') problems.push({ key: 'normsMean', ids: area, detail });
    else if (field === 'scores') problems.push({ key: 'normsScores', ids: area, detail });
    else problems.push({ key: 'notNorms', detail });
  }
  // one sentence for all the missing dimensions, before the rest
  if (missing.length)
    problems.unshift({
      key: 'normsDimension',
      ids: { dimension: missing },
      detail: `no norms for ${missing.join(', ')}`,
    });
  return { ok: false, problems: problems.slice(0, 4) };
}

/** Everything the view is given: the host's properties and the codes the person added. */
export interface View360Inputs {
  instrument: Instrument;
  self: ResponseSet | Result | null;
  raters: readonly (RaterResponseSet | RaterResult)[];
  codes: readonly CodeEntry[];
  norms: Norms | null;
  previous: Result | null;
}

/** Host data that could not be used, and why (for a notice and `l3d-error`). */
export interface HostProblem {
  input: 'self' | 'raters' | 'norms' | 'previous';
  /** For raters: the index in `raters`. */
  index?: number;
  detail: string;
}

export interface View360 {
  /** `null` until there is a self-assessment or a rater. */
  report: Result360 | null;
  /** Of the self scores, only with norms and a self-assessment. */
  percentiles: Percentiles | null;
  /** Earlier result → the current self-assessment, only with both. */
  change: Change | null;
  problems: HostProblem[];
}

/**
 * The view's numbers. Data the host supplied that cannot be used is left out and listed, so
 * one bad rater never takes the whole report down.
 */
export function compute360(inputs: View360Inputs): View360 {
  const { instrument } = inputs;
  const options = { instrument };
  const problems: HostProblem[] = [];
  let self = inputs.self;
  if (self !== null) {
    try {
      score360(self, [], options);
    } catch (error) {
      problems.push({ input: 'self', detail: errorMessage(error) });
      self = null;
    }
  }
  const raters: (RaterResponseSet | RaterResult)[] = [];
  (Array.isArray(inputs.raters) ? inputs.raters : []).forEach((rater, index) => {
    try {
      score360(null, [rater], options);
      raters.push(rater);
    } catch (error) {
      problems.push({ input: 'raters', index, detail: errorMessage(error) });
    }
  });
  raters.push(...inputs.codes.map((c) => c.responses));
  const report = self !== null || raters.length ? score360(self, raters, options) : null;
  const selfResult = report?.self ?? null;

  let ranks: Percentiles | null = null;
  if (inputs.norms !== null) {
    const checked = parseNorms(inputs.norms, instrument);
    if (!checked.ok)
      problems.push({ input: 'norms', detail: checked.issues.map((i) => i.message).join(' ') });
    else if (selfResult) {
      try {
        ranks = percentiles(selfResult, checked.value);
      } catch (error) {
        problems.push({ input: 'norms', detail: errorMessage(error) });
      }
    }
  }
  let change: Change | null = null;
  if (inputs.previous !== null && selfResult) {
    try {
      change = reliableChange(inputs.previous, selfResult);
    } catch (error) {
      problems.push({ input: 'previous', detail: errorMessage(error) });
    }
  }
  return { report, percentiles: ranks, change, problems };
}
