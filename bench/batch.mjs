// `leadership-3d score` on a generated file, run as a user runs it: the built dist/cli.js in a
// child process, reading one ndjson file and writing another; then the row path (CSV → scores-csv,
// ndjson → scores-csv) on the same answers, next to a control that only reads and splits the file. Lines per second and peak memory
// (the process's maxRSS, worker threads included, reported by the hidden --stats flag) at 100k
// and 1M lines: flat memory means the 1M peak is close to the 100k peak.
// `node bench/batch.mjs` alone updates only the `batch` key of bench/results.json.
import { spawn } from 'node:child_process';
import {
  createWriteStream,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { instrument } from '../dist/scoring.js';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

/**
 * Writes `lines` response sets (seeded, so every run scores the same data) as ndjson to `file`
 * and, when `csvFile` is given, the same answers as CSV (a header `id,<item ids>`, one row a
 * respondent); 1 line in 100,000 is malformed in both. Every fifth set is an observer's unless
 * `observers` is false.
 */
export async function generate(file, lines, csvFile, { observers = true } = {}) {
  let seed = 7;
  const random = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  const out = createWriteStream(file);
  const csv = csvFile && createWriteStream(csvFile);
  csv?.write(['id', ...instrument.items.map((item) => item.id)].join(',') + '\n');
  const head = { instrumentId: instrument.id, instrumentVersion: instrument.version, form: 'self' };
  for (let i = 0; i < lines; i++) {
    let line;
    let row;
    if (i % 100_000 === 99_999) {
      line = i % 200_000 === 99_999 ? '{"answers": {' : '{"form":"self"}';
      row = `r${i},1,2`; // too few cells
    } else {
      // a person's level plus noise, about 2 % missing; some observers with "not observed"
      const level = 1 + random() * 4;
      const answers = {};
      for (const item of instrument.items)
        answers[item.id] =
          random() < 0.02 ? null : Math.max(1, Math.min(5, Math.round(level + random() * 2 - 1)));
      const form = i % 5 || !observers ? 'self' : 'observer';
      line = JSON.stringify({ id: `r${i}`, ...head, form, answers });
      row = `r${i},${Object.values(answers)
        .map((a) => a ?? '')
        .join(',')}`;
    }
    if (!out.write(line + '\n')) await once(out, 'drain');
    if (csv && !csv.write(row + '\n')) await once(csv, 'drain');
  }
  for (const stream of [out, csv].filter(Boolean)) {
    stream.end();
    await once(stream, 'close');
  }
}

/**
 * The plain-code control: a Node process that only reads `file` as a stream, decodes it and
 * splits it into lines (what the command must do before any scoring), and `wc -l`. Wall time
 * from spawn to exit, process start included, and peak RSS.
 */
export async function control(file, lines) {
  const script = `
    let n = 0, carry = '';
    for await (const chunk of (await import('node:fs')).createReadStream(${JSON.stringify(file)})) {
      const text = carry + chunk.toString('utf8');
      let start = 0;
      for (let end = text.indexOf('\\n'); end !== -1; end = text.indexOf('\\n', start)) {
        n++;
        start = end + 1;
      }
      carry = text.slice(start);
    }
    process.stderr.write(JSON.stringify({ lines: n, peakRssBytes: process.resourceUsage().maxRSS * 1024 }));
  `;
  const node = await timed(process.execPath, ['--input-type=module', '-e', script]);
  const counted = JSON.parse(node.stderr);
  if (counted.lines < lines) throw new Error(`control counted ${counted.lines} lines`);
  const wc = await timed('wc', ['-l', file]);
  return {
    nodeReadSplit: {
      linesPerSecond: Math.round(lines / node.seconds),
      seconds: node.seconds,
      peakRssMB: +(counted.peakRssBytes / 2 ** 20).toFixed(1),
    },
    wcL: { linesPerSecond: Math.round(lines / wc.seconds), seconds: wc.seconds },
  };
}

/** Runs a command to its end; its wall time from spawn to exit (process start included) and stderr. */
export async function timed(command, args) {
  const started = performance.now();
  const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const [code] = await once(child, 'exit');
  const seconds = +((performance.now() - started) / 1000).toFixed(3);
  if (code !== 0) throw new Error(`${command} exited ${code}: ${stderr}`);
  return { seconds, stderr };
}

/** Runs the command once with `extra` flags; its --stats, plus the wall time including process start. */
async function run(input, output, threads, extra = []) {
  const args = [cli, 'score', '--in', input, '--out', output, '--threads', String(threads)];
  const { seconds, stderr } = await timed(process.execPath, [
    ...args,
    ...extra,
    '--quiet',
    '--stats',
  ]);
  rmSync(output, { force: true });
  // with scores-csv, error rows are messages before the stats line
  return { ...JSON.parse(stderr.trim().split('\n').at(-1)), wallSeconds: seconds };
}

/** The row path of the command, and the control, on the same files. */
const ROW_PATHS = [
  { path: 'csv → scores-csv', input: 'csv', args: [] },
  { path: 'ndjson → scores-csv', input: 'ndjson', args: ['--format', 'scores-csv'] },
];

export async function benchBatch({ sizes = [100_000, 1_000_000], threads = [1, 'auto'] } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'l3d-bench-batch-'));
  try {
    const runs = [];
    const rowRuns = [];
    const controls = [];
    for (const lines of sizes) {
      const files = { ndjson: join(dir, `in-${lines}.ndjson`), csv: join(dir, `in-${lines}.csv`) };
      await generate(files.ndjson, lines, files.csv);
      for (const t of threads) {
        const stats = await run(files.ndjson, join(dir, 'out.ndjson'), t);
        runs.push({
          lines,
          threads: t,
          workers: stats.workers,
          linesPerSecond: stats.linesPerSecond,
          seconds: stats.seconds,
          errors: stats.errors,
          peakRssMB: +(stats.peakRssBytes / 2 ** 20).toFixed(1),
        });
        console.log(JSON.stringify(runs.at(-1)));
      }
      for (const input of ['csv', 'ndjson']) {
        const c = await control(files[input], lines);
        controls.push({ lines, input, ...c });
        console.log(JSON.stringify(controls.at(-1)));
        for (const { path, args } of ROW_PATHS.filter((p) => p.input === input)) {
          const stats = await run(files[input], join(dir, 'out.csv'), 'auto', args);
          const linesPerSecond = Math.round(lines / stats.wallSeconds);
          rowRuns.push({
            path,
            lines,
            workers: stats.workers,
            // process start to exit, as a user waits for it
            linesPerSecond,
            wallSeconds: stats.wallSeconds,
            errors: stats.errors,
            peakRssMB: +(stats.peakRssBytes / 2 ** 20).toFixed(1),
            controlLinesPerSecond: c.nodeReadSplit.linesPerSecond,
            // how many times the plain read-and-split is faster than the command
            controlRatio: +(c.nodeReadSplit.linesPerSecond / linesPerSecond).toFixed(1),
          });
          console.log(JSON.stringify(rowRuns.at(-1)));
        }
      }
      rmSync(files.ndjson);
      rmSync(files.csv);
    }
    const at = (lines, t) => runs.find((r) => r.lines === lines && r.threads === t);
    const row = (path, lines) => rowRuns.find((r) => r.path === path && r.lines === lines);
    const big = sizes.at(-1);
    const small = sizes[0];
    return {
      linesPerSecond: {
        singleThread: at(big, 1).linesPerSecond,
        workerThreads: at(big, 'auto').linesPerSecond,
      },
      peakRssMB: {
        [`singleThread${small}`]: at(small, 1).peakRssMB,
        [`singleThread${big}`]: at(big, 1).peakRssMB,
        [`workerThreads${small}`]: at(small, 'auto').peakRssMB,
        [`workerThreads${big}`]: at(big, 'auto').peakRssMB,
      },
      runs,
      target: { linesPerSecond: 200_000, memory: 'flat from 100k to 1M lines' },
      method: `dist/cli.js score --in file --out file (ndjson → ndjson) as a child process on generated 48-item response sets (~0.9 KB a line, 1 in 100,000 malformed); lines/s and peak RSS (maxRSS of the process, worker threads included) from the command's --stats; threads "auto" = one worker per core`,
      rows: {
        linesPerSecond: Object.fromEntries(
          ROW_PATHS.map(({ path }) => [path, row(path, big).linesPerSecond]),
        ),
        peakRssMB: Object.fromEntries(
          ROW_PATHS.flatMap(({ path }) =>
            sizes.map((n) => [`${path} ${n}`, row(path, n).peakRssMB]),
          ),
        ),
        runs: rowRuns,
        controls,
        target: {
          linesPerSecond: { 'csv → scores-csv': 300_000, 'ndjson → scores-csv': 100_000 },
          peakRssMB: 150,
          memory: 'flat from 100k to 1M lines',
        },
        method:
          'the same generated answers as CSV (~105 B a row) and ndjson; dist/cli.js score --in file --out file with --threads auto (the main thread alone on this path) as a child process; lines/s = lines ÷ wall time from spawn to exit (process start included); peak RSS from --stats; control = a Node process that only streams the same file, decodes it and splits it into lines (and wc -l), same run, same file; controlRatio = control lines/s ÷ command lines/s',
      },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = 'bench/results.json';
  const results = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  results.batch = await benchBatch();
  writeFileSync(file, JSON.stringify(results, null, 2) + '\n');
  console.log(JSON.stringify(results.batch, null, 2));
}
