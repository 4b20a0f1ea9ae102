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
import { AnswerScanner } from './ndjson-scan.js';
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
const NEWLINE = 0x0a;

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
  return false;
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

/** Where the id of the last row read is: a byte range, or its text when it was quoted. */
let idStart = 0;
let idEnd = 0;
let idText: string | undefined;

/**
 * Reads one CSV row, `bytes` from `start` to `end` (no line break), into `answers` from `offset`
 * (which must be zero-filled). Returns true with the id's place in {@link idStart}/{@link idEnd}
 * (or {@link idText}), or false with {@link problem} set. The common cells, a digit or nothing,
 * are read straight from the bytes: no string is made for them.
 */
export function parseRow(
  bytes: Buffer,
  start: number,
  end: number,
  columns: readonly number[],
  itemIds: readonly string[],
  answers: Uint8Array,
  offset: number,
  observer: boolean,
): boolean {
  if (end > start && bytes[end - 1] === CR) end--;
  idText = undefined;
  let c = 0;
  let i = start;
  for (;;) {
    if (c === columns.length) {
      let cells = c + 1;
      for (let j = i; j < end; j++) if (bytes[j] === COMMA) cells++;
      return invalid('invalid-csv', `${cells} cells; the header has ${columns.length}`);
    }
    const kind = columns[c]!;
    const first = i < end ? bytes[i]! : COMMA;
    let next: number; // where the cell ends: a comma or `end`
    if (first === QUOTE) {
      // a quoted cell: "" is a quote inside it
      let cell = '';
      let j = i + 1;
      for (;;) {
        let close = j;
        while (close < end && bytes[close] !== QUOTE) close++;
        if (close >= end)
          return invalid('invalid-csv', `a quoted cell (column ${c + 1}) is not closed`);
        cell += bytes.toString('utf8', j, close);
        if (close + 1 < end && bytes[close + 1] === QUOTE) {
          cell += '"';
          j = close + 2;
        } else {
          next = close + 1;
          break;
        }
      }
      if (next < end && bytes[next] !== COMMA)
        return invalid('invalid-csv', `text after a closing quote (column ${c + 1})`);
      if (kind === ID_COLUMN) idText = cell;
      else if (cell !== '') {
        const value = answerOf(cell, observer);
        if (value < 0) return badAnswer(cell, c, itemIds[kind]!, observer);
        answers[offset + kind] = value;
      }
    } else {
      next = i;
      while (next < end && bytes[next] !== COMMA) next++;
      if (kind === ID_COLUMN) {
        idStart = i;
        idEnd = next;
      } else if (next === i + 1 && first > ZERO && first <= ZERO + 5) {
        answers[offset + kind] = first - ZERO;
      } else if (next > i) {
        const cell = bytes.toString('utf8', i, next);
        const value = answerOf(cell, observer);
        if (value < 0) return badAnswer(cell, c, itemIds[kind]!, observer);
        answers[offset + kind] = value;
      }
    }
    c++;
    if (next >= end) break;
    i = next + 1;
  }
  if (c !== columns.length)
    return invalid('invalid-csv', `${c} cells; the header has ${columns.length}`);
  return true;
}

/** Why the last row {@link parseRow} refused could not be read. */
export const rowProblem = (): LineError => problem;

/** The id of the last row {@link parseRow} read, as text. */
const idOfRow = (bytes: Buffer) => idText ?? bytes.toString('utf8', idStart, idEnd);

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
 * Score texts as score() rounds them, kept rather than made again for every row (a facet score
 * is one of a few dozen values). Compactly: the texts one after another in one byte array, and
 * a Map from the score (times 10^6: an integer, which a Map finds faster than a fraction) to
 * where its text is; no object per text for the garbage collector to walk.
 */
const textAt = new Map<number, number>();
let texts = new Uint8Array(1 << 16);
let textsEnd = 0;
const MAX_TEXTS = 100_000;
const NO_BYTES = new Uint8Array(0);

