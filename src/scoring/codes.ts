/**
 * Response codes: a rater's answers as a short string they can paste into a message, so a
 * 360° needs no server. Public entry: `leadership-3d/codes`.
 *
 * A code is `L3D-` and 5-character groups of Crockford base-32 symbols (no I, L, O, U; read
 * case-insensitively, with I/L read as 1 and O as 0). The symbols carry, in order:
 *
 * | field       | bits   | what                                                          |
 * | ----------- | ------ | ------------------------------------------------------------- |
 * | format      | 5      | `1`                                                           |
 * | fingerprint | 20     | hash of the instrument id, version and item ids               |
 * | group       | 5      | manager, peer, direct report, other                           |
 * | nonce       | 20     | random per rater, so identical answers still give two codes   |
 * | answers     | 3/item | 0 unanswered, 1–5, 6 not observed; padded to whole symbols    |
 * | checksum    | 30     | bech32m BCH code: any error in up to 4 symbols is detected    |
 *
 * 48 items make 45 symbols, 57 characters with the dashes. No name, time or other
 * identifying data is in a code; timings are not carried.
 */
import { ScoringError, fail } from './errors.js';
import { planFromOptions, readResponses } from './plan.js';
import { RATER_GROUPS } from './vocabulary.js';
import type { Instrument, RaterGroup, RaterResponseSet } from './types.js';

/** Nonces are whole numbers from 0 to below this. */
export const NONCE_LIMIT = 2 ** 20;

/** What is wrong with a code, for a message beside the field it was typed into. */
export type ResponseCodeProblem =
  /** Nothing but spaces and dashes. */
  | 'empty'
  /** Does not start with L3D, or was made by a newer format of this library. */
  | 'format'
  /** Has a character that is not in a code. */
  | 'characters'
  /** Symbols are missing (a truncated copy). */
  | 'too-short'
  /** Has extra symbols. */
  | 'too-long'
  /** Has the right length but a mistyped or altered symbol. */
  | 'checksum'
  /** Valid, but made for another instrument or another version of it. */
  | 'instrument'
  /** Passes the checksum yet holds values no encoder writes. */
  | 'content';

/** A code that cannot be read. `problem` says why; `code` is `instrument-mismatch` or `invalid-code`. */
export class ResponseCodeError extends ScoringError {
  override name = 'ResponseCodeError';

  constructor(
    readonly problem: ResponseCodeProblem,
    message: string,
  ) {
    super(problem === 'instrument' ? 'instrument-mismatch' : 'invalid-code', ['code'], message);
    // A sentence to show a person as it is, without the "(at code)" of other scoring errors.
    this.message = message;
  }
}

export interface DecodedResponseCode {
  /** The code in its canonical spelling: equal for the same code typed differently. */
  code: string;
  responses: RaterResponseSet;
}

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const PREFIX = 'L3D';
const FORMAT = 1;
const NOT_OBSERVED = 6;
const CHECKSUM_LENGTH = 6;
/** Symbols before the answers: format, fingerprint (4), group, nonce (4). */
const HEADER_LENGTH = 10;

/**
 * A rater's answers as a response code.
 *
 * @param options.nonce a random whole number below {@link NONCE_LIMIT}, drawn once per rater
 *   and kept with their answers, so two raters who answer alike give two codes while one rater
 *   who reloads the page gives the same code again. Defaults to 0.
 * @throws {ScoringError} naming the field, for responses that `score360` would refuse.
 */
export function encodeResponseCode(
  responses: RaterResponseSet,
  options: { instrument?: Instrument; nonce?: number } = {},
): string {
  const plan = planFromOptions(options);
  readResponses(plan, responses, [], ['observer']);
  const group = RATER_GROUPS.indexOf(responses.group);
  if (group < 0) fail('invalid-input', ['group'], `Expected ${RATER_GROUPS.join(' or ')}`);
  const { nonce = 0 } = options;
  if (!Number.isInteger(nonce) || nonce < 0 || nonce >= NONCE_LIMIT)
    fail('invalid-input', ['options', 'nonce'], `Expected a whole number below ${NONCE_LIMIT}`);

  const bits = new BitWriter();
  bits.write(FORMAT, 5);
  bits.write(fingerprint(plan.instrument), 20);
  bits.write(group, 5);
  bits.write(nonce, 20);
  for (const item of plan.instrument.items) {
    const answer = responses.answers[item.id];
    bits.write(answer === undefined ? 0 : answer === null ? NOT_OBSERVED : answer, 3);
  }
  const data = bits.symbols();
  return spell([...data, ...checksum(data)]);
}

/**
 * Reads a response code back into the rater's responses. Spaces, dashes and case are ignored.
 *
 * @throws {ResponseCodeError} saying what is wrong: not a code, a typo, a truncated copy, or a
 *   code made for another instrument or version.
 */
