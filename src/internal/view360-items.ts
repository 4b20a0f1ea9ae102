/**
 * The 360° view's item detail as plain data, without Lit or the DOM (tested in Node): each item's
 * keyed answers by rater group under the view's anonymity rule, how far the raters agree, the
 * items others rate highest and lowest, the largest self/others differences, and the comments a
 * group may show. Loaded with the view's detail chunk, only when there are raters.
 */
import { isRecord } from '../scoring/errors.js';
import type {
  Instrument,
  RaterGroup,
  RaterResponseSet,
  RaterResult,
  Result,
} from '../scoring/types.js';
import { RATER_GROUPS } from '../scoring/vocabulary.js';
import {
  MAX_COMMENT_LENGTH,
  type CodeEntry,
  type HostRater,
  type RaterComments,
} from './view360.js';

/**
 * Raters a mean, a spread or a group's comments need (the engine's `MIN_RATERS`, restated so
 * this chunk does not import the engine's 360 module for one number; a Node test keeps them equal).
 */
export const MIN_SHOWN = 3;

/** Up to this many items in each list (highest, lowest, largest differences). */
export const LIST_LENGTH = 5;

/**
 * Strong disagreement on an item: the others' answers span at least 3 scale points (someone
 * answers "almost never" and someone "often", or "rarely" and "almost always"). See docs/360.md.
 */
export const SPLIT_ITEM = 3;

/**
 * Strong disagreement on a facet: the raters' facet means (each over 3–4 items, 1–5) span at
 * least 2 scale points. A mean of four answers spreads less than one answer does.
 */
export const SPLIT_FACET = 2;

/** One rater as the detail reads them: keyed answers (1–5, `null` = missing) and comments. */
export interface Rated {
  group: RaterGroup;
  items: Record<string, number | null>;
  comments?: RaterComments;
}

/** A mean of keyed answers on the 1–5 scale; `mean` is `null` when withheld or nobody answered. */
export interface Cell {
  mean: number | null;
  /** Raters who answered. */
  n: number;
}

/** The others' answers from lowest to highest, shown only where ≥ 3 answered. */
export interface Spread {
  min: number;
  max: number;
  n: number;
  /** Strong disagreement (see `SPLIT_ITEM`, `SPLIT_FACET`). */
  split: boolean;
}

export interface ItemRow {
  id: string;
  facet: string;
  /** The self-assessment's keyed answer, `null` without one. */
  self: number | null;
  groups: Record<RaterGroup, Cell>;
  others: Cell;
  spread: Spread | null;
}

/** A rater's keyed answers: the instrument's reverse keying applied to responses, or a result's. */
export function keyedAnswers(
  instrument: Instrument,
  rater: RaterResponseSet | RaterResult,
): Record<string, number | null> {
  const result = (rater as Partial<RaterResult>).result;
  const answers = (rater as Partial<RaterResponseSet>).answers ?? {};
  const out: Record<string, number | null> = {};
  for (const item of instrument.items) {
    const raw = result ? (result.items?.[item.id] ?? null) : (answers[item.id] ?? null);
    out[item.id] = raw === null || result ? raw : item.reverse ? 6 - raw : raw;
  }
  return out;
}

/** Control characters other than tab and line breaks: never part of a comment a person wrote. */

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/**
 * A host's comments, checked: `undefined` when there are none, `null` when they cannot be used
 * (not an object of strings, longer than `MAX_COMMENT_LENGTH`, or with control characters).
 * Empty answers are dropped.
 */
export function checkComments(value: unknown): RaterComments | null | undefined {
  if (value === undefined) return undefined;
  if (!isRecord(value)) return null;
  const out: RaterComments = {};
  for (const key of Object.keys(value)) {
    const text = value[key];
    if ((key !== 'keep' && key !== 'next') || (text !== undefined && typeof text !== 'string'))
      return null;
    if (text === undefined) continue;
    if (text.length > MAX_COMMENT_LENGTH || CONTROL.test(text)) return null;
    if (text.trim()) out[key] = text.trim();
  }
  return out.keep || out.next ? out : undefined;
}