/** Writes the text of score `x` (nothing for NaN) into `out` at `pos`; returns the new position. */
function putNumber(out: Buffer, pos: number, x: number): number {
  if (x !== x) return pos;
  const key = Math.round(x * 1e6);
  let at = textAt.get(key);
  if (at === undefined) {
    const text = String(x);
    if (textAt.size >= MAX_TEXTS || text.length > 15) return pos + out.write(text, pos, 'latin1');
    if (textsEnd + text.length > texts.length) {
      const grown = new Uint8Array(texts.length * 2);
      grown.set(texts);
      texts = grown;
    }
    // place and length in one number: texts are shorter than 16 bytes
    at = (textsEnd << 4) | text.length;
    for (let k = 0; k < text.length; k++) texts[textsEnd++] = text.charCodeAt(k);
    textAt.set(key, at);
  }
  for (let k = at >>> 4, end = k + (at & 15); k < end; k++) out[pos++] = texts[k]!;
  return pos;
}

const STAGE_BYTES = STAGES.map((stage) => Buffer.from(stage, 'latin1'));
const FLAG_BYTES = FLAG_CELLS.map((cell) => Buffer.from(cell, 'latin1'));

/** Copies `bytes` into `out` at `pos`; returns the new position. Short copies: a plain loop. */
function put(out: Buffer, pos: number, bytes: Uint8Array): number {
  for (let k = 0; k < bytes.length; k++) out[pos++] = bytes[k]!;
  return pos;
}

/** The longest text of a score (`66.666667`; at most 6 decimals from 0 to 100), with room. */
const NUMBER_BYTES = 16;

