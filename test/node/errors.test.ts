import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runInNewContext } from 'node:vm';
import { isRecord } from '../../src/scoring/errors.js';
import {
  ScoringError,
  cohortStats,
  reliableChange,
  score,
  score360,
  type Instrument,
  type Norms,
  type ResponseSet,
} from '../../src/scoring/index.js';
import {
  assertPlainFinite,
  assertScoringError,
  byDimension,
  instrument,
  rater,
  responses,
  untyped,
} from './helpers.js';

const valid = (): ResponseSet => responses(() => 3);
const withAnswer = (key: string, value: unknown): ResponseSet => {
  const set = valid();
  set.answers[key] = untyped(value);
  return set;
};
const withTiming = (key: string, value: unknown): ResponseSet => ({
  ...valid(),
  timings: { [key]: untyped(value) },
});

/** A fresh copy of the built-in instrument to break (plans are cached per instrument object). */
const copy = (): Instrument => structuredClone(instrument);

describe('ScoringError', () => {
  it('is an Error with a name, code, path and a message naming the field', () => {
    let caught: unknown;
    try {
      score(withAnswer('listening-2', 9));
    } catch (error) {
      caught = error;
    }
    assert.ok(caught instanceof ScoringError);
    assert.ok(caught instanceof Error);
    assert.equal(caught.name, 'ScoringError');
    assert.equal(caught.code, 'out-of-range');
    assert.deepEqual(caught.path, ['answers', 'listening-2']);
    assert.match(caught.message, /answers\.listening-2/);
  });
});

describe('isRecord: the one test for "an object whose fields are read"', () => {
  it('accepts plain objects, also null-prototype and from another realm (an LMS frame)', () => {
    assert.equal(isRecord({ a: 1 }), true);
    assert.equal(isRecord(Object.create(null)), true);
    const foreign: unknown = runInNewContext('({ answers: {} })');
    assert.equal(foreign instanceof Object, false, 'really from another realm');
    assert.equal(isRecord(foreign), true);
  });

  it('refuses arrays, Maps, Dates, null and primitives, here and from another realm', () => {
    for (const value of [[], new Map([['a', 1]]), new Date(0), null, undefined, 'x', 3, true])
      assert.equal(isRecord(value), false, String(value));
    for (const source of ['[]', 'new Map()', 'new Date(0)'])
      assert.equal(isRecord(runInNewContext(source)), false, source);
  });

  it('makes score() refuse a Map of answers instead of reading it as no answers', () => {
    const set: ResponseSet = { ...valid(), answers: untyped(new Map([['x', 3]])) };
    assertScoringError(() => score(set), 'invalid-input', ['answers']);
  });
});

