import * as z from 'zod/mini';
import type { Instrument } from '../scoring/types.js';

import { instrument as builtin } from '../scoring/builtin-instrument.js';
import { textsOf, translates } from '../i18n/localize.js';
import { enFlow } from '../i18n/locales/en.js';
import { enReport } from '../i18n/locales/en-report.js';
import { enRater } from '../i18n/locales/en-rater.js';
import { en360 } from '../i18n/locales/en-360.js';
import { enField } from '../i18n/locales/en-field.js';
import { enGuide } from '../i18n/locales/en-guide.js';
import { compileMessage, placeholdersOf } from '../i18n/format.js';
import type { LocaleData } from '../i18n/types.js';
import type { SchemaIssue } from './instrument.js';

/** What `parseLocale` says of a locale it refuses, with the keys to add or remove. */
export type LocaleParseResult =
  | { ok: true; value: LocaleData }
  | { ok: false; issues: SchemaIssue[]; missingKeys: string[]; extraKeys: string[] };

const envelope = z.object({
  schemaVersion: z.literal(1),
  lang: z.string().check(
    z.refine((tag) => {
      try {
        return Intl.getCanonicalLocales(tag).length === 1;
      } catch {
        return false;
      }
    }, 'Expected a BCP 47 language tag such as "es" or "pt-BR"'),
  ),
  dir: z.enum(['ltr', 'rtl']),
  flow: z.record(z.string(), z.unknown()),
  report: z.record(z.string(), z.unknown()),
  rater: z.optional(z.record(z.string(), z.unknown())),
  field: z.optional(z.record(z.string(), z.unknown())),
  threeSixty: z.optional(z.record(z.string(), z.unknown())),
  guide: z.optional(z.record(z.string(), z.unknown())),
  instrument: z.optional(z.record(z.string(), z.unknown())),
});

const MAX_DEPTH = 6;

/** A facet's strength advice in the `instrument` section: optional, as locales predate it. */
const useKey = (facet: string) => `instrument.facets.${facet}.develop.use`;
const MAX_MESSAGE = 2000;

/** `{a: {b: 'x'}, l: ['y']}` → `[['a.b', 'x'], ['l.0', 'y']]`; too-deep branches become one leaf. */
function flatten(value: unknown, prefix: string, depth = 0): [string, unknown][] {
  if (typeof value !== 'object' || value === null || depth > MAX_DEPTH) return [[prefix, value]];
  return Object.entries(value).flatMap(([key, child]) =>
    flatten(child, `${prefix}.${key}`, depth + 1),
  );
}

/**
 * Sections added after hosts had written locales (issue 17: the plan step, rater comments and
 * raters' files).
 * A locale without any key of one still loads, and English is shown there; one that has some of
 * its keys must have them all.
 */
const LATER_SECTIONS = [
  // the development plan step's few report texts (the editor's own are built in)
  'report.plan.',
  'rater.comments.',
  'threeSixty.inputs.codes.files.',
  'threeSixty.errors.raterFile.',
];

function laterSectionAbsent(key: string, given: Map<string, unknown>): boolean {
  const section = LATER_SECTIONS.find((prefix) => key.startsWith(prefix));
  return section !== undefined && ![...given.keys()].some((k) => k.startsWith(section));
}

/**
 * Checks a locale a host brings, against the English reference: every key present, no key
 * that English lacks (the optional `rater`, `field`, `threeSixty`, `guide` and `instrument` sections are checked in full
 * when present), every message a string that parses and uses only the placeholders its
 * English message has. The `instrument` section, when present, must translate `instrument`
 * (default: the built-in one) id for id. Never throws on bad data.
 */
