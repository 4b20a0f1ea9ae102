/**
 * The group report's inputs and numbers as plain data, without Lit or the DOM: reading result
 * files and pasted JSON into checked results (each refusal with a message key for the person and
 * a sentence for the developer), and the cohort's numbers (n, distribution, score bands) that
 * `<l3d-group>` draws. Nothing here keeps or returns a person's identity.
 */
import { errorMessage, isRecord } from '../scoring/errors.js';
import { score } from '../scoring/score.js';
import { STAGE_CUTS } from '../scoring/stages.js';
import { mean, sd } from '../scoring/stats.js';
import type { DimensionId, Instrument, ResponseSet, Result } from '../scoring/types.js';
import type { GroupErrorKey } from '../i18n/types.js';

/** Below this many results the report shows nothing: a mean of two tells each their other's score. */
export const MIN_RESULTS = 3;

/** The analysis of single questions needs this many results (issue 18, section 3). */
export const MIN_ITEM_ANALYSIS = 30;

/** Largest file read: a result file is ~6 KB, so this holds a few thousand results. */
export const MAX_GROUP_FILE_BYTES = 20_000_000;

/** Most results read from one file or one paste. */
export const MAX_RECORDS = 5_000;

/**
 * The `format` of the analysis file the group report writes. Declared here, not in the
 * scoring vocabulary (which the first load carries), because the library never reads it back.
 */
export const GROUP_FILE_FORMAT = 'leadership-3d-group-analysis';

/** Where a result came from, for a refusal message; never shown beside a score. */
export interface Source {
  kind: 'file' | 'pasted' | 'host';
  /** The file's name, shortened and stripped of control characters. */
  file?: string;
  /** 1-based position of the result in its file, paste or the host's list; absent for one result alone. */
  index?: number;
}

/** One thing that could not be used, and why. */
export interface Refusal {
  key: GroupErrorKey;
  source: Source;
  values?: Record<string, string | number>;
  /** English, for developers (the `l3d-error` message); may name fields. */
  detail: string;
}

/** A result accepted into the group. */
export interface GroupEntry {
  /** Equal for the same answers and scores, however the file was wrapped. */
  key: string;
  result: Result;
}

export interface GroupRead {
  accepted: GroupEntry[];
  refused: Refusal[];
  /** True when more than MAX_RECORDS results were given and the rest was not read. */
  truncated: boolean;
}

export type Read<T> = { ok: true; value: T } | { ok: false; refusal: Omit<Refusal, 'source'> };

const refuse = (
  key: GroupErrorKey,
  detail: string,
  values?: Record<string, string | number>,
): Read<never> => ({ ok: false, refusal: { key, detail, ...(values ? { values } : {}) } });

/** A file's name as a message may show it: plain text, at most 60 characters. */
export function fileLabel(name: string): string {
  const plain = String(name)
    .replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]+/g, ' ')
    .trim();
  return plain.length > 60 ? `${plain.slice(0, 59)}…` : plain || '?';
}

/** The text of a file, or why it is refused before reading (size). */
export async function readGroupFile(file: File): Promise<Read<string>> {
  if (file.size > MAX_GROUP_FILE_BYTES)
    return refuse(
      'fileTooLarge',
      `The file has ${file.size} bytes; at most ${MAX_GROUP_FILE_BYTES} are read.`,
      { size: `${Math.round(file.size / 1_000_000)} MB` },
    );
  try {
    return { ok: true, value: await file.text() };
  } catch (error) {
    return refuse('fileUnreadable', `The file could not be read: ${errorMessage(error)}`);
  }
}

/**
 * The records in a text: one JSON value (a result, or a list of results), or JSON lines (one
 * result per line). A line that is not JSON is one refusal; the other lines still count.
 */
export function splitRecords(
  text: string,
): { index: number | undefined; value: unknown; error?: string }[] {
  const trimmed = text.trim();
  if (!trimmed) return [];
  try {
    const whole: unknown = JSON.parse(trimmed);
    if (Array.isArray(whole)) return whole.map((value, i) => ({ index: i + 1, value }));
    return [{ index: undefined, value: whole }];
  } catch (error) {
    const lines = trimmed.split(/\r?\n/);
    if (lines.length === 1) return [{ index: undefined, value: undefined, error: String(error) }];
    const out: { index: number | undefined; value: unknown; error?: string }[] = [];
    lines.forEach((line, i) => {
      if (!line.trim()) return;
      try {
        out.push({ index: i + 1, value: JSON.parse(line) as unknown });
      } catch (lineError) {
        out.push({ index: i + 1, value: undefined, error: String(lineError) });
      }
    });
    return out;
  }
}

