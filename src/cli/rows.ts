/**
 * The row path of `leadership-3d score`: CSV input (a header `id,<item ids>`, one respondent a
 * row) and the compact `scores-csv` output (id, dimension scores and stages, facet scores,
 * flags). Answers are read straight into a Uint8Array in instrument order and scored a block at
 * a time through {@link RowScorer}; the output is built as text without JSON and without an
 * object per row. Pure like ./batch.ts: a batch in, text out, so it runs in worker threads too.
 */
import { ScoringError } from '../scoring/errors.js';
import { planFor, readResponses } from '../scoring/plan.js';
import { percentiles, scoreWithPlan } from '../scoring/score.js';
import type { Form, Instrument } from '../scoring/types.js';
import { instrument as builtin } from '../scoring/index.js';
import { DIMENSIONS, STAGES } from '../scoring/vocabulary.js';
import { UsageError } from './args.js';
import {
  csvCell,
  csvRow,
  idOf,
  ndjsonLine,
  processBatch,
  tooLong,
  type Batch,
  type BatchOptions,
  type BatchOutput,
  type LineError,
  type LineOutcome,
} from './batch.js';
import { FLAG_CODES, rowScorer, type RowScorer } from './row-scorer.js';

/** Input formats of the command. */
export type InputFormat = 'ndjson' | 'csv';

/** In a {@link CsvLayout}, the column that holds the respondent's id. */
export const ID_COLUMN = -1;

/** What each column of a CSV input holds: an item position, or {@link ID_COLUMN}. Plain data. */
export interface CsvLayout {
  columns: number[];
}

const COMMA = 0x2c;
const QUOTE = 0x22;
const CR = 0x0d;
const ZERO = 0x30;

/** The cells of one CSV line (RFC 4180 quoting), or a message when a quote is not closed. */
function splitCells(line: string): string[] | string {
  const cells: string[] = [];
  let i = 0;
  for (;;) {
    let cell: string;
    if (line.charCodeAt(i) === QUOTE) {
      cell = '';
      let j = i + 1;
      for (;;) {
        const close = line.indexOf('"', j);
        if (close === -1)
          return 'a quoted cell is not closed (a line break inside quotes is not supported)';
        cell += line.slice(j, close);
        if (line.charCodeAt(close + 1) === QUOTE) {
          cell += '"';
          j = close + 2;
        } else {
          i = close + 1;
          break;
        }
      }
      if (i < line.length && line.charCodeAt(i) !== COMMA)
        return `text after a closing quote in cell ${cells.length + 1}`;
    } else {
      let end = line.indexOf(',', i);
      if (end === -1) end = line.length;
      cell = line.slice(i, end);
      i = end;
    }
    cells.push(cell);
    if (i >= line.length) return cells;
    i++; // the comma
  }
}

/** A line without its BOM (first line) and Windows line end. */
const bare = (line: string, first: boolean) =>
  (first && line.charCodeAt(0) === 0xfeff ? line.slice(1) : line).replace(/\r$/, '');

/**
 * Reads the header row of a CSV input: the `idField` column once, and item ids of `instrument`,
 * each at most once, in any order. Items without a column are missing in every row.
 * @throws {UsageError} naming line 1 and the column: nothing can be scored from a wrong header.
 */
export function readCsvHeader(line: string, instrument: Instrument, idField: string): CsvLayout {
  const { itemIndex } = planFor(instrument);
  const cells = splitCells(bare(line, true));
  const at = (c: number, name: string) => `line 1, column ${c + 1} ("${name}")`;
  if (typeof cells === 'string') throw new UsageError(`CSV header (line 1): ${cells}`);
  const columns: number[] = [];
  const seen = new Set<string>();
  cells.forEach((name, c) => {
    if (seen.has(name)) throw new UsageError(`CSV header: ${at(c, name)} is a duplicate column`);
    seen.add(name);
    const item = name === idField ? ID_COLUMN : itemIndex.get(name);
    if (item === undefined)
      throw new UsageError(
        `CSV header: ${at(c, name)} is not an item of ${instrument.id} ${instrument.version}` +
          ` nor the id column "${idField}"`,
      );
    columns.push(item);
  });
  if (!seen.has(idField))
    throw new UsageError(`CSV header (line 1) has no "${idField}" column (see --id)`);
  return { columns };
}

