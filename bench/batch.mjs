// `leadership-3d score` on a generated file, run as a user runs it: the built dist/cli.js in a
// child process, reading one ndjson file and writing another. Lines per second and peak memory
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

/** Writes `lines` response sets (seeded, so every run scores the same data); 1 in 100,000 is malformed. */
async function generate(file, lines) {
  let seed = 7;
  const random = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  const out = createWriteStream(file);
  const head = { instrumentId: instrument.id, instrumentVersion: instrument.version, form: 'self' };
  for (let i = 0; i < lines; i++) {
    let line;
    if (i % 100_000 === 99_999) line = i % 200_000 === 99_999 ? '{"answers": {' : '{"form":"self"}';
    else {
      // a person's level plus noise, about 2 % missing; some observers with "not observed"
      const level = 1 + random() * 4;
      const answers = {};
      for (const item of instrument.items)
        answers[item.id] =
          random() < 0.02 ? null : Math.max(1, Math.min(5, Math.round(level + random() * 2 - 1)));
      line = JSON.stringify({ id: `r${i}`, ...head, form: i % 5 ? 'self' : 'observer', answers });
    }
    if (!out.write(line + '\n')) await once(out, 'drain');
  }
  out.end();
  await once(out, 'close');
}

/** Runs the command once and returns its --stats. */
async function run(input, output, threads) {
  const child = spawn(
    process.execPath,
    [
      cli,
      'score',
      '--in',
      input,
      '--out',
      output,
      '--threads',
      String(threads),
      '--quiet',
      '--stats',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const [code] = await once(child, 'exit');
  if (code !== 0) throw new Error(`leadership-3d score exited ${code}: ${stderr}`);
  rmSync(output, { force: true });
  return JSON.parse(stderr.trim().split('\n').at(-1));
}

export async function benchBatch({ sizes = [100_000, 1_000_000], threads = [1, 'auto'] } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'l3d-bench-batch-'));
  try {
    const runs = [];
    for (const lines of sizes) {
      const input = join(dir, `in-${lines}.ndjson`);
      await generate(input, lines);
      for (const t of threads) {
        const stats = await run(input, join(dir, 'out.ndjson'), t);
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
      rmSync(input);
    }
    const at = (lines, t) => runs.find((r) => r.lines === lines && r.threads === t);
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
