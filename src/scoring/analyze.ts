/**
 * Item analysis of a cohort: item statistics, Cronbach's alpha per facet and dimension with
 * alpha-if-item-dropped and corrected item–total correlations, percentile norms and measured
 * psychometrics. The definitions are psych::alpha's (R), missing answers pairwise as its default
 * `use = "pairwise"`; docs/item-analysis.md gives the formulas and what differs.
 *
 * Memory does not grow with the cohort: a set is tallied and forgotten. Per item the counts of
 * each keyed answer; per pair of items of a dimension (facets are parts of one) the counts of
 * each of the 25 pairs of answers, from which every pairwise covariance follows exactly; per
 * facet and dimension a count of each distinct score (a score is one of a few hundred values).
 */
import { fail, isRecord, type Path } from './errors.js';
import { expectHeader, minimumOf, planFromOptions, readResponses, type Plan } from './plan.js';
import { pomp, tidy } from './score.js';
import type {
  Analysis,
  AnalysisInput,
  AnalysisWarning,
  AnalysisWarningCode,
  AnalyzeOptions,
  DimensionId,
  Form,
  ItemAnalysis,
  NormMethod,
  NormStat,
  Norms,
  ScaleAnalysis,
  SuggestedPsychometrics,
} from './types.js';
import { DIMENSIONS, FORMS } from './vocabulary.js';

/** Below this many complete sets the suggested psychometrics come with a warning. */
export const MIN_COMPLETE_SETS = 100;

const NORM_METHODS: readonly NormMethod[] = ['distribution', 'normal'];

/**
 * Item analysis of a cohort of response sets or results (a result keeps its keyed answers in
 * `items`; a result file as the report downloads it, and a line of `leadership-3d score`'s
 * ndjson output, are read too), of one instrument and form.
 *
 * @throws {ScoringError} naming the set (`[i, …]`) at fault, or the option.
 */
export function analyze(sets: Iterable<AnalysisInput>, options: AnalyzeOptions = {}): Analysis {
  const analyzer = new Analyzer(options);
  if (typeof (sets as unknown as Record<symbol, unknown> | null)?.[Symbol.iterator] !== 'function')
    fail('invalid-input', [], 'Expected an array');
  let i = 0;
  for (const set of sets) analyzer.add(set, [i++]);
  return analyzer.result();
}

/**
 * The streaming form of {@link analyze}, for inputs too big to hold: `add` one set at a time
 * (a bad set throws a ScoringError naming the field and is not counted; the analyzer stays
 * usable), `result()` at any point.
 */
export function createAnalyzer(options: AnalyzeOptions = {}): Analyzer {
  return new Analyzer(options);
}

/** Raw answers (1–5 by item position, 0 = missing) and form of one set. */
interface Read {
  form: Form;
  raw: Uint8Array;
}

/**
 * Reads a response set, a result or a result file against a plan. A result's answers are keyed;
 * they are turned back into raw answers, so every input is tallied alike.
 */
export function readSet(plan: Plan, set: unknown, path: Path, forms: readonly Form[]): Read {
  // a result file (the report's download) or a line of `leadership-3d score` output
  if (isRecord(set) && isRecord(set.result) && !('answers' in set || 'items' in set))
    return readSet(plan, set.result, [...path, 'result'], forms);
  if (!isRecord(set) || 'answers' in set || !('items' in set || 'dimensions' in set))
    return readResponses(plan, set, path, forms);
  expectHeader(plan, set, path, forms);
  const { items } = set;
  if (!isRecord(items))
    fail('invalid-input', [...path, 'items'], 'Expected keyed answers by item id');
  const raw = new Uint8Array(plan.reverse.length);
  for (const key of Object.keys(items)) {
    const i = plan.itemIndex.get(key);
    if (i === undefined) fail('unknown-item', [...path, 'items', key], 'Unknown id');
    const value = items[key];
    if (value === null) continue;
    if (!(Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 5))
      fail(
        typeof value === 'number' ? 'out-of-range' : 'invalid-input',
        [...path, 'items', key],
        'Expected 1–5 or null',
      );
    raw[i] = plan.reverse[i] ? 6 - (value as number) : (value as number);
  }
  return { form: set.form as Form, raw };
}

/** A finite statistic rounded as scores are, or `null`. */
const stat = (x: number): number | null => (Number.isFinite(x) ? tidy(x) : null);

