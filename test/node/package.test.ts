// The published package, as a user gets it: `npm pack`, install the tarball into an empty
// project, then import each DOM-free entry point by its public name in plain Node.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { unzipSync } from 'fflate';

const root = resolve(import.meta.dirname, '../../..');
const npm = (args: string[], cwd: string) =>
  execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

describe('the packed npm package', { timeout: 180_000 }, () => {
  let project = '';
  const run = (code: string) =>
    execFileSync(process.execPath, ['--input-type=module', '-e', code], {
      cwd: project,
      encoding: 'utf8',
    });

  before(() => {
    assert.ok(
      existsSync(join(root, 'dist/scoring.js')),
      'run `npm run build` before the Node tests',
    );
    project = mkdtempSync(join(tmpdir(), 'l3d-pack-'));
    const tarball = npm(['pack', '--silent', '--pack-destination', project], root)
      .trim()
      .split('\n')
      .pop()!;
    writeFileSync(join(project, 'package.json'), '{ "name": "consumer", "type": "module" }');
    npm(
      ['install', '--no-audit', '--no-fund', '--prefer-offline', join(project, tarball)],
      project,
    );
  });
  after(() => rmSync(project, { recursive: true, force: true }));

  it('ships only the build, types, manifest, README and LICENSE', () => {
    const files = readdirSync(join(project, 'node_modules/leadership-3d')).sort();
    assert.deepEqual(
      files.filter(
        (f) =>
          !['README.md', 'LICENSE', 'package.json', 'dist', 'custom-elements.json'].includes(f),
      ),
      [],
    );
    assert.ok(
      existsSync(join(project, 'node_modules/leadership-3d/dist/types/scoring/index.d.ts')),
    );
    // generated on build and git-ignored, so check it really made it into the tarball
    assert.ok(existsSync(join(project, 'node_modules/leadership-3d/custom-elements.json')));
    assert.ok(existsSync(join(project, 'node_modules/leadership-3d/dist/leadership-3d.js')));
  });

  it('scores a response set with `leadership-3d/scoring` in plain Node (no DOM)', () => {
    const out = run(`
      import { score, instrument } from 'leadership-3d/scoring';
      if (typeof document !== 'undefined' || typeof window !== 'undefined') throw new Error('DOM present');
      const answers = Object.fromEntries(instrument.items.map((item) => [item.id, item.reverse ? 2 : 4]));
      const r = score({ instrumentId: instrument.id, instrumentVersion: instrument.version, form: 'self', answers });
      console.log(JSON.stringify({ t: r.dimensions.technical, archetype: r.profile.archetype, items: instrument.items.length }));
    `);
    const parsed = JSON.parse(out);
    // 4 on every item and 2 on reverse items (6 − 2 = 4): each facet mean 4 → POMP 75
    assert.equal(parsed.t.score, 75);
    assert.equal(parsed.items, 48);
    // all three dimensions equal and ≥ 70 → 3D leader
    assert.equal(parsed.archetype, '3d-leader');
  });

  it('validates untrusted JSON with `leadership-3d/schema` without throwing', () => {
    const out = run(`
      import { parseInstrument, parseResponses } from 'leadership-3d/schema';
      import { instrument } from 'leadership-3d/scoring';
      const good = parseInstrument(instrument);
      const bad = parseInstrument({ id: 'x' });
      const responses = parseResponses({ instrumentId: 'l3d-core', instrumentVersion: '1.0.0', form: 'self', answers: { nope: 3 } }, instrument);
      console.log(JSON.stringify({ good: good.ok, bad: bad.ok, badPaths: bad.issues.length > 0, responses }));
    `);
    const parsed = JSON.parse(out);
    assert.equal(parsed.good, true);
    assert.equal(parsed.bad, false);
    assert.equal(parsed.badPaths, true);
    assert.deepEqual(parsed.responses.issues[0].path, ['answers', 'nope']);
  });

  it('builds a SCORM 1.2 zip with `npx leadership-3d scorm` from the installed package', () => {
    const out = execFileSync(
      'npx',
      ['--no', 'leadership-3d', 'scorm', '--version', '1.2', '--out', 'x.zip'],
      { cwd: project, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
    assert.match(out, /Wrote x\.zip: SCORM 1\.2 package/);
    const files = unzipSync(readFileSync(join(project, 'x.zip')));
    const manifest = new TextDecoder().decode(files['imsmanifest.xml']);
    assert.match(manifest, /<schemaversion>1\.2<\/schemaversion>/);
    assert.match(manifest, /adlcp:scormtype="sco"/);
    // the widget came from the installed package, next to the command
    assert.deepEqual(
      files['leadership-3d.js'],
      new Uint8Array(
        readFileSync(join(project, 'node_modules/leadership-3d/dist/leadership-3d.js')),
      ),
    );
  });

  it('the installed command exits 2 on a bad argument', () => {
    const result = spawnSync('npx', ['--no', 'leadership-3d', 'scorm', '--version', '3'], {
      cwd: project,
      encoding: 'utf8',
    });
    assert.equal(result.status, 2);
    assert.match(result.stderr, /--version must be one of/);
  });

  it('resolves the `leadership-3d/lms` entry', () => {
    assert.match(
      run(`import * as lms from 'leadership-3d/lms'; console.log(typeof lms);`),
      /object/,
    );
  });
});
