import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  ScoringError,
  cohortStats,
  reliableChange,
  reverseKey,
  score,
  score360,
  type Answer,
  type RaterGroup,
  type RaterResponseSet,
  type ResponseSet,
  type Result,
  type ScoreBlock,
  type ScoringErrorCode,
} from '../../src/scoring/index.js';
import { instrument, responses } from './helpers.js';

const RUNS = { numRuns: 500 };
const ITEM_IDS = instrument.items.map((item) => item.id);
const KNOWN_IDS = new Set(ITEM_IDS);
const CODES: ScoringErrorCode[] = [
  'invalid-input',
  'out-of-range',
  'unknown-item',
  'instrument-mismatch',
  'invalid-instrument',
  'invalid-norms',
];

/**
 * A valid response set of the built-in instrument. A per-set missing rate (0–100 %) makes
 * sparse and full sets equally likely, so valid and invalid facets and dimensions both occur;
 * a missing answer is either `null` or left out.
 */
const responseSet = (form: 'self' | 'observer' = 'self'): fc.Arbitrary<ResponseSet> =>
  fc
    .record({
      missingRate: fc.integer({ min: 0, max: 100 }),
      cells: fc.array(
        fc.record({
          value: fc.constantFrom<Answer>(1, 2, 3, 4, 5),
          roll: fc.integer({ min: 0, max: 99 }),
          absent: fc.boolean(),
          ms: fc.option(fc.integer({ min: 0, max: 20_000 }), { nil: undefined }),
        }),
        { minLength: 48, maxLength: 48 },
      ),
      timed: fc.boolean(),
    })
    .map(({ missingRate, cells, timed }) => {
      const set = responses(
        (_, i) => {
          const cell = cells[i]!;
          if (cell.roll >= missingRate) return cell.value;
          return cell.absent ? undefined : null;
        },
        { form },
      );
      if (timed) {
        const timings: Record<string, number> = {};
        cells.forEach((cell, i) => {
          if (cell.ms !== undefined) timings[ITEM_IDS[i]!] = cell.ms;
        });
        set.timings = timings;
      }
      return set;
    });

const raterSet: fc.Arbitrary<RaterResponseSet> = fc
  .tuple(
    responseSet('observer'),
    fc.constantFrom<RaterGroup>('manager', 'peer', 'direct-report', 'other'),
  )
  .map(([set, group]) => ({ ...set, group }));

/** Sets an own property, even one named "__proto__". */
const define = (target: object, key: string, value: unknown) =>
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    configurable: true,
    writable: true,
  });

const isAnswer = (v: unknown) =>
  v === null || v === undefined || [1, 2, 3, 4, 5].includes(v as number);
const isObjectRecord = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A valid set broken in exactly one way that the engine must reject. */
const malformed: fc.Arbitrary<unknown> = fc.oneof(
  // a bad answer value at a known item
  fc
    .tuple(
      responseSet(),
      fc.constantFrom(...ITEM_IDS),
      fc.anything().filter((v) => !isAnswer(v)),
    )
    .map(([set, key, value]) => {
      const answers = { ...set.answers };
      define(answers, key, value);
      return { ...set, answers };
    }),
  // an unknown item id, in answers or timings
  fc
    .tuple(
      responseSet(),
      fc.string().filter((k) => !KNOWN_IDS.has(k)),
      fc.constantFrom<Answer | null>(1, 3, 5, null),
      fc.constantFrom('answers', 'timings'),
    )
    .map(([set, key, value, field]) => {
      const values: Record<string, unknown> = {
        ...(field === 'answers' ? set.answers : set.timings),
      };
      define(values, key, value === null && field === 'timings' ? 1000 : value);
      return { ...set, [field]: values };
    }),
  // a bad timing at a known item
  fc
    .tuple(
      responseSet(),
      fc.constantFrom(...ITEM_IDS),
      fc.anything().filter((v) => !(typeof v === 'number' && Number.isFinite(v) && v >= 0)),
    )
    .map(([set, key, value]) => {
      const timings = {};
      define(timings, key, value);
      return { ...set, timings };
    }),
  // wrong header fields
  fc
    .tuple(
      responseSet(),
      fc.constantFrom('instrumentId', 'instrumentVersion', 'form'),
      fc.anything(),
    )
    .filter(([, field, value]) =>
      field === 'instrumentId'
        ? value !== instrument.id
        : field === 'instrumentVersion'
          ? value !== instrument.version
          : value !== 'self' && value !== 'observer',
    )
    .map(([set, field, value]) => ({ ...set, [field]: value })),
  // answers or timings that are not objects
  fc
    .tuple(
      responseSet(),
      fc.constantFrom('answers', 'timings'),
      fc.anything().filter((v) => !isObjectRecord(v) && v !== undefined),
    )
    .map(([set, field, value]) => ({ ...set, [field]: value })),
  // anything at all in place of the response set
  fc
    .anything()
    .filter((v) => !(isObjectRecord(v) && (v as ResponseSet).instrumentId === instrument.id)),
);

