/**
 * The widget's parts that load after the first question, each fetched once per page and
 * shared by every element on it (a failed fetch is tried again at the next need). The parts
 * behind the report's chunk are plain `import()`s, which the browser loads once.
 */
import { lazy } from '../internal/lazy.js';

/** `<l3d-report>` and `<l3d-radar-chart>`, and the way to the parts that share their modules. */
export const loadReportChunk = lazy(() => import('./report-chunk.js'));

/** The observer form's part (anonymity, group, response code). */
export const loadRaterView = () => loadReportChunk().then((m) => m.loadRaterView());

/** Registers `<l3d-360>` (and the report elements it uses). */
export const load360 = (): Promise<void> => loadReportChunk().then((m) => m.loadView360());

/**
 * Registers `<l3d-group>` (and the report elements it uses). The report chunk does so on its
 * own once an `<l3d-group>` is in the document; a host that creates one inside its own shadow
 * root calls this.
 */
export const loadGroup = (): Promise<void> => loadReportChunk().then((m) => m.loadViewGroup());
