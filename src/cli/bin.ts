/**
 * The `leadership-3d` command (package.json `bin`), built to `dist/cli.js` by
 * `scripts/build-cli.mjs`: dispatches `scorm` and `cmi5` (the package builders), `score`
 * (batch scoring) and `analyze` (item analysis). The same file is the entry of the score command's worker threads.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { EXIT, type ExitCode } from './args.js';
import { runAnalyze } from './analyze-command.js';
import { run as runCmi5 } from './cmi5-command.js';
import { run as runScorm } from './scorm-command.js';
import { runScore } from './score-command.js';
import { isScoreWorker, serveBatches } from './score-worker.js';

const USAGE = `Usage: leadership-3d <command> [options]

Commands:
  scorm    build a SCORM 1.2 or 2004 package (.zip) with the widget, for an LMS
  cmi5     build a cmi5 course package (.zip) with the widget, for an LMS that supports cmi5
  score    score response sets (ndjson lines or CSV rows of answers) to ndjson or CSV
  analyze  item analysis of a cohort: item statistics, alpha per facet and dimension, norms

Run "leadership-3d <command> --help" for the options of a command.

Exit status: 0 done; 1 the command ran but failed (score --strict found error lines, analyze
--strict met one, or the installed widget build is missing); 2 a mistake in the command or its
files, nothing written; 3 stopped part-way, no output file left.
`;

async function main(argv: string[]): Promise<ExitCode> {
  const [command, ...args] = argv;
  if (command === 'score')
    return runScore(args, {
      stdin: process.stdin,
      stdout: process.stdout,
      stderr: process.stderr,
      stderrIsTTY: process.stderr.isTTY === true,
      workerUrl: new URL(import.meta.url),
    });
  if (command === 'analyze')
    return runAnalyze(args, {
      stdin: process.stdin,
      stdout: process.stdout,
      stderr: process.stderr,
    });
  if (command === '-h' || command === '--help' || command === 'help') {
    process.stdout.write(USAGE);
    return EXIT.ok;
  }
  if (command !== 'scorm' && command !== 'cmi5') {
    const problem =
      command === undefined
        ? 'no command given'
        : `unknown command "${command}"; the commands are "scorm", "cmi5", "score" and "analyze"`;
    process.stderr.write(`leadership-3d: ${problem}\n\n${USAGE}`);
    return EXIT.usage;
  }
  const distDir = fileURLToPath(new URL('.', import.meta.url));
  const { version } = JSON.parse(
    readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
  ) as { version: string };
  return (command === 'cmi5' ? runCmi5 : runScorm)(args, {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    distDir,
    packageVersion: version,
    writeFile: (path, data) => writeFileSync(path, data),
  });
}

if (isScoreWorker()) serveBatches();
else process.exitCode = await main(process.argv.slice(2));
