// The layer check (scripts/check-layers.mjs, run by `npm test`): the real tree passes, and a tree
// with a deliberate upward import, or a scoring module that needs a package, fails naming it, so
// the check cannot pass by checking nothing.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, describe, it } from 'node:test';

const root = resolve(import.meta.dirname, '../../..');
const check = (srcDir?: string) =>
  spawnSync(
    process.execPath,
    [join(root, 'scripts', 'check-layers.mjs'), ...(srcDir ? [srcDir] : [])],
    { cwd: root, encoding: 'utf8' },
  );

describe('check-layers', () => {
  const dir = mkdtempSync(join(tmpdir(), 'l3d-layers-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const tree = (name: string, files: Record<string, string>) => {
    const base = join(dir, name);
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(base, path)), { recursive: true });
      writeFileSync(join(base, path), text);
    }
    return base;
  };

  it('passes on the real src/', () => {
    const run = check();
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /imports point down only; scoring builds alone/);
  });

  it('passes a tree whose imports point down, and imports within a folder', () => {
    const run = check(
      tree('good', {
        'scoring/index.ts': "export { a } from './a.js';\n",
        'scoring/a.ts': 'export const a = 1;\n',
        'schema/index.ts': "import { a } from '../scoring/index.js';\nexport const b = a;\n",
        'components/x/x.ts': "import type { b } from '../../schema/index.js';\n",
        'index.ts': "export * from './components/x/x.js';\n",
      }),
    );
    assert.equal(run.status, 0, run.stderr);
  });

  it('fails on an upward import (also `import type` and `import()`), naming file and import', () => {
    const run = check(
      tree('upward', {
        'scoring/index.ts': 'export const a = 1;\n',
        'controllers/c.ts': 'export const c = 1;\n',
        'schema/s.ts': "import type { c } from '../controllers/c.js';\nexport type S = typeof c;\n",
        'i18n/t.ts': "export const load = () => import('../schema/s.js');\n",
      }),
    );
    assert.equal(run.status, 1);
    assert.match(run.stderr, /schema\/s\.ts → \.\.\/controllers\/c\.js/);
    assert.match(run.stderr, /i18n\/t\.ts → \.\.\/schema\/s\.js/);
  });

  it('fails when scoring needs a package or a file outside src/scoring', () => {
    const run = check(
      tree('impure', {
        'scoring/index.ts': "import 'zod';\nexport { t } from '../i18n/t.js';\n",
        'i18n/t.ts': 'export const t = 1;\n',
      }),
    );
    assert.equal(run.status, 1);
    assert.match(run.stderr, /scoring\/index\.ts → zod \(a package\)/);
    assert.match(run.stderr, /scoring bundles i18n\/t\.ts, outside src\/scoring/);
  });
});