/** Cronbach's alpha of `k` items from the trace and the sum of their covariance matrix. */
const alphaOf = (k: number, trace: number, sum: number): number =>
  k < 2 ? NaN : (1 - trace / sum) * (k / (k - 1));

/**
 * The running tally of a cohort. {@link analyze} feeds it objects; the command line feeds it rows
 * of raw answers it read itself ({@link Analyzer.addRow}).
 */
export class Analyzer {
  readonly plan: Plan;
  /** The form analysed: the option's, else the first set's. */
  #form: Form | undefined;
  readonly #group: string | undefined;
  readonly #method: NormMethod;
  #n = 0;
  #complete = 0;
  /** Per item, the count of each keyed answer, 0 (missing) to 5: item × 6 + answer. */
  readonly #answers: Float64Array;
  /** Per dimension, its item positions (facet after facet). */
  readonly #dimensionItems: number[][];
  /** Per dimension, per pair of its items a < b (in order), counts of the 25 answer pairs. */
  readonly #pairs: Float64Array[];
  /** Per scale (facets, then dimensions): sets that answered every item. */
  readonly #whole: Float64Array;
  /** Per scale, the count of each valid score. */
  readonly #scores: Map<number, number>[];
  readonly #keyed: Uint8Array;
  readonly #facetScores: Float64Array;
  readonly #facetAnswered: Int32Array;

