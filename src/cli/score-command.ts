/**
 * `leadership-3d score`: streams response sets (one JSON object per line, or CSV rows of answers)
 * through the scoring engine and writes one result or error per line (ndjson or CSV), or the
 * compact `scores-csv`. Memory stays flat: at most a few batches of about 512 KB are held at
 * once, whatever the size of the input.
 *
 * Exit codes (`EXIT` in ./args.ts): 0 the run finished (lines that could not be scored are
 * error lines in the output); 1 the run finished but `--strict` was given and some lines were
 * errors; 2 a usage error found before anything was written (unknown flag, unreadable input,
 * unwritable output, invalid `--instrument` or `--norms`), with a one-line message; 3 the run
 * stopped part-way (a read or write failure, a crashed worker): with `--out` no output file is
 * left behind.
 */
import { once } from 'node:events';
import { constants, type Stats } from 'node:fs';
import { open, readFile, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename, dirname, join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import { parseInstrument } from '../schema/instrument.js';
import { instrument as builtin, score, ScoringError } from '../scoring/index.js';
import type { Form, Instrument, Norms, ResponseSet } from '../scoring/types.js';
import { FORMS } from '../scoring/vocabulary.js';
import { csvHeader, type Batch, type BatchOptions, type Format } from './batch.js';
import { EXIT, fileProblem, oneOf, parseFlags, UsageError, type ExitCode } from './args.js';
import { BATCH_BYTES, readBatches } from './lines.js';
import {
  readCsvHeader,
  scoreBatch,
  scoresCsvHeader,
  type InputFormat,
  type ScoreOutput,
} from './rows.js';
import type { WorkerRequest, WorkerResponse, WorkerSetup } from './score-worker.js';

export const SCORE_USAGE = `Usage: leadership-3d score [options]

Scores response sets, one JSON object per line (ndjson) or one CSV row of answers per
respondent, and writes one line per input line: the result, or the line number and why it
could not be scored. Blank lines are skipped.

Options:
  --in <file>                input file (default: stdin; "-" is stdin)
  --input-format <ndjson|csv>
                             input format (default: csv when --in ends in .csv, else ndjson);
                             csv has a header "id,<item ids>", answers 1-5, empty = missing
  --form <self|observer>     form of every CSV row (default self); observer also accepts
                             0 or n/a for "not observed"
  --out <file>               output file (default: stdout; "-" is stdout); written to a
                             temporary file beside it and renamed when the run completes
  --format <ndjson|csv|scores-csv>
                             output format (default: ndjson for ndjson input, scores-csv for
                             csv input); csv is one row per line with dimension and facet
                             scores and an error column; scores-csv is one row per respondent:
                             id, dimension scores and stages, facet scores and flags, with
                             errors on stderr (the fastest; see docs/cli.md)
  --instrument <file.json>   score against this instrument instead of the built-in one
  --norms <file.json>        add percentiles against these norms
  --id <field>               field copied from each response set to its output line (default id)
  --threads <n|auto>         worker threads for inputs over 512 KB (default auto: one per core
                             for ndjson and csv output, the main thread alone for CSV input
                             or scores-csv; 1 scores in the main thread)
  --strict                   exit 1 when any line could not be scored
  --quiet                    no progress and no summary on stderr
  -h, --help                 show this help

Exit status: 0 done; 1 --strict and some lines were errors; 2 a mistake in the command or
an unreadable input, unwritable output or invalid instrument/norms file; 3 stopped part-way.
`;

/** What the command needs from the process. */
export interface ScoreIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  /** Progress is redrawn in place once a second on a terminal, printed every 10 s otherwise. */
  stderrIsTTY: boolean;
  /** The module a worker thread starts from (the built `dist/cli.js`). */
  workerUrl: URL;
}

interface Parsed {
  help: boolean;
  in?: string;
  input: InputFormat;
  form?: Form;
  out?: string;
  format: Format;
  instrument?: string;
  norms?: string;
  id: string;
  threads: number;
  strict: boolean;
  quiet: boolean;
  stats: boolean;
}

const MAX_THREADS = 8;
const FORMATS: readonly Format[] = ['ndjson', 'csv', 'scores-csv'];
const INPUT_FORMATS: readonly InputFormat[] = ['ndjson', 'csv'];

