/**
 * Reads the answers of an ndjson response set straight from its bytes, for `--format
 * scores-csv`: no string for the line, no object for the response set. It accepts only the
 * plain shape a program writes (`{"id":…,"instrumentId":…,"instrumentVersion":…,"form":…,
 * "answers":{"item-1":4,…}}`, any key order, JSON white space) that `score()` would accept, and
 * says "not sure" for everything else: an escape in a string, a nested value it does not need,
 * timings, a number other than a digit 1–5, anything wrong. The caller then parses the line
 * with JSON.parse and checks it with the engine, so every error and every unusual line is
 * handled exactly as before; this only makes the common line cheap.
 */
import type { Plan } from '../scoring/plan.js';
import { FORMS } from '../scoring/vocabulary.js';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN = 0x7b;
const CLOSE = 0x7d;
const ZERO = 0x30;

const isSpace = (c: number | undefined) => c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a;

/** Scans lines of one instrument; the id of the last line scanned is in `idStart`/`idEnd`. */
export class AnswerScanner {
  /** The id's bytes (a JSON string without escapes); -1 when the line has no string id. */
  idStart = -1;
  idEnd = -1;
  /** The form of the last line scanned, as an index into FORMS. */
  form = -1;
  readonly #items: Buffer[];
  readonly #id: Buffer;
  readonly #instrumentId: Buffer;
  readonly #version: Buffer;
  readonly #forms: Buffer[];
  #bytes: Buffer = Buffer.alloc(0);
  #at = 0;
  #end = 0;

  constructor(plan: Plan, idField: string) {
    this.#items = plan.itemIds.map((id) => Buffer.from(id));
    this.#id = Buffer.from(idField);
    this.#instrumentId = Buffer.from(plan.instrument.id);
    this.#version = Buffer.from(plan.instrument.version);
    this.#forms = FORMS.map((form) => Buffer.from(form));
  }

