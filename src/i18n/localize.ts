import type { Instrument } from '../scoring/types.js';
import type { InstrumentTexts } from './types.js';

/** The texts of an instrument in the shape a locale's `instrument` section has. */
export function textsOf(instrument: Instrument): InstrumentTexts {
  const byId = <T extends { id: string }, V>(list: T[], pick: (x: T) => V): Record<string, V> =>
    Object.fromEntries(list.map((x) => [x.id, pick(x)]));
  return {
    id: instrument.id,
    title: instrument.title,
    scale: {
      labels: [...instrument.scale.labels],
      notObserved: instrument.scale.notObserved,
    },
    dimensions: byId(instrument.dimensions, ({ label, description }) => ({
      label,
      description,
    })) as InstrumentTexts['dimensions'],
    facets: byId(instrument.facets, ({ label, description, develop }) => ({
      label,
      description,
      develop: { ...develop },
    })),
    items: byId(instrument.items, ({ self, observer }) => ({ self, observer })),
  };
}

/** Translations made so far, by instrument, then locale texts, then language tag. */
const translations = new WeakMap<Instrument, WeakMap<InstrumentTexts, Map<string, Instrument>>>();

/**
 * The instrument with its texts replaced by a translation. Ids, facets, keying and order stay,
 * so answers and scores are the same in every language. A translation of another instrument
 * is ignored; a text the translation lacks keeps the original (parseLocale rejects such gaps
 * in host locales before they get here).
 */
export function localizeInstrument(
  instrument: Instrument,
  texts: InstrumentTexts | undefined,
  lang: string,
): Instrument {
  if (!texts || !translates(texts, instrument)) return instrument;
  // The same inputs give the same object: elements call this on every render, and the widget
  // tells a new session from a re-render by the instrument's identity.
  const byTexts = translations.get(instrument) ?? new WeakMap();
  translations.set(instrument, byTexts);
  const byLang = byTexts.get(texts) ?? new Map<string, Instrument>();
  byTexts.set(texts, byLang);
  let translated = byLang.get(lang);
  if (!translated) {
    translated = translate(instrument, texts, lang);
    byLang.set(lang, translated);
  }
  return translated;
}

/** Whether `texts` translate this instrument: the same id, and the same version when they name one. */
export const translates = (texts: { id?: unknown; version?: unknown }, instrument: Instrument) =>
  texts.id === instrument.id &&
  (texts.version === undefined || texts.version === instrument.version);

function translate(instrument: Instrument, texts: InstrumentTexts, lang: string): Instrument {
  return {
    ...instrument,
    lang,
    title: texts.title,
    scale: { labels: [...texts.scale.labels], notObserved: texts.scale.notObserved },
    dimensions: instrument.dimensions.map((d) => ({ ...d, ...texts.dimensions[d.id] })),
    facets: instrument.facets.map((f) => {
      const t = texts.facets[f.id];
      return t ? { ...f, ...t, develop: { ...t.develop } } : f;
    }),
    items: instrument.items.map((item) => ({ ...item, ...texts.items[item.id] })),
  };
}