function parse(argv: readonly string[]): Parsed {
  const { str, on } = parseFlags(argv, {
    in: { type: 'string' },
    'input-format': { type: 'string' },
    form: { type: 'string' },
    out: { type: 'string' },
    format: { type: 'string' },
    instrument: { type: 'string' },
    norms: { type: 'string' },
    id: { type: 'string' },
    threads: { type: 'string' },
    strict: { type: 'boolean' },
    quiet: { type: 'boolean' },
    // undocumented: a JSON line of counts, rate and peak memory at the end, for the benchmark
    stats: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  const inputText = str('input-format') ?? (/\.csv$/i.test(str('in') ?? '') ? 'csv' : 'ndjson');
  const input = oneOf('--input-format', inputText, INPUT_FORMATS);
  const formText = str('form');
  const form = formText === undefined ? undefined : oneOf('--form', formText, FORMS);
  if (form !== undefined && input !== 'csv')
    throw new UsageError('--form is for CSV input; an ndjson line names its own form');
  const format = oneOf(
    '--format',
    str('format') ?? (input === 'csv' ? 'scores-csv' : 'ndjson'),
    FORMATS,
  );
  if (format === 'scores-csv' && str('norms') !== undefined)
    throw new UsageError(
      '--format scores-csv has no percentile columns; use --format csv with --norms',
    );
  const threadsText = str('threads') ?? 'auto';
  // The row path (CSV input, scores-csv output) does a few microseconds of work a line: on
  // 2 cores workers did not make it faster and each added 40-80 MB of memory (docs/performance.md)
  const rowPath = input === 'csv' || format === 'scores-csv';
  const threads =
    threadsText === 'auto'
      ? rowPath
        ? 1
        : Math.min(availableParallelism(), MAX_THREADS)
      : /^[1-9]\d*$/.test(threadsText) && Number(threadsText) <= 64
        ? Number(threadsText)
        : NaN;
  if (Number.isNaN(threads))
    throw new UsageError(`--threads must be "auto" or a number from 1 to 64; got "${threadsText}"`);
  for (const key of ['in', 'out', 'instrument', 'norms', 'id'])
    if (str(key) === '') throw new UsageError(`--${key} needs a value`);
  const path = (key: string) => (str(key) === '-' ? undefined : str(key));
  return {
    help: on('help'),
    in: path('in'),
    input,
    form,
    out: path('out'),
    format,
    instrument: str('instrument'),
    norms: str('norms'),
    id: str('id') ?? 'id',
    threads,
    strict: on('strict'),
    quiet: on('quiet'),
    stats: on('stats'),
  };
}

/** Reads and parses a JSON file named by a flag. */
async function readJson(flag: string, path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new UsageError(`${flag}: cannot read ${path}: ${fileProblem(error, 'read')}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new UsageError(`${flag}: ${path} is not JSON: ${(error as Error).message}`);
  }
}

const at = (path: (string | number)[]) => (path.length ? path.join('.') : 'top level');

/** A host instrument checked by the schema and by the engine, or the built-in one. */
export async function loadInstrument(path: string | undefined): Promise<Instrument> {
  if (path === undefined) return builtin;
  const parsed = parseInstrument(await readJson('--instrument', path));
  if (!parsed.ok) {
    const [first] = parsed.issues;
    const more = parsed.issues.length > 1 ? ` (and ${parsed.issues.length - 1} more)` : '';
    throw new UsageError(
      `--instrument: ${path} is not a valid instrument: ${at(first!.path)}: ${first!.message}${more}`,
    );
  }
  try {
    // the engine's own checks (unique ids, every facet has items) before the first line
    score(probeResponses(parsed.value), { instrument: parsed.value });
  } catch (error) {
    if (!(error instanceof ScoringError)) throw error;
    throw new UsageError(`--instrument: ${path} is not a valid instrument: ${error.message}`);
  }
  return parsed.value;
}

/** A complete response set of `instrument`, to try options on before the run. */
function probeResponses(instrument: Instrument): ResponseSet {
  return {
    instrumentId: instrument.id,
    instrumentVersion: instrument.version,
    form: 'self',
    answers: Object.fromEntries(instrument.items.map((item) => [item.id, 3 as const])),
  };
}

/** Norms checked once up front, so bad norms are one usage error and not a million error lines. */
async function loadNorms(path: string | undefined, instrument: Instrument) {
  if (path === undefined) return undefined;
  const norms = (await readJson('--norms', path)) as Norms;
  try {
    score(probeResponses(instrument), { instrument, norms });
  } catch (error) {
    if (!(error instanceof ScoringError)) throw error;
    throw new UsageError(`--norms: ${path}: ${error.message}`);
  }
  return norms;
}

/** The input stream: a file checked to be readable before anything is written, or stdin. */
export async function openInput(path: string | undefined, stdin: Readable): Promise<Readable> {
  if (path === undefined) return stdin;
  let handle: FileHandle;
  try {
    handle = await open(path, constants.O_RDONLY);
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${fileProblem(error, 'read')}`);
  }
  // opening a folder succeeds on Linux; reading it would fail later, after output began
  if ((await handle.stat()).isDirectory()) {
    await handle.close();
    throw new UsageError(`cannot read ${path}: it is a folder`);
  }
  // two batches ahead: the next batch is read while this one is scored
  return handle.createReadStream({ highWaterMark: 2 * BATCH_BYTES });
}

/** Where output goes, and how it is made visible at the end. */
export interface Output {
  stream: Writable;
  /** Waits until everything written has been flushed; closes a file. */
  finish: () => Promise<void>;
  /** Renames the temporary file into place (after the stream has finished). */
  commit: () => Promise<void>;
  /** Removes the temporary file. */
  discard: () => Promise<void>;
}

/**
 * The output: stdout, or a temporary file beside `--out` renamed over it at the end, so a
 * failed run never leaves a partial file. A path that exists and is not a regular file
 * (`/dev/null`, a named pipe) is written directly: renaming over it would replace the device.
 */
export async function openOutput(path: string | undefined, stdout: Writable): Promise<Output> {
  const nothing = async () => {};
  if (path === undefined) {
    // stdout is never closed; an empty write's callback fires once earlier writes are flushed
    const flushed = () =>
      new Promise<void>((resolve, reject) =>
        stdout.write('', (error) => (error ? reject(error) : resolve())),
      );
    return { stream: stdout, finish: flushed, commit: nothing, discard: nothing };
  }
  let existing: Stats | undefined;
  try {
    existing = await stat(path);
  } catch {
    // does not exist yet: the usual case
  }
  if (existing?.isDirectory()) throw new UsageError(`cannot write ${path}: it is a folder`);
  const direct = existing !== undefined && !existing.isFile();
  const target = direct ? path : join(dirname(path), `.${basename(path)}.${process.pid}.partial`);
  let handle: FileHandle;
  try {
    handle = await open(target, direct ? 'w' : 'wx');
  } catch (error) {
    throw new UsageError(`cannot write ${path}: ${fileProblem(error, 'write')}`);
  }
  // a batch's rows are written while the next batch is scored, not waited for at 16 KB
  const stream = handle.createWriteStream({ highWaterMark: 4 * BATCH_BYTES });
  const finish = async () => {
    stream.end();
    await once(stream, 'close');
  };
  if (direct) return { stream, finish, commit: nothing, discard: nothing };
  return {
    stream,
    finish,
    commit: () => rename(target, path),
    discard: () => unlink(target).catch(() => {}),
  };
}

/** Writes whole lines, waiting for the stream to drain when it asks to. */
export async function write(stream: Writable, text: string | Uint8Array): Promise<void> {
  // a failed stream never drains: stop instead of waiting for it
  if (stream.errored) throw stream.errored;
  if (text.length && !stream.write(text)) await once(stream, 'drain');
}

/** Scores batches in worker threads, answering in submission order. */
class WorkerPool {
  readonly #workers: Worker[];
  readonly #waiting = new Map<
    number,
    { resolve: (out: ScoreOutput) => void; reject: (e: Error) => void }
  >();
  #seq = 0;
  #failure: Error | undefined;

  constructor(size: number, url: URL, options: BatchOptions) {
    const setup: WorkerSetup = { role: 'leadership-3d-score', options };
    this.#workers = Array.from({ length: size }, () => {
      const worker = new Worker(url, { workerData: setup });
      worker.on('message', ({ seq, out }: WorkerResponse) => {
        this.#waiting.get(seq)?.resolve(out);
        this.#waiting.delete(seq);
      });
      worker.on('error', (error) => this.#fail(error));
      worker.on('exit', (code) => {
        if (code !== 0 || this.#waiting.size) this.#fail(new Error(`a worker exited (${code})`));
      });
      return worker;
    });
  }

  #fail(error: Error) {
    this.#failure ??= error;
    for (const { reject } of this.#waiting.values()) reject(this.#failure);
    this.#waiting.clear();
  }

  get size(): number {
    return this.#workers.length;
  }

  submit(batch: Batch): Promise<ScoreOutput> {
    if (this.#failure) return Promise.reject(this.#failure);
    const seq = this.#seq++;
    const request: WorkerRequest = { seq, batch };
    // batches are all about the same size, so taking turns balances the work
    this.#workers[seq % this.#workers.length]!.postMessage(request);
    return new Promise((resolve, reject) => this.#waiting.set(seq, { resolve, reject }));
  }

  async close(): Promise<void> {
    this.#waiting.clear();
    await Promise.all(this.#workers.map((w) => w.removeAllListeners().terminate()));
  }
}

/**
 * Reads the header line of a CSV input from its first batch into `options.layout`, and returns
 * the batch without it.
 * @throws {UsageError} for a header that does not fit the instrument.
 */
export function csvHeaderOf(batch: Batch, options: BatchOptions): { batch: Batch } {
  if (batch.tooLong[0] === batch.firstLine)
    throw new UsageError('CSV header (line 1) is longer than a line may be');
  const bytes = batch.bytes!;
  const end = bytes.indexOf(0x0a);
  const line = Buffer.from(bytes.subarray(0, end === -1 ? bytes.length : end)).toString('utf8');
  options.layout = readCsvHeader(line, options.instrument ?? builtin, options.idField ?? 'id');
  return {
    batch: {
      text: '',
      bytes: end === -1 ? new Uint8Array(0) : bytes.subarray(end + 1),
      firstLine: batch.firstLine + 1,
      lineCount: batch.lineCount - 1,
      tooLong: batch.tooLong,
    },
  };
}

/** Counts of a run so far. */
interface Tally {
  lines: number;
  scored: number;
  errors: number;
  blank: number;
}

const number = (n: number) => Math.round(n).toLocaleString('en-US');

/** Runs `leadership-3d score` and resolves to its exit status (see the module comment). */
export async function runScore(argv: readonly string[], io: ScoreIo): Promise<ExitCode> {
  const say = (text: string) => io.stderr.write(`leadership-3d score: ${text}\n`);
  let parsed: Parsed;
  let options: BatchOptions;
  let input: Readable;
  let output: Output;
  let header = '';
  try {
    parsed = parse(argv);
    if (parsed.help) {
      io.stdout.write(SCORE_USAGE);
      return EXIT.ok;
    }
    const instrument = await loadInstrument(parsed.instrument);
    const norms = await loadNorms(parsed.norms, instrument);
    options = { format: parsed.format, idField: parsed.id, input: parsed.input };
    if (parsed.form !== undefined) options.form = parsed.form;
    if (parsed.instrument !== undefined) options.instrument = instrument;
    if (norms !== undefined) options.norms = norms;
    input = await openInput(parsed.in, io.stdin);
    try {
      output = await openOutput(parsed.out, io.stdout);
    } catch (error) {
      input.destroy();
      throw error;
    }
    // the header is the first write, so even an empty input gives a valid CSV file; with CSV
    // input it waits until the input's header has been read (a wrong one writes nothing)
    header =
      parsed.format === 'csv'
        ? csvHeader(instrument, { norms: norms !== undefined }) + '\n'
        : parsed.format === 'scores-csv'
          ? scoresCsvHeader(instrument) + '\n'
          : '';
    if (parsed.input !== 'csv') {
      if (header) output.stream.write(header);
      header = '';
    }
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    say(`${error.message} (see leadership-3d score --help)`);
    return EXIT.usage;
  }

  // kept in `errored` and thrown by the next write; without a listener it would crash the process
  output.stream.on('error', () => {});
  const tally: Tally = { lines: 0, scored: 0, errors: 0, blank: 0 };
  const started = performance.now();
  const rate = () => tally.lines / Math.max((performance.now() - started) / 1000, 1e-9);
  const progressLine = () =>
    `${number(tally.lines)} lines, ${number(tally.errors)} errors, ${number(rate())} lines/s`;
  let lastReport = started;
  const progress = parsed.quiet
    ? undefined
    : setInterval(() => {
        if (io.stderrIsTTY) io.stderr.write(`\rleadership-3d score: ${progressLine()}\x1b[K`);
        else if (performance.now() - lastReport >= 10_000) {
          lastReport = performance.now();
          say(progressLine());
        }
      }, 1000).unref();

  // Ctrl-C must not leave the temporary file behind
  const interrupted = () => {
    void output.discard().finally(() => process.exit(130));
  };
  process.once('SIGINT', interrupted);

  let pool: WorkerPool | undefined;
  let failure: unknown;
  try {
    const pending: Promise<ScoreOutput>[] = [];
    const flush = async () => {
      const out = await pending.shift()!;
      // on a terminal, clear the progress line first
      if (out.messages) io.stderr.write((io.stderrIsTTY ? '\r\x1b[K' : '') + out.messages);
      await write(output.stream, out.output);
      tally.lines += out.scored + out.errors + out.blank;
      tally.scored += out.scored;
      tally.errors += out.errors;
      tally.blank += out.blank;
    };
    let batches = 0;
    // the row path reads bytes; the ndjson → ndjson/csv path text
    const decode = options.input !== 'csv' && options.format !== 'scores-csv';
    for await (let batch of readBatches(input, { decode })) {
      if (options.input === 'csv' && !options.layout) {
        ({ batch } = csvHeaderOf(batch, options));
        await write(output.stream, header);
        if (!batch.lineCount) continue;
      }
      // the first batch is scored here: small inputs never pay for starting workers
      if (batches++ === 1 && parsed.threads > 1)
        pool = new WorkerPool(parsed.threads, io.workerUrl, options);
      pending.push(pool ? pool.submit(batch) : Promise.resolve(scoreBatch(batch, options)));
      // a bounded window keeps memory flat and the output in input order
      while (pending.length > (pool ? pool.size * 2 : 0)) await flush();
    }
    while (pending.length) await flush();
    // an input without even a header line is a CSV file without rows
    if (options.input === 'csv' && !options.layout) await write(output.stream, header);
    await output.finish();
    await output.commit();
  } catch (error) {
    failure = error;
  } finally {
    if (progress) clearInterval(progress);
    process.removeListener('SIGINT', interrupted);
    await pool?.close();
  }
  if (io.stderrIsTTY && !parsed.quiet) io.stderr.write('\r\x1b[K');

  if (failure !== undefined) {
    input.destroy();
    output.stream.destroy();
    await output.discard();
    if (failure instanceof UsageError) {
      say(`${failure.message} (see leadership-3d score --help)`);
      return EXIT.usage;
    }
    // a reader that went away (`| head`) is not worth a message
    if ((failure as { code?: unknown }).code !== 'EPIPE')
      say(`stopped after ${number(tally.lines)} lines: ${fileProblem(failure, 'write')}`);
    return EXIT.aborted;
  }
  const seconds = (performance.now() - started) / 1000;
  if (!parsed.quiet)
    say(
      `scored ${number(tally.scored)}, errors ${number(tally.errors)}, blank ${number(tally.blank)}; ` +
        `${number(tally.lines)} lines in ${seconds.toFixed(1)} s, ${number(rate())} lines/s`,
    );
  if (parsed.stats)
    io.stderr.write(
      JSON.stringify({
        ...tally,
        seconds: +seconds.toFixed(3),
        linesPerSecond: Math.round(rate()),
        workers: pool?.size ?? 0,
        // the whole process, worker threads included
        peakRssBytes: process.resourceUsage().maxRSS * 1024,
      }) + '\n',
    );
  return parsed.strict && tally.errors > 0 ? EXIT.failed : EXIT.ok;
}
