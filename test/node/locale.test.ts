import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  compileMessage,
  formatMessage,
  MessageSyntaxError,
  placeholdersOf,
} from '../../src/i18n/format.js';
import { englishLocale, parseLocale } from '../../src/schema/locale.js';
import { localizeInstrument } from '../../src/i18n/localize.js';
import { es } from '../../src/i18n/locales/es.js';
import { ar } from '../../src/i18n/locales/ar.js';
import { en360 } from '../../src/i18n/locales/en-360.js';
import { es360 } from '../../src/i18n/locales/es-360.js';
import { ar360 } from '../../src/i18n/locales/ar-360.js';
import { enGuide } from '../../src/i18n/locales/en-guide.js';
import { esGuide, esUse } from '../../src/i18n/locales/es-guide.js';
import { arGuide, arUse } from '../../src/i18n/locales/ar-guide.js';
import { score } from '../../src/scoring/index.js';
import type { LocaleData } from '../../src/i18n/types.js';
import { instrument, readInstrumentV1 } from './helpers.js';

const copy = (): Record<string, unknown> =>
  structuredClone(englishLocale()) as unknown as Record<string, unknown>;

describe('formatMessage', () => {
  it('fills values and formats numbers for the language', () => {
    assert.equal(formatMessage('{a} of {b}', { a: 3, b: 'x' }, 'en'), '3 of x');
    assert.equal(formatMessage('{n}', { n: 1234.5 }, 'en'), '1,235');
    assert.equal(formatMessage('{n}', { n: 1234 }, 'es'), '1234');
    assert.equal(formatMessage('{n}', { n: 12345 }, 'es'), '12.345');
    assert.equal(formatMessage('{n}', { n: 48 }, 'ar-EG'), '٤٨');
  });

  it('picks plural branches with Intl.PluralRules, exact matches first', () => {
    const m =
      '{n, plural, =0 {none} one {# item} two {# items (dual)} few {# few} other {# items}}';
    assert.equal(formatMessage(m, { n: 0 }, 'en'), 'none');
    assert.equal(formatMessage(m, { n: 1 }, 'en'), '1 item');
    assert.equal(formatMessage(m, { n: 2 }, 'en'), '2 items');
    assert.equal(formatMessage(m, { n: 2 }, 'ar'), '2 items (dual)');
    assert.equal(formatMessage(m, { n: 5 }, 'ar'), '5 few');
    const ordinal = '{r, selectordinal, one {#st} two {#nd} few {#rd} other {#th}}';
    assert.deepEqual(
      [1, 2, 3, 4, 11, 22, 103].map((r) => formatMessage(ordinal, { r }, 'en')),
      ['1st', '2nd', '3rd', '4th', '11th', '22nd', '103rd'],
    );
  });

  it('writes English numbers and plurals exactly as Intl does (integers below 1,000 skip it)', () => {
    const m = '{n} {n, plural, one {item} other {items}}';
    for (const lang of ['en', 'en-GB', 'en-IN', 'en-001', ''])
      for (const n of [-1000, -999, -1, -0, 0, 0.5, 1, 1.5, 2, 7, 48, 999, 1000, 12345]) {
        const intl = new Intl.NumberFormat(lang || 'en', { maximumFractionDigits: 0 }).format(n);
        const plural = new Intl.PluralRules(lang || 'en').select(n) === 'one' ? 'item' : 'items';
        assert.equal(formatMessage(m, { n }, lang), `${intl} ${plural}`, `${lang} ${n}`);
      }
  });

  it('keeps a value the caller forgot visible instead of hiding it', () => {
    assert.equal(formatMessage('{a} and {b}', { a: 1 }, 'en'), '1 and {b}');
  });

  it('inserts values as text, never interpreting them', () => {
    const value = '{x} <img src=x onerror=alert(1)> #';
    assert.equal(formatMessage('[{v}]', { v: value, x: 'no' }, 'en'), `[${value}]`);
  });

  it('reports malformed messages with a position', () => {
    for (const bad of [
      '{',
      '{a',
      '{a, plural, one {x}}',
      '{a, select, x {y} other {z}}',
      '{1a}',
      'a}',
    ]) {
      assert.throws(() => compileMessage(bad), MessageSyntaxError, bad);
    }
  });

  it('never throws while formatting, whatever the message', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer(), (message, n) => {
        assert.equal(typeof formatMessage(message, { n }, 'en'), 'string');
      }),
      { numRuns: 1000 },
    );
  });

  it('lists the placeholders of a message, plural arguments included', () => {
    assert.deepEqual([...placeholdersOf('{a} {n, plural, one {# {b}} other {#}}')].sort(), [
      'a',
      'b',
      'n',
    ]);
  });
});

