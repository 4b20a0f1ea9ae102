/**
 * The entry of the one-file build (`dist/leadership-3d.js`), which a page loads with one
 * `<script type="module">`: the widget without the scoring engine's functions. Every byte of this
 * file is fetched before the first question, and no bundler is there to drop what the page does
 * not use; the engine (`score`, `score360`, `cohortStats` …) is `leadership-3d/scoring`. Its
 * types stay, for pages written in TypeScript.
 */
export * from './widget.js';
export type * from './scoring/index.js';
