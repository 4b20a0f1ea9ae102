import { enGuide } from './locales/en-guide.js';
import { lazyTexts } from './lazy-texts.js';
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

/** The built-in guide texts for a language (see lazy-texts.ts). */
export const builtinGuide = lazyTexts<BuiltinGuide>(ENGLISH, BUILTIN);
