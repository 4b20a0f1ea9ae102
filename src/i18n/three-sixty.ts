import { en360 } from './locales/en-360.js';
import type { ThreeSixtyMessages } from './types.js';

/**
 * The built-in texts of `<l3d-360>` in languages other than English: one lazily loaded chunk
 * each, apart from the questionnaire's locale files, so a respondent never downloads them.
 */
const BUILTIN: Readonly<Record<string, () => Promise<ThreeSixtyMessages>>> = {
  es: () => import('./locales/es-360.js').then((m) => m.es360),
  ar: () => import('./locales/ar-360.js').then((m) => m.ar360),
};

// Shared by every view on the page: each language is fetched once.
const loaded = new Map<string, ThreeSixtyMessages | Promise<unknown>>();

/**
 * The built-in 360° texts for `lang`, English for a language without them, or `null` while
 * they load (`onLoad` is called once they are there). A chunk that fails to load leaves
 * English, so a view is never stuck.
 */
export function builtinThreeSixty(lang: string, onLoad: () => void): ThreeSixtyMessages | null {
  const primary = lang.trim().toLowerCase().split('-')[0] ?? '';
  const load = BUILTIN[primary];
  if (!load) return en360;
  const hit = loaded.get(primary);
  if (hit && !(hit instanceof Promise)) return hit;
  const pending =
    hit ??
    load().then(
      (texts) => loaded.set(primary, texts),
      () => loaded.set(primary, en360),
    );
  loaded.set(primary, pending);
  void pending.then(onLoad);
  return null;
}