  constructor(options: AnalyzeOptions = {}) {
    const plan = (this.plan = planFromOptions(options));
    const { form, group, normMethod = 'distribution' } = options;
    if (form !== undefined && !FORMS.includes(form))
      fail('invalid-input', ['options', 'form'], `Expected ${FORMS.join(' or ')}`);
    if (group !== undefined && (typeof group !== 'string' || !group.trim()))
      fail('invalid-input', ['options', 'group'], 'Expected a group name');
    if (!NORM_METHODS.includes(normMethod))
      fail('invalid-input', ['options', 'normMethod'], `Expected ${NORM_METHODS.join(' or ')}`);
    this.#form = form;
    this.#group = group;
    this.#method = normMethod;
    const items = plan.reverse.length;
    const facets = plan.facetIds.length;
    this.#answers = new Float64Array(items * 6);
    this.#dimensionItems = DIMENSIONS.map((d) => plan.items.dimensions[d]);
    this.#pairs = this.#dimensionItems.map(
      ({ length: k }) => new Float64Array(((k * (k - 1)) / 2) * 25),
    );
    this.#whole = new Float64Array(facets + DIMENSIONS.length);
    this.#scores = Array.from({ length: facets + DIMENSIONS.length }, () => new Map());
    this.#keyed = new Uint8Array(items);
    this.#facetScores = new Float64Array(facets);
    this.#facetAnswered = new Int32Array(facets);
  }

  /** The forms a set may have: the one analysed, or either before the first set. */
  get forms(): readonly Form[] {
    return this.#form ? [this.#form] : FORMS;
  }

  /** Reads one set (a response set, result or result file) and tallies it. */
  add(set: unknown, path: Path = []): void {
    const { form, raw } = readSet(this.plan, set, path, this.forms);
    this.addRow(raw, 0, form);
  }

  /**
   * Tallies one row of raw answers already checked: `raw[offset + i]` is item i's answer, 1–5,
   * or 0 for missing. The fast path of the command line, which reads rows from bytes.
   */
  addRow(raw: ArrayLike<number>, offset: number, form: Form): void {
    this.#form ??= form;
    const { reverse, facetItems, dimensionFacets } = this.plan;
    const keyed = this.#keyed;
    const answers = this.#answers;
    let answered = 0;
    for (let i = 0; i < keyed.length; i++) {
      const x = raw[offset + i]!;
      const k = x && reverse[i] ? 6 - x : x;
      keyed[i] = k;
      answers[i * 6 + k]!++;
      if (k) answered++;
    }
    this.#n++;
    if (answered === keyed.length) this.#complete++;

    // every pair of items of a dimension: (x − 1) · 5 + (y − 1) = 5x + y − 6
    for (let d = 0; d < this.#pairs.length; d++) {
      const items = this.#dimensionItems[d]!;
      const table = this.#pairs[d]!;
      const k = items.length;
      let p = 0;
      for (let a = 0; a < k - 1; a++) {
        const x = keyed[items[a]!]!;
        if (!x) {
          p += k - 1 - a;
          continue;
        }
        const base = 5 * x - 6;
        for (let b = a + 1; b < k; b++, p++) {
          const y = keyed[items[b]!]!;
          if (y) table[p * 25 + base + y]!++;
        }
      }
    }

    // scores exactly as score() computes them (same operations in the same order)
    const facets = facetItems.length;
    for (let f = 0; f < facets; f++) {
      const own = facetItems[f]!;
      let sum = 0;
      let count = 0;
      for (const i of own) {
        const k = keyed[i]!;
        if (k) {
          sum += k;
          count++;
        }
      }
      this.#facetAnswered[f] = count;
      const value = count >= minimumOf(own.length) ? pomp(sum / count) : NaN;
      this.#facetScores[f] = value;
      this.#tallyScale(f, count, own.length, value);
    }
    for (let d = 0; d < DIMENSIONS.length; d++) {
      const own = dimensionFacets[DIMENSIONS[d]!];
      let sum = 0;
      let valid = 0;
      let count = 0;
      for (const f of own) {
        const v = this.#facetScores[f]!;
        count += this.#facetAnswered[f]!;
        if (v === v) {
          sum += v;
          valid++;
        }
      }
      const value = valid >= minimumOf(own.length) ? tidy(sum / valid) : NaN;
      this.#tallyScale(facets + d, count, this.#dimensionItems[d]!.length, value);
    }
  }

  #tallyScale(s: number, answered: number, items: number, value: number): void {
    if (answered === items) this.#whole[s]!++;
    if (value === value) {
      const counts = this.#scores[s]!;
      counts.set(value, (counts.get(value) ?? 0) + 1);
    }
  }

  /** Sets tallied so far. */
  get n(): number {
    return this.#n;
  }

  /**
   * Each distinct valid score of a facet or dimension with its count, lowest first: what a
   * `distribution` norm lists (a writer can stream it instead of holding every score).
   */
  scoreCounts(kind: 'dimensions' | 'facets', id: string): [number, number][] {
    const s =
      kind === 'facets'
        ? this.plan.facetIds.indexOf(id)
        : this.plan.facetIds.length + DIMENSIONS.indexOf(id as DimensionId);
    return [...(this.#scores[s] ?? [])].sort((a, b) => a[0] - b[0]);
  }

  /**
   * The analysis of the sets tallied so far. With `expandScores: false` every `distribution`
   * norm comes with `scores: []`, for a writer that fills it from {@link scoreCounts}.
   */
  result({ expandScores = true } = {}): Analysis {
    const { plan } = this;
    const { facetIds, facetItems, itemIds, dimensionFacets } = plan;
    const warnings: AnalysisWarning[] = [];
    const warn = (code: AnalysisWarningCode, path: Path, message: string) =>
      warnings.push({ code, path, message });
    const n = this.#n;
    const answers = this.#answers;

    // per item: count, mean and variance of the keyed answers
    const itemN: number[] = [];
    const itemMean: number[] = [];
    const itemVar: number[] = [];
    for (let i = 0; i < itemIds.length; i++) {
      let count = 0;
      let sum = 0;
      let squares = 0;
      for (let x = 1; x <= 5; x++) {
        const c = answers[i * 6 + x]!;
        count += c;
        sum += c * x;
        squares += c * x * x;
      }
      itemN.push(count);
      itemMean.push(sum / count);
      itemVar.push(count < 2 ? NaN : (squares - (sum * sum) / count) / (count - 1));
    }

    const items: ItemAnalysis[] = itemIds.map((id, i) => {
      const count = itemN[i]!;
      const share = (c: number) => (count ? tidy(c / count) : 0);
      return {
        id,
        facet: '',
        dimension: DIMENSIONS[0],
        n: count,
        mean: stat(itemMean[i]!),
        sd: stat(Math.sqrt(itemVar[i]!)),
        floor: share(answers[i * 6 + 1]!),
        ceiling: share(answers[i * 6 + 5]!),
        missing: n ? tidy(answers[i * 6]! / n) : 0,
        rDrop: { facet: null, dimension: null },
        alphaDrop: { facet: null, dimension: null },
      };
    });
    const facets: Record<string, ScaleAnalysis> = {};
    const dimensions = {} as Record<DimensionId, ScaleAnalysis>;
    for (const f of facetIds) facets[f] = {} as ScaleAnalysis; // instrument order

    DIMENSIONS.forEach((d, di) => {
      const own = this.#dimensionItems[di]!;
      const k = own.length;
      // pairwise covariance matrix of the dimension's items, and the n of each entry
      const cov = new Float64Array(k * k);
      const pairN = new Float64Array(k * k);
      own.forEach((i, a) => {
        cov[a * k + a] = itemVar[i]!;
        pairN[a * k + a] = itemN[i]!;
      });
      const table = this.#pairs[di]!;
      for (let a = 0, p = 0; a < k - 1; a++)
        for (let b = a + 1; b < k; b++, p++) {
          let count = 0;
          let sx = 0;
          let sy = 0;
          let sxy = 0;
          for (let x = 1; x <= 5; x++)
            for (let y = 1; y <= 5; y++) {
              const c = table[p * 25 + 5 * x + y - 6]!;
              count += c;
              sx += c * x;
              sy += c * y;
              sxy += c * x * y;
            }
          cov[a * k + b] = cov[b * k + a] = (sxy - (sx * sy) / count) / (count - 1);
          pairN[a * k + b] = pairN[b * k + a] = count;
        }
      const scale = (positions: number[], s: number, level: 'facet' | 'dimension') => {
        const { alpha, minPairN, byItem } = reliability(positions, cov, pairN, k);
        const dropped: string[] = [];
        for (const a of positions) {
          const item = items[own[a]!]!;
          const drop = byItem.get(a);
          if (drop) {
            item.rDrop[level] = drop.rDrop;
            item.alphaDrop[level] = drop.alphaDrop;
          } else dropped.push(item.id);
        }
        return {
          items: positions.length,
          ...this.#scoreStats(s),
          alpha,
          complete: this.#whole[s]!,
          minPairN,
          dropped,
        };
      };
      for (const f of dimensionFacets[d]) {
        facets[facetIds[f]!] = scale(
          facetItems[f]!.map((i) => own.indexOf(i)),
          f,
          'facet',
        );
        for (const i of facetItems[f]!) {
          items[i]!.facet = facetIds[f]!;
          items[i]!.dimension = d;
        }
      }
      dimensions[d] = scale(
        own.map((_, a) => a),
        facetIds.length + di,
        'dimension',
      );
    });
    // ScaleAnalysis fields in the documented order
    for (const scales of [facets, dimensions] as Record<string, ScaleAnalysis>[])
      for (const [id, a] of Object.entries(scales))
        scales[id] = {
          items: a.items,
          n: a.n,
          alpha: a.alpha,
          mean: a.mean,
          sd: a.sd,
          complete: a.complete,
          minPairN: a.minPairN,
          dropped: a.dropped,
        };

    for (const item of items) {
      const i = plan.itemIndex.get(item.id)!;
      if (n >= 2 && !(itemVar[i]! > 0))
        warn(
          'no-variance',
          ['items', i],
          `${item.id}: the answers do not vary (or fewer than 2): left out of every alpha, as psych::alpha does`,
        );
      for (const level of ['facet', 'dimension'] as const)
        if (item.rDrop[level]! < 0)
          warn(
            'negative-r-drop',
            ['items', i],
            `${item.id}: correlates negatively with the rest of its ${level} (r.drop ${item.rDrop[level]}): check its wording and its reverse keying`,
          );
    }

    const norms: Norms = {
      group: this.#group ?? `this cohort (n = ${n})`,
      dimensions: {},
      facets: {},
    };
    for (const [kind, ids, offset] of [
      ['dimensions', DIMENSIONS, facetIds.length],
      ['facets', facetIds, 0],
    ] as const)
      ids.forEach((id, s) => {
        const norm = this.#norm(offset + s, expandScores);
        if (norm) (norms[kind] as Record<string, NormStat>)[id] = norm;
        else
          warn(
            'no-norms',
            ['norms', kind, id],
            `${id}: no norm (${this.#method === 'normal' ? 'fewer than 2 scores, or no spread' : 'no valid score'})`,
          );
      });
    return {
      instrumentId: plan.instrument.id,
      instrumentVersion: plan.instrument.version,
      form: this.#form ?? FORMS[0],
      n,
      complete: this.#complete,
      missing: 'pairwise',
      items,
      facets,
      dimensions,
      norms,
      psychometrics: this.#psychometrics(dimensions, facets),
      warnings,
    };
  }

  /** n, mean and SD of the valid scores of scale `s`. */
  #scoreStats(s: number): Pick<ScaleAnalysis, 'n' | 'mean' | 'sd'> {
    let count = 0;
    let sum = 0;
    for (const [value, c] of this.#scores[s]!) {
      count += c;
      sum += value * c;
    }
    const mean = sum / count;
    let squares = 0;
    for (const [value, c] of this.#scores[s]!) squares += c * (value - mean) ** 2;
    return {
      n: count,
      mean: stat(mean),
      sd: count < 2 ? null : stat(Math.sqrt(squares / (count - 1))),
    };
  }

  #norm(s: number, expand: boolean): NormStat | undefined {
    const counts = this.#scores[s]!;
    if (this.#method === 'normal') {
      const { n, mean, sd } = this.#scoreStats(s);
      return sd ? { mean: mean!, sd, n } : undefined;
    }
    if (!counts.size) return undefined;
    const scores: number[] = [];
    if (expand)
      for (const [value, c] of [...counts].sort((a, b) => a[0] - b[0]))
        for (let j = 0; j < c; j++) scores.push(value);
    return { scores };
  }

  /**
   * The instrument's `psychometrics` as this cohort measures them: per level the mean alpha,
   * the SD of dimension scores (the instrument has one SD for both levels), and the complete
   * sets they rest on.
   */
  #psychometrics(
    dimensions: Record<DimensionId, ScaleAnalysis>,
    facets: Record<string, ScaleAnalysis>,
  ): SuggestedPsychometrics {
    const n = this.#complete;
    const level = (scales: ScaleAnalysis[]) => {
      const alphas = scales.map((s) => s.alpha);
      return alphas.every((a) => a !== null)
        ? alphas.reduce((a, b) => a + b, 0) / alphas.length
        : NaN;
    };
    const dims = Object.values(dimensions);
    const dimension = level(dims);
    const facet = level(Object.values(facets));
    const sd = Math.sqrt(dims.reduce((v, s) => v + (s.sd ?? NaN) ** 2, 0) / dims.length);
    const usable = (r: number) => r >= 0 && r < 1;
    const problem = !n
      ? 'no complete set'
      : !usable(dimension) || !usable(facet)
        ? 'an alpha is missing, below 0 or 1'
        : !(sd > 0)
          ? 'dimension scores do not vary, or fewer than 2 per dimension'
          : '';
    const few =
      n < MIN_COMPLETE_SETS
        ? `${n} complete sets: measured reliabilities need at least ${MIN_COMPLETE_SETS} before an instrument relies on them`
        : null;
    if (problem)
      return {
        suggested: null,
        n,
        warning: `No psychometrics suggested: ${problem}${few ? `; ${few}` : ''}`,
      };
    return {
      suggested: {
        sd: tidy(sd),
        reliability: { dimension: tidy(dimension), facet: tidy(facet) },
        measuredOn: n,
      },
      n,
      warning: few,
    };
  }
}

