// `leadership-3d analyze`: the built command (dist/cli.js) run as a child process the way a user
// runs it. Its JSON must be analyze() of the sets it could read; bad lines are reported by
// number and skipped, or stop the run with --strict (exit 1, as score --strict).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ANALYZE_USAGE } from '../../src/cli/analyze-command.js';
import {
  analyze,
  score,
  type Analysis,
  type Answer,
  type ResponseSet,
} from '../../src/scoring/index.js';
import { instrument } from './helpers.js';

const root = resolve(import.meta.dirname, '../../..');
const cliPath = join(root, 'dist', 'cli.js');
const cohortCsv = join(root, 'test/fixtures/analyze/cohort.csv');

function cli(command: string, args: string[], input = '') {
  const run = spawnSync(process.execPath, [cliPath, command, ...args], {
    input,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The committed cohort as response sets (the CSV has no quoted cells). */
function cohortSets(): (ResponseSet & { id: string })[] {
  const [header, ...rows] = readFileSync(cohortCsv, 'utf8').trim().split('\n');
  const ids = header!.split(',').slice(1);
  return rows.map((row) => {
    const [id, ...cells] = row.split(',');
    const answers: Record<string, Answer | null> = {};
    ids.forEach((item, k) => (answers[item] = cells[k] ? (Number(cells[k]) as Answer) : null));
    return {
      id: id!,
      instrumentId: instrument.id,
      instrumentVersion: instrument.version,
      form: 'self',
      answers,
    };
  });
}

let dir: string;
before(() => {
  assert.ok(existsSync(cliPath), 'run `npm run build` first');
  dir = mkdtempSync(join(tmpdir(), 'l3d-analyze-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('leadership-3d analyze', () => {
  const sets = cohortSets();

  it('writes analyze() of a CSV cohort as JSON, norms included, and a summary on stderr', () => {
    const run = cli('analyze', ['--in', cohortCsv]);
    assert.equal(run.status, 0, run.stderr);
    const out = JSON.parse(run.stdout) as Analysis;
    assert.deepEqual(out, analyze(sets, { group: 'cohort' }));
    assert.equal(out.norms.group, 'cohort'); // the file's name
    assert.match(run.stderr, /240 self sets of l3d-core/);
    assert.match(run.stderr, /keeping-current\s+4\s+234\s+0\.594/);
    assert.match(run.stderr, /suggested psychometrics \(on 19 complete sets\)/);
    assert.match(run.stderr, /keeping-current-2: correlates negatively/);
  });

  it('reads ndjson of response sets, results and result files alike', () => {
    const lines = sets
      .slice(0, 60)
      .map((set, k) =>
        JSON.stringify(
          k % 3 === 0
            ? set
            : k % 3 === 1
              ? score(set)
              : { format: 'leadership-3d-result', result: score(set) },
        ),
      );
    const run = cli('analyze', ['--group', 'pilot', '--quiet'], lines.join('\n') + '\n');
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stderr, '');
    assert.deepEqual(JSON.parse(run.stdout), analyze(sets.slice(0, 60), { group: 'pilot' }));
  });

  it("reads score's ndjson output: score | analyze", () => {
    const input = sets
      .slice(0, 30)
      .map((set) => JSON.stringify(set))
      .join('\n');
    const scored = cli('score', ['--quiet'], input);
    const run = cli('analyze', ['--quiet'], scored.stdout);
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(JSON.parse(run.stdout), analyze(sets.slice(0, 30)));
  });

  const good = sets.slice(0, 20).map((set) => JSON.stringify(set));
  const mixed = [
    good[0],
    '{"answers": ', // line 2: not JSON
    '',
    JSON.stringify({ ...sets[1], instrumentVersion: '9.9.9' }), // line 4
    ...good.slice(1, 10),
    JSON.stringify({ ...sets[2], answers: { 'listening-1': 7 } }), // line 14
    JSON.stringify({ ...sets[3], form: 'observer' }), // line 15: not the first set's form
    ...good.slice(10),
  ].join('\n');

  it('reports each bad line with its number and reason, skips it, and analyses the rest', () => {
    const run = cli('analyze', ['--quiet'], mixed);
    assert.equal(run.status, 0);
    const reported = run.stderr.trim().split('\n');
    assert.deepEqual(
      reported.map((line) => /line (\d+)(?: \(id "[^"]+"\))?: ([a-z-]+)/.exec(line)?.slice(1)),
      [
        ['2', 'invalid-json'],
        ['4', 'instrument-mismatch'],
        ['14', 'out-of-range'],
        ['15', 'invalid-input'],
      ],
    );
    assert.match(reported[2]!, /\(id "s3"\).*\(at answers\.listening-1\)/);
    assert.deepEqual(
      JSON.parse(run.stdout),
      analyze(sets.slice(0, 20), { group: 'this cohort (n = 20)' }),
    );
  });

  it('stops at the first bad line with --strict: exit 1, as score --strict, and no file', () => {
    const out = join(dir, 'strict.json');
    const run = cli('analyze', ['--strict', '--out', out], mixed);
    assert.equal(run.status, 1);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /line 2: invalid-json/);
    assert.doesNotMatch(run.stderr, /line 4/);
    assert.equal(existsSync(out), false);
    assert.deepEqual(
      readdirSync(dir).filter((f) => f.includes('partial')),
      [],
    );
    assert.equal(cli('score', ['--strict', '--quiet'], mixed).status, run.status);
  });

  it('writes norms that score --norms reads, as every score or as mean, SD and n', () => {
    for (const method of ['distribution', 'normal']) {
      const out = join(dir, `${method}.json`);
      const run = cli('analyze', [
        '--in',
        cohortCsv,
        '--norm-method',
        method,
        '--out',
        out,
        '--quiet',
      ]);
      assert.equal(run.status, 0, run.stderr);
      const norms = join(dir, `${method}-norms.json`);
      writeFileSync(
        norms,
        JSON.stringify((JSON.parse(readFileSync(out, 'utf8')) as Analysis).norms),
      );
      const scored = cli('score', ['--norms', norms, '--quiet'], good[0]);
      assert.equal(scored.status, 0, scored.stderr);
      const { result } = JSON.parse(scored.stdout) as {
        result: { percentiles: { dimensions: Record<string, { method: string; n: number }> } };
      };
      assert.equal(result.percentiles.dimensions.technical!.method, method);
      assert.equal(result.percentiles.dimensions.technical!.n, 238);
    }
  });

  it('analyses CSV rows of the observer form with --form observer ("n/a" = not observed)', () => {
    const header = readFileSync(cohortCsv, 'utf8').split('\n')[0]!;
    const row = (k: number) =>
      `o${k},` + instrument.items.map((_, i) => (i === 0 ? 'n/a' : ((i + k) % 5) + 1)).join(',');
    const run = cli(
      'analyze',
      ['--input-format', 'csv', '--form', 'observer', '--quiet'],
      [header, row(1), row(2), row(3)].join('\n'),
    );
    assert.equal(run.status, 0, run.stderr);
    const out = JSON.parse(run.stdout) as Analysis;
    assert.equal(out.form, 'observer');
    assert.equal(out.n, 3);
    assert.equal(out.items[0]!.missing, 1);
  });

  it('refuses a wrong command with exit 2 and a message, and prints its help', () => {
    for (const args of [
      ['--bogus'],
      ['--norm-method', 'median'],
      ['--in', join(dir, 'none.csv')],
      ['--group', ' '],
    ]) {
      const run = cli('analyze', args);
      assert.equal(run.status, 2, args.join(' '));
      assert.match(run.stderr, /^leadership-3d analyze: .*see leadership-3d analyze --help/);
      assert.equal(run.stdout, '');
    }
    const csv = cli('analyze', ['--input-format', 'csv'], 'id,not-an-item\n');
    assert.equal(csv.status, 2);
    assert.match(csv.stderr, /column 2 \("not-an-item"\)/);
    const help = cli('analyze', ['--help']);
    assert.equal(help.status, 0);
    assert.equal(help.stdout, ANALYZE_USAGE);
    assert.match(cli('--help', []).stdout, /analyze {2}item analysis/);
  });
});
