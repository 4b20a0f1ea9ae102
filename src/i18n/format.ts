/**
 * Messages are plain strings, so a locale is JSON a translator can edit. They use a small
 * subset of ICU MessageFormat:
 *
 * - `{name}` — a value; numbers are formatted with `Intl.NumberFormat` for the locale.
 * - `{count, plural, one {# item} other {# items}}` — the branch `Intl.PluralRules` picks
 *   (`zero`, `one`, `two`, `few`, `many`, `other`, or an exact `=3`); `#` is the number.
 * - `{rank, selectordinal, one {#st} two {#nd} few {#rd} other {#th}}` — the same for ordinals.
 *
 * Apostrophes are plain text (no ICU quoting); `other` is required in every plural.
 */

type Part =
  | string
  | { kind: 'value'; name: string }
  | { kind: 'number' }
  | { kind: 'plural'; name: string; ordinal: boolean; branches: Record<string, Part[]> };

/** A message that cannot be parsed; `parseLocale` reports it with the message's key. */
export class MessageSyntaxError extends Error {
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(message);
    this.name = 'MessageSyntaxError';
  }
}

export type MessageValues = Readonly<Record<string, string | number>>;

const NAME = /^[A-Za-z_][\w-]*$/;
const SELECTOR = /^(=\d+|zero|one|two|few|many|other)$/;

class Parser {
  #at = 0;
  constructor(private readonly source: string) {}

