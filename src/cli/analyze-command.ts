/**
 * `leadership-3d analyze`: item analysis of a cohort (analyze() of ./scoring) streamed from a
 * file of response sets or results, one JSON object per line (ndjson), or CSV rows of answers.
 * Writes the analysis as JSON (stdout or `--out`) and a readable summary on stderr. Memory stays
 * flat: a set is tallied and forgotten, and `distribution` norms are written from the count of
 * each distinct score, never held as a list.
 *
 * Lines that cannot be read are reported on stderr with their number and skipped; with
 * `--strict` the first one stops the run. Exit codes are `score`'s (EXIT in ./args.ts): 0 done,
 * 1 `--strict` met a bad line (nothing written), 2 a usage error, 3 stopped part-way.
 */
import type { Writable } from 'node:stream';
import { basename } from 'node:path';
import { type Analyzer, createAnalyzer } from '../scoring/analyze.js';
import { ScoringError } from '../scoring/errors.js';
import type { Analysis, Form, NormMethod, NormStat } from '../scoring/types.js';
import { DIMENSIONS, FORMS } from '../scoring/vocabulary.js';
import { EXIT, fileProblem, oneOf, parseFlags, UsageError, type ExitCode } from './args.js';
import { idOf, MAX_LINE_BYTES, type Batch, type BatchOptions, type LineError } from './batch.js';
import { readBatches } from './lines.js';
import { AnswerScanner } from './ndjson-scan.js';
import { parseRow, rowProblem, type InputFormat } from './rows.js';
import {
  csvHeaderOf,
  loadInstrument,
  openInput,
  openOutput,
  write,
  type Output,
  type ScoreIo,
} from './score-command.js';

export const ANALYZE_USAGE = `Usage: leadership-3d analyze [options]

Item analysis of a cohort: per item mean, SD, floor and ceiling shares, missing share and
corrected item-total correlation (psych's r.drop) within its facet and its dimension; per facet
and dimension Cronbach's alpha and alpha if an item is dropped (psych::alpha's raw_alpha and
alpha.drop; missing answers pairwise); percentile norms in the format --norms reads; suggested
psychometrics for the instrument. JSON on stdout (or --out), a summary on stderr. Lines that
cannot be read are reported with their number and skipped. See docs/item-analysis.md.

Options:
  --in <file>                input file (default: stdin; "-" is stdin): response sets or
                             results (as score writes them or the report downloads them)
  --input-format <ndjson|csv>
                             input format (default: csv when --in ends in .csv, else ndjson);
                             csv has a header "id,<item ids>", answers 1-5, empty = missing
  --form <self|observer>     the form analysed (default: the first set's); for CSV input the
                             form of every row, for ndjson a line of the other form is an error
  --instrument <file.json>   analyse against this instrument instead of the built-in one
  --id <field>               the id column of CSV input, and the field named in messages
                             (default id)
  --group <name>             name of the norm group (default: the input file's name)
  --norm-method <distribution|normal>
                             norms as every valid score (default; exact percentiles, large
                             for large cohorts) or as mean, SD and n
  --out <file>               output file (default: stdout; "-" is stdout); written to a
                             temporary file beside it and renamed when the run completes
  --strict                   stop at the first line that cannot be read (exit 1, no output)
  --quiet                    no summary on stderr (bad lines are still reported)
  -h, --help                 show this help

Exit status: 0 done; 1 --strict and a line could not be read; 2 a mistake in the command or
an unreadable input, unwritable output or invalid instrument file; 3 stopped part-way.
`;

interface Parsed {
  help: boolean;
  in?: string;
  input: InputFormat;
  form?: Form;
  instrument?: string;
  id: string;
  group?: string;
  normMethod: NormMethod;
  out?: string;
  strict: boolean;
  quiet: boolean;
  stats: boolean;
}

const INPUT_FORMATS: readonly InputFormat[] = ['ndjson', 'csv'];
const NORM_METHODS: readonly NormMethod[] = ['distribution', 'normal'];