/** Why the last row could not be read; set by {@link parseRow}. */
let problem: LineError = { code: 'invalid-input', message: '', path: [] };
const invalid = (code: LineError['code'], message: string, path: LineError['path'] = []) => {
  problem = { code, message, path };
  return undefined;
};

/** An answer cell that is not an answer: the problem, naming the column and the item. */
function badAnswer(cell: string, c: number, itemId: string, observer: boolean) {
  const allowed = observer ? '1–5, 0, n/a or empty' : '1–5 or empty';
  const outOfRange = /^-?\d+$/.test(cell) && (cell !== '0' || !observer);
  return invalid(
    outOfRange ? 'out-of-range' : 'invalid-input',
    `Expected ${allowed}, got "${cell}" (column ${c + 1})`,
    ['answers', itemId],
  );
}

/**
 * Reads one CSV row, `text` from `start` to `end` (no line break), into `answers` from `offset`
 * (which must be zero-filled). Returns the id, or undefined with {@link problem} set. The common
 * cells (a digit, or nothing) are read without making a string.
 */
function parseRow(
  text: string,
  start: number,
  end: number,
  columns: readonly number[],
  itemIds: readonly string[],
  answers: Uint8Array,
  offset: number,
  observer: boolean,
): string | undefined {
  if (end > start && text.charCodeAt(end - 1) === CR) end--;
  let id = '';
  let c = 0;
  let i = start;
  for (;;) {
    if (c === columns.length) {
      const cells = c + 1 + (text.slice(i, end).match(/,/g)?.length ?? 0);
      return invalid('invalid-csv', `${cells} cells; the header has ${columns.length}`);
    }
    const kind = columns[c]!;
    const first = text.charCodeAt(i);
    let next: number; // where the cell ends: a comma or `end`
    if (first === QUOTE || kind === ID_COLUMN) {
      // quoted cells and ids: the general path
      let cell: string;
      if (first === QUOTE) {
        cell = '';
        let j = i + 1;
        for (;;) {
          const close = text.indexOf('"', j);
          if (close === -1 || close >= end)
            return invalid('invalid-csv', `a quoted cell (column ${c + 1}) is not closed`);
          cell += text.slice(j, close);
          if (text.charCodeAt(close + 1) === QUOTE && close + 1 < end) {
            cell += '"';
            j = close + 2;
          } else {
            next = close + 1;
            break;
          }
        }
        if (next < end && text.charCodeAt(next) !== COMMA)
          return invalid('invalid-csv', `text after a closing quote (column ${c + 1})`);
      } else {
        next = text.indexOf(',', i);
        if (next === -1 || next > end) next = end;
        cell = text.slice(i, next);
      }
      if (kind === ID_COLUMN) id = cell;
      else if (cell !== '') {
        const value = answerOf(cell, observer);
        if (value < 0) return badAnswer(cell, c, itemIds[kind]!, observer);
        answers[offset + kind] = value;
      }
    } else if (i === end || first === COMMA) {
      next = i; // empty: missing
    } else if (i + 1 === end || text.charCodeAt(i + 1) === COMMA) {
      next = i + 1;
      const value = first - ZERO;
      if (value >= 1 && value <= 5) answers[offset + kind] = value;
      else if (!(value === 0 && observer)) return badAnswer(text[i]!, c, itemIds[kind]!, observer);
    } else {
      next = text.indexOf(',', i);
      if (next === -1 || next > end) next = end;
      const cell = text.slice(i, next);
      const value = answerOf(cell, observer);
      if (value < 0) return badAnswer(cell, c, itemIds[kind]!, observer);
      answers[offset + kind] = value;
    }
    c++;
    if (next >= end) break;
    i = next + 1;
  }
  if (c !== columns.length)
    return invalid('invalid-csv', `${c} cells; the header has ${columns.length}`);
  return id;
}

