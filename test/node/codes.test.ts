import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  NONCE_LIMIT,
  ResponseCodeError,
  ScoringError,
  decodeResponseCode,
  encodeResponseCode,
  type ResponseCodeProblem,
} from '../../src/scoring/codes.js';
import {
  score360,
  type Answer,
  type RaterGroup,
  type RaterResponseSet,
} from '../../src/scoring/index.js';
import {
  assertScoringError,
  instrument,
  makeInstrument,
  readInstrumentV1,
  responses,
} from './helpers.js';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** An observer who answers item i with `answer(i)`: 1–5, null (not observed) or undefined (skipped). */
function observer(
  group: RaterGroup,
  answer: (i: number) => Answer | null | undefined,
): RaterResponseSet {
  return { ...responses((_, i) => answer(i), { form: 'observer' }), group };
}

/** Every kind of answer appears: 1–5, not observed, skipped. */
const mixed = observer('peer', (i) =>
  i % 7 === 3 ? null : i % 11 === 5 ? undefined : ((((i * 3) % 5) + 1) as Answer),
);

function problemOf(code: string, options?: Parameters<typeof decodeResponseCode>[1]) {
  try {
    decodeResponseCode(code, options);
  } catch (error) {
    assert.ok(error instanceof ResponseCodeError, String(error));
    assert.ok(error instanceof ScoringError);
    return error.problem;
  }
  return null;
}

describe('response codes: round trip', () => {
  it('gives back the answers, not-observed and skipped items, and the group', () => {
    const code = encodeResponseCode(mixed, { nonce: 777 });
    const { responses: back } = decodeResponseCode(code);
    assert.deepEqual(back, {
      instrumentId: 'l3d-core',
      instrumentVersion: '2.0.0',
      form: 'observer',
      group: 'peer',
      answers: mixed.answers,
    });
    assert.ok(Object.values(back.answers).includes(null));
    assert.ok(Object.keys(back.answers).length < instrument.items.length);
  });

  it('fits a full 48-item response in 80 characters (57 with the dashes)', () => {
    const full = observer('direct-report', () => 5);
    const code = encodeResponseCode(full, { nonce: NONCE_LIMIT - 1 });
    assert.equal(instrument.items.length, 48);
    assert.equal(code.length, 57);
    assert.match(code, /^L3D(-[0-9A-HJKMNP-TV-Z]{1,5})+$/);
  });

  it('holds every group, and scores the same as the responses it came from', () => {
    const raters = (['manager', 'peer', 'peer', 'peer', 'direct-report', 'other'] as const).map(
      (group, k) => observer(group, (i) => (((i + k) % 5) + 1) as Answer),
    );
    const decoded = raters.map(
      (r, k) => decodeResponseCode(encodeResponseCode(r, { nonce: k })).responses,
    );
    assert.deepEqual(
      decoded.map((r) => r.group),
      raters.map((r) => r.group),
    );
    assert.deepEqual(score360(null, decoded), score360(null, raters));
  });

  it('reads lower case, spaces, no dashes and look-alike letters (O for 0, I and L for 1)', () => {
    const code = encodeResponseCode(mixed, { nonce: 1 });
    const canonical = decodeResponseCode(code).code;
    assert.equal(canonical, code);
    const body = code.slice(4);
    const variants = [
      code.toLowerCase(),
      `  ${code.replaceAll('-', ' ')}\n`,
      `L3D${body.replaceAll('-', '')}`,
      code
        .replace(/^L3D-/, 'l3d-')
        .replaceAll('0', 'O')
        .replace(/1/g, (_, k: number) => (k % 2 ? 'I' : 'l')),
    ];
    for (const variant of variants)
      assert.equal(decodeResponseCode(variant).code, canonical, variant);
  });

  it('keeps two raters with identical answers apart by their nonce, and one rater stable', () => {
    const a = encodeResponseCode(mixed, { nonce: 1 });
    const b = encodeResponseCode(mixed, { nonce: 2 });
    assert.notEqual(a, b);
    assert.equal(encodeResponseCode(mixed, { nonce: 1 }), a);
    assert.deepEqual(decodeResponseCode(a).responses, decodeResponseCode(b).responses);
  });

  it('carries no timing or other identifying data', () => {
    const timed = { ...mixed, timings: { [instrument.items[0]!.id]: 1234 } };
    const code = encodeResponseCode(timed, { nonce: 5 });
    assert.equal(code, encodeResponseCode(mixed, { nonce: 5 }));
    assert.equal('timings' in decodeResponseCode(code).responses, false);
  });

  it('round-trips any answers, group and nonce (1,000 generated raters)', () => {
    const answer = fc.option(fc.integer({ min: 1, max: 5 }) as fc.Arbitrary<Answer>, { nil: null });
    const rater = fc.record({
      group: fc.constantFrom<RaterGroup>('manager', 'peer', 'direct-report', 'other'),
      answers: fc.array(fc.option(answer, { nil: undefined }), { minLength: 48, maxLength: 48 }),
      nonce: fc.integer({ min: 0, max: NONCE_LIMIT - 1 }),
    });
    fc.assert(
      fc.property(rater, ({ group, answers, nonce }) => {
        const set = observer(group, (i) => answers[i]);
        const code = encodeResponseCode(set, { nonce });
        assert.ok(code.length <= 80);
        assert.deepEqual(decodeResponseCode(code).responses, { ...set, group });
      }),
      { numRuns: 1000 },
    );
  });

  it('works for a custom instrument, whose codes are as long as its items need', () => {
    const small = makeInstrument([
      { id: 't', dimension: 'technical', items: 2 },
      { id: 'r', dimension: 'relational', items: 2 },
      { id: 'b', dimension: 'business', items: 3 },
    ]);
    const set: RaterResponseSet = {
      instrumentId: small.id,
      instrumentVersion: small.version,
      form: 'observer',
      group: 'other',
      answers: { 't-1': 5, 'b-3': null },
    };
    const code = encodeResponseCode(set, { instrument: small });
    assert.deepEqual(decodeResponseCode(code, { instrument: small }).responses, set);
    assert.equal(problemOf(code), 'instrument');
  });
});