function parse(argv: readonly string[]): Parsed {
  const { str, on } = parseFlags(argv, {
    in: { type: 'string' },
    'input-format': { type: 'string' },
    form: { type: 'string' },
    instrument: { type: 'string' },
    id: { type: 'string' },
    group: { type: 'string' },
    'norm-method': { type: 'string' },
    out: { type: 'string' },
    strict: { type: 'boolean' },
    quiet: { type: 'boolean' },
    // undocumented: a JSON line of counts, time and peak memory at the end, for the benchmark
    stats: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  for (const key of ['in', 'out', 'instrument', 'id', 'group'])
    if (str(key) === '' || (key === 'group' && str(key)?.trim() === ''))
      throw new UsageError(`--${key} needs a value`);
  const inputText = str('input-format') ?? (/\.csv$/i.test(str('in') ?? '') ? 'csv' : 'ndjson');
  const formText = str('form');
  const path = (key: string) => (str(key) === '-' ? undefined : str(key));
  return {
    help: on('help'),
    in: path('in'),
    input: oneOf('--input-format', inputText, INPUT_FORMATS),
    form: formText === undefined ? undefined : oneOf('--form', formText, FORMS),
    instrument: str('instrument'),
    id: str('id') ?? 'id',
    group: str('group'),
    normMethod: oneOf('--norm-method', str('norm-method') ?? 'distribution', NORM_METHODS),
    out: path('out'),
    strict: on('strict'),
    quiet: on('quiet'),
    stats: on('stats'),
  };
}

/** A line that cannot be analysed; with --strict it ends the run. */
class BadLine extends Error {}

/** Counts of a run. */
interface Tally {
  lines: number;
  analysed: number;
  errors: number;
  blank: number;
}

const NEWLINE = 0x0a;

/** True when the bytes from `start` to `end` are only white space. */
function isBlank(bytes: Buffer, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = bytes[i]!;
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d) return false;
  }
  return true;
}

/**
 * Reads every line of a batch into the analyzer; calls `bad` for each line that cannot be read
 * (which may throw to stop). CSV rows and plain ndjson response sets are read from the bytes;
 * every other line (results, unusual JSON, every error) through JSON.parse and the engine.
 */
function analyseBatch(
  batch: Batch,
  analyzer: Analyzer,
  read: { csv: boolean; columns: number[]; form: Form; scanner: AnswerScanner; idField: string },
  tally: Tally,
  bad: (line: number, id: string | number | undefined, error: LineError) => void,
): void {
  const bytes = batch.bytes as Buffer;
  const width = analyzer.plan.itemIds.length;
  const answers = new Uint8Array(width);
  let start = 0;
  let next = 0; // index into the sorted batch.tooLong
  for (let k = 0; k < batch.lineCount; k++) {
    const line = batch.firstLine + k;
    let end = bytes.indexOf(NEWLINE, start);
    if (end === -1) end = bytes.length;
    const lineStart = start;
    start = end + 1;
    tally.lines++;
    if (batch.tooLong[next] === line) {
      next++;
      const message = `Line longer than ${MAX_LINE_BYTES} bytes`;
      bad(line, undefined, { code: 'line-too-long', message, path: [] });
      continue;
    }
    if (isBlank(bytes, lineStart, end)) {
      tally.blank++;
      continue;
    }
    answers.fill(0);
    if (read.csv) {
      if (
        !parseRow(
          bytes,
          lineStart,
          end,
          read.columns,
          analyzer.plan.itemIds,
          answers,
          0,
          read.form === 'observer',
        )
      )
        bad(line, undefined, rowProblem());
      else {
        analyzer.addRow(answers, 0, read.form);
        tally.analysed++;
      }
      continue;
    }
    const { scanner } = read;
    if (
      scanner.scan(bytes, lineStart, end, answers, 0) &&
      analyzer.forms.includes(FORMS[scanner.form]!)
    ) {
      analyzer.addRow(answers, 0, FORMS[scanner.form]!);
      tally.analysed++;
      continue;
    }
    let text = bytes.toString('utf8', lineStart, end);
    if (line === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      bad(line, undefined, { code: 'invalid-json', message: (error as Error).message, path: [] });
      continue;
    }
    try {
      analyzer.add(data);
      tally.analysed++;
    } catch (error) {
      if (!(error instanceof ScoringError)) throw error;
      const { code, message, path } = error;
      bad(line, idOf(data, read.idField), { code, message, path });
    }
  }
}

/** JSON text of a number exactly as JSON.stringify writes it. */
const json = (value: unknown) => JSON.stringify(value);

/**
 * Writes the analysis as one line of JSON, the same as JSON.stringify(analysis), with every
 * `distribution` norm written from the count of each distinct score in pieces.
 */