/** The raw answer in an answer cell (1–5; 0 = not observed), or -1 when it is not one. */
function answerOf(cell: string, observer: boolean): number {
  if (cell.length === 1) {
    const value = cell.charCodeAt(0) - ZERO;
    if (value >= 1 && value <= 5) return value;
  }
  if (observer && (cell === '0' || cell.toLowerCase() === 'n/a')) return 0;
  return -1;
}

/**
 * An id as a CSV cell: quoted when it holds a comma, quote or line break, and with a leading `'`
 * when it starts with `=`, `+`, `-`, `@`, a tab or a carriage return, so a spreadsheet shows it
 * as text instead of running it as a formula.
 */
export function safeIdCell(id: string): string {
  const c = id.charCodeAt(0);
  const text =
    c === 0x3d || c === 0x2b || c === 0x2d || c === 0x40 || c === 0x09 || c === CR ? `'${id}` : id;
  return csvCell(text);
}

/** The header of `--format scores-csv` for an instrument. */
export function scoresCsvHeader(instrument: Instrument): string {
  const { facetIds } = planFor(instrument);
  return ['id', ...DIMENSIONS.flatMap((d) => [d, `${d}_stage`]), ...facetIds, 'flags']
    .map(csvCell)
    .join(',');
}

/** The flags cell for each combination of flag bits: names joined by `;`. */
const FLAG_CELLS = Array.from({ length: 1 << FLAG_CODES.length }, (_, bits) =>
  FLAG_CODES.filter((_, k) => bits & (1 << k)).join(';'),
);

/**
 * A score as score() rounds it; empty for none. Scores repeat a lot (a facet score is one of a
 * few dozen values), so their text is kept rather than made again for every row.
 */
const numbers = new Map<number, string>();
function num(x: number): string {
  let text = numbers.get(x);
  if (text === undefined) {
    text = x === x ? String(x) : '';
    if (numbers.size < 100_000) numbers.set(x, text);
  }
  return text;
}

/** Row scorers by instrument, one per thread. */
const scorers = new WeakMap<Instrument, RowScorer>();
function scorerFor(instrument: Instrument): RowScorer {
  let scorer = scorers.get(instrument);
  if (!scorer) scorers.set(instrument, (scorer = rowScorer(instrument)));
  return scorer;
}

/** What an ndjson line holds for the row path: its answers by item position, or why not. */
type NdjsonRow =
  | { ok: true; id: string | number | undefined; raw: Uint8Array; timings: Float64Array | null }
  | { ok: false; id: string | number | undefined; error: LineError };

/** Parses an ndjson line and checks it as score() does (same codes, same messages). */
function readNdjsonLine(text: string, instrument: Instrument, idField: string): NdjsonRow {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    return { ok: false, id: undefined, error: { code: 'invalid-json', message, path: [] } };
  }
  const id = idOf(data, idField);
  try {
    const { raw, timings } = readResponses(planFor(instrument), data, []);
    return { ok: true, id, raw, timings };
  } catch (error) {
    const known = error instanceof ScoringError;
    const message = error instanceof Error ? error.message : String(error);
    const code = known ? error.code : 'internal-error';
    return { ok: false, id, error: { code, message, path: known ? error.path : [] } };
  }
}

/** True when the line from `start` to `end` holds only white space. */
function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== CR && c !== 0xfeff) return false;
  }
  return true;
}

/** `--format scores-csv` rows for `count` scored rows. */
function scoresCsvRows(
  scorer: RowScorer,
  answers: Uint8Array,
  ids: readonly string[],
  timings: readonly (Float64Array | null)[] | undefined,
): string {
  const count = ids.length;
  if (!count) return '';
  const { dimensions, stages, facets, flags } = scorer.scoreRows(answers, count, timings);
  const facetCount = scorer.facetIds.length;
  const dims = DIMENSIONS.length;
  let out = '';
  for (let r = 0; r < count; r++) {
    let row = safeIdCell(ids[r]!);
    for (let d = r * dims; d < (r + 1) * dims; d++) {
      const stage = stages[d]!;
      row += `,${num(dimensions[d]!)},${stage < 0 ? '' : STAGES[stage]}`;
    }
    for (let f = r * facetCount; f < (r + 1) * facetCount; f++) row += `,${num(facets[f]!)}`;
    out += `${row},${FLAG_CELLS[flags[r]!]}\n`;
  }
  return out;
}

