/**
 * The widget: importing this module registers the custom elements (duplicate-safe) and exports
 * them, their events and the loaders. `index.ts` (the package entry) adds the scoring engine;
 * `one-file.ts` (the one-file build) does not.
 *
 * `<leadership-3d>`, `<l3d-question>` and `<l3d-progress>` are registered at once: they are all
 * a respondent needs before the first question. `<l3d-report>` and `<l3d-radar-chart>` are
 * registered by a module fetched in the background once a respondent has answered something (so
 * nothing competes with the first question page), or when a page has a report element or runs no
 * questionnaire, so a page that shows a stored result with `<l3d-report>` alone works too. Chart.js
 * loads once a self-form respondent who will see a report has answered and is on the last page,
 * or else when a chart first renders. `<l3d-360>`, the 360° view for the person rated and
 * their coach, and `<l3d-group>`, the group report, are fetched only when a page has one (the
 * report chunk watches for them, so the first load carries no code for them), or when the host
 * calls `load360()` (`loadGroup()` from the package entry); no respondent ever downloads them.
 */
import './components/leadership-3d/leadership-3d.js';
import { load360, loadReportChunk } from './components/lazy-parts.js';
import { whenIdle } from './internal/when.js';
import { whenUsed } from './internal/when-used.js';

export { Leadership3d } from './components/leadership-3d/leadership-3d.js';
export { L3dQuestion, L3dQuestionChangeEvent } from './components/l3d-question/l3d-question.js';
export type { L3dQuestionChangeDetail } from './components/l3d-question/l3d-question.js';
export { L3dProgress } from './components/l3d-progress/l3d-progress.js';
export * from './events/events.js';
// Type only: the class is in the report's chunks (the package entry exports it).
export type { L3dPlanChangeEvent, L3dPlanChangeDetail } from './events/plan-events.js';
export type { Snapshot, PersistMode } from './controllers/persistence-controller.js';
// Types only: a value export would pull the report and its chart into the first load.
export type { L3dReport } from './components/l3d-report/l3d-report.js';
export type {
  L3dRadarChart,
  RadarSeries,
  RadarView,
} from './components/l3d-radar-chart/l3d-radar-chart.js';
export type { L3d360 } from './components/l3d-360/l3d-360.js';
export type { L3dGroup } from './components/l3d-group/l3d-group.js';

/**
 * Resolves once `<l3d-report>` and `<l3d-radar-chart>` are defined (and the built-in
 * instrument has its report and observer texts): on a page with `<leadership-3d>`, after its
 * respondent's first answer.
 */
export const reportElementsReady: Promise<void> = reportWanted()
  .then(loadReportChunk)
  .then(() => undefined);
// A failed background fetch must not become an unhandled rejection in the host page; the
// widget retries on its own when the report is needed.
reportElementsReady.catch(() => undefined);

/**
 * Registers `<l3d-360>` (and the report elements it uses). Called on its own once an
 * `<l3d-360>` appears in the document (the report chunk, which every page fetches once idle,
 * watches for it); a host that creates one inside its own shadow root, where the document
 * cannot see it, calls this itself.
 */
export { load360 };

/**
 * When the report's chunk is worth fetching: at a respondent's first answer on a page that runs
 * the questionnaire, so that it never competes with the first question page; at once when the
 * page has a report element or a coach's view (`<l3d-360>`, `<l3d-group>`); and when the page
 * is idle, for a page without `<leadership-3d>` (a host that shows stored results).
 */
function reportWanted(): Promise<void> {
  if (typeof document === 'undefined') return whenIdle();
  return new Promise((resolve) => {
    // not at idle: a respondent who answers quickly would reach the report before idle comes
    document.addEventListener('l3d-answer', () => resolve(), { capture: true, once: true });
    const used = async (): Promise<void> => resolve();
    // the coach's views register from the report chunk, so their pages need it too
    for (const tag of ['l3d-report', 'l3d-radar-chart', 'l3d-360', 'l3d-group'])
      whenUsed(tag, used);
    void whenIdle().then(() => {
      if (!document.getElementsByTagName('leadership-3d').length) resolve();
    });
  });
}
