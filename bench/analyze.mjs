// `leadership-3d analyze` on 1,000,000 generated self-assessments, run as a user runs it: the
// built dist/cli.js in a child process reading an ndjson file, then the same answers as CSV,
// writing the analysis (norms as every score, the default) to a file. Next to it, in the same
// run and on the same files, the control of bench/batch.mjs: a Node process that only reads the
// file and splits it into lines. Wall time from spawn to exit (process start included) and peak
// RSS (the command's hidden --stats). Issue 18's target: 1M sets in ≤ 30 s and ≤ 300 MB.
// `node bench/analyze.mjs` alone updates only the `analyze` key of bench/results.json.
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { control, generate, timed } from './batch.mjs';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

export async function benchAnalyze({ lines = 1_000_000 } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'l3d-bench-analyze-'));
  try {
    const files = { ndjson: join(dir, 'in.ndjson'), csv: join(dir, 'in.csv') };
    await generate(files.ndjson, lines, files.csv, { observers: false });
    const runs = [];
    for (const input of ['ndjson', 'csv']) {
      const c = await control(files[input], lines);
      const out = join(dir, 'analysis.json');
      const { seconds, stderr } = await timed(process.execPath, [
        cli,
        'analyze',
        '--in',
        files[input],
        '--out',
        out,
        '--quiet',
        '--stats',
      ]);
      const stats = JSON.parse(stderr.trim().split('\n').at(-1));
      const analysis = JSON.parse(readFileSync(out, 'utf8'));
      runs.push({
        input,
        lines,
        analysed: stats.analysed,
        errors: stats.errors,
        linesPerSecond: Math.round(lines / seconds),
        wallSeconds: seconds,
        peakRssMB: +(stats.peakRssBytes / 2 ** 20).toFixed(1),
        outputMB: +(statSync(out).size / 2 ** 20).toFixed(1),
        technicalAlpha: analysis.dimensions.technical.alpha,
        controlLinesPerSecond: c.nodeReadSplit.linesPerSecond,
        controlSeconds: c.nodeReadSplit.seconds,
        controlRatio: +(c.nodeReadSplit.linesPerSecond / (lines / seconds)).toFixed(1),
      });
      console.log(JSON.stringify(runs.at(-1)));
      rmSync(out);
    }
    return {
      runs,
      target: { seconds: 30, peakRssMB: 300, lines: 1_000_000 },
      method:
        'dist/cli.js analyze --in file --out file (norms as every score) as a child process on generated 48-item self-assessments (bench/batch.mjs generate, ~2 % missing, 1 in 100,000 malformed), ndjson (~0.9 KB a line) and the same answers as CSV (the generator ignores reverse keying, so its alphas are low: the speed does not depend on the values); wall time from spawn to exit; peak RSS (maxRSS) from the hidden --stats; control = a Node process that only streams the same file, decodes it and splits it into lines, same run; controlRatio = control lines/s ÷ command lines/s',
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = 'bench/results.json';
  const results = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  results.analyze = await benchAnalyze();
  writeFileSync(file, JSON.stringify(results, null, 2) + '\n');
  console.log(JSON.stringify(results.analyze, null, 2));
}