describe('the built-in locales', () => {
  for (const locale of [englishLocale(), es, ar] as LocaleData[]) {
    it(`${locale.lang} passes parseLocale: every key, valid messages, known placeholders`, () => {
      const parsed = parseLocale(locale);
      assert.equal(parsed.ok, true, JSON.stringify(!parsed.ok && parsed.issues.slice(0, 5)));
    });
  }

  it('differ from English in every item text (they are translations, not copies)', () => {
    const english = englishLocale().instrument!;
    for (const locale of [es, ar]) {
      for (const [id, texts] of Object.entries(locale.instrument!.items)) {
        assert.notEqual(texts.self, english.items[id]!.self, `${locale.lang} ${id}`);
        assert.notEqual(texts.observer, english.items[id]!.observer, `${locale.lang} ${id}`);
      }
    }
  });

  it('Arabic is right to left and the others left to right', () => {
    assert.equal(ar.dir, 'rtl');
    assert.equal(es.dir, 'ltr');
  });

  it('translating the instrument changes no score', () => {
    const answers = Object.fromEntries(
      instrument.items.map((item, i) => [item.id, ((i % 5) + 1) as 1]),
    );
    const responses = {
      instrumentId: instrument.id,
      instrumentVersion: instrument.version,
      form: 'self' as const,
      answers,
    };
    const english = score(responses, { instrument });
    for (const locale of [es, ar]) {
      const translated = localizeInstrument(instrument, locale.instrument, locale.lang);
      assert.equal(translated.items.length, instrument.items.length);
      assert.deepEqual(
        translated.items.map(({ id, facet, reverse }) => [id, facet, reverse]),
        instrument.items.map(({ id, facet, reverse }) => [id, facet, reverse]),
      );
      assert.deepEqual(score(responses, { instrument: translated }), english);
      // the same inputs give the same object (the widget relies on it to tell re-renders apart)
      assert.equal(localizeInstrument(instrument, locale.instrument, locale.lang), translated);
      assert.notEqual(localizeInstrument(instrument, locale.instrument, 'x-other'), translated);
    }
  });
});

