/**
 * Pure helpers of `leadership-3d score`: one input line in, one output line out. No I/O and no
 * state between calls, so the same functions run in the main thread, in worker threads, or in
 * any distributed job that maps lines to lines.
 */
import {
  ScoringError,
  instrument as builtin,
  score,
  type ScoringErrorCode,
} from '../scoring/index.js';
import { isRecord } from '../scoring/errors.js';
import type { Form, Instrument, Norms, Result } from '../scoring/types.js';
import type { CsvLayout, InputFormat } from './rows.js';
import { DIMENSIONS } from '../scoring/vocabulary.js';

/** Why a line could not be scored: the engine's codes plus those of the batch reader. */
export type LineErrorCode =
  ScoringErrorCode | 'invalid-json' | 'invalid-csv' | 'line-too-long' | 'internal-error';

/** What went wrong on one line. */
export interface LineError {
  code: LineErrorCode;
  message: string;
  /** The offending field inside the line's JSON, e.g. `['answers', 'listening-2']`; `[]` for the whole line. */
  path: (string | number)[];
}

/** The outcome of one line: its result, or the reason it has none. */
export type LineOutcome =
  | { ok: true; line: number; id?: string | number; result: Result }
  | { ok: false; line: number; id?: string | number; error: LineError };

/** How lines are scored; plain data, so it can be handed to a worker thread. */
export interface LineOptions {
  /** A host instrument, already validated; the built-in one when absent. */
  instrument?: Instrument;
  norms?: Norms;
  /** Field of each response set copied to the output to tell rows apart (default `id`). */
  idField?: string;
}

/**
 * Output format of the command: the full result as ndjson or CSV, or the compact `scores-csv`
 * (./rows.ts).
 */
export type Format = 'ndjson' | 'csv' | 'scores-csv';

/** The longest line read, in bytes; a response set of 48 items is about 1 KB. */
export const MAX_LINE_BYTES = 1024 * 1024;

/** A string or finite number under `field`, the only kinds of id that survive CSV and JSON alike. */
export function idOf(value: unknown, field: string): string | number | undefined {
  if (!isRecord(value) || !Object.hasOwn(value, field)) return undefined;
  const id = value[field];
  return typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id)) ? id : undefined;
}

/** A line-too-long outcome: the reader dropped the line's bytes, so only its number is left. */
export const tooLong = (line: number): LineOutcome => ({
  ok: false,
  line,
  error: {
    code: 'line-too-long',
    message: `Line longer than ${MAX_LINE_BYTES} bytes`,
    path: [],
  },
});

/**
 * Parses and scores one line (a JSON response set). Never throws: bad JSON, a response set of
 * another instrument or an answer out of range come back as `{ ok: false, error }`.
 */
export function scoreLine(text: string, line: number, options: LineOptions = {}): LineOutcome {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      line,
      error: { code: 'invalid-json', message: (error as Error).message, path: [] },
    };
  }
  const id = idOf(data, options.idField ?? 'id');
  const withId = id === undefined ? { line } : { line, id };
  try {
    const result = score(data as Parameters<typeof score>[0], {
      instrument: options.instrument,
      norms: options.norms,
    });
    return { ok: true, ...withId, result };
  } catch (error) {
    const known = error instanceof ScoringError;
    return {
      ok: false,
      ...withId,
      error: {
        // a bug in the engine must not stop a million-line run, but it must be visible
        code: known ? error.code : 'internal-error',
        message: error instanceof Error ? error.message : String(error),
        path: known ? error.path : [],
      },
    };
  }
}

/** One ndjson line (without the newline): `{"line","id"?,"result"}` or `{"line","id"?,"error"}`. */
export function ndjsonLine(outcome: LineOutcome): string {
  // assembled by hand: stringifying a copy without `ok` was a third of the run time
  const id = outcome.id === undefined ? '' : `,"id":${JSON.stringify(outcome.id)}`;
  const body = outcome.ok
    ? `,"result":${JSON.stringify(outcome.result)}`
    : `,"error":${JSON.stringify(outcome.error)}`;
  return `{"line":${outcome.line}${id}${body}}`;
}

/** A CSV field: quoted when it holds a comma, quote or line break (RFC 4180). */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Facet ids in instrument order. */
const facetIdsOf = (instrument: Instrument): string[] => instrument.facets.map((f) => f.id);

/**
 * The CSV header for an instrument: line, id, error, the instrument, then per dimension its
 * score, band and stage, per facet its score (`facet_<id>`), the profile, strengths, growth
 * areas and flags; with norms, a percentile column after each score.
 */
