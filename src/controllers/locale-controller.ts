import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Instrument } from '../scoring/types.js';
import type { LocaleData } from '../i18n/types.js';
import { BUILTIN_LANGS } from '../i18n/builtin-langs.js';
import { Latest } from '../internal/latest.js';
import { lazy } from '../internal/lazy.js';

export type LocaleErrorCode = 'unknown-lang' | 'invalid-locale';

/**
 * Locales that ship with the library besides English; each is its own lazily loaded chunk.
 * Typed by BUILTIN_LANGS, so the list and the loaders cannot drift apart.
 */
const BUILTIN: Readonly<
  Record<Exclude<(typeof BUILTIN_LANGS)[number], 'en'>, () => Promise<LocaleData>>
> = {
  es: lazy(() => import('../i18n/locales/es.js').then((m) => trust(m.es))),
  ar: lazy(() => import('../i18n/locales/ar.js').then((m) => trust(m.ar))),
};

// The checker of a host's locale (and zod) loads only when a host brings one.
const loadLocaleParser = lazy(() => import('../schema/locale.js').then((m) => m.parseLocale));

/**
 * Locale objects already checked (or built in). The widget hands its locale to the report it
 * contains; the report must not fetch the schema and check it again.
 */
const trusted = new WeakSet<object>();

function trust(data: LocaleData): LocaleData {
  trusted.add(data);
  return data;
}

const primaryOf = (tag: string): string => tag.trim().toLowerCase().split('-')[0] ?? '';

/** The element's language settings (its properties), read when needed so changes apply. */
export interface LocaleHost extends ReactiveControllerHost {
  /** The host's `lang` attribute. */
  readonly lang: string;
  /** A locale object the host supplied, validated before use. */
  readonly locale?: unknown;
}

export interface LocaleOptions {
  /** The instrument a locale's `instrument` section must translate. */
  instrument: () => Instrument;
  /** A problem the host should hear of; the texts fall back to English and nothing stops. */
  onError: (code: LocaleErrorCode, message: string) => void;
}

/**
 * Which texts an element shows: a valid host `locale`, else the built-in locale for `lang`,
 * else English. English is built in and synchronous; other locales (and the schema that checks
 * a host's) load on demand, and the last request wins.
 */
export class LocaleController implements ReactiveController {
  /** `null` means English. */
  #data: LocaleData | null = null;
  #pending = false;
  #inputs: unknown[] = [];
  readonly #latest = new Latest();
  /** `lang` values already reported as unknown, so re-rendering never repeats a warning. */
  readonly #warned = new Set<string>();

  constructor(
    private readonly host: LocaleHost,
    private readonly options: LocaleOptions,
  ) {
    host.addController(this);
  }

  /** The locale in use, or `null` for the built-in English. */
  get data(): LocaleData | null {
    return this.#data;
  }

  /** True while the first non-English locale is still loading (nothing to show in it yet). */
  get settling(): boolean {
    return this.#pending && this.#data === null;
  }

  /** Language tag for `lang` and `Intl`: the host's own tag when it names the same language. */
  get lang(): string {
    const data = this.#data;
    if (!data) return 'en';
    const asked = this.host.lang.trim();
    return asked && primaryOf(asked) === primaryOf(data.lang) ? asked : data.lang;
  }

  /**
   * Writing direction of the locale in use; `undefined` for the built-in English, which follows
   * the page (a host that sets `dir="rtl"` on its page gets a mirrored layout).
   */
  get dir(): 'ltr' | 'rtl' | undefined {
    return this.#data?.dir;
  }

  hostConnected(): void {
    this.#resolve();
  }

  hostUpdate(): void {
    this.#resolve();
  }

  /** Re-reads the inputs; does nothing while they are unchanged. */
  #resolve(): void {
    const instrument = this.options.instrument();
    const inputs = [this.host.lang, this.host.locale, instrument.id, instrument.version];
    if (inputs.every((value, i) => value === this.#inputs[i])) return;
    this.#inputs = inputs;
    const request = this.#latest.start();
    const custom = this.host.locale;
    if (custom === undefined || custom === null) {
      this.#fromLang(request);
      return;
    }
    if (typeof custom === 'object' && trusted.has(custom)) {
      this.#use(custom as LocaleData);
      return;
    }
    this.#pending = true;
    loadLocaleParser()
      .then((parseLocale) => {
        if (!this.#latest.isLatest(request)) return;
        const parsed = parseLocale(custom, { instrument });
        if (parsed.ok) {
          // The checked copy is used (the host may change its own object later) and trusted.
          return this.#use(trust(parsed.value));
        }
        const why = parsed.issues.slice(0, 5).map((i) => i.message);
        this.options.onError('invalid-locale', `locale: ${why.join('; ')}`);
        this.#fromLang(request);
      })
      .catch((error: unknown) => {
        if (!this.#latest.isLatest(request)) return;
        this.options.onError('invalid-locale', `locale: the schema did not load (${error})`);
        this.#fromLang(request);
      });
  }

  #fromLang(request: AbortSignal): void {
    const lang = this.host.lang;
    const primary = primaryOf(lang);
    const load = (BUILTIN as Readonly<Record<string, () => Promise<LocaleData>>>)[primary];
    if (primary === '' || primary === 'en' || !load) {
      if (primary !== '' && primary !== 'en' && !this.#warned.has(lang)) {
        this.#warned.add(lang);
        this.options.onError(
          'unknown-lang',
          `No texts for lang "${lang}"; showing English. Built in: ${BUILTIN_LANGS.join(', ')}`,
        );
      }
      this.#use(null);
      return;
    }
    this.#pending = true;
    load().then(
      (data) => {
        if (this.#latest.isLatest(request)) this.#use(data);
      },
      (error: unknown) => {
        if (!this.#latest.isLatest(request)) return;
        this.options.onError('unknown-lang', `The "${primary}" texts did not load (${error})`);
        this.#use(null);
      },
    );
  }

  #use(data: LocaleData | null): void {
    const changed = data !== this.#data || this.#pending;
    this.#data = data;
    this.#pending = false;
    if (changed) this.host.requestUpdate();
  }
}
