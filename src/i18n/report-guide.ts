import { enGuide } from './locales/en-guide.js';
import type { GuideMessages } from './types.js';

/** The report's second-version texts in one language, and the built-in facets' strength advice. */
export interface BuiltinGuide {
  guide: GuideMessages;
  /** Strength advice (`develop.use`) of the built-in instrument's facets, by facet id. */
  use: Readonly<Record<string, string>>;
}

/**
 * The built-in texts in languages other than English: one chunk each, fetched with the report
 * (not with the questionnaire's locale, which has no bytes to spare), so English readers never
 * download them. English is the instrument's own `use` and `en-guide.ts`.
 */
const BUILTIN: Readonly<Record<string, () => Promise<BuiltinGuide>>> = {
  es: () => import('./locales/es-guide.js').then((m) => ({ guide: m.esGuide, use: m.esUse })),
  ar: () => import('./locales/ar-guide.js').then((m) => ({ guide: m.arGuide, use: m.arUse })),
};

const ENGLISH: BuiltinGuide = { guide: enGuide, use: {} };

// Shared by every report on the page: each language is fetched once.
const loaded = new Map<string, BuiltinGuide | Promise<unknown>>();

/**
 * The built-in guide texts for `lang`, English for a language without them, or `null` while
 * they load (`onLoad` is called once they are there). A chunk that fails to load leaves
 * English, so a report is never stuck.
 */
export function builtinGuide(lang: string, onLoad: () => void): BuiltinGuide | null {
  const primary = lang.trim().toLowerCase().split('-')[0] ?? '';
  const load = BUILTIN[primary];
  if (!load) return ENGLISH;
  const hit = loaded.get(primary);
  if (hit && !(hit instanceof Promise)) return hit;
  const pending =
    hit ??
    load().then(
      (texts) => loaded.set(primary, texts),
      () => loaded.set(primary, ENGLISH),
    );
  loaded.set(primary, pending);
  void pending.then(onLoad);
  return null;
}
