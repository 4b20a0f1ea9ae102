// Statement shapes, checked with Learning Locker's validator (xapi-validation): an empty list of
// warnings means a conformant LRS accepts the statement.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { instrument } from '../../../src/scoring/builtin-instrument.js';
import { score, type Answer } from '../../../src/scoring/index.js';
import {
  answeredStatement,
  completedStatement,
  dimensionScoresExtension,
  initializedStatement,
  itemActivityId,
  overallScore,
  randomUuid,
  scoredStatement,
  type XapiRun,
} from '../../../src/lms/xapi.js';
import { validate } from './validate-xapi.js';

const run: XapiRun = {
  actor: {
    objectType: 'Agent',
    account: { homePage: 'https://lms.example.com', name: 'learner-1' },
  },
  registration: 'c0a8b4e2-3f9a-4d6b-9e1c-2b7f0c5d8a11',
  instrument,
  form: 'self',
};
const answers = Object.fromEntries(
  instrument.items.map((item, i) => [item.id, ((i % 5) + 1) as Answer]),
);
const result = score({
  instrumentId: instrument.id,
  instrumentVersion: instrument.version,
  form: 'self',
  answers,
});

describe('xAPI statements', () => {
  const statements = [
    initializedStatement(run),
    answeredStatement(run, { itemId: instrument.items[0]!.id, value: 4, durationMs: 5300 }),
    answeredStatement(
      { ...run, form: 'observer' },
      { itemId: instrument.items[1]!.id, value: null },
    ),
    completedStatement(run, 600_000),
    scoredStatement(run, result),
  ];

  it('every statement passes xapi-validation', () => {
    for (const s of statements)
      assert.deepEqual(
        validate(s),
        [],
        `${s.verb.display['en-US']}: ${JSON.stringify(validate(s))}`,
      );
  });

  it('uses the ADL verbs, client UUIDs, the registration and stable activity ids', () => {
    assert.deepEqual(
      statements.map((s) => s.verb.id),
      ['initialized', 'answered', 'answered', 'completed', 'scored'].map(
        (v) => `http://adlnet.gov/expapi/verbs/${v}`,
      ),
    );
    const ids = statements.map((s) => s.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const id of ids)
      assert.match(id, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    for (const s of statements) assert.equal(s.context.registration, run.registration);
    assert.equal(statements[0]!.object.id, 'urn:leadership-3d:instrument:l3d-core:2.0.0');
    assert.equal(statements[1]!.object.id, itemActivityId(run, instrument.items[0]!.id));
    assert.equal(
      statements[1]!.object.id,
      `urn:leadership-3d:instrument:l3d-core:2.0.0:item:${instrument.items[0]!.id}`,
    );
    assert.equal(
      statements[1]!.context.contextActivities?.parent?.[0]!.id,
      statements[0]!.object.id,
    );
  });

  it('answered carries the likert response; scored carries overall and dimension scores', () => {
    assert.equal(statements[1]!.object.definition?.interactionType, 'likert');
    assert.equal(statements[1]!.result?.response, '4');
    assert.equal(statements[1]!.result?.duration, 'PT5.3S');
    assert.equal(statements[2]!.result?.response, 'not-observed');
    const scored = statements[4]!;
    const overall = overallScore(result)!;
    assert.deepEqual(scored.result?.score, {
      scaled: Math.round(overall * 100) / 10_000,
      raw: overall,
      min: 0,
      max: 100,
    });
    const dims = scored.result?.extensions?.[dimensionScoresExtension()] as Record<
      string,
      { score: number | null }
    >;
    assert.deepEqual(Object.keys(dims), ['technical', 'relational', 'business']);
    assert.equal(dims.technical!.score, result.dimensions.technical.score);
    assert.equal(statements[3]!.result?.completion, true);
  });

  it("item activities are named by their text (the form's), or by their id when unknown", () => {
    const [item0, item1] = instrument.items;
    assert.deepEqual(statements[1]!.object.definition?.name, { [instrument.lang]: item0!.self });
    assert.deepEqual(statements[2]!.object.definition?.name, {
      [instrument.lang]: item1!.observer,
    });
    const unknown = answeredStatement(run, { itemId: 'not-in-the-instrument', value: 3 });
    assert.deepEqual(unknown.object.definition?.name, {
      [instrument.lang]: 'not-in-the-instrument',
    });
    assert.equal(unknown.object.definition?.description, undefined);
    assert.deepEqual(validate(unknown), []);
  });

  it('overall is the mean of the dimensions that could be scored, null when none', () => {
    const none = score({
      instrumentId: instrument.id,
      instrumentVersion: instrument.version,
      form: 'self',
      answers: {},
    });
    assert.equal(overallScore(none), null);
    assert.equal(scoredStatement(run, none).result?.score, undefined);
    assert.deepEqual(validate(scoredStatement(run, none)), []);
  });
});

describe('randomUuid', () => {
  const V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

  it('makes v4 UUIDs without crypto.randomUUID (pages served over plain http)', () => {
    const crypto = globalThis.crypto as typeof globalThis.crypto & { randomUUID?: unknown };
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      assert.equal(typeof crypto.randomUUID, 'undefined');
      const ids = Array.from({ length: 1000 }, () => randomUuid());
      for (const id of ids) assert.match(id, V4);
      assert.equal(new Set(ids).size, ids.length);
    } finally {
      delete (crypto as { randomUUID?: unknown }).randomUUID;
    }
    assert.equal(typeof crypto.randomUUID, 'function');
    assert.match(randomUuid(), V4);
  });
});
