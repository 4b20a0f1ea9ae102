/**
 * leadership-3d: importing this module registers the custom elements (duplicate-safe) and
 * re-exports the public API.
 */
export * from './scoring/index.js';
