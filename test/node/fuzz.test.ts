/**
 * Fuzzing every public entry point that takes untrusted data, with 1,000 generated cases each:
 * arbitrary JSON-like values and valid inputs damaged at a random place. Each call must end in a
 * result without NaN, a typed error (ScoringError) or an `{ ok: false }`/`invalid` result:
 * never a TypeError, never a hang.
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import fc from 'fast-check';
import {
  ScoringError,
  cohortStats,
  instrument,
  percentiles,
  reliableChange,
  score,
  score360,
  type RaterResponseSet,
} from '../../src/scoring/index.js';
import { decodeResponseCode, encodeResponseCode } from '../../src/scoring/codes.js';
import {
  englishLocale,
  parseInstrument,
  parseLocale,
  parseNorms,
  parseResponses,
  parseResultFile,
} from '../../src/schema/index.js';
import { decodeSuspendData, encodeSuspendData } from '../../src/lms/suspend-data.js';
import { responses } from './helpers.js';

const RUNS = 1000;
const counts = new Map<string, { cases: number; typed: number; ok: number }>();

/** Calls `fn`; counts a return or a ScoringError, and fails on anything else or on NaN. */
function expectTyped(name: string, fn: () => unknown): void {
  const count = counts.get(name) ?? { cases: 0, typed: 0, ok: 0 };
  counts.set(name, count);
  count.cases++;
  let value: unknown;
  try {
    value = fn();
  } catch (error) {
    assert.ok(error instanceof ScoringError, `${name} threw ${String(error)}`);
    count.typed++;
    return;
  }
  assert.equal(hasNaN(value), false, `${name} returned NaN`);
  const failed =
    typeof value === 'object' &&
    value !== null &&
    ((value as { ok?: boolean }).ok === false || (value as { kind?: string }).kind === 'invalid');
  if (failed) count.typed++;
  else count.ok++;
}

function hasNaN(value: unknown, seen = new Set<unknown>()): boolean {
  if (typeof value === 'number') return Number.isNaN(value);
  if (typeof value !== 'object' || value === null || seen.has(value)) return false;
  seen.add(value);
  return Object.values(value).some((v) => hasNaN(v, seen));
}

/** A copy of `value` with one place (found by `steps`) replaced, deleted or given a new key. */
function damage(value: unknown, steps: number[], replacement: unknown, action: number): unknown {
  const copy = structuredClone(value);
  let parent: Record<string, unknown> | unknown[] | null = null;
  let key: string | number = '';
  let node: unknown = copy;
  for (const step of steps) {
    if (typeof node !== 'object' || node === null) break;
    const keys = Object.keys(node);
    if (!keys.length) break;
    parent = node as Record<string, unknown>;
    key = keys[step % keys.length]!;
    node = (node as Record<string, unknown>)[key];
  }
  if (!parent) return replacement;
  if (action === 0) (parent as Record<string, unknown>)[key] = replacement;
  else if (action === 1) delete (parent as Record<string, unknown>)[key];
  else (parent as Record<string, unknown>)[`extra${action}`] = replacement;
  return copy;
}

/** Valid `base` damaged at one random place, or an arbitrary value. */
const damaged = (base: unknown): fc.Arbitrary<unknown> =>
  fc
    .oneof(
      {
        weight: 3,
        arbitrary: fc.tuple(fc.array(fc.nat(), { maxLength: 6 }), fc.anything(), fc.nat(3)),
      },
      { weight: 1, arbitrary: fc.anything() },
    )
    .map((x) =>
      Array.isArray(x) && x.length === 3 && Array.isArray(x[0])
        ? damage(base, x[0], x[1], x[2])
        : x,
    );

const self = responses((_, i) => ((i % 5) + 1) as 1 | 2 | 3 | 4 | 5);
const peer: RaterResponseSet = { ...responses(() => 4, { form: 'observer' }), group: 'peer' };
const selfResult = score(self);
const norms = {
  group: 'Pilot',
  dimensions: {
    technical: { mean: 50, sd: 10, n: 30 },
    relational: { scores: [40, 60] },
    business: { mean: 60, sd: 5, n: 9 },
  },
};
const code = encodeResponseCode(peer, { nonce: 3 });
const suspend = encodeSuspendData(
  { status: 'questions', page: 1, answers: self.answers, timings: {} },
  { id: instrument.id, version: instrument.version, items: instrument.items },
  'self',
  4096,
);