  /**
   * Reads the line `bytes[start, end)` into `answers` from `offset` (zero-filled, one byte per
   * item). False when the line is not of the plain shape or not valid: the caller parses it.
   */
  scan(bytes: Buffer, start: number, end: number, answers: Uint8Array, offset: number): boolean {
    this.#bytes = bytes;
    this.#at = start;
    this.#end = end;
    this.idStart = this.idEnd = -1;
    let seen = 0; // bits: 1 instrumentId, 2 instrumentVersion, 4 form, 8 answers
    if (this.#next() !== OPEN) return false;
    if (this.#peek() === CLOSE) return false; // {} is an error for the engine to name
    for (;;) {
      const key = this.#string();
      const keyEnd = this.#at - 1; // the closing quote
      if (key < 0 || this.#next() !== COLON) return false;
      if (this.#is(key, keyEnd, this.#id)) {
        // a string id is kept as bytes; null, true or false is no id (as for the ndjson path);
        // a number goes to JSON.parse, which prints it as JavaScript does
        if (this.#peek() === QUOTE) {
          const s = this.#string();
          if (s < 0) return false;
          this.idStart = s;
          this.idEnd = this.#at - 1;
        } else if (this.#literal()) this.idStart = this.idEnd = -1;
        else return false;
      } else if (this.#keyIs(key, keyEnd, 'instrumentId')) {
        if (!this.#stringIn([this.#instrumentId])) return false;
        seen |= 1;
      } else if (this.#keyIs(key, keyEnd, 'instrumentVersion')) {
        if (!this.#stringIn([this.#version])) return false;
        seen |= 2;
      } else if (this.#keyIs(key, keyEnd, 'form')) {
        this.form = this.#stringIndex(this.#forms);
        if (this.form < 0) return false;
        seen |= 4;
      } else if (this.#keyIs(key, keyEnd, 'answers')) {
        // a second answers object replaces the first in JSON.parse: leave that to it
        if (seen & 8 || !this.#answers(answers, offset)) return false;
        seen |= 8;
      } else if (this.#keyIs(key, keyEnd, 'timings')) return false;
      else if (!this.#scalar()) return false; // another field; nested values go to JSON.parse
      const c = this.#next();
      if (c === CLOSE) break;
      if (c !== COMMA) return false;
    }
    this.#skipSpace();
    return seen === 15 && this.#at >= this.#end;
  }

  /** The answers object: item ids of the instrument, each a digit 1–5 or null. */
  #answers(answers: Uint8Array, offset: number): boolean {
    if (this.#next() !== OPEN) return false;
    if (this.#peek() === CLOSE) {
      this.#at++;
      return true;
    }
    let guess = 0; // answers usually come in instrument order
    for (;;) {
      const key = this.#string();
      if (key < 0) return false;
      const keyEnd = this.#at - 1; // the closing quote
      let item = -1;
      for (let k = 0; k < this.#items.length; k++) {
        const i = (guess + k) % this.#items.length;
        if (this.#is(key, keyEnd, this.#items[i]!)) {
          item = i;
          break;
        }
      }
      if (item < 0 || this.#next() !== COLON) return false;
      guess = item + 1;
      this.#skipSpace();
      const c = this.#bytes[this.#at];
      if (c !== undefined && c > ZERO && c <= ZERO + 5) {
        this.#at++;
        // 4.0, 45 or 4e0 are numbers of another shape: JSON.parse decides
        const after = this.#at < this.#end ? this.#bytes[this.#at]! : COMMA;
        if (
          (after >= ZERO && after <= ZERO + 9) ||
          after === 0x2e ||
          after === 0x65 ||
          after === 0x45
        )
          return false;
        answers[offset + item] = c - ZERO;
      } else if (this.#word('null')) answers[offset + item] = 0;
      else return false;
      const next = this.#next();
      if (next === CLOSE) return true;
      if (next !== COMMA) return false;
    }
  }

  /** True when `bytes[from, to)` is exactly `expected`. */
  #is(from: number, to: number, expected: Buffer): boolean {
    if (to - from !== expected.length) return false;
    for (let k = 0; k < expected.length; k++)
      if (this.#bytes[from + k] !== expected[k]) return false;
    return true;
  }

  /** True when `bytes[from, to)` is exactly the ASCII `name`. */
  #keyIs(from: number, to: number, name: string): boolean {
    if (to - from !== name.length) return false;
    for (let k = 0; k < name.length; k++)
      if (this.#bytes[from + k] !== name.charCodeAt(k)) return false;
    return true;
  }

  /** A string value that is exactly one of `allowed`. */
  #stringIn(allowed: readonly Buffer[]): boolean {
    return this.#stringIndex(allowed) >= 0;
  }

  /** The index in `allowed` of a string value that is exactly one of them, or -1. */
  #stringIndex(allowed: readonly Buffer[]): number {
    const s = this.#string();
    return s < 0 ? -1 : allowed.findIndex((expected) => this.#is(s, this.#at - 1, expected));
  }

  /** Skips a string without escapes, a literal or a number (JSON's grammar, exactly). */
  #scalar(): boolean {
    const c = this.#peek();
    if (c === QUOTE) return this.#string() >= 0;
    if (c === 0x2d || (c >= ZERO && c <= ZERO + 9)) return this.#number();
    return this.#literal();
  }

  /** -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? */
  #number(): boolean {
    const b = this.#bytes;
    const digit = () => this.#at < this.#end && b[this.#at]! >= ZERO && b[this.#at]! <= ZERO + 9;
    const digits = () => {
      if (!digit()) return false;
      while (digit()) this.#at++;
      return true;
    };
    if (b[this.#at] === 0x2d) this.#at++;
    if (b[this.#at] === ZERO) this.#at++;
    else if (!digits()) return false;
    if (this.#at < this.#end && b[this.#at] === 0x2e) {
      this.#at++;
      if (!digits()) return false;
    }
    if (this.#at < this.#end && (b[this.#at] === 0x65 || b[this.#at] === 0x45)) {
      this.#at++;
      if (b[this.#at] === 0x2b || b[this.#at] === 0x2d) this.#at++;
      if (!digits()) return false;
    }
    return true;
  }

  /** A string without escapes: the index of its first byte (after the quote), or -1. */
  #string(): number {
    this.#skipSpace();
    if (this.#bytes[this.#at] !== QUOTE) return -1;
    const start = ++this.#at;
    for (; this.#at < this.#end; this.#at++) {
      const c = this.#bytes[this.#at]!;
      if (c === QUOTE) {
        this.#at++;
        return start;
      }
      // an escape, or a control character JSON does not allow: JSON.parse decides
      if (c === BACKSLASH || c < 0x20) return -1;
    }
    return -1;
  }

  /** null, true or false. */
  #literal(): boolean {
    return this.#word('null') || this.#word('true') || this.#word('false');
  }

  #word(word: string): boolean {
    if (this.#at + word.length > this.#end) return false;
    for (let k = 0; k < word.length; k++)
      if (this.#bytes[this.#at + k] !== word.charCodeAt(k)) return false;
    this.#at += word.length;
    return true;
  }

  #skipSpace(): void {
    while (this.#at < this.#end && isSpace(this.#bytes[this.#at])) this.#at++;
  }

  #peek(): number {
    this.#skipSpace();
    return this.#at < this.#end ? this.#bytes[this.#at]! : -1;
  }

  #next(): number {
    this.#skipSpace();
    return this.#at < this.#end ? this.#bytes[this.#at++]! : -1;
  }
}
