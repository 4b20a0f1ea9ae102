import { enGroup } from './locales/en-group.js';
import type { GroupMessages } from './types.js';

/**
 * The built-in texts of `<l3d-group>` in languages other than English: one lazily loaded chunk
 * each, fetched with the element, so a respondent never downloads them.
 */
const BUILTIN: Readonly<Record<string, () => Promise<GroupMessages>>> = {
  es: () => import('./locales/es-group.js').then((m) => m.esGroup),
  ar: () => import('./locales/ar-group.js').then((m) => m.arGroup),
};

// Shared by every group report on the page: each language is fetched once.
const loaded = new Map<string, GroupMessages | Promise<unknown>>();

/**
 * The built-in group texts for `lang`, English for a language without them, or `null` while
 * they load (`onLoad` is called once they are there). A chunk that fails to load leaves
 * English, so the report is never stuck.
 */
export function builtinGroupTexts(lang: string, onLoad: () => void): GroupMessages | null {
  const primary = lang.trim().toLowerCase().split('-')[0] ?? '';
  const load = BUILTIN[primary];
  if (!load) return enGroup;
  const hit = loaded.get(primary);
  if (hit && !(hit instanceof Promise)) return hit;
  const pending =
    hit ??
    load().then(
      (texts) => loaded.set(primary, texts),
      () => loaded.set(primary, enGroup),
    );
  loaded.set(primary, pending);
  void pending.then(onLoad);
  return null;
}