/**
 * The raters the view counts, in order: the host's (leaving out those `compute360` refused,
 * by index) then the codes'. A host rater whose comments cannot be used keeps its answers; its
 * index is listed in `badComments`.
 */
export function ratedOf(
  instrument: Instrument,
  hostRaters: readonly unknown[],
  refused: ReadonlySet<number | undefined>,
  codes: readonly CodeEntry[],
): { rated: Rated[]; badComments: number[] } {
  const rated: Rated[] = [];
  const badComments: number[] = [];
  const add = (rater: RaterResponseSet | RaterResult, comments: unknown, index: number) => {
    const checked = checkComments(comments);
    if (checked === null && index >= 0) badComments.push(index);
    rated.push({
      group: rater.group,
      items: keyedAnswers(instrument, rater),
      ...(checked ? { comments: checked } : {}),
    });
  };
  (Array.isArray(hostRaters) ? hostRaters : []).forEach((rater, i) => {
    if (!refused.has(i)) add(rater as RaterResponseSet, (rater as HostRater).comments, i);
  });
  for (const entry of codes) add(entry.responses, entry.comments, -1);
  return { rated, badComments };
}

const average = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

/**
 * The anonymity rule of the group columns, for any set of raters: a mean needs no non-managers
 * (the manager is shown alone) or at least three of them, so nobody's answer can be worked out.
 */
function cellOf(members: readonly Rated[], valueOf: (r: Rated) => number | null): Cell {
  const answered = members.filter((r) => valueOf(r) !== null);
  const nonManagers = answered.filter((r) => r.group !== 'manager').length;
  const shown = answered.length > 0 && (nonManagers === 0 || nonManagers >= MIN_SHOWN);
  return { mean: shown ? average(answered.map((r) => valueOf(r)!)) : null, n: answered.length };
}

/** The others' spread, where their mean may be shown and at least three answered. */
function spreadOf(
  members: readonly Rated[],
  valueOf: (r: Rated) => number | null,
  split: number,
): Spread | null {
  const cell = cellOf(members, valueOf);
  if (cell.mean === null || cell.n < MIN_SHOWN) return null;
  const values = members.map(valueOf).filter((v): v is number => v !== null);
  const min = Math.min(...values);
  const max = Math.max(...values);
  return { min, max, n: values.length, split: max - min >= split - 1e-9 };
}

/** Every item in instrument order: self, each group, all others, and the others' spread. */
export function itemRows(
  instrument: Instrument,
  self: Pick<Result, 'items'> | null,
  rated: readonly Rated[],
): ItemRow[] {
  return instrument.items.map((item) => {
    const valueOf = (r: Rated) => r.items[item.id] ?? null;
    const groups = {} as Record<RaterGroup, Cell>;
    for (const g of RATER_GROUPS)
      groups[g] = cellOf(
        rated.filter((r) => r.group === g),
        valueOf,
      );
    return {
      id: item.id,
      facet: item.facet,
      self: self?.items?.[item.id] ?? null,
      groups,
      others: cellOf(rated, valueOf),
      spread: spreadOf(rated, valueOf, SPLIT_ITEM),
    };
  });
}

/**
 * Each facet's spread: of each rater's facet mean (1–5, valid with at least 3 of its items
 * answered, as the engine scores a facet), where at least three raters have one.
 */
export function facetSpreads(
  instrument: Instrument,
  rated: readonly Rated[],
): Record<string, Spread | null> {
  const out: Record<string, Spread | null> = {};
  for (const facet of instrument.facets) {
    const ids = instrument.items.filter((i) => i.facet === facet.id).map((i) => i.id);
    const valueOf = (r: Rated) => {
      const answered = ids.map((id) => r.items[id] ?? null).filter((v): v is number => v !== null);
      return answered.length >= Math.min(3, ids.length) ? average(answered) : null;
    };
    out[facet.id] = spreadOf(rated, valueOf, SPLIT_FACET);
  }
  return out;
}

/** An entry of a ranked list, with its place; tied entries share it. */
export interface Ranked<T> {
  entry: T;
  rank: number;
  tied: boolean;
}

export interface RankedList<T> {
  list: Ranked<T>[];
  /** Entries tied at the cut, left out together (all in or all out), and their value. */
  tiedOut: { count: number; value: number } | null;
}