export function csvHeader(instrument: Instrument, options: { norms?: boolean } = {}): string {
  const pr = (name: string) => (options.norms ? [name, `${name}_percentile`] : [name]);
  return [
    'line',
    'id',
    'error',
    'error_message',
    'instrumentId',
    'instrumentVersion',
    'form',
    ...DIMENSIONS.flatMap((d) => [
      ...pr(d),
      `${d}_low`,
      `${d}_high`,
      `${d}_stage`,
      `${d}_stage_low`,
      `${d}_stage_high`,
    ]),
    ...facetIdsOf(instrument).flatMap((f) => pr(`facet_${f}`)),
    'archetype',
    'leading',
    'strengths',
    'growth_areas',
    'flags',
  ]
    .map(csvCell)
    .join(',');
}

/**
 * One CSV row (without the newline) matching {@link csvHeader}. An error row has the line, id,
 * error code and message, and empty score cells; lists are space-separated ids.
 */
export function csvRow(
  outcome: LineOutcome,
  instrument: Instrument,
  options: { norms?: boolean } = {},
): string {
  const facets = facetIdsOf(instrument);
  const head = [outcome.line, outcome.id];
  if (!outcome.ok) {
    const width = 3 + DIMENSIONS.length * (options.norms ? 7 : 6);
    const empty = width + facets.length * (options.norms ? 2 : 1) + 5;
    return [...head, outcome.error.code, outcome.error.message, ...Array(empty).fill(null)]
      .map(csvCell)
      .join(',');
  }
  const r = outcome.result;
  const pr = (score: number | null, percentile: number | undefined) =>
    options.norms ? [score, percentile ?? null] : [score];
  const cells: (string | number | null | undefined)[] = [
    ...head,
    null,
    null,
    r.instrumentId,
    r.instrumentVersion,
    r.form,
  ];
  for (const d of DIMENSIONS) {
    const block = r.dimensions[d];
    const stage = block.stage;
    cells.push(
      ...pr(block.score, r.percentiles?.dimensions[d]?.value),
      block.band?.[0] ?? null,
      block.band?.[1] ?? null,
      stage?.id ?? null,
      stage ? (stage.between?.[0] ?? stage.id) : null,
      stage ? (stage.between?.[1] ?? stage.id) : null,
    );
  }
  for (const f of facets)
    cells.push(...pr(r.facets[f]?.score ?? null, r.percentiles?.facets[f]?.value));
  cells.push(
    r.profile.archetype,
    r.profile.leading.join(' '),
    r.strengths.join(' '),
    r.growthAreas.join(' '),
    r.flags.map((flag) => flag.code).join(' '),
  );
  return cells.map(csvCell).join(',');
}

/** A run of input lines: the text of whole lines and the number of the first. */
export interface Batch {
  /** The lines as text; empty when the reader was asked for `bytes`. */
  text: string;
  /** The lines as UTF-8 bytes, not decoded (CSV input, read by ./rows.ts). */
  bytes?: Uint8Array;
  firstLine: number;
  /** Lines in `text` (the last may lack its newline). */
  lineCount: number;
  /** Numbers of lines the reader dropped for being too long; they are empty in `text`. */
  tooLong: number[];
}

/** What one batch produced: whole output lines, each ending in a newline, and counts. */
export interface BatchOutput {
  output: string;
  scored: number;
  errors: number;
  blank: number;
  /** Messages for stderr, each ending in a newline: the errors of `scores-csv`. */
  messages?: string;
}

/** How a batch is turned into output. Plain data (see {@link LineOptions}). */
export interface BatchOptions extends LineOptions {
  format: Format;
  /** Input format (default ndjson); CSV input is read by ./rows.ts. */
  input?: InputFormat;
  /** The columns of a CSV input, read from its header. */
  layout?: CsvLayout;
  /** The form of every row of a CSV input (default self). */
  form?: Form;
}

/**
 * Scores every line of a batch and formats the outcomes. Blank lines are skipped (counted,
 * no output); every other line gives exactly one output line, in input order.
 */
export function processBatch(batch: Batch, options: BatchOptions): BatchOutput {
  const { text, firstLine, lineCount, tooLong: dropped } = batch;
  const csv = options.format === 'csv';
  const norms = { norms: options.norms !== undefined };
  const instrument = options.instrument ?? builtin;
  let output = '';
  let scored = 0;
  let errors = 0;
  let blank = 0;
  let start = 0;
  let next = 0; // index into `dropped`, which is sorted
  for (let k = 0; k < lineCount; k++) {
    const line = firstLine + k;
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    let lineText = text.slice(start, end);
    start = end + 1;
    let outcome: LineOutcome;
    if (dropped[next] === line) {
      next++;
      outcome = tooLong(line);
    } else {
      // a byte order mark is not JSON; a Windows "\r" before the newline is JSON whitespace
      if (line === 1 && lineText.charCodeAt(0) === 0xfeff) lineText = lineText.slice(1);
      if (lineText.trim() === '') {
        blank++;
        continue;
      }
      outcome = scoreLine(lineText, line, options);
    }
    if (outcome.ok) scored++;
    else errors++;
    output += (csv ? csvRow(outcome, instrument, norms) : ndjsonLine(outcome)) + '\n';
  }
  return { output, scored, errors, blank };
}