describe('response codes: typos and tampering', () => {
  const code = encodeResponseCode(mixed, { nonce: 4242 });
  const symbolPositions = [...Array(code.length).keys()].filter((i) => i > 3 && code[i] !== '-');

  it('detects every single-character substitution', () => {
    let tried = 0;
    for (const i of symbolPositions)
      for (const c of ALPHABET) {
        if (c === code[i]) continue;
        tried++;
        assert.equal(problemOf(code.slice(0, i) + c + code.slice(i + 1)), 'checksum', `${i} ${c}`);
      }
    assert.equal(tried, 45 * 31);
  });

  it('detects every deleted, inserted or doubled character', () => {
    for (const i of symbolPositions) {
      assert.equal(problemOf(code.slice(0, i) + code.slice(i + 1)), 'too-short');
      for (const c of ALPHABET)
        assert.equal(problemOf(code.slice(0, i) + c + code.slice(i)), 'too-long');
    }
  });

  it('detects every swap of two neighbouring characters that changes the code', () => {
    const compact = code.replaceAll('-', '');
    for (let i = 3; i < compact.length - 1; i++) {
      if (compact[i] === compact[i + 1]) continue;
      const swapped = compact.slice(0, i) + compact[i + 1] + compact[i] + compact.slice(i + 2);
      assert.equal(problemOf(swapped), 'checksum', `at ${i}`);
    }
  });

  it('says a truncated code is incomplete and how much is missing', () => {
    assert.equal(problemOf(code.slice(0, 30)), 'too-short');
    assert.throws(() => decodeResponseCode(code.slice(0, 30)), /22 characters .* 45 were expected/);
    assert.equal(problemOf(`${code}-AB`), 'too-long');
  });

  it('refuses a code made with version 1 of the built-in instrument as another version', () => {
    const v1 = readInstrumentV1();
    const answers = Object.fromEntries(v1.items.map((item) => [item.id, 4 as const]));
    const old = encodeResponseCode(
      {
        instrumentId: v1.id,
        instrumentVersion: v1.version,
        form: 'observer',
        group: 'peer',
        answers,
      },
      { instrument: v1, nonce: 7 },
    );
    // readable with its own instrument, refused with the current one (same item ids!)
    assert.equal(decodeResponseCode(old, { instrument: v1 }).responses.instrumentVersion, '1.0.0');
    assert.throws(
      () => decodeResponseCode(old),
      (e: ResponseCodeError) => e.problem === 'instrument' && e.code === 'instrument-mismatch',
    );
  });

  it('tells a code of another version or instrument from a typo', () => {
    const v2 = { ...instrument, version: '3.0.0' };
    assert.equal(problemOf(code, { instrument: v2 }), 'instrument');
    assert.throws(
      () => decodeResponseCode(code, { instrument: v2 }),
      (e: ResponseCodeError) =>
        e.code === 'instrument-mismatch' && /l3d-core 3\.0\.0/.test(e.message),
    );
    const renamed = { ...instrument, id: 'other-survey' };
    assert.equal(problemOf(code, { instrument: renamed }), 'instrument');
    // the same id and version with different items is another instrument too
    const reordered = { ...instrument, items: [...instrument.items].reverse() };
    assert.equal(problemOf(code, { instrument: reordered }), 'instrument');
  });

  it('names what is not a code at all', () => {
    const cases: [string, ResponseCodeProblem][] = [
      ['', 'empty'],
      [' - - ', 'empty'],
      ['hello', 'format'],
      ['{"answers":{}}', 'format'],
      [code.replace(/.$/, 'U'), 'characters'],
      [`${code.slice(0, 10)}<img src=x>`, 'characters'],
      [`${code.slice(0, 10)}é`, 'characters'],
    ];
    for (const [input, problem] of cases) assert.equal(problemOf(input), problem, input);
    assert.throws(() => decodeResponseCode(code.replace(/.$/, 'U')), /"U" cannot be part/);
  });

  it('refuses a well-formed code from a newer format', () => {
    // format symbol 2 with a valid checksum, as a future encoder might write it
    const future = forge(code, (symbols) => (symbols[0] = 2));
    assert.equal(problemOf(future), 'format');
  });

  it('refuses a checksum-valid code with values no encoder writes', () => {
    assert.equal(problemOf(forge(code, (s) => (s[5] = 4 << 2))), 'content'); // group 4+
    assert.equal(problemOf(forge(code, (s) => (s[10] = 31))), 'content'); // an answer of 7
  });
});

