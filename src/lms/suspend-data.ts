/**
 * The compact resume encoding for `cmi.suspend_data`. JSON of 48 answers with timings is
 * ~2.5 KB — too close to SCORM 1.2's 4,096 characters once ids grow — so answers are one
 * character per item in instrument order and timings are base-36 tenths of a second:
 *
 *   l3d1;<instrument id>;<version>;<s|o>;<item-set hash>;<status>;<page>;<answers>;<timings>
 *
 * The observer form adds `;<group>;<nonce>` (group m|p|d|o, or - before the rater chose one;
 * the response-code nonce in base 36). Observer data without them, written before raters chose
 * a group, still decodes: the rater is asked for the group again.
 *
 * Decoding checks the format version, instrument id, version, form and a hash of the item ids
 * before anything is returned, so data from another instrument is refused whole, never applied
 * in part. Only printable ASCII is written. DOM-free.
 */
import type { Answer, Form, RaterGroup } from '../scoring/index.js';

/** What the codec stores: the answers and where the respondent was. */
export interface SuspendState {
  answers: Readonly<Record<string, Answer | null>>;
  timings: Readonly<Record<string, number>>;
  page: number;
  status: 'intro' | 'questions' | 'review' | 'report';
  /** Observer form: the rater's group, `null` (or absent) until chosen. */
  group?: RaterGroup | null | undefined;
  /** Observer form: the response-code nonce (0 … 2^20 − 1). */
  nonce?: number | undefined;
}

/** The part of an instrument the codec needs (the full `Instrument` fits). */
export interface SuspendInstrument {
  id: string;
  version: string;
  items: readonly { id: string }[];
}

export type EncodeResult = { ok: true; value: string } | { ok: false; message: string };

export type DecodeResult =
  { kind: 'empty' } | { kind: 'ok'; state: SuspendState } | { kind: 'invalid'; message: string };

const PREFIX = 'l3d1';
const STATUS = { intro: 'i', questions: 'q', review: 'r', report: 'p' } as const;
const STATUS_OF: Readonly<Record<string, SuspendState['status']>> = {
  i: 'intro',
  q: 'questions',
  r: 'review',
  p: 'report',
};
const UNANSWERED = '-';
const NOT_OBSERVED = 'n';
const GROUP: Readonly<Record<RaterGroup, string>> = {
  manager: 'm',
  peer: 'p',
  'direct-report': 'd',
  other: 'o',
};
const GROUP_OF = Object.fromEntries(
  Object.entries(GROUP).map(([group, code]) => [code, group as RaterGroup]),
) as Readonly<Record<string, RaterGroup>>;
/** The response-code nonce range (`NONCE_LIMIT` of the codes module; a test keeps them equal). */
const NONCE_LIMIT = 2 ** 20;