/**
 * Up to `limit` entries by `value`, highest first (negate for lowest first). Values are compared
 * as shown, to one decimal: entries that read the same are tied and share a rank, and a tie that
 * would cross the limit is left out whole and counted, never broken by instrument order.
 */
export function rankTop<T>(
  entries: readonly T[],
  value: (entry: T) => number,
  limit = LIST_LENGTH,
): RankedList<T> {
  const shown = (e: T) => Math.round(value(e) * 10);
  const sorted = [...entries].sort((a, b) => shown(b) - shown(a));
  const list: Ranked<T>[] = [];
  let i = 0;
  while (i < sorted.length) {
    const level = shown(sorted[i]!);
    let j = i;
    while (j < sorted.length && shown(sorted[j]!) === level) j++;
    // a tie that starts inside the list and runs past its end
    if (j > limit)
      return { list, tiedOut: i < limit ? { count: j - i, value: value(sorted[i]!) } : null };
    for (const entry of sorted.slice(i, j)) list.push({ entry, rank: i + 1, tied: j - i > 1 });
    i = j;
  }
  return { list, tiedOut: null };
}

/** Items whose others' mean is shown and rests on at least three raters. */
const rated3 = (rows: readonly ItemRow[]) =>
  rows.filter((r) => r.others.mean !== null && r.others.n >= MIN_SHOWN);

/** The items others rate highest and lowest (an item in the highest list is not in the lowest). */
export function highestLowest(rows: readonly ItemRow[]): {
  highest: RankedList<ItemRow>;
  lowest: RankedList<ItemRow>;
} {
  const pool = rated3(rows);
  const highest = rankTop(pool, (r) => r.others.mean!);
  const inHighest = new Set(highest.list.map((r) => r.entry.id));
  const lowest = rankTop(
    pool.filter((r) => !inHighest.has(r.id)),
    (r) => -r.others.mean!,
  );
  if (lowest.tiedOut) lowest.tiedOut.value = -lowest.tiedOut.value;
  return { highest, lowest };
}

/** Self − others on one item, 1–5 scale: positive when the person rates themselves higher. */
export const differenceOf = (row: ItemRow): number => row.self! - row.others.mean!;

/** The largest self/others differences: items both answered, others by at least three raters. */
export function largestDifferences(rows: readonly ItemRow[]): RankedList<ItemRow> {
  const pool = rated3(rows).filter((r) => r.self !== null && Math.round(differenceOf(r) * 10));
  return rankTop(pool, (r) => Math.abs(differenceOf(r)));
}

/**
 * A new order for a list of comments: Fisher–Yates with `random` (0 ≤ x < 1), and never the
 * order given when there are two or more, so the order cannot show who wrote what.
 */
export function shuffle<T>(list: readonly T[], random: () => number = Math.random): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  // the identity is one of the n! orders: move each comment on by one place instead
  if (out.length > 1 && out.every((c, i) => c === list[i])) out.push(out.shift()!);
  return out;
}

/** A group's comments: shown (shuffled) or withheld for anonymity. */
export type GroupComments =
  | { shown: true; keep: string[]; next: string[] }
  | { shown: false; keep?: undefined; next?: undefined };

/**
 * Comments by group: a group shows them when at least three of its raters wrote any, the
 * manager always (shown alone, labelled); groups without comments are absent. Each question's
 * answers are shuffled apart, so a rater's two answers are not paired up either.
 */
export function commentsByGroup(
  rated: readonly Rated[],
  random?: () => number,
): Partial<Record<RaterGroup, GroupComments>> {
  const out: Partial<Record<RaterGroup, GroupComments>> = {};
  for (const g of RATER_GROUPS) {
    const given = rated.filter((r) => r.group === g && r.comments).map((r) => r.comments!);
    if (!given.length) continue;
    out[g] =
      g === 'manager' || given.length >= MIN_SHOWN
        ? {
            shown: true,
            keep: shuffle(
              given.flatMap((c) => (c.keep ? [c.keep] : [])),
              random,
            ),
            next: shuffle(
              given.flatMap((c) => (c.next ? [c.next] : [])),
              random,
            ),
          }
        : { shown: false };
  }
  return out;
}
