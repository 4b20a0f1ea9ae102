/**
 * score() and score360() pinned to the engine before issue 20's speed work (main at 9c0475f):
 * seeded inputs, valid and damaged, in instrument order and shuffled, and a digest of every
 * outcome (the result, or the error's code, path and message). The engine's fast paths (the
 * expected answer key tried before the Map, a rater scored to its scores only) must change
 * nothing a caller sees. A changed digest means a changed output or error: if that is intended,
 * say why in the commit and take the new digest from the failure message.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { ScoringError, score, score360, type ResponseSet } from '../../src/scoring/index.js';
import { instrument } from './helpers.js';

/** A seeded LCG, as bench/scoring.mjs uses: the same inputs on every run. */
const generator = (seed: number) => () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;

const ids = instrument.items.map((item) => item.id);

/** A response set; `damage` (0–1) chance of one fault of several kinds. */
function responseSet(random: () => number, form: 'self' | 'observer', damage: number): unknown {
  const missing = random() * 0.6;
  const order = random() < 0.3 ? [...ids].sort(() => random() - 0.5) : ids;
  const answers: Record<string, unknown> = {};
  for (const id of order) {
    const roll = random();
    if (roll < missing / 2) continue;
    answers[id] = roll < missing ? null : 1 + Math.floor(random() * 5);
  }
  const set: Record<string, unknown> = {
    instrumentId: instrument.id,
    instrumentVersion: instrument.version,
    form,
    answers,
  };
  if (random() < 0.3)
    set.timings = Object.fromEntries(order.map((id) => [id, Math.floor(random() * 4000)]));
  if (random() < damage) {
    const at = order[Math.floor(random() * order.length)]!;
    const faults = [
      () => (answers[at] = [0, 6, 2.5, '3', true, NaN][Math.floor(random() * 6)]),
      () => (answers['no-such-item'] = 3),
      () => (set.timings = { [at]: -1 }),
      () => (set.instrumentVersion = '0.0.0'),
      () => (set.form = 'someone'),
      () => (set.answers = [3, 4]),
    ];
    faults[Math.floor(random() * faults.length)]!();
  }
  return set;
}

/** The result as JSON, or the error's code, path and message. */
function outcome(run: () => unknown): string {
  try {
    return JSON.stringify(run());
  } catch (error) {
    if (!(error instanceof ScoringError)) throw error;
    return JSON.stringify([error.code, error.path, error.message]);
  }
}

const digest = (lines: string[]) => createHash('sha256').update(lines.join('\n')).digest('hex');

describe('score() and score360() against the engine before the speed work', () => {
  it('gives the same results and errors on 3,000 seeded response sets', () => {
    const random = generator(2020);
    const lines = Array.from({ length: 3000 }, () =>
      outcome(() => score(responseSet(random, 'self', 0.2) as ResponseSet)),
    );
    assert.ok(lines.filter((line) => line.startsWith('{')).length > 2000);
    assert.equal(digest(lines), 'f9cad71c9b99682d4c7bae81161309541e98154aee6000b016a6ee67df9b0377');
  });

  it('gives the same 360° results and errors with raters as answers and as results', () => {
    const random = generator(360);
    const groups = ['manager', 'peer', 'direct-report', 'other'];
    const lines = Array.from({ length: 300 }, () => {
      const self = responseSet(random, 'self', 0.02);
      const raters = Array.from({ length: Math.floor(random() * 12) }, () => {
        const set = responseSet(random, 'observer', 0.02) as ResponseSet;
        const group = groups[Math.floor(random() * groups.length)];
        if (random() < 0.3) return { ...set, group };
        // a rater given as its result: scored here, or a reference to a set that fails
        let result: unknown;
        try {
          result = score(set);
        } catch {
          result = set;
        }
        return { group, result };
      });
      return outcome(() =>
        score360(random() < 0.2 ? null : (self as ResponseSet), raters as never),
      );
    });
    assert.ok(lines.filter((line) => line.startsWith('{')).length > 150);
    assert.equal(digest(lines), '48a69c036a01dbd5e6a4d513edf3bec9db6266ceed55d7e98da7c19c0e26cfdd');
  });
});
