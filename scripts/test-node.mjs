// Runs the DOM-free tests (scoring, schema, LMS) in plain Node.
// Node 20 cannot run TypeScript, so tsc first compiles the tests and the code they import to .build/.
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

rmSync('.build', { recursive: true, force: true });
execFileSync(
  process.execPath,
  ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.node-test.json'],
  {
    stdio: 'inherit',
  },
);

const dir = '.build/test/node';
const files = readdirSync(dir, { recursive: true })
  .filter((f) => String(f).endsWith('.test.js'))
  .map((f) => join(dir, String(f)))
  .sort();
if (!files.length) {
  console.error(`test-node: no *.test.js files under ${dir}`);
  process.exit(1);
}
const run = spawnSync(process.execPath, ['--test', '--enable-source-maps', ...files], {
  stdio: 'inherit',
});
process.exit(run.status ?? 1);
