// The published package, as a user gets it: `npm pack`, install the tarball into an empty
// project, then import each DOM-free entry point by its public name in plain Node.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
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

  it('ships only the build, types, manifest, earlier instruments, README and LICENSE', () => {
    const files = readdirSync(join(project, 'node_modules/leadership-3d')).sort();
    assert.deepEqual(
      files.filter(
        (f) =>
          ![
            'README.md',
            'LICENSE',
            'package.json',
            'dist',
            'custom-elements.json',
            'instruments',
          ].includes(f),
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
    // all three dimensions equal and ≥ 70 → 3D leader (4 and 2: balanced index 3, no flag)
    assert.equal(parsed.archetype, '3d-leader');
  });

  it('scores bytes with `leadership-3d/scoring/fast` from the installed package, as score() does', () => {
    assert.ok(existsSync(join(project, 'node_modules/leadership-3d/dist/types/scoring/fast.d.ts')));
    const out = run(`
      import { score, instrument } from 'leadership-3d/scoring';
      import { compileScorer } from 'leadership-3d/scoring/fast';
      const scorer = compileScorer(instrument);
      const raw = (item, i) => (i % 5) + 1;
      const bytes = Uint8Array.from(scorer.itemIds.map((id, i) => raw(id, i)));
      const fast = scorer.scoreMany(bytes, 1);
      const answers = Object.fromEntries(instrument.items.map((item, i) => [item.id, raw(item.id, scorer.itemIds.indexOf(item.id))]));
      const r = score({ instrumentId: instrument.id, instrumentVersion: instrument.version, form: 'self', answers });
      console.log(JSON.stringify({ fast: Array.from(fast.dimensions), slow: ['technical', 'relational', 'business'].map((d) => r.dimensions[d].score) }));
    `);
    const parsed = JSON.parse(out);
    assert.equal(parsed.fast.length, 3);
    assert.deepEqual(parsed.fast, parsed.slow);
  });

  it('reads version 1 data with the version 1 instrument it ships', () => {
    const out = run(`
      import { createRequire } from 'node:module';
      import { score, instrument, ScoringError } from 'leadership-3d/scoring';
      const v1 = createRequire(import.meta.url)('leadership-3d/instruments/l3d-core-1.0.0.json');
      const answers = Object.fromEntries(v1.items.map((item) => [item.id, 3]));
      const set = { instrumentId: v1.id, instrumentVersion: v1.version, form: 'self', answers };
      const r = score(set, { instrument: v1 });
      let refused = null;
      try { score(set); } catch (e) { refused = e instanceof ScoringError && e.code; }
      console.log(JSON.stringify({ version: r.instrumentVersion, t: r.dimensions.technical.score, sem: r.sem, current: instrument.version, refused }));
    `);
    const parsed = JSON.parse(out);
    assert.equal(parsed.version, '1.0.0');
    assert.equal(parsed.t, 50);
    // version 1 gives one reliability (.85): the facet's follows by Spearman–Brown
    assert.deepEqual(parsed.sem, { dimensions: 5.809475, facets: 9.649013 });
    assert.equal(parsed.current, '2.0.0');
    assert.equal(parsed.refused, 'instrument-mismatch');
  });

  it('encodes and decodes a response code with `leadership-3d/codes` in plain Node', () => {
    const out = run(`
      import { encodeResponseCode, decodeResponseCode, ResponseCodeError } from 'leadership-3d/codes';
      import { score360, instrument } from 'leadership-3d/scoring';
      const answers = Object.fromEntries(instrument.items.map((item) => [item.id, 4]));
      const set = { instrumentId: instrument.id, instrumentVersion: instrument.version, form: 'observer', group: 'manager', answers };
      const code = encodeResponseCode(set, { nonce: 99 });
      const { responses } = decodeResponseCode(code);
      let problem = null;
      try { decodeResponseCode(code.slice(0, -1) + (code.endsWith('0') ? '1' : '0')); } catch (e) { problem = e instanceof ResponseCodeError && e.problem; }
      console.log(JSON.stringify({ code, manager: score360(null, [responses]).groups.manager.dimensions, problem }));
    `);
    const parsed = JSON.parse(out);
    assert.match(parsed.code, /^L3D-/);
    assert.ok(parsed.code.length <= 80);
    // 4 on every item: positive items 4, reverse items 6 − 4 = 2 → facet mean 3.5 → 62.5
    assert.deepEqual(parsed.manager, { technical: 62.5, relational: 62.5, business: 62.5 });
    assert.equal(parsed.problem, 'checksum');
  });

  it('validates untrusted JSON with `leadership-3d/schema` without throwing', () => {
    const out = run(`
      import { parseInstrument, parseResponses } from 'leadership-3d/schema';
      import { instrument } from 'leadership-3d/scoring';
      const good = parseInstrument(instrument);
      const bad = parseInstrument({ id: 'x' });
      const responses = parseResponses({ instrumentId: 'l3d-core', instrumentVersion: '2.0.0', form: 'self', answers: { nope: 3 } }, instrument);
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
    // the widget (the classic build) came from the installed package, next to the command
    assert.deepEqual(
      files['leadership-3d.classic.js'],
      new Uint8Array(
        readFileSync(join(project, 'node_modules/leadership-3d/dist/leadership-3d.classic.js')),
      ),
    );
  });

  it('builds a cmi5 zip with `npx leadership-3d cmi5` from the installed package', () => {
    const out = execFileSync('npx', ['--no', 'leadership-3d', 'cmi5', '--out', 'c.zip'], {
      cwd: project,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    assert.match(out, /Wrote c\.zip: cmi5 course package/);
    const files = unzipSync(readFileSync(join(project, 'c.zip')));
    assert.deepEqual(
      Object.keys(files)
        .filter((name) => !name.startsWith('chunks/'))
        .sort(),
      [
        'classic-fallback.js',
        'cmi5.xml',
        'index.html',
        'launch.css',
        'leadership-3d.classic.js',
        'leadership-3d.js',
      ],
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

  it('builds in a Vite app that imports the widget entry, with one copy of Lit', () => {
    const app = join(project, 'vite-app');
    mkdirSync(app);
    writeFileSync(
      join(app, 'index.html'),
      '<!doctype html>\n<leadership-3d></leadership-3d>\n<script type="module" src="./main.js"></script>\n',
    );
    writeFileSync(
      join(app, 'main.js'),
      [
        "import { Leadership3d, score } from 'leadership-3d';",
        "import 'leadership-3d/react';",
        "document.querySelector('leadership-3d').addEventListener('l3d-complete', (e) => console.log(e.detail.result));",
        "console.log(customElements.get('leadership-3d') === Leadership3d, typeof score);",
      ].join('\n'),
    );
    // the repo's own Vite, by path: the empty project needs only what the tarball depends on
    execFileSync(
      process.execPath,
      [join(root, 'node_modules/vite/bin/vite.js'), 'build', app, '--logLevel', 'error'],
      { cwd: project, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const assets = join(app, 'dist/assets');
    const js = readdirSync(assets)
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(join(assets, f), 'utf8'));
    const all = js.join('\n');
    // the elements are registered by the bundled widget, under their tag names
    assert.match(all, /customElements\.define/);
    // (the minifier may quote with backticks)
    for (const tag of ['leadership-3d', 'l3d-question', 'l3d-report', 'l3d-radar-chart'])
      assert.match(all, new RegExp(`["'\`]${tag}["'\`]`), `registers ${tag}`);
    // no import left for the browser to resolve: every import is a relative chunk
    const bare = all.match(/\b(?:import|from)\s*\(?\s*["'`](?![./])[^"'`]+["'`]/g) ?? [];
    assert.deepEqual(bare, []);
    // `.` and `./react` are one module, and lit/@lit/context are shared: one Lit in the app
    assert.equal(all.split('litHtmlVersions').length - 1, 1);
    assert.equal(all.split('reactiveElementVersions').length - 1, 1);
  });

  it('types `leadership-3d/react` in JSX from the installed package, and `.` without React', () => {
    const tsc = join(root, 'node_modules/typescript/bin/tsc');
    const reactTypes = join(root, 'node_modules/@types/react');
    const compilerOptions = {
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      target: 'ES2022',
      module: 'ESNext',
      moduleResolution: 'Bundler',
      lib: ['ES2022', 'DOM', 'DOM.Iterable'],
      types: [],
      jsx: 'react-jsx',
    };
    const check = (name: string, source: string, paths: Record<string, string[]> = {}) => {
      const dir = join(project, name);
      mkdirSync(dir);
      writeFileSync(join(dir, 'main.tsx'), source);
      writeFileSync(
        join(dir, 'tsconfig.json'),
        JSON.stringify({ compilerOptions: { ...compilerOptions, paths }, files: ['main.tsx'] }),
      );
      return spawnSync(process.execPath, [tsc, '-p', join(dir, 'tsconfig.json')], {
        cwd: project,
        encoding: 'utf8',
      });
    };
    // React users: @types/react comes from the repo (the tarball does not depend on it)
    const react = check(
      'types-react',
      [
        "import 'leadership-3d/react';",
        "import type { L3dCompleteEvent } from 'leadership-3d/react';",
        'export const ok = (',
        '  <leadership-3d lang="es" page-size={4} onl3d-complete={(e: L3dCompleteEvent) => e.detail.result.profile} />',
        ');',
        '// @ts-expect-error the listener gets an L3dCompleteEvent',
        'export const bad = <leadership-3d onl3d-complete={(e: MouseEvent) => e.clientX} />;',
      ].join('\n'),
      {
        react: [join(reactTypes, 'index.d.ts')],
        'react/jsx-runtime': [join(reactTypes, 'jsx-runtime.d.ts')],
      },
    );
    assert.equal(react.status, 0, react.stdout + react.stderr);
    // everyone else: the widget entry's types need no React
    const plain = check(
      'types-plain',
      [
        "import { Leadership3d } from 'leadership-3d';",
        "document.querySelector('leadership-3d')?.addEventListener('l3d-complete', (e) => e.detail.result);",
        'export const el: Leadership3d | null = document.querySelector<Leadership3d>("leadership-3d");',
      ].join('\n'),
    );
    assert.equal(plain.status, 0, plain.stdout + plain.stderr);
  });

  it('resolves the `leadership-3d/lms` entry', () => {
    assert.match(
      run(`import * as lms from 'leadership-3d/lms'; console.log(typeof lms);`),
      /object/,
    );
  });
});
