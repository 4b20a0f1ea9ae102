// The 360 view's reading of pasted codes and loaded files, and its numbers, without a browser.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { encodeResponseCode } from '../../src/scoring/codes.js';
import { reliableChange, score, score360, type Norms } from '../../src/scoring/index.js';
import {
  compute360,
  readCodes,
  readNorms,
  readSelf,
  splitCodes,
} from '../../src/internal/view360.js';
import { byDimension, instrument, rater } from './helpers.js';

const code = (nonce: number, group: 'peer' | 'manager' = 'peer') =>
  encodeResponseCode(rater(group, { technical: [4, 2], relational: [3, 3], business: [4, 2] }), {
    nonce,
  });

const NORMS: Norms = {
  group: 'Cohort',
  dimensions: {
    technical: { mean: 50, sd: 10, n: 20 },
    relational: { mean: 50, sd: 10, n: 20 },
    business: { mean: 50, sd: 10, n: 20 },
  },
};

describe('view360: codes', () => {
  it('splits on lines, commas, semicolons and spaces, but keeps a code typed in spaced groups', () => {
    const whole = (c: string) => c.replace(/\s/g, '').length >= 12;
    assert.deepEqual(
      splitCodes('a,b;c\nd e', () => true),
      ['a', 'b', 'c', 'd', 'e'],
    );
    assert.deepEqual(splitCodes('L3D-AAAA BBBB CCCC L3D-DDDD', whole), [
      'L3D-AAAA BBBB',
      'CCCC',
      'L3D-DDDD',
    ]);
  });

  it('adds good codes once, names duplicates, and returns bad ones as typed with the reason', () => {
    const [a, b] = [code(1), code(2)];
    const read = readCodes(`${a}\n${a.toLowerCase()}, ${b.slice(0, 30)}\nnonsense`, [], instrument);
    assert.deepEqual(
      read.added.map((e) => e.code),
      [a],
    );
    assert.deepEqual(read.duplicates, [a]);
    assert.deepEqual(
      read.rejected.map((r) => [r.text, r.reason]),
      [
        [b.slice(0, 30), 'too-short'],
        ['nonsense', 'format'],
      ],
    );
    assert.deepEqual(readCodes(a, [a], instrument).duplicates, [a]);
  });
});

describe('view360: files', () => {
  const self = score(byDimension({ technical: [4, 2], relational: [3, 3], business: [2, 4] }));

  it('reads a downloaded result, a bare result and a response set as a self-assessment', () => {
    const wrapped = { format: 'leadership-3d-result', formatVersion: 1, result: self };
    for (const data of [wrapped, self]) {
      const read = readSelf(data, instrument);
      assert.ok(read.ok);
      assert.deepEqual(read.value.result, self);
    }
    const responses = byDimension({ technical: [4, 2] });
    const read = readSelf(responses, instrument);
    assert.ok(read.ok);
    assert.equal(read.value.value, responses);
  });

  it('says which problem a self-assessment has', () => {
    const key = (data: unknown) => {
      const read = readSelf(data, instrument);
      return read.ok ? 'ok' : read.problems[0]!.key;
    };
    assert.equal(key({ ...self, instrumentVersion: '1.0.0' }), 'otherVersion');
    assert.equal(key({ ...self, instrumentId: 'other' }), 'otherInstrument');
    assert.equal(key({ ...self, form: 'observer' }), 'notSelf');
    const responses = byDimension({ technical: [4, 2] });
    assert.equal(key({ ...responses, instrumentVersion: '1.0.0' }), 'otherVersion');
    assert.equal(key({ ...responses, instrumentId: 'other' }), 'otherInstrument');
    assert.equal(key({ ...responses, form: 'observer' }), 'notSelf');
    assert.equal(key({ ...responses, answers: { nope: 3 } }), 'notResult');
    assert.equal(key({ hello: 1 }), 'notResult');
    assert.equal(key(null), 'notResult');
  });

  it('names the norm at fault', () => {
    const keys = (data: unknown) => {
      const read = readNorms(data, instrument);
      return read.ok ? ['ok'] : read.problems.map((p) => [p.key, p.values ?? p.ids ?? {}]);
    };
    assert.deepEqual(keys(NORMS), ['ok']);
    const { business: _business, ...two } = NORMS.dimensions!;
    void _business;
    assert.deepEqual(keys({ ...NORMS, dimensions: two }), [
      ['normsDimension', { dimension: ['business'] }],
    ]);
    const zero = { ...NORMS.dimensions, technical: { mean: 50, sd: 0, n: 1 } };
    assert.deepEqual(keys({ ...NORMS, dimensions: zero }), [['normsSd', { area: ['technical'] }]]);
    assert.deepEqual(keys({ ...NORMS, group: ' ' }), [['normsGroup', {}]]);
    assert.deepEqual(keys({ group: 'g', dimensions: {} }), [
      ['normsDimension', { dimension: ['technical', 'relational', 'business'] }],
    ]);
    assert.deepEqual(keys({ ...NORMS, facets: { nope: { mean: 1, sd: 1, n: 1 } } }), [
      ['normsUnknown', { id: 'nope' }],
    ]);
  });
});

describe('view360: compute360', () => {
  const self = byDimension({ technical: [5, 1], relational: [2, 4], business: [4, 2] });
  const raters = ([3, 4, 5] as const).map((n) =>
    rater('peer', { technical: [n, 3], relational: [4, 2] }),
  );

  it('gives exactly the engine’s numbers', () => {
    const view = compute360({
      instrument,
      self,
      raters,
      codes: [],
      norms: NORMS,
      previous: score(self),
    });
    const report = score360(self, raters);
    assert.deepEqual(view.report, report);
    assert.deepEqual(view.change, reliableChange(score(self), report.self!));
    assert.equal(view.percentiles?.group, 'Cohort');
    assert.deepEqual(view.problems, []);
  });

  it('leaves out host data it cannot use, names it, and keeps the rest', () => {
    const view = compute360({
      instrument,
      self: { ...self, instrumentVersion: '0' },
      raters: [...raters, { ...raters[0]!, group: 'boss' as never }],
      codes: [],
      norms: { group: 'x' } as Norms,
      previous: null,
    });
    assert.deepEqual(
      view.problems.map((p) => [p.input, p.index]),
      [
        ['self', undefined],
        ['raters', 3],
        ['norms', undefined],
      ],
    );
    assert.equal(view.report!.self, null);
    assert.equal(view.report!.groups.peer.raters, 3);
  });
});
