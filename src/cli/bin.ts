/**
 * The `leadership-3d` command (package.json `bin`), built to `dist/cli.js` by
 * `scripts/build-cli.mjs`: dispatches `scorm` (the SCORM package builder) and `score` (batch
 * scoring). The same file is the entry of the score command's worker threads.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { run as runScorm } from './scorm-command.js';
import { runScore } from './score-command.js';
import { isScoreWorker, serveBatches } from './score-worker.js';

const USAGE = `Usage: leadership-3d <command> [options]

Commands:
  scorm    build a SCORM package (.zip) with the widget, for an LMS
  score    score response sets, one JSON object per line, to ndjson or CSV

Run "leadership-3d <command> --help" for the options of a command.
`;

async function main(argv: string[]): Promise<number> {
  const [command] = argv;
  if (command === 'score')
    return runScore(argv.slice(1), {
      stdin: process.stdin,
      stdout: process.stdout,
      stderr: process.stderr,
      stderrIsTTY: process.stderr.isTTY === true,
      workerUrl: new URL(import.meta.url),
    });
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
    (command === undefined ? process.stderr : process.stdout).write(USAGE);
    return command === undefined ? 2 : 0;
  }
  const distDir = fileURLToPath(new URL('.', import.meta.url));
  const { version } = JSON.parse(
    readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
  ) as { version: string };
  return runScorm(argv, {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    distDir,
    packageVersion: version,
    writeFile: (path, data) => writeFileSync(path, data),
  });
}

if (isScoreWorker()) serveBatches();
else process.exitCode = await main(process.argv.slice(2));