/** FNV-1a over the item ids: a different item list under the same version is caught. */
export function itemSetHash(items: readonly { id: string }[]): string {
  let hash = 0x811c9dc5;
  for (const ch of items.map((item) => item.id).join('\n')) {
    hash ^= ch.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

const text = (value: string): string => encodeURIComponent(value);

/** Encodes; drops timings, then fails, if the result would exceed `maxLength` characters. */
export function encodeSuspendData(
  state: SuspendState,
  instrument: SuspendInstrument,
  form: Form,
  maxLength: number,
): EncodeResult {
  const answers = instrument.items
    .map(({ id }) => {
      if (!(id in state.answers)) return UNANSWERED;
      const value = state.answers[id];
      return value === null || value === undefined ? NOT_OBSERVED : String(value);
    })
    .join('');
  const timings = instrument.items
    .map(({ id }) => {
      const ms = state.timings[id];
      return typeof ms === 'number' && Number.isFinite(ms) && ms >= 0
        ? Math.round(ms / 100).toString(36)
        : '';
    })
    .join('.');
  const head = [
    PREFIX,
    text(instrument.id),
    text(instrument.version),
    form === 'observer' ? 'o' : 's',
    itemSetHash(instrument.items),
    STATUS[state.status],
    Math.max(0, Math.trunc(state.page)).toString(36),
    answers,
  ].join(';');
  const rater =
    form === 'observer'
      ? `;${state.group ? GROUP[state.group] : UNANSWERED};${Math.trunc(state.nonce ?? 0).toString(36)}`
      : '';
  const full = `${head};${timings.replace(/^\.+$/, '')}${rater}`;
  if (full.length <= maxLength) return { ok: true, value: full };
  // Timings only feed the "too fast" notice; answers matter more than they do.
  const lean = `${head};${rater}`;
  if (lean.length <= maxLength) return { ok: true, value: lean };
  return {
    ok: false,
    message: `resume data needs ${lean.length} characters; the LMS allows ${maxLength}`,
  };
}

/**
 * Decodes untrusted `suspend_data`. Anything malformed, or written for another instrument id,
 * version, form or item list, is `invalid` with a reason; an empty string is `empty`.
 */
export function decodeSuspendData(
  data: string,
  instrument: SuspendInstrument,
  form: Form,
): DecodeResult {
  if (data === '') return { kind: 'empty' };
  const invalid = (why: string): DecodeResult => ({
    kind: 'invalid',
    message: `suspend_data ignored: ${why}`,
  });
  const parts = data.split(';');
  if (parts[0] !== PREFIX) return invalid('not written by this version of leadership-3d');
  if (parts.length !== 9 && !(parts.length === 11 && form === 'observer'))
    return invalid('wrong number of fields');
  const [, id, version, formCode, hash, statusCode, page36, answers, timings, groupCode, nonce36] =
    parts as [string, string, string, string, string, string, string, string, string, ...string[]];
  let decodedId: string;
  let decodedVersion: string;
  try {
    decodedId = decodeURIComponent(id);
    decodedVersion = decodeURIComponent(version);
  } catch {
    return invalid('instrument id or version is not valid text');
  }
  if (decodedId !== instrument.id || decodedVersion !== instrument.version)
    return invalid(
      `written for ${decodedId}@${decodedVersion}, not ${instrument.id}@${instrument.version}`,
    );
  if (formCode !== (form === 'observer' ? 'o' : 's')) return invalid(`written for another form`);
  if (hash !== itemSetHash(instrument.items)) return invalid('the item list has changed');
  const status = STATUS_OF[statusCode];
  if (!status) return invalid('unknown status');
  if (!/^[0-9a-z]{1,4}$/.test(page36)) return invalid('page is not a number');
  const rater: Pick<SuspendState, 'group' | 'nonce'> = {};
  if (groupCode !== undefined && nonce36 !== undefined) {
    const nonce = /^[0-9a-z]{1,4}$/.test(nonce36) ? Number.parseInt(nonce36, 36) : NaN;
    if (!(nonce < NONCE_LIMIT)) return invalid('the nonce is not a number below 2^20');
    const group = Object.hasOwn(GROUP_OF, groupCode) ? GROUP_OF[groupCode]! : null;
    if (groupCode !== UNANSWERED && !group) return invalid('unknown rater group');
    rater.group = group;
    rater.nonce = nonce;
  }
  if (answers.length !== instrument.items.length)
    return invalid('answer count does not match the items');
  const timingList = timings === '' ? [] : timings.split('.');
  if (timingList.length !== 0 && timingList.length !== instrument.items.length)
    return invalid('timing count does not match the items');
  const decodedAnswers: Record<string, Answer | null> = {};
  const decodedTimings: Record<string, number> = {};
  for (const [i, item] of instrument.items.entries()) {
    const ch = answers[i]!;
    if (ch === NOT_OBSERVED) {
      if (form !== 'observer') return invalid('"not observed" in a self form');
      decodedAnswers[item.id] = null;
    } else if (ch >= '1' && ch <= '5') decodedAnswers[item.id] = Number(ch) as Answer;
    else if (ch !== UNANSWERED) return invalid(`unknown answer "${ch}"`);
    const t = timingList[i];
    if (t === undefined || t === '') continue;
    if (!/^[0-9a-z]{1,8}$/.test(t)) return invalid('a timing is not a number');
    decodedTimings[item.id] = Number.parseInt(t, 36) * 100;
  }
  return {
    kind: 'ok',
    state: {
      answers: decodedAnswers,
      timings: decodedTimings,
      page: Number.parseInt(page36, 36),
      status,
      ...rater,
    },
  };
}