export function decodeResponseCode(
  code: string,
  options: { instrument?: Instrument } = {},
): DecodedResponseCode {
  const plan = planFromOptions(options);
  const { instrument } = plan;
  if (typeof code !== 'string') fail('invalid-input', ['code'], 'Expected a string');
  const compact = code.replace(/[\s-]+/g, '').toUpperCase();
  if (!compact) throw new ResponseCodeError('empty', 'The code is empty.');
  if (!compact.startsWith(PREFIX))
    throw new ResponseCodeError(
      'format',
      `This is not a response code: codes start with ${PREFIX}-.`,
    );

  const symbols: number[] = [];
  for (const char of compact.slice(PREFIX.length)) {
    const value = ALPHABET.indexOf(char.replace('O', '0').replace(/[IL]/, '1'));
    if (value < 0)
      throw new ResponseCodeError('characters', `"${char}" cannot be part of a response code.`);
    symbols.push(value);
  }

  const expected = HEADER_LENGTH + Math.ceil((instrument.items.length * 3) / 5) + CHECKSUM_LENGTH;
  const lengthProblem = (): never => {
    const short = symbols.length < expected;
    throw new ResponseCodeError(
      short ? 'too-short' : 'too-long',
      `The code has ${symbols.length} characters after ${PREFIX} where ${expected} were expected: ${
        short ? 'part of it is missing' : 'something was added'
      }.`,
    );
  };
  const data = symbols.slice(0, -CHECKSUM_LENGTH);
  if (
    symbols.length <= CHECKSUM_LENGTH ||
    checksum(data).join() !== symbols.slice(-CHECKSUM_LENGTH).join()
  ) {
    if (symbols.length !== expected) lengthProblem();
    throw new ResponseCodeError(
      'checksum',
      'The code has a typo: a character differs from the code the rater sent.',
    );
  }

  const bits = new BitReader(data);
  if (bits.read(5) !== FORMAT)
    throw new ResponseCodeError(
      'format',
      'This code was made by a newer version of leadership-3d.',
    );
  if (bits.read(20) !== fingerprint(instrument))
    throw new ResponseCodeError(
      'instrument',
      `This code was made for another questionnaire or another version, not ${instrument.id} ${instrument.version}.`,
    );
  // The checksum already held, so a wrong length here is a code that was shortened on purpose.
  if (symbols.length !== expected) lengthProblem();
  const group = RATER_GROUPS[bits.read(5)];
  const content = () =>
    new ResponseCodeError('content', 'The code holds values no rater can give.');
  if (!group) throw content();
  bits.read(20);
  const answers: RaterResponseSet['answers'] = {};
  for (const item of instrument.items) {
    const value = bits.read(3);
    if (value > NOT_OBSERVED) throw content();
    if (value) answers[item.id] = value === NOT_OBSERVED ? null : (value as 1 | 2 | 3 | 4 | 5);
  }
  if (!bits.restIsZero()) throw content();
  return {
    code: spell(symbols),
    responses: {
      instrumentId: instrument.id,
      instrumentVersion: instrument.version,
      form: 'observer',
      group: group as RaterGroup,
      answers,
    },
  };
}

/** A code's text: the prefix, then the symbols in groups of five, joined by dashes. */
function spell(symbols: readonly number[]): string {
  const text = symbols.map((s) => ALPHABET[s]).join('');
  const groups = [PREFIX];
  for (let i = 0; i < text.length; i += 5) groups.push(text.slice(i, i + 5));
  return groups.join('-');
}

/** 20-bit FNV-1a of id, version and item ids: codes of another instrument or version differ. */
function fingerprint(instrument: Instrument): number {
  const text = [instrument.id, instrument.version, ...instrument.items.map((i) => i.id)].join('\n');
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash ^ (hash >>> 20)) & 0xfffff;
}

// bech32m (BIP 350): a BCH code over 5-bit symbols that detects any error in up to 4 symbols
// of a string up to 89 long. The prefix is mixed in so a code cannot pass for another kind.
const GENERATORS = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
const BECH32M = 0x2bc830a3;

function polymod(values: readonly number[]): number {
  let chk = 1;
  for (const value of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ value;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= GENERATORS[i]!;
  }
  return chk;
}

function checksum(data: readonly number[]): number[] {
  const prefix = [...PREFIX.toLowerCase()].map((c) => c.charCodeAt(0));
  const expanded = [...prefix.map((c) => c >> 5), 0, ...prefix.map((c) => c & 31)];
  const mod = polymod([...expanded, ...data, 0, 0, 0, 0, 0, 0]) ^ BECH32M;
  return Array.from({ length: CHECKSUM_LENGTH }, (_, i) => (mod >>> (5 * (5 - i))) & 31);
}

/** Packs fields of any width into 5-bit symbols, most significant bit first. */
class BitWriter {
  #bits: number[] = [];

  write(value: number, width: number): void {
    for (let i = width - 1; i >= 0; i--) this.#bits.push((value >>> i) & 1);
  }

  /** The symbols, the last one padded with zero bits. */
  symbols(): number[] {
    const out: number[] = [];
    for (let i = 0; i < this.#bits.length; i += 5) {
      let symbol = 0;
      for (let j = 0; j < 5; j++) symbol = (symbol << 1) | (this.#bits[i + j] ?? 0);
      out.push(symbol);
    }
    return out;
  }
}

class BitReader {
  #position = 0;

  constructor(private readonly symbols: readonly number[]) {}

  read(width: number): number {
    let value = 0;
    for (let i = 0; i < width; i++, this.#position++) {
      const symbol = this.symbols[(this.#position / 5) | 0] ?? 0;
      value = (value << 1) | ((symbol >>> (4 - (this.#position % 5))) & 1);
    }
    return value >>> 0;
  }

  /** True when the padding after the last field is all zero, as the encoder writes it. */
  restIsZero(): boolean {
    const total = this.symbols.length * 5;
    return total <= this.#position || this.read(total - this.#position) === 0;
  }
}

// The engine's error class, for callers that import only this entry.
export { ScoringError };
