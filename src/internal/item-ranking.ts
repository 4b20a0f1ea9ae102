/**
 * The highest and lowest items of one result, by keyed answer (after reverse keying), for the
 * report's "highest and lowest answers": plain data in, plain data out, tested in Node.
 *
 * Ties are never broken by instrument order. Items with the same keyed answer form a tie group
 * and share a rank (1, 2, 2, 4 …). A list takes whole groups: up to `LIST_SIZE` items, and the
 * group that crosses that place is shown in full (each item marked tied) while the list stays
 * within `TIE_LIMIT`; a larger group is left out of the ranking, counted (and listed apart). The two lists take groups
 * in turn from the top and from the bottom, so no item (nor answer) is in both.
 */

/** Items a list aims to show. */
export const LIST_SIZE = 5;
/** Most items a list shows when a tie group crosses `LIST_SIZE`. */
export const TIE_LIMIT = 10;
/** Fewer answered items than this give no lists. */
export const MIN_ANSWERED = 4;

export interface RankedItem {
  id: string;
  /** Keyed answer, 1–5. */
  keyed: number;
  /** 1 = highest (in `highest`) or lowest (in `lowest`); items that tie share a rank. */
  rank: number;
  /** Whether another answered item has the same keyed answer. */
  tied: boolean;
}

/**
 * A tie group too large to rank apart: how many items, their keyed answer and shared rank, and
 * the items (in instrument order: a report may still show them, unranked, on request).
 */
export interface LeftOut {
  count: number;
  ids: string[];
  keyed: number;
  rank: number;
}

export interface ItemRanking {
  /** `too-few`: under `MIN_ANSWERED` answered; `all-equal`: every answered item alike. */
  status: 'ranked' | 'all-equal' | 'too-few';
  highest: RankedItem[];
  lowest: RankedItem[];
  highestLeftOut: LeftOut | null;
  lowestLeftOut: LeftOut | null;
}

interface Side {
  items: RankedItem[];
  leftOut: LeftOut | null;
  done: boolean;
}

/** A keyed answer a result may hold: 1–5; anything else (null, missing, foreign data) is missing. */
export const keyedOf = (value: unknown): number | null =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5 ? value : null;

/**
 * Ranks the items `order` names (the instrument's item ids, in order) by their keyed answers in
 * `keyed` (a result's `items`).
 */
export function rankItems(
  keyed: Readonly<Record<string, unknown>> | null | undefined,
  order: readonly string[],
): ItemRanking {
  const groups = new Map<number, string[]>();
  let answered = 0;
  for (const id of order) {
    const value = keyedOf(keyed?.[id]);
    if (value === null) continue;
    answered++;
    groups.set(value, [...(groups.get(value) ?? []), id]);
  }
  const empty = { highest: [], lowest: [], highestLeftOut: null, lowestLeftOut: null };
  if (answered < MIN_ANSWERED) return { status: 'too-few', ...empty };
  if (groups.size < 2) return { status: 'all-equal', ...empty };
  const values = [...groups.keys()].sort((a, b) => b - a);
  // items above (for the highest) or below (for the lowest) a value: the rank is one more
  const beyond = (value: number, high: boolean) =>
    values
      .filter((v) => (high ? v > value : v < value))
      .reduce((n, v) => n + groups.get(v)!.length, 0);
  const take = (side: Side, value: number, high: boolean) => {
    const ids = groups.get(value)!;
    const size = side.items.length + ids.length;
    side.done = size >= LIST_SIZE;
    const rank = beyond(value, high) + 1;
    if (size > TIE_LIMIT) {
      side.leftOut = { count: ids.length, ids, keyed: value, rank };
      return;
    }
    for (const id of ids) side.items.push({ id, keyed: value, rank, tied: ids.length > 1 });
  };
  const high: Side = { items: [], leftOut: null, done: false };
  const low: Side = { items: [], leftOut: null, done: false };
  // In turn from each end, so neither list takes what the other one needs.
  let top = 0;
  let bottom = values.length - 1;
  while (top <= bottom && !(high.done && low.done)) {
    if (!high.done) take(high, values[top++]!, true);
    if (!low.done && top <= bottom) take(low, values[bottom--]!, false);
  }
  return {
    status: 'ranked',
    highest: high.items,
    lowest: low.items,
    highestLeftOut: high.leftOut,
    lowestLeftOut: low.leftOut,
  };
}

/**
 * A growth area's lowest items: those with its lowest keyed answers, at most `max`, and only
 * answers of 3 or below (a facet may be a growth area with every answer "often"). Whole tie
 * groups only: when more than `max` items tie at its lowest answer, `tied` counts them instead.
 */
export function lowItems(
  keyed: Readonly<Record<string, unknown>> | null | undefined,
  ids: readonly string[],
  max = 2,
): { items: RankedItem[]; tied: LeftOut | null } {
  const answered = ids
    .map((id) => ({ id, keyed: keyedOf(keyed?.[id]) }))
    .filter((x): x is { id: string; keyed: number } => x.keyed !== null && x.keyed <= 3);
  const values = [...new Set(answered.map((x) => x.keyed))].sort((a, b) => a - b);
  const items: RankedItem[] = [];
  for (const value of values) {
    const group = answered.filter((x) => x.keyed === value);
    if (items.length + group.length > max) {
      if (!items.length)
        return {
          items,
          tied: { count: group.length, ids: group.map((x) => x.id), keyed: value, rank: 1 },
        };
      break;
    }
    const rank = items.length + 1;
    for (const x of group) items.push({ ...x, rank, tied: group.length > 1 });
  }
  return { items, tied: null };
}
