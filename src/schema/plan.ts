/**
 * The development plan a person makes after their report (issue 17): plain JSON data, and one
 * pure check that names the field of each problem. Written by hand rather than with zod so the
 * plan's chunk stays small and each problem has a code a form can show next to its field.
 */
import { isRecord } from '../scoring/errors.js';

/** A development plan: one or two facets, why, whom to ask, one experiment, and three dates. */
export interface DevelopmentPlan {
  /** One or two facet ids of the instrument. */
  facets: string[];
  /** Why it matters (≤ 1000 characters; may be empty). */
  why: string;
  /** Whom to ask for feedforward (≤ 200; may be empty). */
  feedforwardFrom: string;
  /** One experiment (1–500 characters). */
  experiment: string;
  /** Dates as `YYYY-MM-DD`: start ≤ review ≤ retest. */
  start: string;
  review: string;
  retest: string;
  /** When the plan was first saved, ISO 8601. */
  createdAt: string;
}

export type PlanField = Exclude<keyof DevelopmentPlan, 'createdAt'>;

/** Longest text per field, in characters. */
export const PLAN_LIMITS = { why: 1000, feedforwardFrom: 200, experiment: 500 } as const;

/** Days from the start date to the default review and retest dates. */
export const PLAN_DEFAULT_DAYS = { review: 28, retest: 90 } as const;

export type PlanProblemCode =
  | 'missing'
  | 'facet-count'
  | 'facet-unknown'
  | 'too-long'
  | 'control-characters'
  | 'date-invalid'
  | 'review-before-start'
  | 'retest-before-review'
  | 'retest-past';

/** One problem, with the field a form shows it next to. */
export interface PlanProblem {
  field: PlanField;
  code: PlanProblemCode;
  /** For developers, `field: code`; a form shows its own text for `code`. */
  message: string;
}

export type PlanCheck =
  { ok: true; plan: DevelopmentPlan } | { ok: false; problems: PlanProblem[] };

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// Tab, line feed and carriage return are text a textarea gives; the other C0/C1 controls are not.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/** `date` as `YYYY-MM-DD` in local time (the person's calendar day). */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The UTC midnight of a `YYYY-MM-DD` day, or `NaN` for anything that is not a calendar day. */
export function dayValue(day: unknown): number {
  const m = typeof day === 'string' ? DATE.exec(day) : null;
  if (!m) return NaN;
  const time = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!);
  // 2026-02-30 rolls over to March: not a day of the calendar
  return new Date(time).toISOString().startsWith(day as string) ? time : NaN;
}

/** `day` plus `days` (`YYYY-MM-DD` in, `YYYY-MM-DD` out). */
export function addDays(day: string, days: number): string {
  return new Date(dayValue(day) + days * 864e5).toISOString().slice(0, 10);
}

/**
 * Checks plan data (from the editor, storage, a file or a host). `facetIds` are the
 * instrument's facets. With `today` (`YYYY-MM-DD`) a retest date before it is a problem too:
 * the editor passes it on save; a stored plan whose retest has passed is still a plan.
 * Never throws; returns a copy with only the plan's fields.
 */
export function checkPlan(data: unknown, facetIds: readonly string[], today?: string): PlanCheck {
  const problems: PlanProblem[] = [];
  // the message is for developers: field and code say it (the editor shows its own text)
  const add = (field: PlanField, code: PlanProblemCode) =>
    problems.push({ field, code, message: `${field}: ${code}` });
  let d: Record<string, unknown>;
  try {
    d = isRecord(data) ? { ...data } : {};
  } catch {
    d = {};
  }
  const facets = d.facets;
  if (!Array.isArray(facets) || !facets.length || facets.length > 2) add('facets', 'facet-count');
  else if (new Set(facets).size !== facets.length || facets.some((f) => !facetIds.includes(f)))
    add('facets', 'facet-unknown');
  for (const field of ['why', 'feedforwardFrom', 'experiment'] as const) {
    const text = d[field] ?? (field === 'experiment' ? undefined : '');
    if (typeof text !== 'string' || (field === 'experiment' && !text.trim())) add(field, 'missing');
    else if (text.length > PLAN_LIMITS[field]) add(field, 'too-long');
    else if (CONTROL.test(text)) add(field, 'control-characters');
  }
  const [start, review, retest] = (['start', 'review', 'retest'] as const).map((field) => {
    const value = dayValue(d[field]);
    if (Number.isNaN(value)) add(field, 'date-invalid');
    return value;
  }) as [number, number, number];
  if (review < start) add('review', 'review-before-start');
  if (retest < review) add('retest', 'retest-before-review');
  if (today !== undefined && retest < dayValue(today)) add('retest', 'retest-past');
  const createdAt = typeof d.createdAt === 'string' && d.createdAt.length <= 40 ? d.createdAt : '';
  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    plan: {
      facets: [...(facets as string[])],
      why: (d.why as string | undefined) ?? '',
      feedforwardFrom: (d.feedforwardFrom as string | undefined) ?? '',
      experiment: d.experiment as string,
      start: d.start as string,
      review: d.review as string,
      retest: d.retest as string,
      createdAt,
    },
  };
}

/** The default plan dates for a start day: review 4 weeks on, retest 90 days on. */
export function defaultDates(start: string): Pick<DevelopmentPlan, 'start' | 'review' | 'retest'> {
  return {
    start,
    review: addDays(start, PLAN_DEFAULT_DAYS.review),
    retest: addDays(start, PLAN_DEFAULT_DAYS.retest),
  };
}