/** Asserts `fn` throws a ScoringError with a known code and a path array. */
const throwsScoringError = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    assert.ok(error instanceof ScoringError, `not a ScoringError: ${String(error)}`);
    assert.ok(CODES.includes(error.code), error.code);
    assert.ok(Array.isArray(error.path));
    return;
  }
  assert.fail('expected a ScoringError, nothing was thrown');
};

const blocks = (result: Result): [string, ScoreBlock][] => [
  ...Object.entries(result.facets),
  ...Object.entries(result.dimensions),
];

describe('properties (fast-check)', () => {
  it('scores are within 0–100 or null, and bands are within 0–100 and contain the score', () => {
    fc.assert(
      fc.property(responseSet(), (set) => {
        const result = score(set);
        for (const [id, block] of blocks(result)) {
          if (block.score === null) {
            assert.equal(block.band, null, id);
            assert.ok(block.reason === 'too-few-items' || block.reason === 'too-few-facets', id);
            continue;
          }
          assert.equal(block.reason, undefined, id);
          assert.ok(block.score >= 0 && block.score <= 100, `${id}: ${block.score}`);
          const [low, high] = block.band!;
          assert.ok(low >= 0 && high <= 100, `${id}: [${low}, ${high}]`);
          assert.ok(
            low <= block.score && block.score <= high,
            `${id}: ${block.score} in [${low}, ${high}]`,
          );
        }
        for (const dimension of Object.values(result.dimensions))
          assert.equal(dimension.stage === null, dimension.score === null);
      }),
      { ...RUNS, seed: 1001 },
    );
  });

  it('no strength scores lower than a growth area; strengths are earned; lists never overlap', () => {
    fc.assert(
      fc.property(responseSet(), (set) => {
        const result = score(set);
        const scoreOf = (id: string) => result.facets[id]!.score!;
        const valid = Object.values(result.facets).filter((f) => f.score !== null);
        const mean = valid.reduce((sum, f) => sum + f.score!, 0) / valid.length;
        for (const s of result.strengths) {
          assert.ok(scoreOf(s) >= 70 || scoreOf(s) >= mean + result.sem.facets - 1e-9, s);
          for (const g of result.growthAreas) {
            assert.ok(scoreOf(s) >= scoreOf(g), `${s} ${scoreOf(s)} < ${g} ${scoreOf(g)}`);
            assert.notEqual(s, g);
          }
        }
        // ties at a cut are all in or all out: no listed facet shares its score with one left out
        for (const list of [result.strengths, result.growthAreas])
          for (const id of list)
            for (const [other, f] of Object.entries(result.facets))
              if (f.score === scoreOf(id) && !list.includes(other))
                assert.ok(
                  list === result.growthAreas && result.strengths.includes(other),
                  `${id} and ${other} tie at ${f.score} but only one is listed`,
                );
        assert.ok(result.strengths.length <= 3 && result.growthAreas.length <= 3);
      }),
      { ...RUNS, seed: 1007 },
    );
  });

  it('facet bands are never narrower than a dimension band would be at the same score', () => {
    fc.assert(
      fc.property(
        responseSet(),
        fc.double({ min: 0, max: 0.99, noNaN: true }),
        fc.integer({ min: 1, max: 40 }),
        (set, reliability, sd) => {
          const inst = {
            ...instrument,
            psychometrics: { sd, reliability: { dimension: reliability } },
          };
          const result = score(set, { instrument: inst });
          assert.ok(result.sem.facets >= result.sem.dimensions);
          const halfDimension = 1.645 * result.sem.dimensions;
          for (const [id, f] of Object.entries(result.facets)) {
            if (f.score === null) continue;
            const [low, high] = f.band!;
            // clipped at 0 and 100 like every band, then compared
            assert.ok(low <= Math.max(0, f.score - halfDimension) + 1e-6, id);
            assert.ok(high >= Math.min(100, f.score + halfDimension) - 1e-6, id);
          }
        },
      ),
      { ...RUNS, seed: 1008 },
    );
  });

  it('a dimension score lies between its lowest and highest valid facet', () => {
    fc.assert(
      fc.property(responseSet(), (set) => {
        const result = score(set);
        for (const [d, dimension] of Object.entries(result.dimensions)) {
          if (dimension.score === null) continue;
          const values = Object.values(result.facets)
            .filter((f) => f.dimension === d && f.score !== null)
            .map((f) => f.score!);
          assert.ok(dimension.score >= Math.min(...values) - 1e-6);
          assert.ok(dimension.score <= Math.max(...values) + 1e-6);
        }
      }),
      { ...RUNS, seed: 1002 },
    );
  });

  it('is invariant to the key order of answers and timings', () => {
    fc.assert(
      fc.property(
        responseSet(),
        fc.array(fc.integer(), { minLength: 48, maxLength: 48 }),
        (set, keys) => {
          const shuffle = <T>(record: Record<string, T>) =>
            Object.fromEntries(
              Object.entries(record)
                .map((entry, i) => ({ entry, key: keys[i % keys.length]! }))
                .sort((a, b) => a.key - b.key)
                .map((e) => e.entry),
            );
          const reordered: ResponseSet = { ...set, answers: shuffle(set.answers) };
          if (set.timings) reordered.timings = shuffle(set.timings);
          assert.deepEqual(score(reordered), score(set));
        },
      ),
      { ...RUNS, seed: 1003 },
    );
  });

  it('reverse keying is an involution on the scale (and on any integer)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.integer(), (x, n) => {
        assert.equal(reverseKey(reverseKey(x)), x);
        assert.ok(reverseKey(x) >= 1 && reverseKey(x) <= 5);
        assert.equal(reverseKey(x) + x, 6);
        assert.equal(reverseKey(reverseKey(n)), n);
      }),
      { ...RUNS, seed: 1004 },
    );
  });

  it('timings change only the flags, never the scores', () => {
    fc.assert(
      fc.property(responseSet(), (set) => {
        const untimed: ResponseSet = { ...set };
        delete untimed.timings;
        const a = score(set);
        const b = score(untimed);
        assert.deepEqual({ ...a, flags: [] }, { ...b, flags: [] });
      }),
      { ...RUNS, seed: 1005 },
    );
  });

  const roundTrip = (value: unknown) => assert.deepEqual(JSON.parse(JSON.stringify(value)), value);

  it('results are plain JSON: a round trip gives them back unchanged', () => {
    fc.assert(
      fc.property(
        responseSet(),
        responseSet(),
        fc.array(raterSet, { maxLength: 7 }),
        (self, later, raters) => {
          const result = score(self, {
            norms: {
              group: 'g',
              dimensions: { technical: { scores: [20, 50, 80] } },
              facets: { listening: { mean: 60, sd: 15, n: 30 } },
            },
          });
          roundTrip(result);
          roundTrip(score360(self, raters));
          roundTrip(reliableChange(score(self), score(later)));
        },
      ),
      { ...RUNS, seed: 1006 },
    );
  });

  it('cohort statistics are plain JSON too', () => {
    fc.assert(
      fc.property(fc.array(responseSet(), { maxLength: 6 }), (sets) => {
        roundTrip(cohortStats(sets));
      }),
      { ...RUNS, seed: 1010 },
    );
  });

  it('360° results never reveal the mean of 1 or 2 non-manager raters', () => {
    fc.assert(
      fc.property(fc.array(raterSet, { maxLength: 8 }), (raters) => {
        const result = score360(null, raters);
        const singles = raters.map((r) => ({
          group: r.group,
          result: score({ ...r, form: 'observer' }),
        }));
        for (const d of ['technical', 'relational', 'business'] as const) {
          const valid = singles.filter((s) => s.result.dimensions[d].score !== null);
          for (const g of ['peer', 'direct-report', 'other'] as const) {
            const n = valid.filter((s) => s.group === g).length;
            if (n < 3) assert.equal(result.groups[g].dimensions[d], null, `${g} ${d} with ${n}`);
            else assert.notEqual(result.groups[g].dimensions[d], null, `${g} ${d} with ${n}`);
          }
          const nonManager = valid.filter((s) => s.group !== 'manager').length;
          if (nonManager === 1 || nonManager === 2)
            assert.equal(result.others.dimensions[d], null, `others ${d} with ${nonManager}`);
          else if (valid.length > 0) assert.notEqual(result.others.dimensions[d], null);
        }
      }),
      { ...RUNS, seed: 1007 },
    );
  });

  it('360° results are the same with raters given as answers and as results', () => {
    // a rater given as answers is scored to its scores only; as a result, its scores are read
    fc.assert(
      fc.property(
        fc.option(responseSet(), { nil: null }),
        fc.array(fc.tuple(raterSet, fc.boolean()), { maxLength: 10 }),
        (self, raters) => {
          const asAnswers = raters.map(([rater]) => rater);
          const mixed = raters.map(([{ group, ...set }, asResult]) =>
            asResult ? { group, result: score(set) } : { group, ...set },
          );
          const expected = score360(self, asAnswers);
          assert.deepEqual(score360(self && score(self), mixed), expected);
        },
      ),
      { ...RUNS, seed: 1011 },
    );
  });

  it('malformed response sets always throw a ScoringError, never another error', () => {
    fc.assert(
      fc.property(malformed, (data) => {
        throwsScoringError(() => score(data as ResponseSet));
      }),
      { ...RUNS, seed: 1008 },
    );
  });

  it('malformed raters and cohorts throw a ScoringError too', () => {
    fc.assert(
      fc.property(malformed, fc.nat(3), responseSet('observer'), (data, at, good) => {
        const raters = [good, good, good].map((set) => ({ ...set, group: 'peer' }));
        const asRater = isObjectRecord(data)
          ? { group: 'peer', form: 'observer', ...(data as object) }
          : data;
        raters.splice(at, 0, asRater as RaterResponseSet);
        throwsScoringError(() => score360(null, raters as RaterResponseSet[]));
        throwsScoringError(() => cohortStats([good, data as ResponseSet]));
      }),
      { ...RUNS, seed: 1009 },
    );
  });
});
