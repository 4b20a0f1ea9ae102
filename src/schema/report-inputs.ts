/**
 * Checks for the files a person or coach loads into a report: a result downloaded from the
 * report, and norms. Written by hand rather than with zod so that each problem gets a sentence
 * a coach can act on ("no norms for Business savvy", "the SD must be above 0"), with the path.
 */
import { instrument as builtin } from '../scoring/builtin-instrument.js';
import type { ParseResult, SchemaIssue } from './instrument.js';
import { errorMessage, isFiniteNumber as isNumber, isRecord } from '../scoring/errors.js';
import { KINDS, semIn } from '../scoring/plan.js';
import type { Form, Instrument, Norms, Result } from '../scoring/types.js';
import { DIMENSIONS, FILE_FORMATS, FORMS } from '../scoring/vocabulary.js';
import { checkPlan, type DevelopmentPlan } from './plan.js';

/** What the report's "Download" button writes around the result. */
export const RESULT_FILE_FORMAT = FILE_FORMATS.result;

type Path = SchemaIssue['path'];

class Issues {
  readonly list: SchemaIssue[] = [];

  add(path: Path, message: string): void {
    this.list.push({ path, message, code: 'custom' });
  }

  result<T>(value: T): ParseResult<T> {
    return this.list.length ? { ok: false, issues: this.list } : { ok: true, value };
  }
}

/**
 * Runs a check that reads `data`. Data that throws while being read (a host object's getter, a
 * revoked proxy) is an issue like any other, never an exception.
 */
function readSafely<T>(check: () => ParseResult<T>): ParseResult<T> {
  try {
    return check();
  } catch (error) {
    const message = `The data could not be read (${errorMessage(error)}).`;
    return {
      ok: false,
      issues: [{ path: [], message, code: 'custom' }],
    };
  }
}

/**
 * Validates norms for percentiles: a group name, a statistic for every dimension of the
 * instrument, and optionally for facets. A statistic is `{ scores: [...] }` (0–100) or
 * `{ mean, sd, n }` with sd above 0 and n a whole number ≥ 1. Never throws on bad data.
 */
export function parseNorms(data: unknown, instrument: Instrument = builtin): ParseResult<Norms> {
  return readSafely(() => checkNorms(data, instrument));
}

function checkNorms(data: unknown, instrument: Instrument): ParseResult<Norms> {
  const issues = new Issues();
  if (!isRecord(data)) {
    issues.add([], 'Norms must be a JSON object with "group", "dimensions" and optional "facets".');
    return issues.result(data as Norms);
  }
  if (typeof data.group !== 'string' || !data.group.trim())
    issues.add(['group'], 'Name the norm group in "group", e.g. "Engineering managers 2026".');
  const labels = new Map<string, string>(instrument.dimensions.map((d) => [d.id, d.label]));
  checkStats(issues, data, 'dimensions', labels, true);
  checkStats(issues, data, 'facets', new Map(instrument.facets.map((f) => [f.id, f.label])), false);
  return issues.result(data as unknown as Norms);
}

function checkStats(
  issues: Issues,
  data: Record<string, unknown>,
  kind: 'dimensions' | 'facets',
  labels: Map<string, string>,
  required: boolean,
): void {
  const stats = data[kind];
  if (stats === undefined && !required) return;
  if (!isRecord(stats)) {
    issues.add(
      [kind],
      `"${kind}" must be an object keyed by ${kind === 'facets' ? 'facet' : 'dimension'} id.`,
    );
    return;
  }
  if (required)
    for (const [id, label] of labels)
      if (!(id in stats)) issues.add([kind, id], `There are no norms for ${label} ("${id}").`);
  for (const [id, stat] of Object.entries(stats)) {
    const label = labels.get(id);
    if (label === undefined)
      issues.add([kind, id], `"${id}" is not a ${kind.slice(0, -1)} of this questionnaire.`);
    else checkStat(issues, stat, [kind, id], label);
  }
}