describe('response codes: the encoder refuses bad input', () => {
  it('names the field at fault', () => {
    assertScoringError(
      () => encodeResponseCode({ ...mixed, group: 'boss' as RaterGroup }),
      'invalid-input',
      ['group'],
    );
    assertScoringError(() => encodeResponseCode({ ...mixed, form: 'self' }), 'invalid-input', [
      'form',
    ]);
    assertScoringError(
      () =>
        encodeResponseCode({
          ...mixed,
          answers: { ...mixed.answers, [instrument.items[0]!.id]: 6 as Answer },
        }),
      'out-of-range',
      ['answers', instrument.items[0]!.id],
    );
    for (const nonce of [-1, 1.5, NONCE_LIMIT, Number.NaN])
      assertScoringError(() => encodeResponseCode(mixed, { nonce }), 'invalid-input', [
        'options',
        'nonce',
      ]);
  });
});

/**
 * Rewrites the data symbols of a valid code and gives it a fresh valid checksum: how a
 * determined forger (or a future version) would build a code the checksum cannot catch.
 */
function forge(code: string, edit: (symbols: number[]) => void): string {
  const symbols = [...code.replaceAll('-', '').slice(3)].map((c) => ALPHABET.indexOf(c));
  const data = symbols.slice(0, -6);
  edit(data);
  const prefix = [...'l3d'].map((c) => c.charCodeAt(0));
  const expanded = [...prefix.map((c) => c >> 5), 0, ...prefix.map((c) => c & 31)];
  const GEN = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
  let chk = 1;
  for (const v of [...expanded, ...data, 0, 0, 0, 0, 0, 0]) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= GEN[i]!;
  }
  const mod = chk ^ 0x2bc830a3;
  const check = Array.from({ length: 6 }, (_, i) => (mod >>> (5 * (5 - i))) & 31);
  return `L3D${[...data, ...check].map((s) => ALPHABET[s]).join('')}`;
}
