// A stand-in LMS: scorm-again provides the SCORM API on this window (SCORM 2004 by default,
// `?scorm=1.2` for 1.2), the course runs in an iframe and finds the API in its parent, and the
// panel shows what the LMS has recorded, updated on every call. Everything is rendered as text.
// The main entry: its types and its ES module agree on named exports (the per-edition entries'
// types declare a default export their ES modules lack).
import { Scorm12API, Scorm2004API } from 'scorm-again';
import { lmsView, type DemoScormVersion } from './lms-view.js';

const version: DemoScormVersion =
  new URLSearchParams(location.search).get('scorm') === '1.2' ? '1.2' : '2004';
// The learner's record survives a reload of this tab, as it would in a real LMS, so resuming
// (entry = "resume", suspend_data) can be tried.
const STORE = `leadership-3d-demo-lms:${version}`;
const LOG_LIMIT = 40;

// No commit URL: scorm-again keeps the record in memory; this page stores it itself.
const settings = { autocommit: false, logLevel: 4 } as const;
const api = version === '1.2' ? new Scorm12API(settings) : new Scorm2004API(settings);
const calls =
  version === '1.2'
    ? { init: 'LMSInitialize', set: 'LMSSetValue', commit: 'LMSCommit', end: 'LMSFinish' }
    : { init: 'Initialize', set: 'SetValue', commit: 'Commit', end: 'Terminate' };

let state: 'not started' | 'running' | 'finished' = 'not started';
const log: string[] = [];

/** The record from an earlier visit, or null (a corrupt copy is dropped). */
function savedRecord(): Record<string, unknown> | null {
  try {
    const parsed: unknown = JSON.parse(sessionStorage.getItem(STORE) ?? 'null');
    return typeof parsed === 'object' && parsed !== null
      ? (parsed as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

function loadRecord(): void {
  const saved = savedRecord();
  if (saved) {
    api.loadFromJSON(saved);
    // An LMS resumes an attempt the learner suspended, and starts over otherwise. Read from
    // the saved copy: `cmi.exit` is write-only, and scorm-again's getter throws.
    const core = saved.core as Record<string, unknown> | undefined;
    const exit = version === '1.2' ? core?.exit : saved.exit;
    if (exit === 'suspend') {
      if (api instanceof Scorm12API) api.cmi.core.entry = 'resume';
      else api.cmi.entry = 'resume';
    }
  }
  if (api instanceof Scorm12API) {
    api.cmi.core.student_id = 'demo-learner';
    api.cmi.core.student_name = 'Learner, Demo';
  } else {
    api.cmi.learner_id = 'demo-learner';
    api.cmi.learner_name = 'Learner, Demo';
  }
}

function saveRecord(): void {
  const { cmi } = api.renderCMIToJSONObject() as { cmi: unknown };
  try {
    sessionStorage.setItem(STORE, JSON.stringify(cmi));
  } catch {
    // storage blocked: the record lives as long as the page
  }
}

function note(entry: string): void {
  const time = new Date().toLocaleTimeString();
  log.unshift(`${time}  ${entry}`);
  log.length = Math.min(log.length, LOG_LIMIT);
  scheduleRender();
}

const shorten = (value: string): string =>
  value.length > 60 ? `${value.slice(0, 57)}… (${value.length} characters)` : value;

api.on(calls.init, () => {
  state = 'running';
  note(`${calls.init}()`);
});
api.on(calls.commit, () => {
  saveRecord();
  note(`${calls.commit}()`);
});
api.on(calls.end, () => {
  state = 'finished';
  saveRecord();
  note(`${calls.end}()`);
});
api.on(`${calls.set}.cmi.*`, (element: unknown, value: unknown) => {
  // Listeners run after the value was checked, so the error code is this call's.
  const error = api.lastErrorCode;
  const outcome = error === '0' ? '' : `  → refused, error ${error}`;
  note(`${calls.set}("${String(element)}", "${shorten(String(value))}")${outcome}`);
});

// ---- rendering: text only ----

const $ = <T extends HTMLElement>(selector: string): T => {
  const found = document.querySelector<T>(selector);
  if (!found) throw new Error(`demo/lms.html lacks ${selector}`);
  return found;
};

function cell(tag: 'td' | 'th', content: string): HTMLTableCellElement {
  const el = document.createElement(tag);
  el.textContent = content;
  if (tag === 'th') el.setAttribute('scope', 'row');
  return el;
}

function fillRows(body: HTMLElement, rows: string[][], columns: number, empty: string): void {
  const trs = rows.length
    ? rows.map((values) => {
        const tr = document.createElement('tr');
        tr.append(...values.map((v, i) => cell(i === 0 ? 'th' : 'td', v)));
        return tr;
      })
    : [emptyRow(columns, empty)];
  body.replaceChildren(...trs);
}

function emptyRow(columns: number, message: string): HTMLElement {
  const tr = document.createElement('tr');
  const td = cell('td', message);
  td.colSpan = columns;
  tr.append(td);
  return tr;
}

const STATE_TEXT = {
  'not started': 'Not started: the course has not called Initialize yet.',
  running: 'Running: the course has initialised the session.',
  finished: 'Finished: the course has ended the session.',
} as const;

function render(): void {
  const view = lmsView(api.renderCMIToJSONObject(), version);
  $('#lms-state').textContent = STATE_TEXT[state];
  fillRows(
    $('#lms-summary tbody'),
    view.summary.map((r) => [r.label, r.value || '—', r.element]),
    3,
    '',
  );
  fillRows(
    $('#lms-objectives tbody'),
    view.objectives.map((o) => [o.id || `#${o.index}`, o.score || '—', o.status || '—']),
    3,
    'None recorded yet.',
  );
  fillRows(
    $('#lms-interactions tbody'),
    view.interactions.map((i) => [
      i.id || `#${i.index}`,
      i.type || '—',
      i.response || '—',
      i.result || '—',
      i.time || '—',
    ]),
    5,
    'None recorded yet.',
  );
  $('#lms-interaction-count').textContent = String(view.interactions.length);
  const entries = log.map((entry) => {
    const li = document.createElement('li');
    li.textContent = entry;
    return li;
  });
  if (!entries.length) {
    const li = document.createElement('li');
    li.textContent = 'No calls yet.';
    entries.push(li);
  }
  $('#lms-log').replaceChildren(...entries);
}

let pending = false;
function scheduleRender(): void {
  if (pending) return;
  pending = true;
  requestAnimationFrame(() => {
    pending = false;
    render();
  });
}

// ---- start: the API must be on this window before the course loads and looks for it ----

loadRecord();
Reflect.set(window, version === '1.2' ? 'API' : 'API_1484_11', api);

for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-scorm]'))
  if (link.dataset.scorm === version) link.setAttribute('aria-current', 'page');
$('#lms-version').textContent = version === '1.2' ? 'SCORM 1.2' : 'SCORM 2004 4th Edition';
$('#lms-reset').addEventListener('click', () => {
  sessionStorage.removeItem(STORE);
  location.reload();
});
render();
$<HTMLIFrameElement>('#course').src = './lms-course.html';