async function writeAnalysis(stream: Writable, analyzer: Analyzer, analysis: Analysis) {
  const { norms, ...rest } = analysis;
  await write(stream, json(rest).slice(0, -1) + `,"norms":{"group":${json(norms.group)}`);
  for (const kind of ['dimensions', 'facets'] as const) {
    await write(stream, `,"${kind}":{`);
    const stats = Object.entries(norms[kind] ?? {}) as [string, NormStat][];
    for (const [s, [id, stat]] of stats.entries()) {
      const head = `${s ? ',' : ''}${json(id)}:`;
      if (!('scores' in stat)) {
        await write(stream, head + json(stat));
        continue;
      }
      await write(stream, head + '{"scores":[');
      let first = true;
      for (const [score, count] of analyzer.scoreCounts(kind, id)) {
        const text = ',' + json(score);
        // at most about 1 MB at a time
        const per = Math.max(1, Math.floor(2 ** 20 / text.length));
        for (let left = count; left > 0; left -= per) {
          const piece = text.repeat(Math.min(per, left));
          await write(stream, first ? piece.slice(1) : piece);
          first = false;
        }
      }
      await write(stream, ']}');
    }
    await write(stream, '}');
  }
  await write(stream, '}}\n');
}

const number = (n: number) => Math.round(n).toLocaleString('en-US');
const fixed = (x: number | null, digits = 2) => (x === null ? '–' : x.toFixed(digits));

/** The readable summary: scales, items, suggested psychometrics, warnings. */
export function summary(analysis: Analysis): string {
  const pad = (text: string | number, width: number) => String(text).padStart(width);
  const lines = [
    `${number(analysis.n)} ${analysis.form} sets of ${analysis.instrumentId} ${analysis.instrumentVersion}, ` +
      `${number(analysis.complete)} complete; missing answers handled ${analysis.missing}`,
    '',
    `${'scale'.padEnd(26)}${pad('items', 6)}${pad('n', 9)}${pad('alpha', 8)}${pad('mean', 8)}${pad('sd', 7)}`,
  ];
  for (const d of DIMENSIONS) {
    const row = (name: string, s: Analysis['dimensions'][typeof d]) =>
      `${name.padEnd(26)}${pad(s.items, 6)}${pad(number(s.n), 9)}${pad(fixed(s.alpha, 3), 8)}${pad(fixed(s.mean, 1), 8)}${pad(fixed(s.sd, 1), 7)}`;
    lines.push(row(d, analysis.dimensions[d]));
    for (const [id, facet] of Object.entries(analysis.facets))
      if (analysis.items.some((i) => i.facet === id && i.dimension === d))
        lines.push(row(`  ${id}`, facet));
  }
  lines.push(
    '',
    `${'item (keyed 1-5)'.padEnd(26)}${pad('n', 9)}${pad('mean', 6)}${pad('sd', 6)}${pad('floor', 7)}${pad('ceil', 6)}${pad('miss', 6)}` +
      `${pad('r.drop f', 10)}${pad('d', 6)}${pad('a.drop f', 10)}${pad('d', 6)}`,
  );
  // facet by facet (the instrument interleaves them)
  const byFacet = Object.keys(analysis.facets).flatMap((f) =>
    analysis.items.filter((i) => i.facet === f),
  );
  for (const i of byFacet)
    lines.push(
      `${i.id.padEnd(26)}${pad(number(i.n), 9)}${pad(fixed(i.mean), 6)}${pad(fixed(i.sd), 6)}${pad(fixed(i.floor), 7)}` +
        `${pad(fixed(i.ceiling), 6)}${pad(fixed(i.missing), 6)}${pad(fixed(i.rDrop.facet), 10)}${pad(fixed(i.rDrop.dimension), 6)}` +
        `${pad(fixed(i.alphaDrop.facet, 3), 10)}${pad(fixed(i.alphaDrop.dimension, 3), 6)}`,
    );
  const { suggested, n, warning } = analysis.psychometrics;
  lines.push(
    '',
    `suggested psychometrics (on ${number(n)} complete sets): ${suggested ? json(suggested) : 'none'}`,
  );
  if (warning) lines.push(`  ${warning}`);
  for (const w of analysis.warnings) lines.push(`warning: ${w.message}`);
  return lines.join('\n') + '\n';
}

