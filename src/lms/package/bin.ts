/**
 * The `leadership-3d` command (package.json `bin`), built to `dist/cli.js` by
 * `scripts/build-cli.mjs`. It finds the widget build beside itself, so it works from any
 * folder an `npx` or a local install runs it in.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { run } from './cli.js';

const distDir = fileURLToPath(new URL('.', import.meta.url));
const { version } = JSON.parse(
  readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
) as { version: string };

process.exitCode = run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  distDir,
  packageVersion: version,
  writeFile: (path, data) => writeFileSync(path, data),
});
