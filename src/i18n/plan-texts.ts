import { enPlan } from './locales/en-plan.js';
import type { PlanMessages } from './types.js';

/**
 * The development plan's built-in texts in languages other than English: one lazily loaded
 * chunk each, fetched only by a person who opens a plan in that language.
 */
const BUILTIN: Readonly<Record<string, () => Promise<PlanMessages>>> = {
  es: () => import('./locales/es-plan.js').then((m) => m.esPlan),
  ar: () => import('./locales/ar-plan.js').then((m) => m.arPlan),
};

const loaded = new Map<string, PlanMessages | Promise<unknown>>();

/**
 * The plan's texts for `lang`, English for a language without built-in ones, or `null` while
 * they load (`onLoad` is called once they are there; a failed load leaves English).
 */
export function builtinPlan(lang: string, onLoad: () => void): PlanMessages | null {
  const primary = lang.trim().toLowerCase().split('-')[0] ?? '';
  const load = BUILTIN[primary];
  if (!load) return enPlan;
  const hit = loaded.get(primary);
  if (hit && !(hit instanceof Promise)) return hit;
  const pending =
    hit ??
    load().then(
      (texts) => loaded.set(primary, texts),
      () => loaded.set(primary, enPlan),
    );
  loaded.set(primary, pending);
  void pending.then(onLoad);
  return null;
}