describe(`fuzzing the public entry points (${RUNS} cases each)`, () => {
  after(() => {
    const lines = [...counts].map(
      ([name, c]) =>
        `${name}: ${c.cases} cases, ${c.typed} refused with a typed error, ${c.ok} accepted`,
    );
    console.log(`fuzz: 0 untyped exceptions, 0 NaN\n  ${lines.join('\n  ')}`);
  });

  const fuzz = (name: string, base: unknown, call: (input: unknown) => unknown, seed: number) =>
    it(name, () => {
      fc.assert(
        fc.property(damaged(base), (input) => expectTyped(name, () => call(input))),
        { numRuns: RUNS, seed },
      );
    });

  fuzz('score(responses)', self, (input) => score(input as never), 1);
  fuzz(
    'score(responses, { instrument })',
    instrument,
    (input) => score(self, { instrument: input as never }),
    2,
  );
  fuzz('score(responses, { norms })', norms, (input) => score(self, { norms: input as never }), 3);
  fuzz(
    'score360(self, raters)',
    { self, raters: [peer, peer, peer] },
    (input) => {
      const { self: s, raters } = (input ?? {}) as { self?: unknown; raters?: unknown };
      return score360(s as never, raters as never);
    },
    4,
  );
  fuzz(
    'score360(self result, rater results)',
    { self: selfResult, raters: [{ group: 'peer', result: score(peer) }] },
    (input) => {
      const { self: s, raters } = (input ?? {}) as { self?: unknown; raters?: unknown };
      return score360((s ?? null) as never, raters as never);
    },
    5,
  );
  fuzz(
    'reliableChange(before, after)',
    selfResult,
    (input) => reliableChange(selfResult, input as never),
    6,
  );
  fuzz('cohortStats(responses)', [self, self], (input) => cohortStats(input as never), 7);
  fuzz('percentiles(result, norms)', norms, (input) => percentiles(selfResult, input as never), 8);
  fuzz('encodeResponseCode(responses)', peer, (input) => encodeResponseCode(input as never), 9);
  fuzz('parseInstrument', instrument, (input) => parseInstrument(input), 10);
  fuzz('parseResponses', self, (input) => parseResponses(input, instrument), 11);
  fuzz('parseLocale', englishLocale(), (input) => parseLocale(input), 12);
  fuzz('parseNorms', norms, (input) => parseNorms(input), 13);
  fuzz(
    'parseResultFile',
    { format: 'leadership-3d-result', result: selfResult },
    (input) => parseResultFile(input, instrument),
    14,
  );

  it('decodeResponseCode (damaged codes and arbitrary strings)', () => {
    const edited = fc
      .tuple(fc.nat(), fc.nat(), fc.string({ maxLength: 3 }))
      .map(([at, cut, insert]) => {
        const i = at % code.length;
        return code.slice(0, i) + insert + code.slice(i + (cut % 3));
      });
    fc.assert(
      fc.property(fc.oneof(edited, fc.string(), fc.anything()), (input) =>
        expectTyped('decodeResponseCode', () => decodeResponseCode(input as never)),
      ),
      { numRuns: RUNS, seed: 15 },
    );
  });

  it('decodeSuspendData (damaged suspend_data and arbitrary strings)', () => {
    assert.ok(suspend.ok);
    const base = suspend.value;
    const edited = fc
      .tuple(fc.nat(), fc.nat(), fc.string({ maxLength: 4 }))
      .map(([at, cut, insert]) => {
        const i = at % base.length;
        return base.slice(0, i) + insert + base.slice(i + (cut % 4));
      });
    fc.assert(
      fc.property(fc.oneof(edited, fc.string()), (input) =>
        expectTyped('decodeSuspendData', () =>
          decodeSuspendData(
            input,
            { id: instrument.id, version: instrument.version, items: instrument.items },
            'self',
          ),
        ),
      ),
      { numRuns: RUNS, seed: 16 },
    );
  });
});