describe('score: bad response sets', () => {
  it('rejects input that is not an object', () => {
    for (const input of [null, undefined, 'answers', 42, [], true])
      assertScoringError(() => score(untyped(input)), 'invalid-input', []);
  });

  it('rejects a non-numeric answer as invalid-input', () => {
    assertScoringError(() => score(withAnswer('listening-1', 'often')), 'invalid-input', [
      'answers',
      'listening-1',
    ]);
    assertScoringError(() => score(withAnswer('listening-1', '3')), 'invalid-input', [
      'answers',
      'listening-1',
    ]);
    assertScoringError(() => score(withAnswer('change-4', true)), 'invalid-input', [
      'answers',
      'change-4',
    ]);
    assertScoringError(() => score(withAnswer('change-4', {})), 'invalid-input', [
      'answers',
      'change-4',
    ]);
  });

  it('rejects 0, 6, 2.5, NaN and Infinity as out-of-range', () => {
    for (const value of [0, 6, 2.5, -1, NaN, Infinity])
      assertScoringError(() => score(withAnswer('acumen-3', value)), 'out-of-range', [
        'answers',
        'acumen-3',
      ]);
  });

  it('rejects an unknown item id', () => {
    assertScoringError(() => score(withAnswer('listening-9', 3)), 'unknown-item', [
      'answers',
      'listening-9',
    ]);
    // an unknown id is an error even with a missing answer
    assertScoringError(() => score(withAnswer('toString', null)), 'unknown-item', [
      'answers',
      'toString',
    ]);
  });

  it('reads only own keys: inherited ones are ignored, null-prototype and foreign objects read', () => {
    const answers = valid().answers;
    const expected = score(valid());
    // inherited keys, known and unknown, in answers and timings: none is read
    const inherited = Object.assign(Object.create({ 'listening-1': 9, nope: 3 }), answers);
    const timings = Object.create({ nope: 1000 });
    assert.deepEqual(score({ ...valid(), answers: inherited }), expected);
    assert.deepEqual(
      score({ ...valid(), timings }),
      score({ ...valid(), timings: {} }),
      'inherited timings',
    );
    const bare = Object.assign(Object.create(null), answers);
    assert.deepEqual(score({ ...valid(), answers: bare }), expected);
    const foreign = runInNewContext('(a) => Object.assign({}, a)')(answers);
    assert.deepEqual(score({ ...valid(), answers: foreign }), expected);
  });

  it('names the first bad key in key order (integer-like keys first)', () => {
    const set = valid();
    set.answers = { 'listening-1': untyped(9), nope: 3 };
    assertScoringError(() => score(set), 'out-of-range', ['answers', 'listening-1']);
    set.answers = { nope: 3, 'listening-1': untyped(9) };
    assertScoringError(() => score(set), 'unknown-item', ['answers', 'nope']);
    set.answers = { 'listening-1': untyped(9), '7': 3 };
    assertScoringError(() => score(set), 'unknown-item', ['answers', '7']);
  });

  it('rejects another instrument id or version', () => {
    assertScoringError(() => score({ ...valid(), instrumentId: 'other' }), 'instrument-mismatch', [
      'instrumentId',
    ]);
    assertScoringError(
      () => score(untyped({ ...valid(), instrumentId: undefined })),
      'instrument-mismatch',
      ['instrumentId'],
    );
    assertScoringError(
      () => score({ ...valid(), instrumentVersion: '1.0.1' }),
      'instrument-mismatch',
      ['instrumentVersion'],
    );
  });

  it('rejects a bad form and bad answers objects', () => {
    assertScoringError(() => score(untyped({ ...valid(), form: 'peer' })), 'invalid-input', [
      'form',
    ]);
    for (const answers of [undefined, null, [], 'x'])
      assertScoringError(() => score(untyped({ ...valid(), answers })), 'invalid-input', [
        'answers',
      ]);
  });

  it('rejects negative, non-finite and unknown timings', () => {
    for (const value of [-1, -0.001, NaN, Infinity])
      assertScoringError(() => score(withTiming('feedback-2', value)), 'out-of-range', [
        'timings',
        'feedback-2',
      ]);
    assertScoringError(() => score(withTiming('feedback-9', 1000)), 'unknown-item', [
      'timings',
      'feedback-9',
    ]);
    for (const timings of [null, [], 5])
      assertScoringError(() => score(untyped({ ...valid(), timings })), 'invalid-input', [
        'timings',
      ]);
  });

  it('rejects a non-numeric timing as invalid-input, like a non-numeric answer', () => {
    assertScoringError(() => score(withTiming('feedback-2', 'slow')), 'invalid-input', [
      'timings',
      'feedback-2',
    ]);
  });

  it('rejects options that are not an object', () => {
    assertScoringError(() => score(valid(), untyped(null)), 'invalid-input', ['options']);
    assertScoringError(() => score(valid(), untyped('fast')), 'invalid-input', ['options']);
  });
});

