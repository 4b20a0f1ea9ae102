import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RESULT_FILE_FORMAT, parseNorms, parseResultFile } from '../../src/schema/index.js';
import { percentiles, score } from '../../src/scoring/index.js';
import { asVersion1, byDimension, instrument, readInstrumentV1 } from './helpers.js';

const stat = { mean: 55, sd: 12, n: 140 };
const validNorms = {
  group: 'Engineering managers 2026',
  dimensions: { technical: stat, relational: stat, business: { scores: [40, 50, 50, 70] } },
  facets: { listening: { scores: [60, 70] } },
};

const pathsOf = (parsed: ReturnType<typeof parseNorms> | ReturnType<typeof parseResultFile>) =>
  parsed.ok ? [] : parsed.issues.map((i) => i.path.join('.'));

describe('parseNorms', () => {
  it('accepts norms the engine can rank against', () => {
    const parsed = parseNorms(validNorms);
    assert.ok(parsed.ok);
    const ranks = percentiles(score(byDimension({ technical: [4, 2] })), parsed.value);
    assert.equal(ranks.group, 'Engineering managers 2026');
    assert.equal(ranks.dimensions.technical!.n, 140);
  });

  it('names each missing dimension', () => {
    const parsed = parseNorms({ ...validNorms, dimensions: { technical: stat } });
    assert.deepEqual(pathsOf(parsed), ['dimensions.relational', 'dimensions.business']);
    assert.ok(!parsed.ok && /no norms for Business savvy/i.test(parsed.issues[1]!.message));
  });

  it('refuses a non-positive SD, a bad n and a mean off the scale, saying which', () => {
    const parsed = parseNorms({
      ...validNorms,
      dimensions: {
        technical: { mean: 50, sd: 0, n: 10 },
        relational: { mean: 50, sd: -3, n: 0.5 },
        business: { mean: 150, sd: 5, n: 10 },
      },
    });
    assert.deepEqual(pathsOf(parsed), [
      'dimensions.technical.sd',
      'dimensions.relational.sd',
      'dimensions.relational.n',
      'dimensions.business.mean',
    ]);
    assert.ok(
      !parsed.ok &&
        /SD for Technical expertise must be a number above 0/.test(parsed.issues[0]!.message),
    );
  });

  it('refuses unknown ids, empty distributions, a missing group and non-objects', () => {
    assert.deepEqual(
      pathsOf(
        parseNorms({
          group: ' ',
          dimensions: { ...validNorms.dimensions, leadership: stat },
          facets: { listening: { scores: [] }, nope: stat },
        }),
      ),
      ['group', 'dimensions.leadership', 'facets.listening.scores', 'facets.nope'],
    );
    for (const junk of [null, [], 'norms', 42]) assert.deepEqual(pathsOf(parseNorms(junk)), ['']);
    assert.deepEqual(pathsOf(parseNorms({ group: 'g', dimensions: [] })), ['dimensions']);
  });
});

describe('data that throws when read', () => {
  const throwing = () =>
    new Proxy(
      {},
      {
        get: () => {
          throw new Error('boom');
        },
      },
    );

  it('is an issue for parseNorms and parseResultFile, never an exception', () => {
    for (const parse of [parseNorms, parseResultFile]) {
      const parsed = parse(throwing(), instrument);
      assert.equal(parsed.ok, false);
      if (!parsed.ok) assert.match(parsed.issues[0]!.message, /could not be read \(boom\)/);
    }
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    assert.equal(parseNorms(revoked.proxy).ok, false);
    assert.equal(parseResultFile({ format: RESULT_FILE_FORMAT, result: revoked.proxy }).ok, false);
  });
});

describe('parseResultFile', () => {
  const result = score(byDimension({ technical: [4, 2], relational: [3, 3], business: [5, 1] }));
  const file = { format: RESULT_FILE_FORMAT, formatVersion: 1, result };

  it('accepts what the report downloads, and a bare result', () => {
    const fromFile = parseResultFile(JSON.parse(JSON.stringify(file)), instrument);
    assert.ok(fromFile.ok);
    assert.deepEqual(fromFile.value, result);
    assert.ok(parseResultFile(result).ok);
  });

  it('names a result of another version or questionnaire', () => {
    const old = parseResultFile(
      { ...file, result: { ...result, instrumentVersion: '0.9' } },
      instrument,
    );
    assert.deepEqual(pathsOf(old), ['result.instrumentVersion']);
    assert.ok(!old.ok && /version 0\.9 .* uses version 2\.0\.0/.test(old.issues[0]!.message));
    assert.deepEqual(pathsOf(parseResultFile({ ...result, instrumentId: 'x' }, instrument)), [
      'instrumentId',
    ]);
  });

  it('reads a version 1 result with its own instrument, and names the version otherwise', () => {
    const v1Instrument = readInstrumentV1();
    assert.equal(v1Instrument.version, '1.0.0');
    // what version 1 downloaded: one SEM, no item answers, strengths by rank
    const v1 = asVersion1(result);
    const parsed = parseResultFile({ ...file, result: v1 }, v1Instrument);
    assert.equal(parsed.ok, true);
    const refused = parseResultFile({ ...file, result: v1 }, instrument);
    assert.ok(
      !refused.ok && /version 1\.0\.0 .* uses version 2\.0\.0/.test(refused.issues[0]!.message),
    );
    // a version 2 result must give the SEM of both levels
    const half = { ...result, sem: { dimensions: 5.8 } };
    assert.deepEqual(pathsOf(parseResultFile(half, instrument)), ['sem']);
  });

  it('refuses what is not a result, and scores off the scale', () => {
    for (const junk of [null, {}, { format: RESULT_FILE_FORMAT }, { answers: {} }, [1]])
      assert.equal(parseResultFile(junk).ok, false);
    const facets = { ...result.facets, listening: { ...result.facets['listening']!, score: 120 } };
    assert.deepEqual(pathsOf(parseResultFile({ ...result, facets, sem: 0 }, instrument)), [
      'sem',
      'facets.listening.score',
    ]);
  });
});
