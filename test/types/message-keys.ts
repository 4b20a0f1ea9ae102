// Type test, compiled by `npm run typecheck` and never run: the 360° view names its messages by
// typed keys, so a misspelt key fails the type-check instead of showing on screen. Each
// `@ts-expect-error` line must fail to compile; if the types ever accept it, tsc reports the
// unused directive and the check fails.
import type { MessageRef } from '../../src/controllers/view360-controller.js';
import type { MessagePath, ThreeSixtyErrorKey, ThreeSixtyKey } from '../../src/i18n/types.js';
import type { Problem } from '../../src/internal/view360.js';

// the paths of a small tree: its string leaves only, dotted
type Tree = { a: string; b: { c: string; d: { e: string } } };
export const paths: MessagePath<Tree>[] = ['a', 'b.c', 'b.d.e'];
// @ts-expect-error a branch is not a message
export const branch: MessagePath<Tree> = 'b.d';
// @ts-expect-error nor is a path that is not in the tree
export const missing: MessagePath<Tree> = 'b.x';

// valid keys of the 360° texts, at each depth
export const keys: ThreeSixtyKey[] = [
  'title',
  'inputs.cleared',
  'inputs.codes.added',
  'errors.code.too-short',
  'groups.direct-report',
];
export const ref: MessageRef = { key: 'inputs.codes.rejected', values: { count: 2 } };

// @ts-expect-error a misspelt key
export const typo: MessageRef = { key: 'inputs.codes.aded' };
// @ts-expect-error a section, not a message
export const section: MessageRef = { key: 'inputs.codes' };
// @ts-expect-error a key of the wrong section
export const wrongSection: ThreeSixtyKey = 'errors.cleared';
// @ts-expect-error the string paths of before are refused
export const anyString: MessageRef = { key: 'inputs.' + 'cleared' };

// a problem's key is a message of `errors`, so `errors.${key}` is always a valid key
export const fromProblem = (problem: Problem): ThreeSixtyKey => `errors.${problem.key}`;
export const problem: Problem = { key: 'code.checksum', detail: '' };
// @ts-expect-error a misspelt problem
export const badProblem: Problem = { key: 'notJSON', detail: '' };
// @ts-expect-error a code problem the texts have no message for
export const badCode: ThreeSixtyErrorKey = 'code.unknown';