/**
 * Checks one record: the report's download, a bare result, or a response set (scored here). It
 * must be a self-assessment of this instrument and version; anything else is refused with the
 * reason, never mixed in.
 */
export function readRecord(data: unknown, instrument: Instrument): Read<Result> {
  const fields = isRecord(data) ? data : {};
  const inner = isRecord(fields['result']) ? fields['result'] : fields;
  const isResponses = 'answers' in inner;
  if (inner['instrumentId'] !== undefined && inner['instrumentId'] !== instrument.id)
    return mismatch('otherInstrument', inner['instrumentId'], instrument.id);
  if (inner['instrumentVersion'] !== undefined && inner['instrumentVersion'] !== instrument.version)
    return mismatch('otherVersion', inner['instrumentVersion'], instrument.version);
  if (!isResponses) {
    const problem = resultProblem(inner, instrument);
    if (problem) return refuse('notResult', problem);
  }
  if (inner['form'] !== 'self')
    return refuse('notSelf', `form is "${String(inner['form']).slice(0, 20)}", not "self"`);
  try {
    // a result is scored again from its answers when it has them, so every number shown comes
    // from this engine; one without answers (an older file) keeps its own scores
    const result = isResponses
      ? score(inner as unknown as ResponseSet, { instrument })
      : (inner as unknown as Result);
    return { ok: true, value: result };
  } catch (error) {
    return refuse('notResult', errorMessage(error));
  }
}

/**
 * What keeps a record from being a result the group can use: the scores it reads (every
 * dimension and facet of the instrument, 0–100 or null). Narrower than the schema's
 * `parseResultFile`, which the 360° view's chunk holds: importing it here would split that
 * chunk in two and cost both views bytes.
 */
function resultProblem(result: Record<string, unknown>, instrument: Instrument): string | null {
  for (const kind of ['dimensions', 'facets'] as const) {
    const blocks = result[kind];
    if (!isRecord(blocks)) return `"${kind}" must be an object of scores`;
    for (const { id } of instrument[kind]) {
      const block = blocks[id];
      const value = isRecord(block) ? block['score'] : undefined;
      if (value !== null && !(typeof value === 'number' && value >= 0 && value <= 100))
        return `${kind}.${id}.score must be a number from 0 to 100, or null`;
    }
  }
  return null;
}

function mismatch(
  key: 'otherInstrument' | 'otherVersion',
  found: unknown,
  expected: string,
): Read<never> {
  const shown = typeof found === 'string' && found ? found.slice(0, 40) : '?';
  const field = key === 'otherVersion' ? 'instrumentVersion' : 'instrumentId';
  return refuse(key, `${field} is "${shown}", expected "${expected}"`, { found: shown, expected });
}

/**
 * What makes two results the same: every keyed answer and every score, in instrument order.
 * The same result downloaded twice (another `exportedAt`) has the same key.
 */
export function resultKey(result: Result, instrument: Instrument): string {
  const items = isRecord(result.items) ? result.items : {};
  return [
    instrument.items.map((i) => items[i.id] ?? '').join(','),
    instrument.facets.map((f) => result.facets[f.id]?.score ?? '').join(','),
    instrument.dimensions.map((d) => result.dimensions[d.id]?.score ?? '').join(','),
  ].join('|');
}

/**
 * Reads every record of a text. `seen` holds the keys already in the group: a record equal to
 * one of them, or to one before it in the same text, is refused as a duplicate.
 */
export function readRecords(
  text: string,
  source: Omit<Source, 'index'>,
  instrument: Instrument,
  seen: ReadonlySet<string>,
): GroupRead {
  const records = splitRecords(text);
  const out: GroupRead = { accepted: [], refused: [], truncated: records.length > MAX_RECORDS };
  if (!records.length)
    out.refused.push({ key: 'empty', source: { ...source }, detail: 'Nothing to read.' });
  const keys = new Set(seen);
  for (const { index, value, error } of records.slice(0, MAX_RECORDS)) {
    const at: Source = index === undefined ? { ...source } : { ...source, index };
    if (error !== undefined) {
      out.refused.push({ key: 'notJson', source: at, detail: `Not JSON: ${error}` });
      continue;
    }
    const read = readRecord(value, instrument);
    if (!read.ok) {
      out.refused.push({ ...read.refusal, source: at });
      continue;
    }
    const key = resultKey(read.value, instrument);
    if (keys.has(key)) {
      out.refused.push({
        key: 'duplicate',
        source: at,
        detail: 'The same result is already added.',
      });
      continue;
    }
    keys.add(key);
    out.accepted.push({ key, result: read.value });
  }
  return out;
}

