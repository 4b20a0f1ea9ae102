import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseInstrument, parseResponses } from '../../src/schema/instrument.js';
import { score, ScoringError, type Instrument } from '../../src/scoring/index.js';
import { dimensionOf, instrument, responses, untyped } from './helpers.js';

const copy = (): Instrument => structuredClone(instrument);

/** The issue paths of a failed parse (fails the test if the parse succeeded). */
const pathsOf = (result: { ok: true } | { ok: false; issues: { path: unknown[] }[] }) => {
  assert.equal(result.ok, false, 'expected the parse to fail');
  return result.ok ? [] : result.issues.map((issue) => issue.path);
};

/** Asserts a parse failed and reported an issue at exactly this path. */
const assertIssueAt = (
  result: ReturnType<typeof parseInstrument> | ReturnType<typeof parseResponses>,
  path: (string | number)[],
) => {
  const paths = pathsOf(result);
  assert.ok(
    paths.some((p) => JSON.stringify(p) === JSON.stringify(path)),
    `expected an issue at ${JSON.stringify(path)}, got ${JSON.stringify(paths)}`,
  );
  if (!result.ok)
    for (const issue of result.issues) {
      assert.equal(typeof issue.message, 'string');
      assert.ok(issue.message.length > 0);
      assert.equal(typeof issue.code, 'string');
    }
};

