/**
 * What `<leadership-3d>` keeps beside its answers: a rater's comments, a development plan. Each
 * is stored by the lazy part that owns it, in the same storage as the answers (the widget's
 * `persist`) under the answers' key + `:<name>`, so the first file does not grow for them; the
 * widget's `reset()` clears them with the answers (persistence-controller.ts, `SIDE_KEYS`).
 */
import type { Form } from '../scoring/vocabulary.js';

/** The widget's settings a side store reads (its `persist` and `storage-key` attributes). */
export interface SideStoreHost {
  persist?: string;
  storageKey?: string;
}

/**
 * Where a side value is kept; `undefined` with `persist="none"`. The default key is
 * `defaultStorageKey()` of persistence-controller.ts written out (a test holds them equal):
 * importing it would make the first file export one more name.
 */
export function sideKey(
  host: SideStoreHost,
  instrument: { id: string; version: string },
  form: Form,
  name: string,
): { storage: () => Storage; key: string } | undefined {
  const { persist, storageKey } = host;
  if (persist === 'none') return undefined;
  const key = storageKey?.trim() || `leadership-3d:${instrument.id}@${instrument.version}:${form}`;
  return {
    storage: () => (persist === 'local' ? localStorage : sessionStorage),
    key: `${key}:${name}`,
  };
}

/** The stored text, or `null` when there is none or storage is unavailable. */
export function readSide(where: ReturnType<typeof sideKey>): string | null {
  try {
    return where ? where.storage().getItem(where.key) : null;
  } catch {
    return null;
  }
}

/** Writes a value as JSON, or removes it (`undefined`); storage refusing costs only this value. */
export function writeSide(where: ReturnType<typeof sideKey>, value: unknown): void {
  if (!where) return;
  try {
    if (value === undefined) where.storage().removeItem(where.key);
    else where.storage().setItem(where.key, JSON.stringify(value));
  } catch {
    // the widget already says when storage refuses its answers
  }
}
