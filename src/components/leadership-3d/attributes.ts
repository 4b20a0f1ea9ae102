/**
 * What the attributes of `<leadership-3d>` mean when the host writes something unexpected: each
 * falls back to its default instead of breaking the flow.
 */
import type { Form } from '../../scoring/types.js';
import { isRaterGroup } from '../../controllers/assessment-controller.js';
import { RATER_GROUPS } from '../../scoring/vocabulary.js';

export const DEFAULT_PAGE_SIZE = 8;

/** `form`: anything but `observer` is the self form. */
export const formOf = (value: unknown): Form => (value === 'observer' ? 'observer' : 'self');

/** `page-size`: a whole number ≥ 1, else the default. */
export function pageSizeOf(value: unknown): number {
  const size = Math.floor(Number(value));
  return Number.isFinite(size) && size >= 1 ? size : DEFAULT_PAGE_SIZE;
}

/** Why a `rater-group` value cannot be used; `undefined` when it can, or is not set. */
export const raterGroupProblem = (value: unknown): string | undefined =>
  value === undefined || value === null || isRaterGroup(value)
    ? undefined
    : `rater-group "${value}" is not one of ${RATER_GROUPS.join(', ')}; the rater is asked`;

/** `show-report="false"` turns the report off; the attribute absent means on. */
export const showReportConverter = {
  fromAttribute: (value: string | null): boolean => value !== 'false',
  toAttribute: String,
};
