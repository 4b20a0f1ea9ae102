import { enGroup } from './locales/en-group.js';
import { lazyTexts } from './lazy-texts.js';
import type { GroupMessages } from './types.js';

/**
 * The built-in texts of `<l3d-group>` in languages other than English: one lazily loaded chunk
 * each, fetched with the element, so a respondent never downloads them.
 */
const BUILTIN: Readonly<Record<string, () => Promise<GroupMessages>>> = {
  es: () => import('./locales/es-group.js').then((m) => m.esGroup),
  ar: () => import('./locales/ar-group.js').then((m) => m.arGroup),
};

/** The built-in group report texts for a language (see lazy-texts.ts). */
export const builtinGroupTexts = lazyTexts<GroupMessages>(enGroup, BUILTIN);