  parse(): Part[] {
    const parts = this.#parts(false, false);
    if (this.#at < this.source.length) this.#fail('unexpected "}"');
    return parts;
  }

  /** Text and arguments up to the end, or up to the `}` that closes a plural branch. */
  #parts(inBranch: boolean, inPlural: boolean): Part[] {
    const parts: Part[] = [];
    let text = '';
    const flush = () => {
      if (text) parts.push(text);
      text = '';
    };
    while (this.#at < this.source.length) {
      const char = this.source[this.#at]!;
      if (char === '}') {
        if (!inBranch) break;
        flush();
        return parts;
      }
      if (char === '{') {
        flush();
        parts.push(this.#argument());
        continue;
      }
      if (char === '#' && inPlural) {
        flush();
        parts.push({ kind: 'number' });
      } else text += char;
      this.#at++;
    }
    if (inBranch) this.#fail('a plural branch is not closed with "}"');
    flush();
    return parts;
  }

  #argument(): Part {
    this.#at++; // {
    const close = this.#find(['}', ',']);
    const name = this.source.slice(this.#at, close).trim();
    if (!NAME.test(name)) this.#fail(`"${name}" is not a valid placeholder name`);
    this.#at = close;
    if (this.source[close] === '}') {
      this.#at++;
      return { kind: 'value', name };
    }
    this.#at++; // ,
    const typeEnd = this.#find([',']);
    const type = this.source.slice(this.#at, typeEnd).trim();
    if (type !== 'plural' && type !== 'selectordinal')
      this.#fail(`unsupported argument type "${type}" (use plural or selectordinal)`);
    this.#at = typeEnd + 1;
    const branches: Record<string, Part[]> = {};
    for (;;) {
      this.#skipSpace();
      if (this.source[this.#at] === '}') break;
      const open = this.#find(['{']);
      const selector = this.source.slice(this.#at, open).trim();
      if (!SELECTOR.test(selector)) this.#fail(`"${selector}" is not a plural category`);
      this.#at = open + 1;
      branches[selector] = this.#parts(true, true);
      this.#at++; // } of the branch
    }
    this.#at++; // } of the argument
    if (!branches['other']) this.#fail(`the plural of "${name}" has no "other" branch`);
    return { kind: 'plural', name, ordinal: type === 'selectordinal', branches };
  }

  #find(chars: string[]): number {
    for (let i = this.#at; i < this.source.length; i++)
      if (chars.includes(this.source[i]!)) return i;
    return this.#fail(`expected ${chars.map((c) => `"${c}"`).join(' or ')}`);
  }

  #skipSpace(): void {
    while (/\s/.test(this.source[this.#at] ?? '')) this.#at++;
  }

  #fail(why: string): never {
    throw new MessageSyntaxError(`${why} at character ${this.#at + 1}`, this.#at);
  }
}

const compiled = new Map<string, Part[]>();

/** Parses a message (cached); throws `MessageSyntaxError` when it is malformed. */
export function compileMessage(message: string): Part[] {
  let parts = compiled.get(message);
  if (!parts) {
    parts = new Parser(message).parse();
    compiled.set(message, parts);
  }
  return parts;
}

/** Names of the values a message uses, e.g. `["answered", "total"]`. */
export function placeholdersOf(message: string): Set<string> {
  const names = new Set<string>();
  const walk = (parts: Part[]): void => {
    for (const part of parts) {
      if (typeof part === 'string' || part.kind === 'number') continue;
      names.add(part.name);
      if (part.kind === 'plural') Object.values(part.branches).forEach(walk);
    }
  };
  walk(compileMessage(message));
  return names;
}

// Intl objects are costly to create; a page uses a handful of languages at most.
const intlCache = new Map<string, Intl.NumberFormat | Intl.PluralRules>();
function intl<T extends Intl.NumberFormat | Intl.PluralRules>(key: string, make: () => T): T {
  let value = intlCache.get(key) as T | undefined;
  if (!value) {
    value = make();
    intlCache.set(key, value);
  }
  return value;
}

/** `new Intl.X(lang)`, or English when the engine does not know the tag. */
function safe<T>(make: (lang: string) => T, lang: string): T {
  try {
    return make(lang || 'en');
  } catch {
    return make('en');
  }
}

export const numberFormat = (lang: string, fractionDigits = 0): Intl.NumberFormat =>
  intl(`n:${lang}:${fractionDigits}`, () =>
    safe((l) => new Intl.NumberFormat(l, { maximumFractionDigits: fractionDigits }), lang),
  );

const pluralRules = (lang: string, ordinal: boolean): Intl.PluralRules =>
  intl(`p:${lang}:${ordinal}`, () =>
    safe((l) => new Intl.PluralRules(l, { type: ordinal ? 'ordinal' : 'cardinal' }), lang),
  );

/** English, with at most a region: its digits are ASCII and below 1,000 it has no separator. */
const ENGLISH = /^(en(-[a-z]{2}|-\d{3})?)?$/i;

/**
 * A number in a message. English integers below 1,000 are written without Intl, which gives the
 * same text: the first `Intl.NumberFormat` of a page loads ICU data, about 25 ms of the time
 * before the first question (bench/profile-widget.mjs), for "48" or "1 of 6".
 */
const formatNumber = (value: number, lang: string): string =>
  Number.isInteger(value) && Math.abs(value) < 1000 && !Object.is(value, -0) && ENGLISH.test(lang)
    ? String(value)
    : numberFormat(lang).format(value);

/** The plural category; English cardinals are `one` for 1 and `other` for anything else. */
const pluralOf = (value: number, lang: string, ordinal: boolean): string =>
  !ordinal && ENGLISH.test(lang)
    ? Math.abs(value) === 1
      ? 'one'
      : 'other'
    : pluralRules(lang, ordinal).select(value);

/**
 * Fills in a message. A number value is formatted for `lang`; a string is inserted as it is
 * (callers format numbers that need other options first). A value the message names but the
 * caller did not give stays visible as `{name}`, so the mistake shows instead of hiding.
 */
export function formatMessage(message: string, values: MessageValues, lang: string): string {
  const render = (parts: Part[], count?: number): string => {
    let out = '';
    for (const part of parts) {
      if (typeof part === 'string') out += part;
      else if (part.kind === 'number') out += count === undefined ? '#' : formatNumber(count, lang);
      else if (part.kind === 'value') {
        const value = values[part.name];
        out +=
          value === undefined
            ? `{${part.name}}`
            : typeof value === 'number'
              ? formatNumber(value, lang)
              : value;
      } else {
        const value = Number(values[part.name]);
        if (!Number.isFinite(value)) {
          out += `{${part.name}}`;
          continue;
        }
        const branch =
          part.branches[`=${value}`] ??
          part.branches[pluralOf(value, lang, part.ordinal)] ??
          part.branches['other']!;
        out += render(branch, value);
      }
    }
    return out;
  };
  try {
    return render(compileMessage(message));
  } catch {
    // Built-in messages are tested and host ones validated; never throw into a render.
    return message;
  }
}