describe('parseLocale on a host locale', () => {
  it('accepts a complete copy and returns a detached copy', () => {
    const data = copy();
    const parsed = parseLocale(data);
    assert.equal(parsed.ok, true);
    (data['flow'] as Record<string, unknown>)['loading'] = 'changed';
    assert.equal(parsed.ok && parsed.value.flow.loading, 'Loading the questionnaire…');
  });

  it('names every missing and every extra key', () => {
    const data = copy();
    const flow = data['flow'] as Record<string, Record<string, unknown>>;
    delete flow['intro']!['start'];
    delete (data['report'] as Record<string, unknown>)['outOf'];
    delete (data['instrument'] as { items: Record<string, unknown> }).items['acumen-2'];
    flow['intro']!['shout'] = 'HEY';
    const parsed = parseLocale(data);
    assert.equal(parsed.ok, false);
    if (parsed.ok) return;
    assert.deepEqual(parsed.missingKeys.sort(), [
      'flow.intro.start',
      'instrument.items.acumen-2.observer',
      'instrument.items.acumen-2.self',
      'report.outOf',
    ]);
    assert.deepEqual(parsed.extraKeys, ['flow.intro.shout']);
    assert.match(parsed.issues.map((i) => i.message).join(' '), /flow\.intro\.start/);
  });

  it('rejects unknown placeholders, broken messages and non-text values', () => {
    const data = copy();
    const flow = data['flow'] as Record<string, Record<string, unknown>>;
    flow['progress']!['text'] = '{answered} von {totl}';
    flow['review']!['jump'] = 'Frage {n';
    flow['review']!['back'] = 42;
    const parsed = parseLocale(data);
    assert.equal(parsed.ok, false);
    if (parsed.ok) return;
    const byPath = new Map(parsed.issues.map((i) => [i.path.join('.'), i.message]));
    assert.match(byPath.get('flow.progress.text') ?? '', /Unknown placeholder \{totl\}/);
    assert.match(byPath.get('flow.review.jump') ?? '', /Not a valid message/);
    assert.match(byPath.get('flow.review.back') ?? '', /Expected text/);
  });

  it('rejects a bad envelope, a bad language tag and a translation of another instrument', () => {
    for (const bad of [null, 'es', [], { ...copy(), schemaVersion: 2 }, { ...copy(), dir: 'up' }])
      assert.equal(parseLocale(bad).ok, false);
    assert.equal(parseLocale({ ...copy(), lang: 'not a tag!' }).ok, false);
    const other = copy();
    (other['instrument'] as Record<string, unknown>)['id'] = 'acme';
    const parsed = parseLocale(other);
    assert.equal(parsed.ok, false);
    assert.match(JSON.stringify(!parsed.ok && parsed.issues), /Translates \\"acme\\"/);
  });

  it('allows leaving out the instrument section (the instrument keeps its own texts)', () => {
    const data = copy();
    delete data['instrument'];
    assert.equal(parseLocale(data).ok, true);
  });

  it('loads a locale written before the plan step (no report.plan); a partial one names its keys', () => {
    const old = copy();
    delete (old['report'] as Record<string, unknown>)['plan'];
    assert.equal(parseLocale(old).ok, true);
    const partial = copy();
    (partial['report'] as Record<string, unknown>)['plan'] = { heading: 'Plan' };
    const parsed = parseLocale(partial);
    assert.equal(parsed.ok, false);
    assert.deepEqual(parsed.ok ? [] : parsed.missingKeys, [
      'report.plan.intro',
      'report.plan.make',
    ]);
  });

  it('never throws, whatever it is given', () => {
    const template = copy();
    fc.assert(
      fc.property(fc.anything(), fc.array(fc.string(), { maxLength: 4 }), (junk, path) => {
        const data = structuredClone(template);
        let node: Record<string, unknown> = data;
        for (const key of path.slice(0, -1)) {
          const next = node[key];
          if (typeof next !== 'object' || next === null) break;
          node = next as Record<string, unknown>;
        }
        node[path.at(-1) ?? 'flow'] = junk;
        const parsed = parseLocale(data);
        assert.equal(typeof parsed.ok, 'boolean');
        assert.equal(parseLocale(junk).ok, false);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('a translation pinned to an instrument version', () => {
  const v1 = readInstrumentV1();

  it('applies the built-in es and ar texts to version 2 only, never to version 1', () => {
    for (const locale of [es, ar]) {
      assert.equal(locale.instrument!.version, '2.0.0');
      const current = localizeInstrument(instrument, locale.instrument, locale.lang);
      assert.notEqual(current.items[0]!.self, instrument.items[0]!.self);
      // version 1 keeps its own (English) wording: the Spanish of a v2 item would change what a
      // v1 answer means
      assert.equal(localizeInstrument(v1, locale.instrument, locale.lang), v1);
    }
  });

  it('refuses a host locale that translates another version, and accepts one without a version', () => {
    const refused = parseLocale(es, { instrument: v1 });
    assert.equal(refused.ok, false);
    assert.ok(
      !refused.ok &&
        refused.issues.some((i) => /"l3d-core" 2\.0\.0, not "l3d-core" 1\.0\.0/.test(i.message)),
    );
    assert.equal(parseLocale(es).ok, true);
    // without a version the texts apply to any version of that id, as before version 2
    const unpinned = { ...es.instrument! };
    delete unpinned.version;
    assert.equal(parseLocale({ ...es, instrument: unpinned }).ok, true);
  });
});

describe('the rater’s texts (rater)', () => {
  it('are optional, so a locale written before raters existed still passes', () => {
    const data = copy();
    delete data['rater'];
    assert.equal(parseLocale(data).ok, true);
  });

  it('are checked in full when a locale has them', () => {
    const partial = copy();
    const texts = structuredClone(partial['rater']) as Record<string, unknown>;
    const [first] = Object.keys(texts);
    delete texts[first!];
    partial['rater'] = texts;
    const parsed = parseLocale(partial);
    assert.equal(parsed.ok, false);
    assert.ok(!parsed.ok && parsed.missingKeys.length > 0);
    assert.ok(!parsed.ok && parsed.missingKeys.every((key) => key.startsWith(`rater.${first}`)));
  });
});

describe('the 360 view’s texts (threeSixty)', () => {
  it('are in the English template, and the built-in Spanish and Arabic ones pass parseLocale', () => {
    assert.deepEqual(englishLocale().threeSixty, en360);
    for (const [locale, texts] of [
      [es, es360],
      [ar, ar360],
    ] as const) {
      const parsed = parseLocale({ ...locale, threeSixty: texts });
      assert.ok(parsed.ok, JSON.stringify(!parsed.ok && parsed.issues));
    }
  });

  it('are optional, but checked in full when a locale has them', () => {
    const data = copy();
    delete data['threeSixty'];
    assert.equal(parseLocale(data).ok, true);
    const partial = copy();
    const texts = structuredClone(en360) as Record<string, unknown>;
    delete (texts['kinds'] as Record<string, unknown>)['blind-spot'];
    (texts['gaps'] as Record<string, unknown>)['item'] = '{area}: {selff}';
    partial['threeSixty'] = texts;
    const parsed = parseLocale(partial);
    assert.equal(parsed.ok, false);
    assert.deepEqual(!parsed.ok && parsed.missingKeys, ['threeSixty.kinds.blind-spot']);
    assert.match(JSON.stringify(!parsed.ok && parsed.issues), /Unknown placeholder \{selff\}/);
  });

  it('are translations, not copies', () => {
    const leaves = (o: unknown): string[] =>
      typeof o === 'string' ? [o] : Object.values(o as object).flatMap(leaves);
    const english = new Set(leaves(en360));
    for (const texts of [es360, ar360]) {
      const same = leaves(texts).filter((t) => english.has(t));
      assert.deepEqual(same, []);
    }
  });
});

// Issue 17: sections added after hosts wrote their locales.
describe('sections added later (rater comments, raters’ files)', () => {
  const without = (): Record<string, unknown> => {
    const data = { ...copy(), threeSixty: structuredClone(en360) } as Record<string, unknown>;
    const rater = structuredClone(data['rater']) as Record<string, unknown>;
    delete rater['comments'];
    const threeSixty = data['threeSixty'] as typeof en360;
    delete (threeSixty.inputs.codes as Partial<typeof en360.inputs.codes>).files;
    delete (threeSixty.errors as Partial<typeof en360.errors>).raterFile;
    return { ...data, rater };
  };

  it('a locale written before them still passes (English is shown there)', () => {
    const parsed = parseLocale(without());
    assert.equal(parsed.ok, true, JSON.stringify(!parsed.ok && parsed.issues));
  });

  it('one that has part of a section must have all of it', () => {
    const data = without();
    (data['rater'] as Record<string, unknown>)['comments'] = { heading: 'Dos preguntas' };
    const parsed = parseLocale(data);
    assert.equal(parsed.ok, false);
    assert.ok(!parsed.ok && parsed.missingKeys.includes('rater.comments.keep'));
    assert.ok(!parsed.ok && parsed.missingKeys.every((key) => key.startsWith('rater.comments.')));
  });
});

describe('the report’s version 2 texts (guide) and strength advice (develop.use)', () => {
  it('are in the English template, and the built-in Spanish and Arabic ones pass parseLocale', () => {
    assert.deepEqual(englishLocale().guide, enGuide);
    for (const [locale, guide, use] of [
      [es, esGuide, esUse],
      [ar, arGuide, arUse],
    ] as const) {
      // the built-in advice, placed where a host locale gives it: instrument.facets.*.develop.use
      const texts = structuredClone(locale.instrument!);
      for (const [id, facet] of Object.entries(texts.facets)) facet.develop.use = use[id];
      const parsed = parseLocale({ ...locale, guide, instrument: texts });
      assert.ok(parsed.ok, JSON.stringify(!parsed.ok && parsed.issues));
      assert.deepEqual(Object.keys(use).sort(), Object.keys(texts.facets).sort());
    }
  });

  it('are optional, so a locale written before them still passes, but checked when present', () => {
    const data = copy();
    delete data['guide'];
    for (const facet of Object.values(
      (data['instrument'] as { facets: Record<string, { develop: Record<string, unknown> }> })
        .facets,
    ))
      delete facet.develop['use'];
    assert.equal(parseLocale(data).ok, true);
    const partial = copy();
    const guide = structuredClone(enGuide) as Record<string, unknown>;
    delete (guide['items'] as Record<string, unknown>)['tied'];
    (guide['stage'] as Record<string, unknown>)['lower'] = 'for {stagee}';
    partial['guide'] = guide;
    const parsed = parseLocale(partial);
    assert.equal(parsed.ok, false);
    assert.deepEqual(!parsed.ok && parsed.missingKeys, ['guide.items.tied']);
    assert.match(JSON.stringify(!parsed.ok && parsed.issues), /Unknown placeholder \{stagee\}/);
  });

  it('are translations, not copies', () => {
    const leaves = (o: unknown): string[] =>
      typeof o === 'string' ? [o] : Object.values(o as object).flatMap(leaves);
    const english = new Set([
      ...leaves(enGuide),
      ...instrument.facets.map((f) => f.develop.use ?? ''),
    ]);
    for (const texts of [esGuide, arGuide, esUse, arUse])
      assert.deepEqual(
        leaves(texts).filter((t) => english.has(t)),
        [],
      );
  });
});
