import * as z from 'zod/mini';
import type { Instrument, ResponseSet } from '../scoring/types.js';
import { ScoringError } from '../scoring/errors.js';
import { planFor } from '../scoring/plan.js';
import { DIMENSIONS, FORMS, RATER_GROUPS } from '../scoring/vocabulary.js';

// zod/mini rather than classic zod: the same checks at a fraction of the bytes in the widget.
const text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));
const id = z
  .string()
  .check(z.regex(/^[A-Za-z0-9][\w.-]{0,63}$/, 'Use 1–64 letters, digits, "-", "_" or "."'));
const dimensionId = z.enum(DIMENSIONS);

export const instrumentSchema = z
  .object({
    schemaVersion: z.literal(1),
    id,
    version: text(32),
    lang: text(35),
    title: text(200),
    scale: z.object({
      labels: z.tuple([text(60), text(60), text(60), text(60), text(60)]),
      notObserved: text(60),
    }),
    // their ranges are the engine's rules, checked below with the others
    psychometrics: z.object({
      sd: z.number(),
      reliability: z.union([
        z.number(),
        z.object({ dimension: z.number(), facet: z.optional(z.number()) }),
      ]),
      measuredOn: z.optional(z.number()),
    }),
    // The engine never reads this list, so its rule lives here: each dimension once.
    dimensions: z
      .array(z.object({ id: dimensionId, label: text(80), description: text(400) }))
      .check(
        z.superRefine((list, ctx) => {
          const ids = list.map((d) => d.id);
          ids.forEach((d, i) => {
            if (ids.indexOf(d) !== i)
              ctx.addIssue({
                code: 'custom',
                path: [i, 'id'],
                message: `Duplicate dimension "${d}"`,
                input: list,
              });
          });
          for (const d of DIMENSIONS)
            if (!ids.includes(d))
              ctx.addIssue({ code: 'custom', message: `Dimension "${d}" is missing`, input: list });
        }),
      ),
    facets: z.array(
      z.object({
        id,
        dimension: dimensionId,
        label: text(80),
        description: text(400),
        develop: z.object({
          reflect: text(400),
          feedforward: text(400),
          experiment: text(400),
          use: z.optional(text(400)),
        }),
      }),
    ),
    items: z
      .array(
        z.object({ id, facet: id, reverse: z.boolean(), self: text(300), observer: text(300) }),
      )
      .check(z.minLength(1)),
  })
  .check(
    // The rules between fields are the engine's own (planFor in scoring/plan.ts): the first
    // broken one becomes an issue at its path, as the engine would report it.
    z.superRefine((inst, ctx) => {
      try {
        planFor(inst);
      } catch (error) {
        if (!(error instanceof ScoringError)) throw error;
        // the issue carries the path itself: the message without the engine's "(at …)"
        const message = error.message.replace(/ \(at [^)]*\)$/, '');
        ctx.addIssue({ code: 'custom', path: error.path, message, input: inst });
      }
    }),
  );

const answer = z.nullable(z.literal([1, 2, 3, 4, 5]));

export const responseSetSchema = z.object({
  instrumentId: text(64),
  instrumentVersion: text(32),
  form: z.enum(FORMS),
  answers: z.record(z.string(), answer),
  timings: z.optional(z.record(z.string(), z.number().check(z.gte(0)))),
  group: z.optional(z.enum(RATER_GROUPS)),
});

/** One problem found in untrusted data, with the path to the offending field. */
export interface SchemaIssue {
  path: (string | number)[];
  message: string;
  code: string;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; issues: SchemaIssue[] };

const issuesOf = (error: z.core.$ZodError): SchemaIssue[] =>
  error.issues.map((i) => ({
    path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
    message: i.message,
    code: i.code,
  }));

/** Validates untrusted instrument JSON. Never throws on bad data. */
export function parseInstrument(data: unknown): ParseResult<Instrument> {
  const parsed = instrumentSchema.safeParse(data);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, issues: issuesOf(parsed.error) };
}

/**
 * Validates an untrusted response set; with an instrument, also that it belongs to that
 * instrument and version and names only its items. Never throws on bad data.
 */
export function parseResponses(
  data: unknown,
  instrument?: Instrument,
): ParseResult<ResponseSet & { group?: z.infer<typeof responseSetSchema>['group'] }> {
  const parsed = responseSetSchema.safeParse(data);
  if (!parsed.success) return { ok: false, issues: issuesOf(parsed.error) };
  const value = parsed.data as ResponseSet & { group?: z.infer<typeof responseSetSchema>['group'] };
  if (!instrument) return { ok: true, value };
  const issues: SchemaIssue[] = [];
  const issue = (path: (string | number)[], message: string) =>
    issues.push({ path, message, code: 'custom' });
  if (value.instrumentId !== instrument.id)
    issue(['instrumentId'], `Expected instrument "${instrument.id}"`);
  if (value.instrumentVersion !== instrument.version)
    issue(['instrumentVersion'], `Expected version "${instrument.version}"`);
  const known = new Set(instrument.items.map((i) => i.id));
  // Keys of the raw input, not of zod's output: z.record drops a JSON "__proto__" key.
  const raw = data as Record<'answers' | 'timings', object | undefined>;
  for (const key of ['answers', 'timings'] as const)
    for (const itemId of Object.keys(raw[key] ?? {}))
      if (!known.has(itemId)) issue([key, itemId], `Unknown item id "${itemId}"`);
  return issues.length ? { ok: false, issues } : { ok: true, value };
}

// Compile-time guard: what the schema accepts must be what the scoring engine's types describe.
type Assignable<T extends U, U> = T;
export type _InstrumentMatches = Assignable<z.infer<typeof instrumentSchema>, Instrument>;
export type _ResponsesMatch = Assignable<z.infer<typeof responseSetSchema>, ResponseSet>;
