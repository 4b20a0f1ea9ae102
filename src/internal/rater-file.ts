/**
 * Reads a rater's download file (`leadership-3d-rater-response`) for the 360° view: the code it
 * carries decides (the view counts what the code says, as if it had been typed), the answers
 * beside it must say the same, and the comments come along when they can be shown as they are.
 * A chunk of its own, loaded when a person first chooses a rater's file.
 */
import { decodeResponseCode, ResponseCodeError } from '../scoring/codes.js';
import { errorMessage, isRecord } from '../scoring/errors.js';
import type { Instrument, RaterResponseSet } from '../scoring/types.js';
import { FILE_FORMATS } from '../scoring/vocabulary.js';
import { COMMENT_KEYS, MAX_COMMENT_LENGTH, commentProblem, answered } from './rater-comments.js';
import type { RaterComments } from './rater-comments.js';
import type { CodeEntry, Problem, Read } from './view360.js';

/** Characters of a file name shown in a message. */
const SHOWN_NAME = 60;

/** A rater's file read: the entry to add, and the comments left out (with why). */
export interface RaterFileRead {
  entry: CodeEntry;
  /** One message per comment left out; the ratings are in `entry` all the same. */
  dropped: Problem[];
}

/** A file name as shown in a message: one line, cut short. */
export function shownName(name: string): string {
  const flat = String(name).replace(/\s+/g, ' ').trim() || '?';
  return flat.length > SHOWN_NAME ? `${flat.slice(0, SHOWN_NAME)}…` : flat;
}

/**
 * Checks a rater's file. Refused (nothing added): not JSON, not a rater's file, another
 * questionnaire or version, a code that does not decode, or answers and group that differ from
 * what the code holds (the file was edited). Kept without the comment: a comment longer than
 * MAX_COMMENT_LENGTH or with control characters (other than line breaks and tabs), so the
 * ratings, which the code vouches for, are never lost to a comment.
 */
export function readRaterFile(
  name: string,
  text: string,
  instrument: Instrument,
): Read<RaterFileRead> {
  const file = shownName(name);
  const problem = (key: string, detail: string): Problem => ({
    key: `raterFile.${key}` as Problem['key'],
    values: { file, max: MAX_COMMENT_LENGTH },
    detail: `rater file "${file}": ${detail}`,
  });
  const refuse = (key: string, detail: string): Read<never> => ({
    ok: false,
    problems: [problem(key, detail)],
  });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return refuse('notJson', `not JSON (${errorMessage(error)})`);
  }
  if (
    !isRecord(data) ||
    data['format'] !== FILE_FORMATS.raterResponse ||
    typeof data['code'] !== 'string' ||
    !isRecord(data['responses'])
  )
    return refuse('notRaterFile', `not a ${FILE_FORMATS.raterResponse} file`);
  const claimed = data['responses'];
  if (
    claimed['instrumentId'] !== instrument.id ||
    claimed['instrumentVersion'] !== instrument.version
  )
    return refuse('otherInstrument', `not of ${instrument.id} ${instrument.version}`);
  let decoded: { code: string; responses: RaterResponseSet };
  try {
    decoded = decodeResponseCode(data['code'], { instrument });
  } catch (error) {
    const kind = error instanceof ResponseCodeError ? error.problem : 'content';
    return refuse(kind === 'instrument' ? 'otherInstrument' : 'badCode', errorMessage(error));
  }
  const differs = disagreement(decoded.responses, claimed, instrument);
  if (differs) return refuse('mismatch', `its answers and its code differ (${differs})`);

  const dropped: Problem[] = [];
  const comments: RaterComments = {};
  const given = data['comments'];
  if (given !== undefined && !isRecord(given))
    dropped.push(problem('commentsUnreadable', '"comments" is not an object'));
  else if (given)
    for (const key of COMMENT_KEYS) {
      const value = given[key];
      if (value === undefined || value === null) continue;
      const why = commentProblem(value);
      if (why === null) comments[key] = value as string;
      else
        dropped.push(
          why === 'type'
            ? problem('commentsUnreadable', `comments.${key} is not text`)
            : problem(
                why === 'too-long' ? 'commentTooLong' : 'commentControl',
                why === 'too-long'
                  ? `comments.${key} has ${(value as string).length} characters (at most ${MAX_COMMENT_LENGTH})`
                  : `comments.${key} holds control characters`,
              ),
        );
    }
  const kept = answered(comments);
  const { code, responses } = decoded;
  return {
    ok: true,
    value: {
      entry: { code, group: responses.group, responses, ...(kept ? { comments: kept } : {}) },
      dropped,
    },
  };
}

/** What differs between the code's responses and the file's, or `''` when they agree. */
function disagreement(
  coded: RaterResponseSet,
  claimed: Record<string, unknown>,
  instrument: Instrument,
): string {
  if (claimed['form'] !== 'observer') return 'form';
  if (claimed['group'] !== coded.group) return 'group';
  const answers = claimed['answers'];
  if (!isRecord(answers)) return 'answers';
  const ids = new Set(instrument.items.map((item) => item.id));
  const extra = Object.keys(answers).find((id) => !ids.has(id));
  if (extra) return `answers.${extra.slice(0, 40)}`;
  // missing and "not observed" count alike (null), as in scoring
  const item = instrument.items.find(
    ({ id }) => (answers[id] ?? null) !== (coded.answers[id] ?? null),
  );
  return item ? `answers.${item.id}` : '';
}
