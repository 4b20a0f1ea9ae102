// `leadership-3d score` with CSV input and the compact `--format scores-csv` output: the built
// command (dist/cli.js) run as a child process, compared with score() cell by cell.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { safeIdCell, scoresCsvHeader } from '../../src/cli/rows.js';
import {
  DIMENSIONS,
  score,
  type Answer,
  type Form,
  type ResponseSet,
  type Result,
} from '../../src/scoring/index.js';
import { instrument, responses } from './helpers.js';
import { csvFields } from './parse.js';

const root = resolve(import.meta.dirname, '../../..');
const cliPath = join(root, 'dist', 'cli.js');
const itemIds = instrument.items.map((item) => item.id);
const facetIds = instrument.facets.map((facet) => facet.id);

/** Runs `leadership-3d score …` with `input` on stdin. */
function cli(args: string[], input = '') {
  const run = spawnSync(process.execPath, [cliPath, 'score', ...args], {
    input,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A seeded generator of answer rows: a level per person plus noise, some missing. */
function people(count: number, seed = 11): (Answer | null)[][] {
  const random = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  return Array.from({ length: count }, (_, p) => {
    // every 7th answers everything the same, to raise flags
    const level = p % 7 === 3 ? 4 : 1 + random() * 4;
    return itemIds.map(() =>
      random() < 0.04
        ? null
        : (Math.max(
            1,
            Math.min(5, Math.round(level + (p % 7 === 3 ? 0 : random() * 2 - 1))),
          ) as Answer),
    );
  });
}

const header = ['id', ...itemIds].join(',');
const csvOf = (rows: (Answer | null)[][], ids = rows.map((_, i) => `p${i}`)) =>
  [header, ...rows.map((row, i) => [ids[i], ...row.map((a) => a ?? '')].join(','))].join('\n') +
  '\n';
const responseSet = (row: (Answer | null)[], form: Form = 'self'): ResponseSet =>
  responses((_, i) => row[i], { form });

/** What a scores-csv row should hold for `result`, cell by cell. */
function expectedCells(id: string, result: Result): string[] {
  const cell = (x: number | null) => (x === null ? '' : String(x));
  return [
    id,
    ...DIMENSIONS.flatMap((d) => [
      cell(result.dimensions[d].score),
      result.dimensions[d].stage?.id ?? '',
    ]),
    ...facetIds.map((f) => cell(result.facets[f]!.score)),
    result.flags.map((flag) => flag.code).join(';'),
  ];
}

let dir: string;
before(() => {
  assert.ok(existsSync(cliPath), 'run `npm run build` first');
  dir = mkdtempSync(join(tmpdir(), 'l3d-batch-csv-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('leadership-3d score: CSV in, scores-csv out', () => {
  const rows = people(300);

  it('every row equals score() of the same answers, cell by cell', () => {
    const run = cli(['--input-format', 'csv', '--quiet'], csvOf(rows));
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stderr, '');
    const lines = run.stdout.trimEnd().split('\n');
    assert.equal(lines[0], scoresCsvHeader(instrument));
    assert.equal(
      lines[0],
      ['id', ...DIMENSIONS.flatMap((d) => [d, `${d}_stage`]), ...facetIds, 'flags'].join(','),
    );
    assert.equal(lines.length, rows.length + 1);
    let flagged = 0;
    rows.forEach((row, i) => {
      const result = score(responseSet(row));
      if (result.flags.length) flagged++;
      assert.deepEqual(csvFields(lines[i + 1]!), expectedCells(`p${i}`, result), `row ${i}`);
    });
    assert.ok(flagged > 10, 'the sample raises flags');
  });

  it('reads the input format from a .csv file name, and columns in any order', () => {
    const shuffled = [...itemIds.keys()].reverse();
    const input = join(dir, 'answers.csv');
    writeFileSync(
      input,
      [
        ['id', ...shuffled.map((i) => itemIds[i])].join(','),
        ...rows
          .slice(0, 20)
          .map((row, p) => [`p${p}`, ...shuffled.map((i) => row[i] ?? '')].join(',')),
      ].join('\n'),
    );
    const out = join(dir, 'scores.csv');
    const run = cli(['--in', input, '--out', out, '--quiet']);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(
      readFileSync(out, 'utf8'),
      cli(['--input-format', 'csv'], csvOf(rows.slice(0, 20))).stdout,
    );
    assert.deepEqual(
      readdirSync(dir).filter((f) => f.endsWith('.partial')),
      [],
    );
  });

  it('ndjson in gives the same scores-csv as CSV in, one thread or two', () => {
    const many = people(4000, 5);
    const ndjson = many
      .map((row, i) => JSON.stringify({ id: `p${i}`, ...responseSet(row) }))
      .join('\n');
    const fromCsv = cli(['--input-format', 'csv', '--threads', '1', '--quiet'], csvOf(many));
    const fromNdjson = cli(['--format', 'scores-csv', '--threads', '1', '--quiet'], ndjson);
    const threaded = cli(['--format', 'scores-csv', '--threads', '2', '--quiet'], ndjson);
    const csvThreaded = cli(['--input-format', 'csv', '--threads', '2', '--quiet'], csvOf(many));
    assert.equal(fromCsv.status, 0, fromCsv.stderr);
    assert.equal(fromNdjson.stdout, fromCsv.stdout);
    assert.equal(threaded.stdout, fromCsv.stdout);
    assert.equal(csvThreaded.stdout, fromCsv.stdout);
  });

  it('ndjson timings still raise too-fast in scores-csv', () => {
    const set = { id: 't', ...responseSet(rows[0]!) };
    const timings = Object.fromEntries(itemIds.map((id) => [id, 500]));
    const run = cli(['--format', 'scores-csv', '--quiet'], JSON.stringify({ ...set, timings }));
    const cells = csvFields(run.stdout.trimEnd().split('\n')[1]!);
    assert.match(cells.at(-1)!, /too-fast/);
    assert.deepEqual(cells, expectedCells('t', score({ ...set, timings })));
  });

  it('CSV in to --format ndjson gives the result score() gives', () => {
    const run = cli(
      ['--input-format', 'csv', '--format', 'ndjson', '--quiet'],
      csvOf(rows.slice(0, 3)),
    );
    const out = run.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { line: number; id: string; result: Result });
    assert.deepEqual(
      out.map((o) => [o.line, o.id]),
      [
        [2, 'p0'],
        [3, 'p1'],
        [4, 'p2'],
      ],
    );
    out.forEach((o, i) =>
      assert.deepEqual(o.result, JSON.parse(JSON.stringify(score(responseSet(rows[i]!))))),
    );
  });

  it('observer form: 0 and n/a are "not observed", i.e. missing', () => {
    const row = rows[1]!.map((a, i) => (i % 9 === 0 ? null : a));
    const cells = row.map((a, i) => (a === null ? ['0', 'n/a', 'N/A', ''][i % 4] : String(a)));
    const run = cli(
      ['--input-format', 'csv', '--form', 'observer', '--quiet'],
      `${header}\nobs,${cells.join(',')}\n`,
    );
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(
      csvFields(run.stdout.trimEnd().split('\n')[1]!),
      expectedCells('obs', score(responseSet(row, 'observer'))),
    );
  });

  it('quotes ids as RFC 4180 says, both ways, and accepts a BOM, CRLF and blank lines', () => {
    const answers = rows[2]!.map((a) => a ?? '').join(',');
    const input = `\uFEFF${header}\r\n"a,b",${answers}\r\n\r\n"say ""hi""",${answers}\r\nplain,${answers}`;
    const run = cli(['--input-format', 'csv'], input);
    assert.equal(run.status, 0, run.stderr);
    const lines = run.stdout.trimEnd().split('\n');
    assert.match(lines[1]!, /^"a,b",/);
    assert.match(lines[2]!, /^"say ""hi""",/);
    assert.deepEqual(
      lines.slice(1).map((line) => csvFields(line)[0]),
      ['a,b', 'say "hi"', 'plain'],
    );
    assert.match(run.stderr, /scored 3, errors 0, blank 1/);
  });

  it('guards ids against formula injection with a leading quote mark', () => {
    const ids = ['=1+2', '+cmd', '-5', '@SUM(A1)', 'ok=1'];
    const run = cli(['--input-format', 'csv', '--quiet'], csvOf(rows.slice(0, 5), ids));
    assert.deepEqual(
      run.stdout
        .trimEnd()
        .split('\n')
        .slice(1)
        .map((line) => csvFields(line)[0]),
      ["'=1+2", "'+cmd", "'-5", "'@SUM(A1)", 'ok=1'],
    );
    assert.equal(safeIdCell('=A1,B1'), `"'=A1,B1"`);
    assert.equal(safeIdCell('\tx'), "'\tx");
  });

  it('an empty input or a header alone gives the header alone', () => {
    for (const input of ['', `${header}\n`]) {
      const run = cli(['--input-format', 'csv', '--quiet'], input);
      assert.equal(run.status, 0, run.stderr);
      assert.equal(run.stdout, scoresCsvHeader(instrument) + '\n');
    }
  });
});

describe('leadership-3d score: bad CSV rows are errors on stderr, the rest are scored', () => {
  const good = people(1)[0]!.map((a) => a ?? '');
  const row = (id: string, change: (cells: (string | number)[]) => void = () => {}) => {
    const cells: (string | number)[] = [id, ...good];
    change(cells);
    return cells.join(',');
  };
  const input = [
    header,
    row('ok-1'),
    row('short', (c) => c.pop()),
    row('long', (c) => c.push(3)),
    row('seven', (c) => (c[5] = 7)),
    row('zero', (c) => (c[6] = 0)),
    row('word', (c) => (c[7] = 'often')),
    row('open', (c) => (c[0] = '"open')),
    row('ok-2'),
  ].join('\n');

  it('names the line, the code and the column; scores the good rows; exit 0', () => {
    const run = cli(['--input-format', 'csv'], input);
    assert.equal(run.status, 0);
    assert.deepEqual(
      run.stdout
        .trimEnd()
        .split('\n')
        .slice(1)
        .map((line) => csvFields(line)[0]),
      ['ok-1', 'ok-2'],
    );
    const messages = run.stderr.trimEnd().split('\n');
    assert.equal(messages.length, 7, run.stderr);
    const [short, long, seven, zero, word, open] = messages;
    assert.match(short!, /^leadership-3d score: line 3: invalid-csv: 48 cells; the header has 49$/);
    assert.match(long!, /^leadership-3d score: line 4: invalid-csv: 50 cells; the header has 49$/);
    assert.match(
      seven!,
      new RegExp(
        `^leadership-3d score: line 5: out-of-range: Expected 1–5 or empty, got "7" \\(column 6\\) \\(at answers\\.${itemIds[4]}\\)$`,
      ),
    );
    assert.match(zero!, /line 6: out-of-range: .*got "0" \(column 7\)/);
    assert.match(word!, /line 7: invalid-input: .*got "often" \(column 8\)/);
    assert.match(open!, /line 8: invalid-csv: a quoted cell \(column 1\) is not closed/);
    assert.match(messages[6]!, /scored 2, errors 6, blank 0; 8 lines/);
  });

  it('--strict exits 1, still writing every good row', () => {
    const run = cli(['--input-format', 'csv', '--strict', '--quiet'], input);
    assert.equal(run.status, 1);
    assert.equal(run.stdout.trimEnd().split('\n').length, 3);
  });

  it('with --format ndjson the same rows are error lines in the output', () => {
    const run = cli(['--input-format', 'csv', '--format', 'ndjson', '--quiet'], input);
    const out = run.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { line: number; error?: { code: string } });
    assert.deepEqual(
      out.map((o) => [o.line, o.error?.code ?? 'ok']),
      [
        [2, 'ok'],
        [3, 'invalid-csv'],
        [4, 'invalid-csv'],
        [5, 'out-of-range'],
        [6, 'out-of-range'],
        [7, 'invalid-input'],
        [8, 'invalid-csv'],
        [9, 'ok'],
      ],
    );
  });

  it('ndjson lines that cannot be scored are errors on stderr with scores-csv', () => {
    const ok = JSON.stringify({ id: 'a', ...responseSet(people(1)[0]!) });
    const run = cli(
      ['--format', 'scores-csv', '--quiet'],
      `${ok}\n{oops\n${JSON.stringify({ id: 'v', ...responseSet([]), instrumentVersion: '0' })}\n`,
    );
    assert.equal(run.status, 0);
    assert.equal(run.stdout.trimEnd().split('\n').length, 2);
    const [json, version] = run.stderr.trimEnd().split('\n');
    assert.match(json!, /^leadership-3d score: line 2: invalid-json: /);
    assert.match(
      version!,
      /^leadership-3d score: line 3 \(id "v"\): instrument-mismatch: .*instrumentVersion/,
    );
  });
});

describe('leadership-3d score: a wrong CSV header exits 2 and writes nothing', () => {
  const answers = people(1)[0]!
    .map((a) => a ?? '')
    .join(',');
  for (const [what, head, message] of [
    [
      'an unknown item column',
      header.replace(itemIds[3]!, 'typo-1'),
      /column 5 \("typo-1"\) is not an item of l3d-core/,
    ],
    ['a duplicate id column', `${header},id`, /column 50 \("id"\) is a duplicate column/],
    [
      'a duplicate item column',
      `${header},${itemIds[0]}`,
      /column 50 \(".*"\) is a duplicate column/,
    ],
    [
      'no id column',
      header.replace(/^id,/, 'respondent,'),
      /is not an item .* nor the id column "id"/,
    ],
  ] as const)
    it(what, () => {
      const output = join(dir, 'never.csv');
      const run = cli(['--input-format', 'csv', '--out', output], `${head}\nx,${answers}\n`);
      assert.equal(run.status, 2, run.stderr);
      assert.match(run.stderr, message);
      assert.equal(run.stderr.trimEnd().split('\n').length, 1, run.stderr);
      assert.equal(run.stdout, '');
      assert.equal(existsSync(output), false);
      assert.deepEqual(
        readdirSync(dir).filter((f) => f.endsWith('.partial')),
        [],
      );
    });

  it('--id names the id column of a CSV input', () => {
    const run = cli(
      ['--input-format', 'csv', '--id', 'respondent', '--quiet'],
      `${header.replace(/^id,/, 'respondent,')}\nx,${answers}\n`,
    );
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout.split('\n')[1]!, /^x,/);
  });

  for (const [what, args, message] of [
    [
      '--norms with scores-csv',
      ['--format', 'scores-csv', '--norms', 'n.json'],
      /scores-csv has no percentile/,
    ],
    ['--form with ndjson input', ['--form', 'observer'], /--form is for CSV input/],
    [
      'an unknown input format',
      ['--input-format', 'xlsx'],
      /--input-format must be one of "ndjson", "csv"/,
    ],
  ] as const)
    it(what, () => {
      const run = cli([...args], '');
      assert.equal(run.status, 2);
      assert.match(run.stderr, message);
      assert.equal(run.stdout, '');
    });
});

describe('leadership-3d score: ndjson → scores-csv reads any JSON as JSON.parse does', () => {
  const answers = people(1, 3)[0]!;
  answers[0] = 4;
  answers[1] = 3;
  answers[2] = 5;
  const set = responseSet(answers);
  /** The line's body with item 0's answer (4) written as `text`. */
  const first = (text: string) => body.replace(`"${itemIds[0]}":4`, `"${itemIds[0]}":${text}`);
  const body = JSON.stringify(set).slice(1, -1);
  const answersJson = JSON.stringify(set.answers);
  // lines the fast reader takes, and lines it must hand to JSON.parse; each scored as score() does
  const lines = [
    `{"id":"plain",${body}}`,
    `{ "id" : "spaced" , ${body.replaceAll(',', ' ,\t').replaceAll(':', ' : ')} }\r`,
    `{${body},"id":"last"}`,
    `{"id":"a\\"quote",${body}}`,
    `{"id":"\\u00e9t\\u00e9",${body}}`,
    `{"id":"été-raw",${body}}`,
    `{"id":17,${body}}`,
    `{"id":-1.5e2,${body}}`,
    `{"id":null,${body}}`,
    `{"id":"=cmd",${body}}`,
    `{"id":"extra","age":34,"note":"a \\n b","tags":["x"],"meta":{"k":1},"ok":true,${body}}`,
    `{"id":"float",${first('4.0')}}`,
    `{"id":"exp",${body.replace(`"${itemIds[1]}":3`, `"${itemIds[1]}":3e0`)}}`,
    `{"id":"dup-key",${body},"answers":${answersJson.replace(`"${itemIds[2]}":5`, `"${itemIds[2]}":null`)}}`,
    `{"id":"dup-item",${body.replace('"answers":{', `"answers":{"${itemIds[0]}":null,`)}}`,
    `{"id":"empty-answers",${body.replace(answersJson, '{}')}}`,
  ];

  it('gives the row score() gives for each', () => {
    const run = cli(['--format', 'scores-csv', '--quiet'], lines.join('\n'));
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stderr, '');
    const rows = run.stdout.trimEnd().split('\n').slice(1);
    assert.equal(rows.length, lines.length);
    lines.forEach((line, i) => {
      const data = JSON.parse(line) as ResponseSet & { id: unknown };
      const id = typeof data.id === 'string' || typeof data.id === 'number' ? String(data.id) : '';
      const expected = expectedCells(id, score(data));
      expected[0] = csvFields(safeIdCell(id))[0]!;
      assert.deepEqual(csvFields(rows[i]!), expected, line);
    });
  });

  it("errors are the engine's, with the line number", () => {
    const bad = [
      `{"id":"six",${first('6')}}`,
      `{"id":"zero",${first('0')}}`,
      `{"id":"neg",${first('-4')}}`,
      `{"id":"text",${first('"4"')}}`,
      `{"id":"unknown",${body.replace('"answers":{', '"answers":{"nope-1":3,')}}`,
      `{"id":"form",${body.replace('"form":"self"', '"form":"peer"')}}`,
      `{"id":"trailing",${body}},`,
      `{"id":"no-answers","instrumentId":"${set.instrumentId}","instrumentVersion":"${set.instrumentVersion}","form":"self"}`,
    ];
    const run = cli(['--format', 'scores-csv'], bad.join('\n'));
    assert.equal(run.status, 0);
    assert.equal(run.stdout, scoresCsvHeader(instrument) + '\n');
    const messages = run.stderr.trimEnd().split('\n');
    assert.deepEqual(
      messages
        .slice(0, -1)
        .map((m) => /line (\d+)(?: \(id "([^"]*)"\))?: ([a-z-]+):/.exec(m)?.slice(1)),
      [
        ['1', 'six', 'out-of-range'],
        ['2', 'zero', 'out-of-range'],
        ['3', 'neg', 'out-of-range'],
        ['4', 'text', 'invalid-input'],
        ['5', 'unknown', 'unknown-item'],
        ['6', 'form', 'invalid-input'],
        ['7', undefined, 'invalid-json'],
        ['8', 'no-answers', 'invalid-input'],
      ],
    );
  });
});