/** Scores a batch of any input format to any output format: the entry of main thread and workers. */
export function scoreBatch(batch: Batch, options: BatchOptions): BatchOutput {
  if (options.input !== 'csv' && options.format !== 'scores-csv')
    return processBatch(batch, options);
  return processRowsBatch(batch, options);
}

/**
 * The row path: CSV input to any format, or ndjson input to `scores-csv`. Lines that cannot be
 * scored become error lines in the ndjson and csv formats, and messages for stderr (`messages`)
 * with `scores-csv`, which has no error column. Blank lines are skipped and counted.
 */
function processRowsBatch(batch: Batch, options: BatchOptions): BatchOutput {
  const instrument = options.instrument ?? builtin;
  const scorer = scorerFor(instrument);
  const { itemIds } = scorer;
  const width = itemIds.length;
  const { text, firstLine, lineCount, tooLong: dropped } = batch;
  const csvInput = options.input === 'csv';
  const columns = options.layout?.columns ?? [];
  const form: Form = options.form ?? 'self';
  const observer = form === 'observer';
  const compact = options.format === 'scores-csv';
  const norms = { norms: options.norms !== undefined };
  const plan = planFor(instrument);
  // scores-csv scores the whole batch as one block; the other formats one row at a time
  const answers = new Uint8Array((compact ? lineCount : 1) * width);
  const ids: string[] = [];
  let timings: (Float64Array | null)[] | undefined;
  let output = '';
  let messages = '';
  let scored = 0;
  let errors = 0;
  let blank = 0;
  const fail = (line: number, id: string | number | undefined, error: LineError) => {
    errors++;
    if (compact) {
      const where = error.path.length ? ` (at ${error.path.join('.')})` : '';
      const who = id === undefined ? '' : ` (id ${JSON.stringify(id)})`;
      messages += `leadership-3d score: line ${line}${who}: ${error.code}: ${error.message}${where}\n`;
    } else
      output += format(
        id === undefined ? { ok: false, line, error } : { ok: false, line, id, error },
      );
  };
  const format = (outcome: LineOutcome) =>
    (options.format === 'csv' ? csvRow(outcome, instrument, norms) : ndjsonLine(outcome)) + '\n';

  let start = 0;
  let next = 0; // index into `dropped`, which is sorted
  for (let k = 0; k < lineCount; k++) {
    const line = firstLine + k;
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const lineStart = start;
    start = end + 1;
    if (dropped[next] === line) {
      next++;
      fail(line, undefined, (tooLong(line) as { error: LineError }).error);
      continue;
    }
    if (isBlank(text, lineStart, end)) {
      blank++;
      continue;
    }
    const offset = compact ? ids.length * width : 0;
    let id: string;
    if (csvInput) {
      if (!compact) answers.fill(0);
      const read = parseRow(text, lineStart, end, columns, itemIds, answers, offset, observer);
      if (read === undefined) {
        answers.fill(0, offset, offset + width);
        fail(line, undefined, problem);
        continue;
      }
      id = read;
    } else {
      let lineText = text.slice(lineStart, end);
      if (line === 1 && lineText.charCodeAt(0) === 0xfeff) lineText = lineText.slice(1);
      const read = readNdjsonLine(lineText, instrument, options.idField ?? 'id');
      if (!read.ok) {
        fail(line, read.id, read.error);
        continue;
      }
      answers.set(read.raw, offset);
      if (read.timings) (timings ??= [])[ids.length] = read.timings;
      id = read.id === undefined ? '' : String(read.id);
    }
    scored++;
    if (compact) {
      ids.push(id);
      continue;
    }
    // CSV input to a full format: the whole result, as the ndjson path writes it
    const result = scoreWithPlan(plan, { form, raw: answers, timings: null });
    if (options.norms !== undefined) result.percentiles = percentiles(result, options.norms);
    output += format({ ok: true, line, id, result });
  }
  if (compact) output = scoresCsvRows(scorer, answers, ids, timings);
  return { output, scored, errors, blank, messages };
}
