import type { DimensionId } from '../scoring/types.js';
import type { enFlow } from './locales/en.js';
import type { enReport } from './locales/en-report.js';
import type { enRater } from './locales/en-rater.js';
import type { en360 } from './locales/en-360.js';
import type { en360Detail } from './locales/en-360-detail.js';
import type { enField } from './locales/en-field.js';
import type { enGroup } from './locales/en-group.js';
import type { enGuide } from './locales/en-guide.js';
import type { enPlan } from './locales/en-plan.js';

/** Turns the English reference's literal shape into "the same keys, any strings". */
type MessagesLike<T> = { [K in keyof T]: T[K] extends string ? string : MessagesLike<T[K]> };

/** The questionnaire flow's messages: the keys of `en.ts`. */
export type FlowMessages = MessagesLike<typeof enFlow>;

/** The report's and chart's messages: the keys of `en-report.ts`. */
export type ReportMessages = MessagesLike<typeof enReport>;

/** The report's stage guidance, highest and lowest answers and advice labels: `en-guide.ts`. */
export type GuideMessages = MessagesLike<typeof enGuide>;

/** The observer form's own messages (anonymity, group, response code): the keys of `en-rater.ts`. */
export type RaterMessages = MessagesLike<typeof enRater>;

/** The form field's messages (the validation message): the keys of `en-field.ts`. */
export type FieldMessages = MessagesLike<typeof enField>;

/** The 360° view's messages: the keys of `en-360.ts`. */
export type ThreeSixtyMessages = MessagesLike<typeof en360>;

/** The development plan's messages (`<l3d-plan>`): the keys of `en-plan.ts`. */
export type PlanMessages = MessagesLike<typeof enPlan>;

/** The 360° view's item detail (issue 17): the keys of `en-360-detail.ts`. */
export type ThreeSixtyDetailMessages = MessagesLike<typeof en360Detail>;

/** The group report's messages: the keys of `en-group.ts`. */
export type GroupMessages = MessagesLike<typeof enGroup>;

/** One message of the group report's `errors` section, e.g. `'notJson'`. */
export type GroupErrorKey = keyof GroupMessages['errors'];

/**
 * Every dotted path to a message (a string leaf) of `T`: for `{ a: { b: string } }` it is
 * `'a.b'`. A misspelt path is not of this type, so it fails the type-check.
 */
export type MessagePath<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${MessagePath<T[K]>}`;
}[keyof T & string];

/** One message of the 360° view's texts by its path, e.g. `'inputs.codes.added'`. */
export type ThreeSixtyKey = MessagePath<ThreeSixtyMessages>;

/** One message of the 360° view's `errors` section, e.g. `'notJson'` or `'code.checksum'`. */
export type ThreeSixtyErrorKey = MessagePath<ThreeSixtyMessages['errors']>;

/**
 * A translation of an instrument's texts, keyed by the instrument's own ids. Scoring data
 * (facet of each item, reverse keying, order) is not here and cannot change: a translation
 * changes words, never what is measured.
 */
export interface InstrumentTexts {
  /** Id of the instrument translated, e.g. `l3d-core`; a locale for another one is not applied. */
  id: string;
  /**
   * Version translated. When given, the texts apply to that version only: a new version may
   * change what an item says under the same id (version 2 of the built-in instrument did).
   */
  version?: string;
  title: string;
  scale: { labels: [string, string, string, string, string]; notObserved: string };
  dimensions: Record<DimensionId, { label: string; description: string }>;
  facets: Record<
    string,
    {
      label: string;
      description: string;
      develop: { reflect: string; feedforward: string; experiment: string; use?: string };
    }
  >;
  items: Record<string, { self: string; observer: string }>;
}

/**
 * Everything needed to run the widget and report in one language: JSON-compatible, so a host
 * can load it from a file. `parseLocale` (from `leadership-3d/schema`) checks one.
 */
export interface LocaleData {
  schemaVersion: 1;
  /** BCP 47 tag, e.g. `es` or `pt-BR`: sets the `lang` of the widget and the number formats. */
  lang: string;
  /** Writing direction; `rtl` mirrors the layout. */
  dir: 'ltr' | 'rtl';
  flow: FlowMessages;
  report: ReportMessages;
  /**
   * The observer form's texts; optional so that locales written before raters existed still
   * load (the observer form then shows these in English).
   */
  rater?: RaterMessages;
  /**
   * The form field's texts (`<leadership-3d name="…">` in a form); optional like `rater`, so
   * locales written before the widget was a form field still load (English is then shown).
   */
  field?: FieldMessages;
  /**
   * The 360° view's texts (`<l3d-360>`). Optional, so locales written before it keep working:
   * without it `<l3d-360>` uses its built-in texts for the locale's language, or English. The
   * built-in Spanish and Arabic ones are separate chunks (`es-360.ts`, `ar-360.ts`), so a
   * respondent never downloads them.
   */
  threeSixty?: ThreeSixtyMessages;
  /**
   * The report's stage guidance, highest and lowest answers and advice labels (report version
   * 2). Optional like `threeSixty`: without it the report uses its built-in texts for the
   * locale's language (Spanish and Arabic are a chunk each, fetched with the report), or English.
   */
  guide?: GuideMessages;
  /** The instrument's texts; without it the instrument's own texts are shown. */
  instrument?: InstrumentTexts;
}
