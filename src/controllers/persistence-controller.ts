import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isRecord } from '../scoring/errors.js';
import type { Form, Instrument, PersistMode, RaterGroup } from '../scoring/index.js';
import { FORMS } from '../scoring/vocabulary.js';
import type { L3dErrorCode } from '../events/events.js';
import {
  checkAnswers,
  isNonce,
  isRaterGroup,
  type AssessmentController,
  type Answers,
  type FlowStatus,
  type Timings,
} from './assessment-controller.js';

// declared once in scoring's vocabulary; re-exported here, where the package entry takes it from
export type { PersistMode };

/** What is stored after every change: enough to resume, and to refuse another instrument's data. */
export interface Snapshot {
  v: 1;
  instrumentId: string;
  instrumentVersion: string;
  form: Form;
  answers: Answers;
  timings: Timings;
  page: number;
  status: FlowStatus;
  /** ISO 8601 time of the write. */
  savedAt: string;
  /** Observer form, once known: the rater's relationship to the person. */
  group?: RaterGroup;
  /** Observer form: the attempt's nonce, so a reload shows the same response code. */
  nonce?: number;
}

export type StorageErrorCode = Extract<
  L3dErrorCode,
  'storage-corrupt' | 'storage-version-mismatch' | 'storage-unavailable' | 'storage-full'
>;

/** Why storage refused a call: out of space, or not usable at all (blocked, disabled). */
export type StorageFailure = Extract<StorageErrorCode, 'storage-unavailable' | 'storage-full'>;

export type LoadOutcome =
  | { kind: 'empty' }
  | { kind: 'ok'; snapshot: Snapshot }
  | { kind: 'error'; code: StorageErrorCode; message: string };

export interface PersistenceOptions {
  mode: () => PersistMode;
  key: () => string;
  /**
   * Storage problems are reported here; `storage-full` or `storage-unavailable` once per kind of
   * refusal until storage works again, not once per answer.
   */
  onError: (code: StorageErrorCode, message: string) => void;
  /** Which Storage backs a mode; the default reads `sessionStorage`/`localStorage` lazily. */
  storageFor?: (mode: Exclude<PersistMode, 'none'>) => Storage;
  /** Another tab saved a snapshot under the current key (persist "local"): its data, unchecked. */
  onOtherTab?: (data: unknown) => void;
}

const FLOW_STATUSES: readonly FlowStatus[] = ['intro', 'questions', 'review', 'report'];

/** The key used when the host gives none: one per instrument version and form. */
export const defaultStorageKey = (instrument: Instrument, form: Form): string =>
  `leadership-3d:${instrument.id}@${instrument.version}:${form}`;

/**
 * A refusal for lack of space: the standard `QuotaExceededError`, Firefox's old
 * `NS_ERROR_DOM_QUOTA_REACHED`, or only the legacy code (22, or Firefox's 1014).
 */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  try {
    const { name, code } = error as { name?: unknown; code?: unknown };
    return (
      name === 'QuotaExceededError' ||
      name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
      code === 22 ||
      code === 1014
    );
  } catch {
    return false;
  }
}

// Reading the property can itself throw (storage blocked by the browser's privacy settings).
const defaultStorageFor = (mode: Exclude<PersistMode, 'none'>): Storage =>
  mode === 'local' ? window.localStorage : window.sessionStorage;

/** The current state of a controller as a snapshot; an error state saves the step it interrupted. */
export function snapshotOf(assessment: AssessmentController, savedAt = new Date()): Snapshot {
  const { state, instrument, form, group } = assessment;
  const rater = form === 'observer' ? { ...(group ? { group } : {}), nonce: state.nonce } : {};
  return {
    v: 1,
    instrumentId: instrument.id,
    instrumentVersion: instrument.version,
    form,
    answers: state.answers,
    timings: state.timings,
    page: state.page,
    status: state.status === 'error' ? (state.error?.returnTo ?? 'intro') : state.status,
    savedAt: savedAt.toISOString(),
    ...rater,
  };
}

/**
 * Checks untrusted snapshot data for an instrument and form. Another instrument's, version's or
 * form's snapshot is a mismatch (never applied); anything malformed is corrupt.
 */
export function parseSnapshot(data: unknown, instrument: Instrument, form: Form): LoadOutcome {
  const corrupt = (why: string): LoadOutcome => ({
    kind: 'error',
    code: 'storage-corrupt',
    message: `Saved answers ignored: ${why}`,
  });
  let fields: Record<string, unknown>;
  try {
    if (!isRecord(data)) return corrupt('not a snapshot object');
    // read once: a host's object (restore()) may have getters or be a proxy that throws
    fields = { ...data };
  } catch (error) {
    return corrupt(`could not be read (${describe(error)})`);
  }
  const { v, instrumentId, instrumentVersion, answers, timings, page, status, savedAt } = fields;
  if (v !== 1) return corrupt('unknown snapshot format');
  if (typeof instrumentId !== 'string' || typeof instrumentVersion !== 'string')
    return corrupt('instrumentId and instrumentVersion must be strings');
  if (!FORMS.includes(fields.form as Form)) return corrupt(`form must be ${FORMS.join(' or ')}`);
  if (
    instrumentId !== instrument.id ||
    instrumentVersion !== instrument.version ||
    fields.form !== form
  )
    return {
      kind: 'error',
      code: 'storage-version-mismatch',
      message: `Saved answers belong to ${instrumentId}@${instrumentVersion} (${String(fields.form)}), not ${instrument.id}@${instrument.version} (${form}); they were not applied`,
    };
  if (!FLOW_STATUSES.includes(status as FlowStatus)) return corrupt('unknown status');
  if (typeof page !== 'number' || !Number.isInteger(page) || page < 0)
    return corrupt('page must be a whole number ≥ 0');
  // a time, not any text (a snapshot of any other shape is not one this widget wrote)
  if (typeof savedAt !== 'string' || savedAt.length > 40 || Number.isNaN(Date.parse(savedAt)))
    return corrupt('savedAt must be an ISO 8601 time');
  // Both are optional: snapshots from before raters chose a group still load (and ask for one).
  const { group, nonce } = fields;
  if (group !== undefined && !(form === 'observer' && isRaterGroup(group)))
    return corrupt('group must be manager, peer, direct-report or other (observer form only)');
  if (nonce !== undefined && !isNonce(nonce))
    return corrupt('nonce must be a whole number from 0 to 2^20 − 1');
  const checked = checkAnswers(instrument, form, answers, timings ?? {});
  if (!checked.ok) return corrupt(checked.message);
  return {
    kind: 'ok',
    snapshot: {
      v: 1,
      instrumentId,
      instrumentVersion,
      form,
      answers: checked.answers,
      timings: checked.timings,
      page,
      status: status as FlowStatus,
      savedAt,
      ...(group !== undefined ? { group } : {}),
      ...(nonce !== undefined ? { nonce } : {}),
    },
  };
}

