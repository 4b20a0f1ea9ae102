import { enPlan } from './locales/en-plan.js';
import { lazyTexts } from './lazy-texts.js';
import type { PlanMessages } from './types.js';

/**
 * The development plan's built-in texts in languages other than English: one lazily loaded
 * chunk each, fetched only by a person who opens a plan in that language.
 */
const BUILTIN: Readonly<Record<string, () => Promise<PlanMessages>>> = {
  es: () => import('./locales/es-plan.js').then((m) => m.esPlan),
  ar: () => import('./locales/ar-plan.js').then((m) => m.arPlan),
};

/** The plan's texts for a language (see lazy-texts.ts). */
export const builtinPlan = lazyTexts<PlanMessages>(enPlan, BUILTIN);
