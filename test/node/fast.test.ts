import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  ARCHETYPE_IDS,
  compileScorer,
  FAST_FLAGS,
  type FastScorer,
  type FastScores,
} from '../../src/scoring/fast.js';
import {
  DIMENSIONS,
  STAGES,
  score,
  ScoringError,
  type Answer,
  type Instrument,
  type Result,
} from '../../src/scoring/index.js';
import { instrument, makeInstrument, readInstrumentV1 } from './helpers.js';

/** Seeded PRNG (LCG), so every run checks the same answer sets. */
const rng = (seed: number) => () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;

/**
 * One respondent's bytes (0 = missing) from one of several patterns: noisy levels with
 * 0–60 % missing (some facets and dimensions unscorable), one answer throughout (long run, low
 * variability), agreeing with everything (acquiescence), two neighbouring answers (low
 * variability without a long run), keyed-consistent high scorers (Expert with or without the
 * facet floor), and runs of 11–13 identical answers.
 */
function pattern(random: () => number, reverse: readonly boolean[], into: Uint8Array, at: number) {
  const n = reverse.length;
  const pick = (k: number) => Math.floor(random() * k);
  const kind = pick(7);
  const missing = [0, 0, 0.02, 0.1, 0.3, 0.6][pick(6)]!;
  const level = 1 + random() * 4;
  const constant = 1 + pick(5);
  const runStart = pick(n);
  const runLength = 11 + pick(3);
  for (let i = 0; i < n; i++) {
    let x: number;
    if (kind === 0) x = Math.round(Math.max(1, Math.min(5, level + (random() - 0.5) * 3)));
    else if (kind === 1) x = constant;
    else if (kind === 2) x = 4 + pick(2);
    else if (kind === 3) x = constant === 5 ? 4 + pick(2) : constant + pick(2);
    else if (kind === 4) x = reverse[i] ? 1 + pick(2) : 4 + pick(2);
    else if (kind === 5) x = i >= runStart && i < runStart + runLength ? constant : 1 + pick(5);
    else x = 1 + pick(5);
    into[at + i] = random() < missing ? 0 : x;
  }
}

/** What score() gives for one respondent's bytes, read the way a host would store them. */
function scored(inst: Instrument, bytes: Uint8Array, at: number): Result {
  const answers: Record<string, Answer | null> = {};
  inst.items.forEach((item, i) => {
    const x = bytes[at + i]!;
    // missing as null or left out: both are missing to score()
    if (x || i % 2) answers[item.id] = x ? (x as Answer) : null;
  });
  return score(
    { instrumentId: inst.id, instrumentVersion: inst.version, form: 'self', answers },
    { instrument: inst },
  );
}

const orNull = (x: number) => (Number.isNaN(x) ? null : x);

/** Every field of the fast path for respondent r against the result of score(). */
function assertSame(scorer: FastScorer, out: FastScores, r: number, expected: Result) {
  const facets = scorer.facetIds.length;
  const actual = {
    dimensions: DIMENSIONS.map((_, d) => orNull(out.dimensions[r * 3 + d]!)),
    stages: DIMENSIONS.map((_, d) => STAGES[out.stages[r * 3 + d]!] ?? null),
    facets: scorer.facetIds.map((_, f) => orNull(out.facets[r * facets + f]!)),
    flags: Object.entries(FAST_FLAGS)
      .filter(([, bit]) => out.flags[r]! & bit)
      .map(([code]) => code)
      .sort(),
    leading: DIMENSIONS.filter((_, d) => out.leading[r]! & (1 << d)),
    archetype: ARCHETYPE_IDS[out.archetypes[r]!] ?? null,
  };
  assert.deepEqual(actual, {
    dimensions: DIMENSIONS.map((d) => expected.dimensions[d].score),
    stages: DIMENSIONS.map((d) => expected.dimensions[d].stage?.id ?? null),
    facets: scorer.facetIds.map((id) => expected.facets[id]!.score),
    flags: expected.flags.map((f) => f.code).sort(),
    leading: expected.profile.leading,
    archetype: expected.profile.archetype,
  });
}

function compare(inst: Instrument, count: number, seed: number) {
  const scorer = compileScorer(inst);
  const n = scorer.itemIds.length;
  const random = rng(seed);
  const reverse = inst.items.map((item) => item.reverse);
  const bytes = new Uint8Array(count * n);
  for (let r = 0; r < count; r++) pattern(random, reverse, bytes, r * n);
  const out = scorer.scoreMany(bytes, count);
  const seen = { flags: new Set<string>(), archetypes: new Set<string | null>(), nulls: 0 };
  for (let r = 0; r < count; r++) {
    const expected = scored(inst, bytes, r * n);
    assertSame(scorer, out, r, expected);
    for (const f of expected.flags) seen.flags.add(f.code);
    seen.archetypes.add(expected.profile.archetype);
    if (DIMENSIONS.some((d) => expected.dimensions[d].score === null)) seen.nulls++;
  }
  return seen;
}

describe('compileScorer (the fast path) gives the numbers of score()', () => {
  it('on 100,000 seeded random answer sets of the built-in instrument', () => {
    const seen = compare(instrument, 100_000, 2024);
    // the data reached every case the fast path has
    assert.deepEqual([...seen.flags].sort(), ['acquiescence', 'long-run', 'low-variability']);
    assert.equal(seen.archetypes.size, ARCHETYPE_IDS.length + 1);
    assert.ok(seen.nulls > 1000, `${seen.nulls} sets with an unscored dimension`);
  });

  it('on version 1 of the built-in instrument and on a custom instrument', () => {
    compare(readInstrumentV1(), 5_000, 7);
    const custom = makeInstrument([
      { id: 'a', dimension: 'technical', items: 3, reverse: [2] },
      { id: 'b', dimension: 'technical', items: 5 },
      { id: 'c', dimension: 'relational', items: 4, reverse: [1, 4] },
      { id: 'd', dimension: 'business', items: 6, reverse: [3] },
    ]);
    compare(custom, 5_000, 11);
  });

  it('lists item and facet ids in instrument order and reuses `out` when it is large enough', () => {
    const scorer = compileScorer(instrument);
    assert.deepEqual(
      scorer.itemIds,
      instrument.items.map((item) => item.id),
    );
    assert.deepEqual(
      scorer.facetIds,
      instrument.facets.map((facet) => facet.id),
    );
    const bytes = new Uint8Array(3 * 48).fill(3);
    const out = scorer.scoreMany(bytes, 3);
    assert.equal(scorer.scoreMany(bytes, 2, out), out);
    assert.equal(out.count, 2);
    assert.notEqual(scorer.scoreMany(bytes, 3, out), out);
  });

  it('rejects a short buffer, a bad count and a byte above 5 with a ScoringError', () => {
    const scorer = compileScorer(instrument);
    const throwsCode = (call: () => unknown, code: string) =>
      assert.throws(call, (e) => e instanceof ScoringError && e.code === code);
    throwsCode(() => scorer.scoreMany(new Uint8Array(47), 1), 'invalid-input');
    throwsCode(() => scorer.scoreMany(new Uint8Array(48), 1.5), 'invalid-input');
    throwsCode(() => scorer.scoreMany([3] as unknown as Uint8Array, 0), 'invalid-input');
    throwsCode(() => scorer.scoreMany(new Uint8Array(48).fill(6), 1), 'out-of-range');
    throwsCode(() => compileScorer({} as Instrument), 'invalid-instrument');
  });
});
