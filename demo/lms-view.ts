/**
 * The demo LMS's view of a learner's record: scorm-again's CMI data (as
 * `api.renderCMIToJSONObject()` gives it) turned into the rows and tables the LMS page shows.
 * Pure, DOM-free and version-aware, so a Node test checks it against the real scorm-again.
 */

/** The SCORM editions the demo LMS can play. */
export type DemoScormVersion = '1.2' | '2004';

/** One line of the summary: a label, the CMI element it comes from, and its value. */
export interface SummaryRow {
  label: string;
  element: string;
  value: string;
}

/** One interaction (one answered item, with the widget's runtime). */
export interface InteractionRow {
  index: number;
  id: string;
  type: string;
  response: string;
  result: string;
  time: string;
}

/** One objective (one dimension, with the widget's runtime). */
export interface ObjectiveRow {
  index: number;
  id: string;
  score: string;
  status: string;
}

/** Everything the LMS panel shows. */
export interface LmsView {
  summary: SummaryRow[];
  interactions: InteractionRow[];
  objectives: ObjectiveRow[];
}

type Json = { [key: string]: unknown };

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The value at a dotted path, as text ('' when absent). */
function text(root: unknown, path: string): string {
  let node: unknown = root;
  for (const key of path.split('.')) node = isObject(node) ? node[key] : undefined;
  return typeof node === 'string' || typeof node === 'number' ? String(node) : '';
}

/** scorm-again renders CMI arrays as `{ "0": …, "1": … }`; in index order. */
function list(root: unknown, path: string): [number, Json][] {
  let node: unknown = root;
  for (const key of path.split('.')) node = isObject(node) ? node[key] : undefined;
  if (!isObject(node)) return [];
  return Object.entries(node)
    .filter((entry): entry is [string, Json] => /^\d+$/.test(entry[0]) && isObject(entry[1]))
    .map(([key, value]): [number, Json] => [Number(key), value])
    .sort((a, b) => a[0] - b[0]);
}

/** Characters in `suspend_data`, the number that the 4,096 / 64,000 limits are about. */
const length = (value: string): string => `${value.length} characters`;

const row = (cmi: Json, label: string, element: string): SummaryRow => ({
  label,
  element,
  value: text(cmi, element.replace(/^cmi\./, '')),
});

/**
 * The LMS's view of `data` (the object `renderCMIToJSONObject()` returns, `{ cmi: … }`).
 * Missing parts read as empty, so a record before `Initialize` still renders.
 */
export function lmsView(data: unknown, version: DemoScormVersion): LmsView {
  const cmi = isObject(data) && isObject(data.cmi) ? data.cmi : {};
  if (version === '1.2') {
    const suspend = text(cmi, 'suspend_data');
    return {
      summary: [
        row(cmi, 'Lesson status', 'cmi.core.lesson_status'),
        row(cmi, 'Score (raw, 0–100)', 'cmi.core.score.raw'),
        { label: 'Suspend data', element: 'cmi.suspend_data', value: length(suspend) },
        row(cmi, 'Exit', 'cmi.core.exit'),
        row(cmi, 'Entry', 'cmi.core.entry'),
        row(cmi, 'Location', 'cmi.core.lesson_location'),
        row(cmi, 'Session time', 'cmi.core.session_time'),
      ],
      interactions: list(cmi, 'interactions').map(([index, item]) => ({
        index,
        id: text(item, 'id'),
        type: text(item, 'type'),
        response: text(item, 'student_response'),
        result: text(item, 'result'),
        time: text(item, 'time'),
      })),
      objectives: list(cmi, 'objectives').map(([index, objective]) => ({
        index,
        id: text(objective, 'id'),
        score: text(objective, 'score.raw'),
        status: text(objective, 'status'),
      })),
    };
  }
  const suspend = text(cmi, 'suspend_data');
  return {
    summary: [
      row(cmi, 'Completion status', 'cmi.completion_status'),
      row(cmi, 'Success status', 'cmi.success_status'),
      row(cmi, 'Score (scaled, 0–1)', 'cmi.score.scaled'),
      row(cmi, 'Score (raw)', 'cmi.score.raw'),
      row(cmi, 'Progress', 'cmi.progress_measure'),
      { label: 'Suspend data', element: 'cmi.suspend_data', value: length(suspend) },
      row(cmi, 'Exit', 'cmi.exit'),
      row(cmi, 'Entry', 'cmi.entry'),
      row(cmi, 'Location', 'cmi.location'),
      row(cmi, 'Session time', 'cmi.session_time'),
    ],
    interactions: list(cmi, 'interactions').map(([index, item]) => ({
      index,
      id: text(item, 'id'),
      type: text(item, 'type'),
      response: text(item, 'learner_response'),
      result: text(item, 'result'),
      time: text(item, 'timestamp'),
    })),
    objectives: list(cmi, 'objectives').map(([index, objective]) => ({
      index,
      id: text(objective, 'id'),
      score: text(objective, 'score.scaled'),
      status: [text(objective, 'completion_status'), text(objective, 'success_status')]
        .filter(Boolean)
        .join(' / '),
    })),
  };
}
