/**
 * leadership-3d, the package entry: registers the custom elements (duplicate-safe) and exports
 * the public API: the widget (`widget.ts`) and the scoring engine. Bundlers keep only what a
 * page imports.
 */
export * from './widget.js';
export * from './scoring/index.js';
export { loadGroup } from './components/lazy-parts.js';
export { L3dPlanChangeEvent } from './events/plan-events.js';
