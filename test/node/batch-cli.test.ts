// `leadership-3d score`: the built command (dist/cli.js) run as a child process the way a user
// runs it, plus the pure helpers it is made of (scoreLine, csvHeader/csvRow, processBatch,
// readBatches), which hold no state between lines.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import {
  csvHeader,
  csvRow,
  MAX_LINE_BYTES,
  ndjsonLine,
  processBatch,
  scoreLine,
  type LineOutcome,
} from '../../src/cli/batch.js';
import { readBatches } from '../../src/cli/lines.js';
import { SCORE_USAGE } from '../../src/cli/score-command.js';
import { score, type Answer, type Instrument, type Result } from '../../src/scoring/index.js';
import { instrument, responses } from './helpers.js';
import { csvFields } from './parse.js';

const root = resolve(import.meta.dirname, '../../..');
const cliPath = join(root, 'dist', 'cli.js');

/** Runs `leadership-3d score …` with `input` on stdin. */
function cli(args: string[], input = '') {
  const run = spawnSync(process.execPath, [cliPath, 'score', ...args], {
    input,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const good = (id: string | number, answer = 4) =>
  JSON.stringify({ id, ...responses((_, i) => (((i + answer) % 5) + 1) as Answer) });
const ndjson = (text: string) =>
  text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);

let dir: string;
before(() => {
  assert.ok(existsSync(cliPath), 'run `npm run build` first');
  dir = mkdtempSync(join(tmpdir(), 'l3d-batch-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('leadership-3d score (ndjson)', () => {
  const withOut = instrument.items[5]!.id;
  const lines = [
    good('a'),
    '{"answers": ', // bad JSON
    '',
    JSON.stringify({ ...responses(() => 3), instrumentVersion: '9.9.9', id: 'old' }),
    JSON.stringify({ ...responses(() => 3), id: 'c', answers: { [withOut]: 7 } }),
    '   ',
    JSON.stringify({ ...responses(() => 3), instrumentId: 'other' }),
    good(42),
  ];

  it('writes one result or one error per non-blank line, with the line number and reason', () => {
    const run = cli([], lines.join('\n') + '\n');
    assert.equal(run.status, 0);
    const out = ndjson(run.stdout);
    assert.deepEqual(
      out.map((o) => [o.line, o.id ?? null, (o.error as { code?: string } | undefined)?.code]),
      [
        [1, 'a', undefined],
        [2, null, 'invalid-json'],
        [4, 'old', 'instrument-mismatch'],
        [5, 'c', 'out-of-range'],
        [7, null, 'instrument-mismatch'],
        [8, 42, undefined],
      ],
    );
    assert.deepEqual(out[1]!.error, {
      code: 'invalid-json',
      message: (out[1]!.error as { message: string }).message,
      path: [],
    });
    assert.deepEqual((out[2]!.error as { path: unknown }).path, ['instrumentVersion']);
    assert.deepEqual((out[3]!.error as { path: unknown }).path, ['answers', withOut]);
    // the result is exactly what score() gives for that line
    assert.deepEqual(out[0]!.result, JSON.parse(JSON.stringify(score(JSON.parse(lines[0]!)))));
    assert.match(run.stderr, /scored 2, errors 4, blank 2; 8 lines/);
  });

  it('--strict exits 1 when a line is an error, still writing every line', () => {
    const run = cli(['--strict', '--quiet'], lines.join('\n'));
    assert.equal(run.status, 1);
    assert.equal(ndjson(run.stdout).length, 6);
    assert.equal(run.stderr, '');
  });

  it('reads --in and writes --out, leaving no temporary file', () => {
    const input = join(dir, 'in.ndjson');
    const output = join(dir, 'out.ndjson');
    writeFileSync(input, `\uFEFF${good('x')}\r\n${good('y')}`); // BOM, CRLF, no final newline
    const run = cli(['--in', input, '--out', output, '--quiet']);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout, '');
    const out = ndjson(readFileSync(output, 'utf8'));
    assert.deepEqual(
      out.map((o) => [o.line, o.id]),
      [
        [1, 'x'],
        [2, 'y'],
      ],
    );
    assert.deepEqual(
      readdirSync(dir).filter((f) => f.endsWith('.partial')),
      [],
    );
  });

  it('copies another id field with --id', () => {
    const line = JSON.stringify({ ...responses(() => 3), respondent: 'p-7', id: 'no' });
    assert.equal(ndjson(cli(['--id', 'respondent', '--quiet'], line).stdout)[0]!.id, 'p-7');
  });

  it('scores a large input in worker threads, in input order', () => {
    const many = Array.from({ length: 3000 }, (_, i) => (i % 500 === 7 ? '{oops' : good(i, i)));
    const threaded = cli(['--threads', '2', '--quiet'], many.join('\n'));
    const inline = cli(['--threads', '1', '--quiet'], many.join('\n'));
    assert.equal(threaded.status, 0, threaded.stderr);
    assert.equal(threaded.stdout, inline.stdout);
    assert.deepEqual(
      ndjson(threaded.stdout).map((o) => o.line),
      many.map((_, i) => i + 1),
    );
  });
});

describe('leadership-3d score --format csv', () => {
  it('writes a header and one row per line, errors in the error column', () => {
    const run = cli(['--format', 'csv', '--quiet'], [good('a'), 'nope', good('b,c')].join('\n'));
    assert.equal(run.status, 0);
    const rows = run.stdout.trimEnd().split('\n');
    assert.equal(rows[0], csvHeader(instrument));
    assert.equal(rows.length, 4);
    const header = rows[0]!.split(',');
    const cells = rows[1]!.split(',');
    assert.equal(cells.length, header.length);
    const result = score(JSON.parse(good('a')));
    const cell = (name: string) => cells[header.indexOf(name)];
    assert.equal(cell('line'), '1');
    assert.equal(cell('technical'), String(result.dimensions.technical.score));
    assert.equal(cell('technical_low'), String(result.dimensions.technical.band![0]));
    assert.equal(cell('technical_stage'), result.dimensions.technical.stage!.id);
    const facet = instrument.facets[0]!.id;
    assert.equal(cell(`facet_${facet}`), String(result.facets[facet]!.score));
    assert.equal(cell('strengths'), result.strengths.join(' '));
    const error = csvFields(rows[2]!);
    assert.equal(error[0], '2');
    assert.equal(error[2], 'invalid-json');
    assert.equal(error.length, header.length);
    // an id with a comma is quoted
    assert.match(rows[3]!, /^3,"b,c",,,/);
    assert.equal(csvFields(rows[3]!)[1], 'b,c');
  });

  it('an empty input gives the header alone', () => {
    const run = cli(['--format', 'csv', '--quiet'], '');
    assert.equal(run.stdout, csvHeader(instrument) + '\n');
  });

  it('adds percentile columns with --norms', () => {
    const norms = join(dir, 'norms.json');
    writeFileSync(
      norms,
      JSON.stringify({ group: 'pilot', dimensions: { technical: { mean: 50, sd: 15, n: 200 } } }),
    );
    const run = cli(['--format', 'csv', '--norms', norms, '--quiet'], good('a'));
    const [head, row] = run.stdout.trimEnd().split('\n');
    const header = head!.split(',');
    const expected = score(JSON.parse(good('a')), {
      norms: { group: 'pilot', dimensions: { technical: { mean: 50, sd: 15, n: 200 } } },
    });
    assert.equal(
      row!.split(',')[header.indexOf('technical_percentile')],
      String(expected.percentiles!.dimensions.technical!.value),
    );
    assert.equal(row!.split(',')[header.indexOf('relational_percentile')], '');
  });
});

describe('leadership-3d score: usage errors exit 2 with one line and write nothing', () => {
  it('--help prints the usage and exits 0', () => {
    const run = cli(['--help']);
    assert.equal(run.status, 0);
    assert.equal(run.stdout, SCORE_USAGE);
  });

  const oneLine = (stderr: string) => assert.equal(stderr.trimEnd().split('\n').length, 1, stderr);

  for (const [what, args, message] of [
    ['an unknown flag', ['--fromat', 'csv'], /Unknown option '--fromat'/],
    ['an unknown format', ['--format', 'xml'], /--format must be one of "ndjson", "csv"/],
    ['a bad thread count', ['--threads', '0'], /--threads must be/],
    ['a stray argument', ['data.ndjson'], /Unexpected argument 'data\.ndjson'/],
  ] as const)
    it(what, () => {
      const run = cli([...args], good('a'));
      assert.equal(run.status, 2);
      assert.match(run.stderr, message);
      oneLine(run.stderr);
      assert.equal(run.stdout, '');
    });

  it('an unreadable input file, and no output file is created', () => {
    const output = join(dir, 'never.ndjson');
    for (const input of [join(dir, 'missing.ndjson'), dir]) {
      const run = cli(['--in', input, '--out', output]);
      assert.equal(run.status, 2);
      assert.match(run.stderr, /cannot read/);
      oneLine(run.stderr);
      assert.equal(existsSync(output), false);
    }
  });

  it('an output folder that does not exist', () => {
    const run = cli(['--out', join(dir, 'no', 'such', 'out.ndjson')], good('a'));
    assert.equal(run.status, 2);
    assert.match(run.stderr, /cannot write .*: its folder does not exist/);
    oneLine(run.stderr);
  });

  it('a write failure part-way exits 3 with one line', { skip: !existsSync('/dev/full') }, () => {
    const run = cli(['--out', '/dev/full'], good('a'));
    assert.equal(run.status, 3);
    assert.match(run.stderr, /stopped after \d+ lines: ENOSPC/);
    oneLine(run.stderr);
  });

  it('an invalid --instrument or --norms file', () => {
    const bad = join(dir, 'instrument.json');
    writeFileSync(bad, JSON.stringify({ ...instrument, items: 'none' }));
    const norms = join(dir, 'bad-norms.json');
    writeFileSync(norms, JSON.stringify({ group: '' }));
    for (const args of [
      ['--instrument', bad],
      ['--instrument', join(dir, 'nope.json')],
      ['--norms', norms],
    ]) {
      const run = cli(args, good('a'));
      assert.equal(run.status, 2, args.join(' '));
      assert.match(run.stderr, new RegExp(args[0]!));
      oneLine(run.stderr);
      assert.equal(run.stdout, '');
    }
  });

  it('a host instrument scores its own response sets and rejects the built-in ones', () => {
    const host: Instrument = { ...instrument, id: 'host-short', version: '2' };
    const file = join(dir, 'host.json');
    writeFileSync(file, JSON.stringify(host));
    const own = JSON.stringify({
      ...responses(() => 4),
      instrumentId: 'host-short',
      instrumentVersion: '2',
    });
    const out = ndjson(cli(['--instrument', file, '--quiet'], `${own}\n${good('b')}`).stdout);
    assert.equal((out[0]!.result as Result).instrumentId, 'host-short');
    assert.equal((out[1]!.error as { code: string }).code, 'instrument-mismatch');
  });
});

describe('batch helpers', () => {
  it('scoreLine never throws and names the line', () => {
    fc.assert(
      fc.property(fc.string(), fc.nat(), (text, line) => {
        const outcome = scoreLine(text, line);
        assert.equal(outcome.line, line);
        if (!outcome.ok) assert.equal(typeof outcome.error.message, 'string');
      }),
      { numRuns: 500 },
    );
  });

  it('every non-blank line of random input gives exactly one whole output line, in order', () => {
    const line = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 60 }).map((s) => s.replace(/[\r\n]/g, ' ')),
      fc.json().map((s) => s.replace(/\n/g, ' ')),
      fc.constant(good('ok')),
    );
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 40 }),
        fc.constantFrom<'ndjson' | 'csv'>('ndjson', 'csv'),
        (input, format) => {
          const { output, scored, errors, blank } = processBatch(
            { text: input.join('\n'), firstLine: 1, lineCount: input.length, tooLong: [] },
            { format },
          );
          const expected = input
            .map((text, i) => ({ text, line: i + 1 }))
            .filter(
              ({ text, line }) => (line === 1 ? text.replace(/^\uFEFF/, '') : text).trim() !== '',
            );
          assert.equal(scored + errors, expected.length);
          assert.equal(blank, input.length - expected.length);
          assert.ok(output === '' || output.endsWith('\n'));
          const rows = output.split('\n').slice(0, -1);
          assert.equal(rows.length, expected.length);
          if (format === 'ndjson')
            assert.deepEqual(
              rows.map((row) => (JSON.parse(row) as { line: number }).line),
              expected.map((e) => e.line),
            );
          else
            assert.deepEqual(
              rows.map((row) => Number(csvFields(row)[0])),
              expected.map((e) => e.line),
            );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('csvRow has as many cells as csvHeader for results and errors, with and without norms', () => {
    const outcomes: LineOutcome[] = [scoreLine(good('a'), 1), scoreLine('[', 2)];
    for (const norms of [false, true]) {
      const width = csvHeader(instrument, { norms }).split(',').length;
      for (const outcome of outcomes)
        assert.equal(csvFields(csvRow(outcome, instrument, { norms })).length, width);
    }
  });

  it('ndjsonLine is the outcome without `ok`', () => {
    const outcome = scoreLine(good(3), 9);
    const rest = Object.fromEntries(Object.entries(outcome).filter(([key]) => key !== 'ok'));
    assert.deepEqual(JSON.parse(ndjsonLine(outcome)), JSON.parse(JSON.stringify(rest)));
  });

  it('readBatches numbers lines across chunk boundaries and batches, in bounded batches', async () => {
    const source = Array.from({ length: 50_000 }, (_, i) => `{"n":${i}}`).join('\n');
    // chunks of 7 bytes split lines (and "\n") at every possible place
    async function* chunks() {
      const bytes = Buffer.from(source);
      for (let i = 0; i < bytes.length; i += 7) yield bytes.subarray(i, i + 7);
    }
    let next = 1;
    let largest = 0;
    for await (const batch of readBatches(chunks(), { batchBytes: 4096 })) {
      assert.equal(batch.firstLine, next);
      const texts = batch.text.split('\n').slice(0, batch.lineCount);
      texts.forEach((text, k) => assert.equal(text, `{"n":${next + k - 1}}`));
      next += batch.lineCount;
      largest = Math.max(largest, batch.text.length);
    }
    assert.equal(next, 50_001);
    // memory stays flat: no batch holds more than its size plus one chunk
    assert.ok(largest < 4096 + 64, `largest batch ${largest} bytes`);
  });

  it('readBatches drops an over-long line by number and carries on', async () => {
    const long = 'x'.repeat(300);
    const text = ['{"a":1}', long, '{"b":2}', long].join('\n');
    const batches = [];
    for await (const batch of readBatches([Buffer.from(text)], { maxLineBytes: 100 }))
      batches.push(batch);
    const all = batches.flatMap((b) => b.tooLong);
    assert.deepEqual(all, [2, 4]);
    const out = processBatch(batches[0]!, { format: 'ndjson' });
    assert.deepEqual(
      ndjson(out.output).map((o) => [o.line, (o.error as { code?: string } | undefined)?.code]),
      [
        [1, 'instrument-mismatch'],
        [2, 'line-too-long'],
        [3, 'instrument-mismatch'],
        [4, 'line-too-long'],
      ],
    );
    // the command's own limit is far above a response set (about 1 KB)
    assert.equal(MAX_LINE_BYTES, 1024 * 1024);
  });
});

describe('leadership-3d: one command, one set of exit codes', () => {
  const bare = (args: string[]) => {
    const run = spawnSync(process.execPath, [cliPath, ...args], { encoding: 'utf8' });
    return { status: run.status, stdout: run.stdout, stderr: run.stderr };
  };

  it('cmi5 --help reaches the cmi5 command', () => {
    const run = bare(['cmi5', '--help']);
    assert.equal(run.status, 0);
    assert.match(run.stdout, /^Usage: leadership-3d cmi5/);
  });

  it('--help lists every command and the exit codes, and exits 0', () => {
    const run = bare(['--help']);
    assert.equal(run.status, 0);
    assert.match(run.stdout, /^\s+scorm\s/m);
    assert.match(run.stdout, /^\s+cmi5\s/m);
    assert.match(run.stdout, /^\s+score\s/m);
    assert.match(run.stdout, /Exit status: 0 done; 1 .*; 2 .*/s);
  });

  for (const [what, args, message] of [
    ['no command', [], /no command given/],
    [
      'an unknown command',
      ['scrom'],
      /unknown command "scrom"; the commands are "scorm", "cmi5", "score" and "analyze"/,
    ],
  ] as const)
    it(`${what} exits 2 with the usage`, () => {
      const run = bare([...args]);
      assert.equal(run.status, 2);
      assert.match(run.stderr, message);
      assert.match(run.stderr, /Usage: leadership-3d <command>/);
      assert.equal(run.stdout, '');
    });

  it('both commands answer a usage mistake with exit 2', () => {
    assert.equal(bare(['score', '--nope']).status, 2);
    assert.equal(bare(['scorm', '--nope']).status, 2);
  });
});