describe('score: malformed instruments passed via options', () => {
  const scoreWith = (inst: Instrument) => () =>
    score(
      { ...valid(), instrumentId: inst.id, instrumentVersion: inst.version },
      {
        instrument: inst,
      },
    );

  it('rejects duplicate item ids', () => {
    const inst = copy();
    inst.items[5]!.id = inst.items[4]!.id;
    assertScoringError(scoreWith(inst), 'invalid-instrument', ['items', 5, 'id']);
  });

  it('rejects "__proto__" as an item or facet id, which a result\'s records could not hold', () => {
    // as a key of result.items or result.facets it would set the record's prototype, and the
    // item or facet would be missing from the result without a word
    const item = copy();
    item.items[0]!.id = '__proto__';
    assertScoringError(scoreWith(item), 'invalid-instrument', ['items', 0, 'id']);
    const facet = copy();
    const old = facet.facets[0]!.id;
    facet.facets[0]!.id = '__proto__';
    for (const it of facet.items) if (it.facet === old) it.facet = '__proto__';
    assertScoringError(scoreWith(facet), 'invalid-instrument', ['facets', 0, 'id']);
  });

  it('rejects a facet with no items', () => {
    const inst = copy();
    inst.facets.push({ ...inst.facets[0]!, id: 'lonely' });
    assertScoringError(scoreWith(inst), 'invalid-instrument', ['facets', 12]);
  });

  it('rejects an item of an unknown facet', () => {
    const inst = copy();
    inst.items[0]!.facet = 'nope';
    assertScoringError(scoreWith(inst), 'invalid-instrument', ['items', 0, 'facet']);
  });

  it('rejects bad psychometrics', () => {
    const cases: [unknown, (string | number)[]][] = [
      [undefined, ['psychometrics']],
      ['reliable', ['psychometrics']],
      [{ sd: 0, reliability: 0.85 }, ['psychometrics', 'sd']],
      [{ sd: -15, reliability: 0.85 }, ['psychometrics', 'sd']],
      [{ sd: '15', reliability: 0.85 }, ['psychometrics', 'sd']],
      [{ sd: 15, reliability: 1 }, ['psychometrics', 'reliability']],
      [{ sd: 15, reliability: -0.1 }, ['psychometrics', 'reliability']],
      [{ sd: 15, reliability: NaN }, ['psychometrics', 'reliability']],
      [{ sd: 15 }, ['psychometrics', 'reliability']],
    ];
    for (const [psychometrics, path] of cases) {
      const inst = copy();
      inst.psychometrics = untyped(psychometrics);
      assertScoringError(scoreWith(inst), 'invalid-instrument', path);
    }
  });

  it('rejects other structural faults', () => {
    const cases: [(inst: Instrument) => void, (string | number)[]][] = [
      [(i) => (i.id = ''), ['id']],
      [(i) => (i.version = untyped(1)), ['version']],
      [(i) => (i.facets = untyped({})), ['facets']],
      [(i) => (i.items = untyped(null)), ['items']],
      [(i) => (i.facets[1]!.id = i.facets[0]!.id), ['facets', 1, 'id']],
      [(i) => (i.facets[2]!.dimension = untyped('charisma')), ['facets', 2, 'dimension']],
      [(i) => (i.items[3]!.reverse = untyped('yes')), ['items', 3, 'reverse']],
      [
        (i) => {
          i.facets = i.facets.filter((f) => f.dimension !== 'business');
          const kept = new Set(i.facets.map((f) => f.id));
          i.items = i.items.filter((item) => kept.has(item.facet));
        },
        ['facets'],
      ],
    ];
    for (const [breakIt, path] of cases) {
      const inst = copy();
      breakIt(inst);
      assertScoringError(scoreWith(inst), 'invalid-instrument', path);
    }
    assertScoringError(
      () => score(valid(), { instrument: untyped('l3d-core') }),
      'invalid-instrument',
      [],
    );
  });

  it('rejects a malformed instrument in score360 and cohortStats too', () => {
    const inst = copy();
    inst.items[0]!.facet = 'nope';
    assertScoringError(() => score360(null, [], { instrument: inst }), 'invalid-instrument', [
      'items',
      0,
      'facet',
    ]);
    assertScoringError(() => cohortStats([], { instrument: inst }), 'invalid-instrument', [
      'items',
      0,
      'facet',
    ]);
  });
});

