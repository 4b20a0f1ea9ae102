// Scoring throughput on one core, on the built package (dist/scoring.js, dist/scoring-fast.js),
// with generated but realistic answers (a seeded PRNG, so every run scores the same data).
// Each figure comes with a plain-code control measured in the same run on the same data, so a
// slower or busier machine shows in the control too and the ratio stays comparable.
import { score, score360, instrument } from '../dist/scoring.js';
import { compileScorer } from '../dist/scoring-fast.js';

const rng = (seed) => () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
const random = rng(42);
const responseSet = (form, extra = {}) => ({
  instrumentId: instrument.id,
  instrumentVersion: instrument.version,
  form,
  // a person's level plus noise, with about 2 % missing answers
  answers: Object.fromEntries(
    instrument.items.map((item) => {
      const level = 1 + random() * 4;
      return [item.id, random() < 0.02 ? null : Math.max(1, Math.min(5, Math.round(level)))];
    }),
  ),
  ...extra,
});

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Respondents per second of `run(count)` over `rounds` rounds of `count`: all runs and the median. */
function rate(run, count, rounds) {
  const runs = [];
  for (let r = 0; r < rounds; r++) {
    const start = process.hrtime.bigint();
    run(count);
    runs.push(count / (Number(process.hrtime.bigint() - start) / 1e9));
  }
  return { median: Math.round(median(runs)), runs: runs.map(Math.round) };
}

export function benchScoring({ respondents = 200_000, rounds = 5 } = {}) {
  // Stored answers arrive as JSON (a file, a database, a request), so the pool is parsed JSON.
  const pool = Array.from({ length: 10_000 }, () =>
    JSON.parse(JSON.stringify(responseSet('self'))),
  );
  // The same answers as bytes in instrument order (0 = missing), for the fast path.
  const items = instrument.items.length;
  const bytes = new Uint8Array(pool.length * items);
  pool.forEach((set, r) =>
    instrument.items.forEach((item, i) => (bytes[r * items + i] = set.answers[item.id] ?? 0)),
  );

  // Controls, the floors of each input: plain loops that only read and sum the 48 answers of
  // each respondent, from the JSON objects (as score() gets them) and from the bytes.
  const sums = new Float64Array(pool.length);
  const objectControl = (count) => {
    for (let k = 0; k < count; k++) {
      const answers = pool[k % pool.length].answers;
      let sum = 0;
      for (const id of Object.keys(answers)) sum += answers[id] ?? 0;
      sums[k % pool.length] = sum;
    }
  };
  const bytesControl = (count) => {
    for (let done = 0; done < count; done += pool.length)
      for (let r = 0; r < pool.length; r++) {
        let sum = 0;
        for (let i = r * items, end = i + items; i < end; i++) sum += bytes[i];
        sums[r] = sum;
      }
  };
  const scoreCalls = (count) => {
    for (let k = 0; k < count; k++) score(pool[k % pool.length]);
  };
  const scorer = compileScorer(instrument);
  const out = scorer.scoreMany(bytes, pool.length);
  const fastCalls = (count) => {
    for (let done = 0; done < count; done += pool.length) scorer.scoreMany(bytes, pool.length, out);
  };

  // warm up the JIT on each
  objectControl(50_000);
  bytesControl(50_000);
  scoreCalls(50_000);
  fastCalls(50_000);
  const controlObjects = rate(objectControl, respondents, rounds);
  const controlBytes = rate(bytesControl, respondents * 5, rounds);
  const scored = rate(scoreCalls, respondents, rounds);
  const fast = rate(fastCalls, respondents * 5, rounds);

  const self = responseSet('self');
  const groups = ['manager', 'peer', 'peer', 'peer', 'peer', 'direct-report', 'other'];
  const raters = Array.from({ length: 20 }, (_, i) =>
    responseSet('observer', { group: groups[i % groups.length] }),
  );
  for (let i = 0; i < 500; i++) score360(self, raters);
  const times = [];
  for (let i = 0; i < 2_000; i++) {
    const start = process.hrtime.bigint();
    score360(self, raters);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  const score360Median = +median(times).toFixed(4);
  // the control for 21 response sets: the object loop's time for 21 respondents
  const control360Ms = +((21 / controlObjects.median) * 1000).toFixed(4);
  const ratio = (a, b) => +(a / b).toFixed(2);
  return {
    respondentsPerSecond: scored.median,
    respondentsPerSecondRuns: scored.runs,
    score360With20RatersMs: {
      median: score360Median,
      p95: +[...times].sort((a, b) => a - b)[Math.floor(times.length * 0.95)].toFixed(4),
    },
    fastPath: { respondentsPerSecond: fast.median, runs: fast.runs },
    control: {
      objectsPerSecond: controlObjects.median,
      objectsRuns: controlObjects.runs,
      bytesPerSecond: controlBytes.median,
      bytesRuns: controlBytes.runs,
      score360Ms: control360Ms,
    },
    // how many times slower than its control (1 = as fast as reading the data)
    ratios: {
      score: ratio(controlObjects.median, scored.median),
      fastPath: ratio(controlBytes.median, fast.median),
      score360: ratio(score360Median, control360Ms),
    },
    targets: {
      respondentsPerSecond: 300_000,
      fastPathRespondentsPerSecond: 1_000_000,
      score360MedianMs: 0.05,
    },
    method: `median of ${rounds} runs of ${respondents} score() calls on 10,000 generated 48-item response sets (parsed JSON), one core, after a 50,000-call warm-up; fast path: ${rounds} runs of ${respondents * 5} respondents, scoreMany() over the same sets as bytes, 10,000 per call; controls: plain loops summing each set's 48 answers, from the objects (Object.keys) and from the bytes; score360: 2,000 calls with self + 20 raters, its control the object loop's time for 21 sets`,
  };
}