export function parseLocale(
  data: unknown,
  options: { instrument?: Instrument } = {},
): LocaleParseResult {
  const parsed = envelope.safeParse(data);
  if (!parsed.success)
    return {
      ok: false,
      issues: parsed.error.issues.map((i) => ({
        path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
        message: i.message,
        code: i.code,
      })),
      missingKeys: [],
      extraKeys: [],
    };
  const locale = parsed.data;
  const instrument = options.instrument ?? builtin;
  const reference = new Map<string, unknown>([
    ...flatten(enFlow, 'flow'),
    ...flatten(enReport, 'report'),
    // optional sections: checked in full when present
    ...(locale.rater ? flatten(enRater, 'rater') : []),
    ...(locale.field ? flatten(enField, 'field') : []),
    ...(locale.threeSixty ? flatten(en360, 'threeSixty') : []),
    ...(locale.guide ? flatten(enGuide, 'guide') : []),
    ...(locale.instrument ? flatten(textsOf(instrument), 'instrument') : []),
    // optional within the instrument section: a strength's `use` advice, for any facet
    ...(locale.instrument ? instrument.facets.map((f) => [useKey(f.id), ''] as const) : []),
    // optional within the instrument section: the version it translates (checked below)
    ...(locale.instrument?.['version'] !== undefined
      ? [['instrument.version', instrument.version] as const]
      : []),
  ]);
  const given = new Map([
    ...flatten(locale.flow, 'flow'),
    ...flatten(locale.report, 'report'),
    ...(locale.rater ? flatten(locale.rater, 'rater') : []),
    ...(locale.field ? flatten(locale.field, 'field') : []),
    ...(locale.threeSixty ? flatten(locale.threeSixty, 'threeSixty') : []),
    ...(locale.guide ? flatten(locale.guide, 'guide') : []),
    ...(locale.instrument ? flatten(locale.instrument, 'instrument') : []),
  ]);
  const optional = new Set(instrument.facets.map((f) => useKey(f.id)));
  const missingKeys = [...reference.keys()].filter(
    (key) => !given.has(key) && !optional.has(key) && !laterSectionAbsent(key, given),
  );
  const extraKeys = [...given.keys()].filter((key) => !reference.has(key));
  const issues: SchemaIssue[] = [];
  const issue = (key: string, message: string) =>
    issues.push({ path: key.split('.'), message, code: 'custom' });
  if (missingKeys.length) issue('', `Missing keys: ${missingKeys.join(', ')}`);
  if (extraKeys.length) issue('', `Unknown keys: ${extraKeys.join(', ')}`);
  if (locale.instrument && !translates(locale.instrument, instrument))
    issue(
      'instrument.id',
      `Translates "${String(locale.instrument['id'])}"${
        locale.instrument['version'] === undefined ? '' : ` ${String(locale.instrument['version'])}`
      }, not "${instrument.id}" ${instrument.version}`,
    );
  for (const [key, value] of given) {
    const english = reference.get(key);
    if (english === undefined) continue;
    if (typeof value !== 'string' || value.trim() === '' || value.length > MAX_MESSAGE) {
      issue(key, `Expected text of 1–${MAX_MESSAGE} characters`);
      continue;
    }
    // Instrument texts are shown as they are; only UI and report strings are messages.
    if (key.startsWith('instrument.')) continue;
    try {
      const allowed = placeholdersOf(String(english));
      const unknown = [...placeholdersOf(value)].filter((name) => !allowed.has(name));
      if (unknown.length)
        issue(key, `Unknown placeholder ${unknown.map((n) => `{${n}}`).join(', ')}`);
      compileMessage(value);
    } catch (error) {
      issue(key, `Not a valid message: ${(error as Error).message}`);
    }
  }
  if (issues.length) return { ok: false, issues, missingKeys, extraKeys };
  // A copy, so a host changing its object later cannot change what was checked.
  return { ok: true, value: JSON.parse(JSON.stringify(locale)) as LocaleData };
}

/**
 * The complete English locale, built-in instrument included: the template to translate from
 * (`JSON.stringify(englishLocale(), null, 2)` gives a file to hand a translator).
 */
export function englishLocale(instrument: Instrument = builtin): LocaleData {
  return JSON.parse(
    JSON.stringify({
      schemaVersion: 1,
      lang: 'en',
      dir: 'ltr',
      flow: enFlow,
      report: enReport,
      rater: enRater,
      field: enField,
      threeSixty: en360,
      guide: enGuide,
      instrument: textsOf(instrument),
    }),
  ) as LocaleData;
}