describe('score: malformed norms', () => {
  const withNorms = (norms: unknown) => () => score(valid(), { norms: untyped<Norms>(norms) });

  it('rejects norms that are not an object at the norms field', () => {
    for (const norms of [null, 'pilot', 42, []])
      assertScoringError(withNorms(norms), 'invalid-norms', ['norms']);
  });

  it('needs a named group', () => {
    assertScoringError(withNorms({ dimensions: {} }), 'invalid-norms', ['norms', 'group']);
    assertScoringError(withNorms({ group: '   ' }), 'invalid-norms', ['norms', 'group']);
    assertScoringError(withNorms({ group: 7 }), 'invalid-norms', ['norms', 'group']);
  });

  it('rejects unknown ids and malformed dimension or facet maps', () => {
    assertScoringError(
      withNorms({ group: 'g', dimensions: { leadership: { scores: [50] } } }),
      'invalid-norms',
      ['norms', 'dimensions', 'leadership'],
    );
    assertScoringError(
      withNorms({ group: 'g', facets: { charisma: { scores: [50] } } }),
      'invalid-norms',
      ['norms', 'facets', 'charisma'],
    );
    assertScoringError(withNorms({ group: 'g', dimensions: [] }), 'invalid-norms', [
      'norms',
      'dimensions',
    ]);
    assertScoringError(withNorms({ group: 'g', facets: null }), 'invalid-norms', [
      'norms',
      'facets',
    ]);
  });

  it('rejects a malformed distribution', () => {
    for (const scores of [[], [50, 'x'], [50, NaN]])
      assertScoringError(
        withNorms({ group: 'g', dimensions: { technical: { scores } } }),
        'invalid-norms',
        ['norms', 'dimensions', 'technical', 'scores'],
      );
  });

  it('rejects a malformed mean / SD / n, even for a score that is null', () => {
    const bad = [
      { mean: 50, sd: 0, n: 10 },
      { mean: 50, sd: -5, n: 10 },
      { mean: 'fifty', sd: 10, n: 10 },
      { mean: 50, sd: 10, n: 0 },
      { mean: 50, sd: 10, n: 2.5 },
      { mean: 50, sd: 10 },
      {},
      null,
      5,
    ];
    for (const stat of bad)
      assertScoringError(withNorms({ group: 'g', facets: { listening: stat } }), 'invalid-norms', [
        'norms',
        'facets',
        'listening',
      ]);
    // technical is not scored here, and its norm is still checked
    assertScoringError(
      () =>
        score(byDimension({ relational: [3, 3] }), {
          norms: untyped({ group: 'g', dimensions: { technical: { mean: 50, sd: 0, n: 3 } } }),
        }),
      'invalid-norms',
      ['norms', 'dimensions', 'technical'],
    );
  });
});

describe('no NaN, Infinity or undefined in any output for valid edge inputs', () => {
  const sets: [string, ResponseSet][] = [
    ['nothing answered', responses()],
    ['everything null', responses(() => null)],
    ['all 1', responses(() => 1)],
    ['all 5', responses(() => 5)],
    ['one answer', responses((_, i) => (i === 0 ? 4 : undefined))],
    [
      'zero-millisecond timings',
      {
        ...responses(() => 3),
        timings: Object.fromEntries(instrument.items.map((item) => [item.id, 0])),
      },
    ],
    ['timings without answers', { ...responses(), timings: { 'listening-1': 1500 } }],
    ['observer with gaps', responses((_, i) => (i % 3 ? 2 : null), { form: 'observer' })],
  ];

  for (const [name, set] of sets)
    it(`score: ${name}`, () => {
      assertPlainFinite(score(set));
      assertPlainFinite(
        score(set, {
          norms: {
            group: 'g',
            dimensions: { technical: { scores: [0] }, business: { mean: 0, sd: 0.001, n: 1 } },
            facets: { listening: { mean: 100, sd: 1e-9, n: 1 }, change: { scores: [1e300] } },
          },
        }),
      );
    });

  it('score360, reliableChange and cohortStats', () => {
    const empty = responses();
    assertPlainFinite(score360(null, []));
    assertPlainFinite(score360(empty, [rater('peer', {}), rater('manager', {})]));
    assertPlainFinite(
      score360(
        responses(() => 5),
        [rater('other', { technical: [1, 5] })],
      ),
    );
    assertPlainFinite(reliableChange(score(empty), score(empty)));
    assertPlainFinite(reliableChange(score(responses(() => 1)), score(responses(() => 5))));
    assertPlainFinite(cohortStats([]));
    assertPlainFinite(cohortStats([empty, empty]));
    // identical respondents: SD 0, alpha undefined (no variance)
    const same = cohortStats([responses(() => 4), responses(() => 4), responses(() => 4)]);
    assertPlainFinite(same);
    assert.deepEqual(same.facets['listening'], { n: 3, mean: 62.5, sd: 0, alpha: null });
  });
});
