/**
 * A rater's comments (the observer form's two optional open questions) as plain data: their
 * shape, their limits and the one check both ends use, the form that saves them and the 360°
 * view that reads them from a rater's file. No Lit, no DOM, no scoring: the observer form's
 * chunk imports it without the view's code.
 */

/** The longest answer a rater may give to each of the observer form's open questions. */
export const MAX_COMMENT_LENGTH = 500;

/**
 * A rater's answers to the observer form's two optional open questions. They travel only in the
 * rater's download file, never in a response code. Absent or '' = not answered.
 */
export interface RaterComments {
  /** "What should this person keep doing?" */
  keep?: string;
  /** "What is one thing they could try next?" */
  next?: string;
}

/** The questions, in the order the form asks them. */
export const COMMENT_KEYS = ['keep', 'next'] as const;
export type CommentKey = (typeof COMMENT_KEYS)[number];

/** Why a comment cannot be used as it is. */
export type CommentProblem = 'type' | 'too-long' | 'control';

// Line breaks and tabs are text; any other C0 or C1 control character is not something a
// person types, and could hide or garble what others read.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/** `null` for a comment that can be shown as it is (text, ≤ 500 UTF-16 units, no controls). */
export function commentProblem(value: unknown): CommentProblem | null {
  if (typeof value !== 'string') return 'type';
  if (value.length > MAX_COMMENT_LENGTH) return 'too-long';
  return CONTROL.test(value) ? 'control' : null;
}

/** The answered comments, trimmed; `undefined` when neither question was answered. */
export function answered(comments: RaterComments): RaterComments | undefined {
  const out: RaterComments = {};
  for (const key of COMMENT_KEYS) {
    const text = comments[key]?.trim();
    if (text) out[key] = text;
  }
  return Object.keys(out).length ? out : undefined;
}