/** The spread of one score over the group; every number is `null` without a valid score. */
export interface Distribution {
  /** People with a valid score. */
  n: number;
  mean: number | null;
  sd: number | null;
  min: number | null;
  /** Quartiles by linear interpolation (R's default, type 7). */
  q1: number | null;
  median: number | null;
  q3: number | null;
  max: number | null;
  /** People per score band (see `SCORE_BANDS`). */
  bands: number[];
}

/** The cohort's numbers. */
export interface GroupSummary {
  n: number;
  dimensions: Record<DimensionId, Distribution>;
  facets: Record<string, Distribution>;
}

/** The score bands of the heatmap: those of the development stages, `[low, high]` inclusive. */
export const SCORE_BANDS: readonly (readonly [number, number])[] = [0, ...STAGE_CUTS].map(
  (low, i, cuts) => [low, i + 1 < cuts.length ? cuts[i + 1]! - 1 : 100] as const,
);

/** The band a score falls in: scores are whole points when shown, so 39.6 is in 40–54. */
export const bandOf = (value: number): number =>
  STAGE_CUTS.filter((cut) => Math.round(value) >= cut).length;

/** The p-quantile of sorted values, R's type 7. */
export function quantile(sorted: readonly number[], p: number): number | null {
  if (!sorted.length) return null;
  const h = (sorted.length - 1) * p;
  const low = Math.floor(h);
  const high = Math.min(low + 1, sorted.length - 1);
  return sorted[low]! + (h - low) * (sorted[high]! - sorted[low]!);
}

export function distribution(values: readonly number[]): Distribution {
  const sorted = [...values].sort((a, b) => a - b);
  const bands = SCORE_BANDS.map(() => 0);
  for (const value of sorted) bands[bandOf(value)]!++;
  return {
    n: sorted.length,
    mean: mean(sorted),
    sd: sd(sorted),
    min: sorted[0] ?? null,
    q1: quantile(sorted, 0.25),
    median: quantile(sorted, 0.5),
    q3: quantile(sorted, 0.75),
    max: sorted[sorted.length - 1] ?? null,
    bands,
  };
}

/** The cohort's numbers: per dimension and facet, the distribution of the valid scores. */
export function summarize(results: readonly Result[], instrument: Instrument): GroupSummary {
  const valid = (kind: 'dimensions' | 'facets', id: string) =>
    results
      .map((r) => (r[kind] as Record<string, { score: number | null } | undefined>)[id]?.score)
      .filter((s): s is number => typeof s === 'number');
  return {
    n: results.length,
    dimensions: Object.fromEntries(
      instrument.dimensions.map((d) => [d.id, distribution(valid('dimensions', d.id))]),
    ) as Record<DimensionId, Distribution>,
    facets: Object.fromEntries(
      instrument.facets.map((f) => [f.id, distribution(valid('facets', f.id))]),
    ),
  };
}

/**
 * A cell of a CSV file: quoted when it holds a comma, quote or line break, and text starting
 * with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`, so a spreadsheet shows
 * it as text instead of running it as a formula (the CLI's rule, `safeIdCell`).
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(Math.round(value * 100) / 100);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The group table as CSV: a row per dimension and facet (labels in the report's language), the
 * distribution's numbers and the count per score band. No row is about a person.
 */
export function groupCsv(
  summary: GroupSummary,
  instrument: Instrument,
  labels: (kind: 'dimension' | 'facet', id: string) => string,
): string {
  const header = [
    'level',
    'id',
    'label',
    'n',
    'mean',
    'sd',
    'min',
    'q1',
    'median',
    'q3',
    'max',
    ...SCORE_BANDS.map(([low, high]) => `band_${low}_${high}`),
  ];
  const row = (kind: 'dimension' | 'facet', id: string, d: Distribution) =>
    [
      kind,
      id,
      labels(kind, id),
      d.n,
      d.mean,
      d.sd,
      d.min,
      d.q1,
      d.median,
      d.q3,
      d.max,
      ...d.bands,
    ].map(csvCell);
  const rows = [
    header.map(csvCell),
    ...instrument.dimensions.map((d) => row('dimension', d.id, summary.dimensions[d.id])),
    ...instrument.facets.map((f) => row('facet', f.id, summary.facets[f.id]!)),
  ];
  return rows.map((cells) => cells.join(',')).join('\r\n') + '\r\n';
}