describe('the built-in instrument', () => {
  it('passes its own schema unchanged', () => {
    const result = parseInstrument(instrument);
    assert.equal(result.ok, true);
    assert.deepEqual(result.ok && result.value, instrument);
  });

  it('is identified and JSON-compatible', () => {
    assert.equal(instrument.schemaVersion, 1);
    assert.equal(instrument.id, 'l3d-core');
    assert.equal(instrument.version, '2.0.0');
    assert.deepEqual(JSON.parse(JSON.stringify(instrument)), instrument);
    assert.deepEqual(instrument.psychometrics, { sd: 15, reliability: { dimension: 0.85 } });
    assert.deepEqual(instrument.scale, {
      labels: ['Almost never', 'Rarely', 'Sometimes', 'Often', 'Almost always'],
      notObserved: 'Not observed',
    });
  });

  it('has 3 dimensions × 4 facets × 4 items = 48 items with unique ids', () => {
    assert.deepEqual(
      instrument.dimensions.map((d) => d.id),
      ['technical', 'relational', 'business'],
    );
    assert.equal(instrument.facets.length, 12);
    for (const d of ['technical', 'relational', 'business'])
      assert.equal(instrument.facets.filter((f) => f.dimension === d).length, 4, d);
    assert.equal(instrument.items.length, 48);
    assert.equal(new Set(instrument.items.map((i) => i.id)).size, 48);
    assert.equal(new Set(instrument.facets.map((f) => f.id)).size, 12);
    for (const facet of instrument.facets)
      assert.equal(instrument.items.filter((i) => i.facet === facet.id).length, 4, facet.id);
  });

  it('has 12 reverse-keyed items (a quarter), one in every facet', () => {
    const reverse = instrument.items.filter((i) => i.reverse);
    assert.equal(reverse.length, 12);
    assert.equal(reverse.length / instrument.items.length, 0.25);
    assert.deepEqual(
      new Set(reverse.map((i) => i.facet)),
      new Set(instrument.facets.map((f) => f.id)),
    );
  });

  it('never shows two items of the same dimension next to each other', () => {
    for (let i = 1; i < instrument.items.length; i++) {
      const [a, b] = [instrument.items[i - 1]!, instrument.items[i]!];
      assert.notEqual(dimensionOf(a), dimensionOf(b), `${a.id} then ${b.id}`);
    }
  });

  it('words self items "I …" and observer items "This person …", never with "not"', () => {
    for (const item of instrument.items) {
      assert.ok(item.self.startsWith('I '), item.self);
      assert.ok(item.observer.startsWith('This person '), item.observer);
      assert.doesNotMatch(`${item.self} ${item.observer}`, /\bnot\b|n't\b/i, item.id);
    }
  });

  it('has a development suggestion for every facet', () => {
    for (const facet of instrument.facets) {
      assert.ok(facet.label && facet.description, facet.id);
      assert.ok(facet.develop.reflect && facet.develop.feedforward && facet.develop.experiment);
      assert.ok(facet.develop.use, `${facet.id}: strength advice`);
    }
  });

  it('takes strength advice (develop.use) as optional text of at most 400 characters', () => {
    const without = structuredClone(instrument);
    for (const facet of without.facets) delete facet.develop.use;
    assert.equal(parseInstrument(without).ok, true);
    const long = structuredClone(instrument);
    long.facets[1]!.develop.use = 'x'.repeat(401);
    const parsed = parseInstrument(long);
    assert.equal(parsed.ok, false);
    assert.match(
      JSON.stringify(!parsed.ok && parsed.issues.map((i) => i.path)),
      /\["facets",1,"develop","use"\]/,
    );
  });
});

describe('parseInstrument', () => {
  it('reports a duplicate item id', () => {
    const inst = copy();
    inst.items[5]!.id = inst.items[4]!.id;
    assertIssueAt(parseInstrument(inst), ['items', 5, 'id']);
  });

  it('reports a facet without items', () => {
    const inst = copy();
    inst.facets.push({ ...inst.facets[0]!, id: 'lonely' });
    assertIssueAt(parseInstrument(inst), ['facets', 12]);
  });

  it('reports an item of an unknown facet', () => {
    const inst = copy();
    inst.items[0]!.facet = 'charisma';
    assertIssueAt(parseInstrument(inst), ['items', 0, 'facet']);
  });

  it('reports a missing dimension', () => {
    const inst = copy();
    inst.dimensions = inst.dimensions.filter((d) => d.id !== 'business');
    assertIssueAt(parseInstrument(inst), ['dimensions']);
  });

  it('reports a duplicate facet id and a duplicate dimension', () => {
    const inst = copy();
    inst.facets[1]!.id = inst.facets[0]!.id;
    assertIssueAt(parseInstrument(inst), ['facets', 1, 'id']);
    const twice = copy();
    twice.dimensions[2] = { ...twice.dimensions[0]! };
    assertIssueAt(parseInstrument(twice), ['dimensions', 2, 'id']);
  });

  it("reports the engine's own rule, path and words, for what planFor refuses", () => {
    const broken: ((inst: Instrument) => void)[] = [
      (inst) => (inst.items[3]!.id = inst.items[2]!.id),
      (inst) => (inst.items[0]!.facet = 'charisma'),
      (inst) => (inst.facets[2]!.id = inst.facets[1]!.id),
      (inst) => inst.facets.push({ ...inst.facets[0]!, id: 'lonely' }),
      (inst) => (inst.psychometrics = { sd: 0, reliability: 0.85 }),
      (inst) => (inst.psychometrics = { sd: 15, reliability: 1 }),
    ];
    for (const breakIt of broken) {
      const inst = copy();
      breakIt(inst);
      let thrown: ScoringError | undefined;
      try {
        score(
          responses(() => 3),
          { instrument: inst },
        );
      } catch (error) {
        thrown = error as ScoringError;
      }
      assert.ok(thrown instanceof ScoringError, 'the engine refuses it');
      const parsed = parseInstrument(inst);
      assert.equal(parsed.ok, false);
      const issue = parsed.ok
        ? undefined
        : parsed.issues.find((i) => JSON.stringify(i.path) === JSON.stringify(thrown!.path));
      assert.ok(issue, `an issue at ${thrown.path.join('.')}`);
      // the same words, without the engine's "(at …)": the issue has the path already
      assert.equal(`${issue.message} (at ${thrown.path.join('.')})`, thrown.message);
    }
  });

  it('reports wrong types and values with their paths', () => {
    const cases: [(inst: Instrument) => void, (string | number)[]][] = [
      [(i) => (i.schemaVersion = untyped(2)), ['schemaVersion']],
      [(i) => (i.items = untyped('many')), ['items']],
      [(i) => (i.items = []), ['items']],
      [(i) => (i.psychometrics.sd = -1), ['psychometrics', 'sd']],
      [(i) => (i.psychometrics.reliability = 1), ['psychometrics', 'reliability']],
      [(i) => (i.items[3]!.reverse = untyped('yes')), ['items', 3, 'reverse']],
      [(i) => (i.items[7]!.self = ''), ['items', 7, 'self']],
      [(i) => i.scale.labels.pop(), ['scale', 'labels']],
      [(i) => (i.id = 'my instrument'), ['id']],
      [(i) => (i.facets[2]!.dimension = untyped('charisma')), ['facets', 2, 'dimension']],
      [(i) => (i.facets[4]!.develop = untyped(null)), ['facets', 4, 'develop']],
    ];
    for (const [breakIt, path] of cases) {
      const inst = copy();
      breakIt(inst);
      assertIssueAt(parseInstrument(inst), path);
    }
  });

  it('never throws on junk, and says where the junk is', () => {
    const junk: unknown[] = [
      null,
      undefined,
      0,
      NaN,
      'instrument',
      [],
      [instrument],
      {},
      { ...instrument, dimensions: 5 },
      { ...instrument, facets: [null, 5, 'x'], items: [{}, null], dimensions: [{ id: 'x' }] },
      { ...instrument, items: [{ ...instrument.items[0], facet: { id: 'x' } }] },
      { ...instrument, scale: { labels: 'a,b,c,d,e' } },
    ];
    for (const data of junk) {
      const result = parseInstrument(data);
      assert.equal(result.ok, false, JSON.stringify(data)?.slice(0, 80));
      assert.ok(!result.ok && result.issues.length > 0);
    }
    assert.deepEqual(pathsOf(parseInstrument(null)), [[]]);
    assert.deepEqual(pathsOf(parseInstrument({ ...instrument, dimensions: 5 })), [['dimensions']]);
  });

  it('never throws for arbitrary values or arbitrarily damaged built-ins', () => {
    const damaged = fc
      .record({
        key: fc.constantFrom(...Object.keys(instrument)),
        value: fc.anything(),
      })
      .map(({ key, value }) => ({ ...instrument, [key]: value }));
    fc.assert(
      fc.property(fc.oneof(fc.anything(), damaged), (data) => {
        const result = parseInstrument(data);
        assert.equal(typeof result.ok, 'boolean');
        if (!result.ok) assert.ok(result.issues.length > 0);
      }),
      { numRuns: 500, seed: 20260101 },
    );
  });
});

describe('parseResponses', () => {
  const base = {
    instrumentId: 'l3d-core',
    instrumentVersion: '2.0.0',
    form: 'self',
    answers: { 'listening-1': 3, 'change-4': null },
  };

  it('accepts a valid response set, with and without the instrument', () => {
    assert.deepEqual(parseResponses(base), { ok: true, value: base });
    assert.deepEqual(parseResponses(base, instrument), { ok: true, value: base });
    const observer = {
      ...base,
      form: 'observer',
      group: 'direct-report',
      timings: { 'listening-1': 2400 },
    };
    assert.deepEqual(parseResponses(observer, instrument), { ok: true, value: observer });
  });

  it('reports bad answers, forms, groups and timings with their paths', () => {
    for (const value of [0, 6, 2.5, '3', true])
      assertIssueAt(parseResponses({ ...base, answers: { 'listening-1': value } }), [
        'answers',
        'listening-1',
      ]);
    assertIssueAt(parseResponses({ ...base, form: 'peer' }), ['form']);
    assertIssueAt(parseResponses({ ...base, group: 'boss' }), ['group']);
    assertIssueAt(parseResponses({ ...base, timings: { 'listening-1': -1 } }), [
      'timings',
      'listening-1',
    ]);
    assertIssueAt(parseResponses({ ...base, answers: [] }), ['answers']);
    assertIssueAt(parseResponses({ ...base, instrumentId: '' }), ['instrumentId']);
  });

  it('accepts unknown item ids without an instrument, and reports them with one', () => {
    const data = { ...base, answers: { nope: 3 }, timings: { 'nope-2': 10 } };
    assert.equal(parseResponses(data).ok, true);
    const result = parseResponses(data, instrument);
    assert.deepEqual(pathsOf(result), [
      ['answers', 'nope'],
      ['timings', 'nope-2'],
    ]);
  });

  it('reports another instrument id or version when given the instrument', () => {
    assert.deepEqual(
      pathsOf(
        parseResponses({ ...base, instrumentId: 'other', instrumentVersion: '1.0.0' }, instrument),
      ),
      [['instrumentId'], ['instrumentVersion']],
    );
    assert.equal(parseResponses({ ...base, instrumentVersion: '1.0.0' }).ok, true);
  });

  it('reports a "__proto__" answer key as an unknown item', () => {
    const data = { ...base, answers: JSON.parse('{"__proto__": "garbage", "listening-1": 3}') };
    assertIssueAt(parseResponses(data, instrument), ['answers', '__proto__']);
  });

  it('never throws on junk', () => {
    for (const data of [null, undefined, 42, 'answers', [], {}, { answers: 5 }, [base]]) {
      const result = parseResponses(data, instrument);
      assert.equal(result.ok, false);
      assert.ok(!result.ok && result.issues.length > 0);
    }
    fc.assert(
      fc.property(fc.anything(), (data) => {
        assert.equal(typeof parseResponses(data).ok, 'boolean');
        assert.equal(typeof parseResponses(data, instrument).ok, 'boolean');
      }),
      { numRuns: 500, seed: 20260102 },
    );
  });
});