/**
 * Keeps snapshots in Web Storage. Every storage call is guarded: a browser that blocks storage
 * or runs out of quota costs persistence, never the flow.
 */
export class PersistenceController implements ReactiveController {
  /** The refusal last reported, `null` while storage works. */
  #failure: StorageFailure | null = null;
  /** Whether the `storage` listener is on (persist "local" only). */
  #listening = false;
  readonly #storageFor: (mode: Exclude<PersistMode, 'none'>) => Storage;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: PersistenceOptions,
  ) {
    this.#storageFor = options.storageFor ?? defaultStorageFor;
    host.addController(this);
  }

  /** False after storage refused a read or write, until it works again. */
  get available(): boolean {
    return this.#failure === null;
  }

  /** Why storage last refused, `null` while it works. */
  get failure(): StorageFailure | null {
    return this.#failure;
  }

  /** Reads the snapshot for the current key, checked against the instrument and form. */
  load(instrument: Instrument, form: Form): LoadOutcome {
    const raw = this.#use((storage) => storage.getItem(this.options.key()));
    if (raw === undefined || raw === null) return { kind: 'empty' };
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      return { kind: 'error', code: 'storage-corrupt', message: 'Saved answers ignored: not JSON' };
    }
    return parseSnapshot(data, instrument, form);
  }

  save(snapshot: Snapshot): void {
    this.#use((storage) => storage.setItem(this.options.key(), JSON.stringify(snapshot)));
  }

  /** Removes the answers and what lazy parts keep beside them (internal/side-store.ts). */
  clear(): void {
    const key = this.options.key();
    this.#use((storage) => [key, `${key}:plan`].map((k) => storage.removeItem(k)));
  }

  hostConnected(): void {
    this.#listen();
  }

  hostUpdated(): void {
    this.#listen();
  }

  hostDisconnected(): void {
    this.#listen(false);
  }

  /**
   * Follows other tabs only while answers are kept in local storage (the mode can change at any
   * update): a `storage` listener makes the browser open both storage areas for the page at once
   * (a synchronous round trip to its storage service), which `none` and `session` never need.
   */
  #listen(connected = true): void {
    const wanted = connected && this.options.mode() === 'local';
    if (wanted === this.#listening) return;
    this.#listening = wanted;
    if (wanted) window.addEventListener('storage', this.#onStorage);
    else window.removeEventListener('storage', this.#onStorage);
  }

  // Two tabs on the same questionnaire share one local snapshot: each follows the other's
  // writes, or its next save would replace answers given in the other tab with a copy lacking
  // them. (Session storage belongs to one tab, so only "local" can be shared.)
  #onStorage = (event: StorageEvent): void => {
    if (this.options.mode() !== 'local' || event.key !== this.options.key()) return;
    if (event.newValue === null) return; // cleared there: keep what this tab shows
    try {
      if (event.storageArea !== this.#storageFor('local')) return;
      this.options.onOtherTab?.(JSON.parse(event.newValue));
    } catch {
      // storage blocked or not JSON: nothing to follow
    }
  };

  /** Runs one storage call; `undefined` when persistence is off or storage refused. */
  #use<T>(call: (storage: Storage) => T): T | undefined {
    const mode = this.options.mode();
    if (mode === 'none') return undefined;
    try {
      const value = call(this.#storageFor(mode));
      this.#setFailure(null);
      return value;
    } catch (error) {
      const failure: StorageFailure = isQuotaError(error) ? 'storage-full' : 'storage-unavailable';
      if (failure !== this.#failure) {
        this.#setFailure(failure);
        const why = describe(error);
        this.options.onError(
          failure,
          failure === 'storage-full'
            ? `Storage is full: answers from now on cannot be saved (${why})`
            : `Answers cannot be saved (${why})`,
        );
      }
      return undefined;
    }
  }

  #setFailure(failure: StorageFailure | null): void {
    if (this.#failure === failure) return;
    this.#failure = failure;
    this.host.requestUpdate();
  }
}

/** An error as text for a developer; never throws, whatever was thrown. */
function describe(error: unknown): string {
  try {
    return error instanceof Error || error instanceof DOMException
      ? `${error.name}: ${error.message}`
      : String(error);
  } catch {
    return 'unknown error';
  }
}