/** Runs `leadership-3d analyze` and resolves to its exit status (see the module comment). */
export async function runAnalyze(
  argv: readonly string[],
  io: Pick<ScoreIo, 'stdin' | 'stdout' | 'stderr'>,
): Promise<ExitCode> {
  const say = (text: string) => io.stderr.write(`leadership-3d analyze: ${text}\n`);
  let parsed: Parsed;
  let analyzer: Analyzer;
  let input: Awaited<ReturnType<typeof openInput>>;
  let output: Output;
  const options: BatchOptions = { format: 'ndjson' };
  try {
    parsed = parse(argv);
    if (parsed.help) {
      io.stdout.write(ANALYZE_USAGE);
      return EXIT.ok;
    }
    const instrument = await loadInstrument(parsed.instrument);
    const group =
      parsed.group ?? (parsed.in ? basename(parsed.in).replace(/\.[^.]*$/, '') : undefined);
    analyzer = createAnalyzer({
      instrument,
      normMethod: parsed.normMethod,
      ...(parsed.form ? { form: parsed.form } : {}),
      ...(group ? { group } : {}),
    });
    Object.assign(options, { instrument, idField: parsed.id });
    input = await openInput(parsed.in, io.stdin);
    try {
      output = await openOutput(parsed.out, io.stdout);
    } catch (error) {
      input.destroy();
      throw error;
    }
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    say(`${error.message} (see leadership-3d analyze --help)`);
    return EXIT.usage;
  }

  output.stream.on('error', () => {});
  const tally: Tally = { lines: 0, analysed: 0, errors: 0, blank: 0 };
  const started = performance.now();
  const bad = (line: number, id: string | number | undefined, error: LineError) => {
    tally.errors++;
    const where = error.path.length ? ` (at ${error.path.join('.')})` : '';
    const who = id === undefined ? '' : ` (id ${json(id)})`;
    say(`line ${line}${who}: ${error.code}: ${error.message}${where}`);
    if (parsed.strict) throw new BadLine();
  };
  const interrupted = () => {
    void output.discard().finally(() => process.exit(130));
  };
  process.once('SIGINT', interrupted);
  let failure: unknown;
  let analysis: Analysis | undefined;
  try {
    const csv = parsed.input === 'csv';
    const read = {
      csv,
      columns: [] as number[],
      form: parsed.form ?? ('self' as Form),
      scanner: new AnswerScanner(analyzer.plan, parsed.id),
      idField: parsed.id,
    };
    for await (let batch of readBatches(input, { decode: false })) {
      if (csv && !options.layout) {
        ({ batch } = csvHeaderOf(batch, options));
        read.columns = options.layout!.columns;
        tally.lines++;
      }
      analyseBatch(batch, analyzer, read, tally, bad);
    }
    analysis = analyzer.result({ expandScores: false });
    await writeAnalysis(output.stream, analyzer, analysis);
    await output.finish();
    await output.commit();
  } catch (error) {
    failure = error;
  } finally {
    process.removeListener('SIGINT', interrupted);
  }
  if (failure !== undefined) {
    input.destroy();
    output.stream.destroy();
    await output.discard();
    if (failure instanceof BadLine) {
      say('stopped at the first line that could not be read (--strict); nothing written');
      return EXIT.failed;
    }
    if (failure instanceof UsageError) {
      say(`${failure.message} (see leadership-3d analyze --help)`);
      return EXIT.usage;
    }
    if ((failure as { code?: unknown }).code !== 'EPIPE')
      say(`stopped after ${number(tally.lines)} lines: ${fileProblem(failure, 'write')}`);
    return EXIT.aborted;
  }
  const seconds = (performance.now() - started) / 1000;
  if (!parsed.quiet) {
    io.stderr.write(summary(analysis!));
    say(
      `analysed ${number(tally.analysed)}, errors ${number(tally.errors)}, blank ${number(tally.blank)}; ` +
        `${number(tally.lines)} lines in ${seconds.toFixed(1)} s`,
    );
  }
  if (parsed.stats)
    io.stderr.write(
      json({
        ...tally,
        seconds: +seconds.toFixed(3),
        linesPerSecond: Math.round(tally.lines / seconds),
        peakRssBytes: process.resourceUsage().maxRSS * 1024,
      }) + '\n',
    );
  return EXIT.ok;
}
