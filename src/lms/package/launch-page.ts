/**
 * The launch page of the SCORM and cmi5 packages: the page the LMS opens, holding one
 * `<leadership-3d lms="auto">` (SCORM) or `lms="cmi5"`. No inline script or style, so it runs
 * under a strict Content-Security-Policy (`script-src 'self'; style-src 'self'`) if the LMS
 * sends one.
 */
import type { Form, PersistMode } from '../../scoring/types.js';
import {
  LMS_FINISHES,
  LMS_SCORES,
  type LmsFinish,
  type LmsScore,
} from '../../scoring/vocabulary.js';

/** How the widget on the launch page is set up. */
export interface LaunchPageOptions {
  /** Page title (the LMS may show it in its player). */
  title: string;
  /** `lang` of the page and the widget, e.g. `en`. */
  lang: string;
  /** `self` or `observer` (360° feedback about someone else). */
  form: Form;
  /**
   * Browser storage for answers besides the LMS. `none` by default: the LMS's `suspend_data`
   * is the resume store, and local storage on a shared LMS origin could show one learner's
   * answers to the next person at the same computer.
   */
  persist: PersistMode;
  /** `auto` (finds a SCORM API) or `cmi5` (reads the cmi5 launch URL). */
  lms: 'auto' | 'cmi5';
  /**
   * Whether the LMS gets an overall score (`lms-score`). `none` by default: a diagnostic has no
   * pass mark, and gradebooks (TalentLMS, Brightspace, Canvas) turn any score into a grade.
   */
  score: LmsScore;
  /** When the LMS session ends (`lms-finish`): when the page is left, or right at completion. */
  finish: LmsFinish;
  /** The widget's module build (entry; its chunks beside it), relative to the page. */
  script: string;
  /** The classic script that loads the all-in-one classic build when the module was refused. */
  fallback: string;
  /** The page's stylesheet, relative to the page. */
  stylesheet: string;
}

/** Escapes text for HTML content or a double-quoted attribute. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** ` name="value"` for a setting that differs from the widget's default, else nothing. */
const attribute = (name: string, value: string, fallback: string): string =>
  value === fallback ? '' : ` ${name}="${escapeHtml(value)}"`;

/**
 * The launch page's HTML. Every value is escaped; nothing runs inline. The widget loads as a
 * module (32 KB before the first question; the report, chart and LMS code come later). Some LMSs
 * serve `.js` as `application/octet-stream`, and browsers refuse a module script of that type;
 * the classic `fallback` script after it (deferred scripts run in document order, after the
 * module) then finds the element undefined and loads the all-in-one classic build, which a
 * wrong type does not stop. If no script runs at all, a message shows after a few seconds.
 */
export function launchPage(options: LaunchPageOptions): string {
  const lang = escapeHtml(options.lang);
  const lmsSettings =
    attribute('lms-score', options.score, LMS_SCORES[0]) +
    attribute('lms-finish', options.finish, LMS_FINISHES[0]);
  return `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(options.title.trim())}</title>
    <link rel="stylesheet" href="${escapeHtml(encodeURI(options.stylesheet))}" />
    <script type="module" src="${escapeHtml(encodeURI(options.script))}"></script>
    <script src="${escapeHtml(encodeURI(options.fallback))}" defer></script>
  </head>
  <body>
    <main>
      <leadership-3d lms="${escapeHtml(options.lms)}"${lmsSettings} persist="${escapeHtml(options.persist)}" form="${escapeHtml(options.form)}" lang="${lang}"></leadership-3d>
      <p class="l3d-stalled" role="status">The course did not start: the browser refused its script. If it stays like this, ask the LMS administrator to serve .js files as text/javascript.</p>
      <noscript><p>This course needs JavaScript. Please enable it and reload the page.</p></noscript>
    </main>
  </body>
</html>
`;
}

/**
 * The fallback script (classic, deferred, after the module script): when the module was refused,
 * `<leadership-3d>` is still undefined, and this loads the classic build named `classicBuild`.
 */
export function classicFallbackScript(classicBuild: string): string {
  return `// Runs after the module script. A module served with a non-JavaScript type is refused by the
// browser, so the element is undefined: load the all-in-one classic build, which such a type
// does not stop (unless the LMS also sends X-Content-Type-Options: nosniff).
if (!customElements.get('leadership-3d')) {
  const script = document.createElement('script');
  script.src = ${JSON.stringify(classicBuild)};
  document.head.append(script);
}
`;
}

/** The launch page's stylesheet: the page around the widget only (the widget styles itself). */
export const launchStylesheet = `/* The page around the widget; the widget brings its own styles in its shadow root. */
:root {
  color-scheme: light dark;
}
body {
  margin: 0;
  background: Canvas;
  color: CanvasText;
  font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
}
main {
  box-sizing: border-box;
  max-width: 52rem;
  margin: 0 auto;
  padding: clamp(0.5rem, 3vw, 1.5rem);
}
/* Shown only while the widget stays undefined for 8 s: its scripts were refused. */
.l3d-stalled {
  display: none;
}
leadership-3d:not(:defined) + .l3d-stalled {
  display: block;
  visibility: hidden;
  animation: l3d-reveal 0s 8s forwards;
}
@keyframes l3d-reveal {
  to {
    visibility: visible;
  }
}
`;
