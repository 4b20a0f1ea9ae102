import { en360 } from './locales/en-360.js';
import { lazyTexts } from './lazy-texts.js';
import type { ThreeSixtyMessages } from './types.js';

/**
 * The built-in texts of `<l3d-360>` in languages other than English: one lazily loaded chunk
 * each, apart from the questionnaire's locale files, so a respondent never downloads them.
 */
const BUILTIN: Readonly<Record<string, () => Promise<ThreeSixtyMessages>>> = {
  es: () => import('./locales/es-360.js').then((m) => m.es360),
  ar: () => import('./locales/ar-360.js').then((m) => m.ar360),
};

/** The built-in 360° texts for a language (see lazy-texts.ts). */
export const builtinThreeSixty = lazyTexts<ThreeSixtyMessages>(en360, BUILTIN);