function checkStat(issues: Issues, stat: unknown, path: Path, label: string): void {
  const { scores, mean, sd, n } = isRecord(stat) ? (stat as Partial<Record<string, unknown>>) : {};
  if (scores !== undefined) {
    if (
      !Array.isArray(scores) ||
      !scores.length ||
      !scores.every((x) => isNumber(x) && x >= 0 && x <= 100)
    )
      issues.add(
        [...path, 'scores'],
        `The scores for ${label} must be a list of numbers from 0 to 100.`,
      );
    return;
  }
  if (!isNumber(mean) || mean < 0 || mean > 100)
    issues.add([...path, 'mean'], `The mean for ${label} must be a number from 0 to 100.`);
  if (!isNumber(sd) || sd <= 0)
    issues.add([...path, 'sd'], `The SD for ${label} must be a number above 0.`);
  if (!Number.isInteger(n) || (n as number) < 1)
    issues.add(
      [...path, 'n'],
      `The group size n for ${label} must be a whole number of at least 1.`,
    );
}

/**
 * Validates a result loaded from a file: the JSON the report's Download button writes, or a
 * bare result. With an instrument, also that it is of that instrument and version. Checks the
 * parts a 360° view and a retest comparison read (scores, bands, SEM), not every detail of
 * the report. Never throws on bad data.
 */
export function parseResultFile(data: unknown, instrument?: Instrument): ParseResult<Result> {
  return readSafely(() => checkResultFile(data, instrument));
}

function checkResultFile(data: unknown, instrument?: Instrument): ParseResult<Result> {
  const issues = new Issues();
  const wrapped = isRecord(data) && data.format === RESULT_FILE_FORMAT;
  const result = wrapped ? data.result : data;
  const at = (path: Path): Path => (wrapped ? ['result', ...path] : path);
  if (!isRecord(result) || !isRecord(result.dimensions) || !isRecord(result.facets)) {
    issues.add(
      at([]),
      'This is not a leadership-3d result: use the file the report\'s "Download" button saved.',
    );
    return issues.result(result as Result);
  }
  for (const key of ['instrumentId', 'instrumentVersion'] as const)
    if (typeof result[key] !== 'string') issues.add(at([key]), `"${key}" must be text.`);
  if (!FORMS.includes(result.form as Form))
    issues.add(at(['form']), `"form" must be ${FORMS.map((f) => `"${f}"`).join(' or ')}.`);
  // one number in a version 1 result, one per level since version 2
  if (KINDS.some((kind) => semIn(result, kind) === undefined))
    issues.add(at(['sem']), '"sem" must give a number above 0 for dimensions and for facets.');
  if (instrument) {
    if (result.instrumentId !== instrument.id)
      issues.add(
        at(['instrumentId']),
        `This result is of another questionnaire ("${String(result.instrumentId)}", not "${instrument.id}").`,
      );
    else if (result.instrumentVersion !== instrument.version)
      issues.add(
        at(['instrumentVersion']),
        `This result is of version ${String(result.instrumentVersion)} of the questionnaire; this report uses version ${instrument.version}, and scores of two versions cannot be compared.`,
      );
  }
  const expected = {
    dimensions: instrument?.dimensions.map((d) => d.id) ?? DIMENSIONS,
    facets: instrument?.facets.map((f) => f.id) ?? Object.keys(result.facets),
  };
  for (const kind of KINDS) {
    const blocks = result[kind] as Record<string, unknown>;
    for (const id of expected[kind]) {
      const block = blocks[id];
      const score = isRecord(block) ? block.score : undefined;
      if (score !== null && !(isNumber(score) && score >= 0 && score <= 100))
        issues.add(
          at([kind, id, 'score']),
          `The score of "${id}" must be a number from 0 to 100, or null.`,
        );
    }
  }
  return issues.result(result as unknown as Result);
}

/**
 * The development plan a result file carries (the report's download adds it beside `result`),
 * checked against the instrument's facets. A file without one gives `null`; a bad one gives
 * `null` and a sentence saying why, and never makes the result unreadable.
 */
export function planInFile(
  data: unknown,
  instrument: Instrument = builtin,
): { plan: DevelopmentPlan | null; problem?: string } {
  let raw: unknown;
  try {
    raw = isRecord(data) && data.format === RESULT_FILE_FORMAT ? data.plan : undefined;
  } catch {
    raw = undefined;
  }
  if (raw === undefined) return { plan: null };
  const checked = checkPlan(
    raw,
    instrument.facets.map((f) => f.id),
  );
  return checked.ok
    ? { plan: checked.plan }
    : {
        plan: null,
        problem: `The development plan in this file was left out: ${checked.problems.map((p) => `${p.field}: ${p.message}`).join('; ')}.`,
      };
}