/**
 * psych::alpha of the items at `positions` of a covariance matrix `cov` (k × k): items whose
 * variance is not above 0 are left out first, as psych does; then raw_alpha, and per item left
 * alpha.drop and r.drop, from the covariances alone.
 */
function reliability(
  positions: number[],
  cov: Float64Array,
  pairN: Float64Array,
  k: number,
): {
  alpha: number | null;
  minPairN: number;
  byItem: Map<number, { rDrop: number | null; alphaDrop: number | null }>;
} {
  const kept = positions.filter((a) => cov[a * k + a]! > 0);
  let trace = 0;
  let sum = 0;
  let minPairN = Infinity;
  const rowSums = kept.map((a) => {
    trace += cov[a * k + a]!;
    let row = 0;
    for (const b of kept) {
      row += cov[a * k + b]!;
      if (b !== a) minPairN = Math.min(minPairN, pairN[a * k + b]!);
    }
    sum += row;
    return row;
  });
  const m = kept.length;
  const byItem = new Map(
    kept.map((a, j) => {
      const own = cov[a * k + a]!;
      const rest = sum - 2 * rowSums[j]! + own;
      return [
        a,
        {
          rDrop: stat((rowSums[j]! - own) / Math.sqrt(own * rest)),
          // psych gives C[1,2]/C[2,2] as the "alpha" of one item left of two: not an alpha
          alphaDrop: m > 2 ? stat(alphaOf(m - 1, trace - own, rest)) : null,
        },
      ];
    }),
  );
  return {
    alpha: stat(alphaOf(m, trace, sum)),
    minPairN: minPairN === Infinity ? 0 : minPairN,
    byItem,
  };
}