/** ndjson scanners by instrument and id field, one per thread. */
const scanners = new WeakMap<Instrument, Map<string, AnswerScanner>>();
function scannerFor(instrument: Instrument, idField: string): AnswerScanner {
  let byField = scanners.get(instrument);
  if (!byField) scanners.set(instrument, (byField = new Map()));
  let scanner = byField.get(idField);
  if (!scanner) byField.set(idField, (scanner = new AnswerScanner(planFor(instrument), idField)));
  return scanner;
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

/** How a row's id is written: from the input's bytes, or as text. */
interface RowIds {
  /** Id texts by row; a row without one takes its bytes from `source`. */
  texts: (string | undefined)[];
  source: Buffer;
  start: Int32Array;
  end: Int32Array;
  /** The longest id in bytes. */
  longest: number;
}

/** Bytes that make an id need care: a formula start (= + - @ tab CR) first, a quote or CR anywhere. */
const FORMULA_START = new Uint8Array(256);
for (const c of [0x3d, 0x2b, 0x2d, 0x40, 0x09, CR]) FORMULA_START[c] = 1;

/** Writes row r's id cell; returns the new position. */
function putId(out: Buffer, pos: number, ids: RowIds, r: number): number {
  const text = ids.texts[r];
  if (text !== undefined) return pos + out.write(safeIdCell(text), pos);
  const { source } = ids;
  const from = ids.start[r]!;
  const to = ids.end[r]!;
  // an unquoted cell has no comma or line break; a quote, a CR or a formula start needs care,
  // and other than ASCII is decoded and encoded again, as text would be
  let plain = FORMULA_START[source[from]!] === 0;
  for (let k = from; plain && k < to; k++) {
    const c = source[k]!;
    if (c === QUOTE || c === CR || c >= 0x80) plain = false;
  }
  if (!plain) return pos + out.write(safeIdCell(source.toString('utf8', from, to)), pos);
  for (let k = from; k < to; k++) out[pos++] = source[k]!;
  return pos;
}

/** `--format scores-csv` rows for `count` rows of answers, as bytes. */
function scoresCsvRows(
  scorer: RowScorer,
  answers: Uint8Array,
  count: number,
  timings: readonly (Float64Array | null)[] | undefined,
  ids: RowIds,
): Uint8Array {
  if (!count) return NO_BYTES;
  const { dimensions, stages, facets, flags } = scorer.scoreRows(answers, count, timings);
  const facetCount = scorer.facetIds.length;
  const dims = DIMENSIONS.length;
  // an id may double in size when quoted; every other cell has a known bound
  const rowBytes =
    2 * ids.longest + 4 + dims * (NUMBER_BYTES + 20) + facetCount * (NUMBER_BYTES + 1) + 48;
  // written into one scratch buffer per thread, then copied out at its exact size
  if (scratch.length < count * rowBytes) scratch = Buffer.allocUnsafeSlow(count * rowBytes);
  const out = scratch;
  let pos = 0;
  for (let r = 0; r < count; r++) {
    pos = putId(out, pos, ids, r);
    for (let d = r * dims; d < (r + 1) * dims; d++) {
      out[pos++] = COMMA;
      pos = putNumber(out, pos, dimensions[d]!);
      out[pos++] = COMMA;
      const stage = stages[d]!;
      if (stage >= 0) pos = put(out, pos, STAGE_BYTES[stage]!);
    }
    for (let f = r * facetCount; f < (r + 1) * facetCount; f++) {
      out[pos++] = COMMA;
      pos = putNumber(out, pos, facets[f]!);
    }
    out[pos++] = COMMA;
    pos = put(out, pos, FLAG_BYTES[flags[r]!]!);
    out[pos++] = NEWLINE;
  }
  // never from Buffer's shared pool: a worker hands this memory over to the main thread
  const exact = Buffer.allocUnsafeSlow(pos);
  out.copy(exact, 0, 0, pos);
  return exact;
}

/** Where {@link scoresCsvRows} writes; grown as batches need, never shrunk. */
let scratch = Buffer.alloc(0);

/** What a batch gave: like {@link BatchOutput}, but `scores-csv` output comes as UTF-8 bytes. */
export interface ScoreOutput extends Omit<BatchOutput, 'output'> {
  output: string | Uint8Array;
}

/** Scores a batch of any input format to any output format: the entry of main thread and workers. */
export function scoreBatch(batch: Batch, options: BatchOptions): ScoreOutput {
  if (options.input !== 'csv' && options.format !== 'scores-csv')
    return processBatch(batch, options);
  return processRowsBatch(batch, options);
}

/**
 * The row path: CSV input to any format, or ndjson input to `scores-csv`. Lines that cannot be
 * scored become error lines in the ndjson and csv formats, and messages for stderr (`messages`)
 * with `scores-csv`, which has no error column. Blank lines are skipped and counted.
 */
function processRowsBatch(batch: Batch, options: BatchOptions): ScoreOutput {
  const instrument = options.instrument ?? builtin;
  const scorer = scorerFor(instrument);
  const { itemIds } = scorer;
  const width = itemIds.length;
  const { firstLine, lineCount, tooLong: dropped } = batch;
  const csvInput = options.input === 'csv';
  // lines come as bytes, never decoded as a whole
  const bytes = asBuffer(batch.bytes);
  const scanner = csvInput ? undefined : scannerFor(instrument, options.idField ?? 'id');
  const columns = options.layout?.columns ?? [];
  const form: Form = options.form ?? 'self';
  const observer = form === 'observer';
  const compact = options.format === 'scores-csv';
  const norms = { norms: options.norms !== undefined };
  const plan = planFor(instrument);
  // scores-csv scores the whole batch as one block; the other formats one row at a time
  const rows = compact ? lineCount : 1;
  // per-thread memory reused from batch to batch rather than left for the garbage collector
  if (blocks.answers.length < rows * width) blocks.answers = new Uint8Array(rows * width);
  if (blocks.start.length < rows)
    blocks = { ...blocks, start: new Int32Array(rows), end: new Int32Array(rows) };
  const answers = blocks.answers.subarray(0, rows * width);
  answers.fill(0);
  const ids: RowIds = {
    texts: [],
    source: bytes,
    start: blocks.start,
    end: blocks.end,
    longest: 0,
  };
  let count = 0; // rows of answers held
  let timings: (Float64Array | null)[] | undefined;
  let output = '';
  let messages = '';
  let scored = 0;
  let errors = 0;
  let blank = 0;
  const format = (outcome: LineOutcome) =>
    (options.format === 'csv' ? csvRow(outcome, instrument, norms) : ndjsonLine(outcome)) + '\n';
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

  let start = 0;
  let next = 0; // index into `dropped`, which is sorted
  for (let k = 0; k < lineCount; k++) {
    const line = firstLine + k;
    let end = bytes.indexOf(NEWLINE, start);
    if (end === -1) end = bytes.length;
    const lineStart = start;
    start = end + 1;
    if (dropped[next] === line) {
      next++;
      fail(line, undefined, (tooLong(line) as { error: LineError }).error);
      continue;
    }
    if (isBlankBytes(bytes, lineStart, end)) {
      blank++;
      continue;
    }
    const offset = count * width;
    if (csvInput) {
      if (!parseRow(bytes, lineStart, end, columns, itemIds, answers, offset, observer)) {
        answers.fill(0, offset, offset + width);
        fail(line, undefined, problem);
        continue;
      }
      if (idText === undefined) {
        ids.start[count] = idStart;
        ids.end[count] = idEnd;
        ids.longest = Math.max(ids.longest, idEnd - idStart);
      } else {
        ids.texts[count] = idText;
        ids.longest = Math.max(ids.longest, Buffer.byteLength(idText));
      }
    } else if (scanner!.scan(bytes, lineStart, end, answers, offset)) {
      // the plain shape, read from the bytes
      if (scanner!.idStart >= 0) {
        ids.start[count] = scanner!.idStart;
        ids.end[count] = scanner!.idEnd;
        ids.longest = Math.max(ids.longest, scanner!.idEnd - scanner!.idStart);
      } else ids.texts[count] = '';
    } else {
      // anything else (and every error) as the ndjson path reads it: JSON.parse, then the engine
      answers.fill(0, offset, offset + width);
      let lineText = bytes.toString('utf8', lineStart, end);
      if (line === 1 && lineText.charCodeAt(0) === 0xfeff) lineText = lineText.slice(1);
      const read = readNdjsonLine(lineText, instrument, options.idField ?? 'id');
      if (!read.ok) {
        fail(line, read.id, read.error);
        continue;
      }
      answers.set(read.raw, offset);
      if (read.timings) (timings ??= [])[count] = read.timings;
      const id = read.id === undefined ? '' : String(read.id);
      ids.texts[count] = id;
      ids.longest = Math.max(ids.longest, Buffer.byteLength(id));
    }
    scored++;
    if (compact) {
      count++;
      continue;
    }
    // CSV input to a full format: the whole result, as the ndjson path writes it
    const result = scoreWithPlan(plan, { form, raw: answers, timings: null });
    if (options.norms !== undefined) result.percentiles = percentiles(result, options.norms);
    output += format({ ok: true, line, id: idOfRow(bytes), result });
    answers.fill(0);
  }
  if (!compact) return { output, scored, errors, blank, messages };
  const rowsOut = scoresCsvRows(scorer, answers, count, timings, ids);
  return { output: rowsOut, scored, errors, blank, messages };
}

const EMPTY = Buffer.alloc(0);

/** Answers and id places of the batch being scored, kept for the next batch of this thread. */
let blocks = { answers: new Uint8Array(0), start: new Int32Array(0), end: new Int32Array(0) };

/** A Buffer over the same memory (a worker receives a plain Uint8Array). */
const asBuffer = (bytes: Uint8Array | undefined): Buffer =>
  bytes === undefined
    ? EMPTY
    : Buffer.isBuffer(bytes)
      ? bytes
      : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** True when the bytes from `start` to `end` are only white space. */
function isBlankBytes(bytes: Buffer, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = bytes[i]!;
    if (c !== 0x20 && c !== 0x09 && c !== CR) return false;
  }
  return true;
}
