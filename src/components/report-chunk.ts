/**
 * The report's chunk: `<l3d-report>` and `<l3d-radar-chart>`, fetched in the background after
 * the first question shows, or when a page shows a stored result.
 *
 * Lazy parts that share modules with the report are fetched through this chunk. The bundler
 * (Rolldown, Vite 8) moves Lit and the engine out of the one-file build's first load as soon as
 * two lazy chunks share a module that needs them; fetched from here, what the rater's screen and
 * the 360° view share with the report is already loaded, so the first load stays one file.
 * `npm run size` fails if it is not. The response-code module, which only the rater's screen and
 * the 360° view use, is a chunk of their own (it needs no Lit): a self-form respondent never
 * fetches it.
 */
import './l3d-report/l3d-report.js';
import { whenUsed } from '../internal/when-used.js';

// the built-in instrument with the texts only the report and the observer form show
export { instrument } from '../scoring/builtin-instrument.js';
// The scoring proper: the first load only checks answers (docs/performance.md, "The entry").
export { score } from '../scoring/score.js';

/** Registers `<l3d-360>`. */
export const loadView360 = (): Promise<void> =>
  import('./l3d-360/l3d-360.js').then(() => undefined);

/** Registers `<l3d-group>`. */
export const loadViewGroup = (): Promise<void> =>
  import('./l3d-group/l3d-group.js').then(() => undefined);

// The 360° view and the group report are for a coach's or HR page, never a respondent's: each
// registers once a page has one. Watched from here rather than from the first load, which has
// no bytes to spare; every page with the widget fetches this chunk once idle.
whenUsed('l3d-360', loadView360);
whenUsed('l3d-group', loadViewGroup);

/** The observer form's completion screen and rater choice. */
export const loadRaterView = (): Promise<typeof import('./leadership-3d/rater-view.js')> =>
  import('./leadership-3d/rater-view.js');
