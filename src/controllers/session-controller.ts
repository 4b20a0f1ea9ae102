import type { ReactiveControllerHost } from 'lit';
import type { Form, Instrument, Norms, RaterGroup } from '../scoring/index.js';
import { PERSIST_MODES, type PersistMode } from '../scoring/vocabulary.js';
import {
  checkAnswers,
  type AssessmentController,
  type AssessmentState,
} from './assessment-controller.js';
import {
  PersistenceController,
  defaultStorageKey,
  parseSnapshot,
  snapshotOf,
  type Snapshot,
  type StorageErrorCode,
} from './persistence-controller.js';

/** What the host's properties say the session is. */
export interface SessionSettings {
  /** The instrument in the language shown (ids and scoring as the one loaded). */
  instrument: Instrument;
  form: Form;
  pageSize: number;
  norms?: Norms;
  /** The rater's group when the host set a valid one. */
  group?: RaterGroup;
  /** The host's `persist`; anything but a known mode means `session`. */
  persist: string;
}

export interface SessionOptions {
  /** The settings now, or `undefined` while no instrument is known. */
  settings: () => SessionSettings | undefined;
  /** The host's `storage-key`; blank means one key per instrument version and form. */
  storageKey: () => string | undefined;
  /** A storage problem; the flow goes on. */
  onError: (code: StorageErrorCode, message: string) => void;
}

/**
 * Keeps a widget's answers and what storage holds in step: a new instrument, form or storage key
 * starts a new session that picks up what was saved for it; every change the respondent makes is
 * saved; another tab's save is followed. Changes the host makes through `responses` and
 * `restore()` are checked first and never fire events.
 */
export class SessionController {
  readonly #persistence: PersistenceController;
  /** Instrument, form and storage key of the session in the assessment controller. */
  #session = '';
  #mode: PersistMode = 'session';
  /** True while the session itself writes the state: nothing to save back. */
  #syncing = false;
  /** `responses` set before an instrument was known: applied by the first sync. */
  #pendingResponses?: { value: unknown };

  constructor(
    host: ReactiveControllerHost,
    private readonly assessment: AssessmentController,
    private readonly options: SessionOptions,
  ) {
    this.#persistence = new PersistenceController(host, {
      mode: () => this.#mode,
      key: () => this.#keyFor(assessment.instrument, assessment.form),
      onError: options.onError,
      onOtherTab: (data) => this.#followOtherTab(data),
    });
    assessment.subscribe((state) => this.#save(state));
  }

  /** Where answers are kept now. */
  get mode(): PersistMode {
    return this.#mode;
  }

  /** False after storage refused a read or write, until it works again. */
  get storageAvailable(): boolean {
    return this.#persistence.available;
  }

  /** What would be saved now. */
  get snapshot(): Snapshot {
    return snapshotOf(this.assessment);
  }

  /**
   * Brings the assessment in line with the settings. A new instrument, form or storage key is a
   * different session: start clean and pick up what storage holds for it.
   */
  sync(): void {
    const settings = this.options.settings();
    if (!settings) return;
    const { instrument, form, pageSize, norms, group } = settings;
    const config = { instrument, form, pageSize, norms, group };
    const session = `${instrument.id}@${instrument.version}:${form}|${this.#keyFor(instrument, form)}`;
    const mode = PERSIST_MODES.find((m) => m === settings.persist) ?? 'session';
    const modeChanged = mode !== this.#mode;
    this.#mode = mode;
    const { answers, timings } = this.assessment.state;
    const sameSession =
      session === this.#session &&
      (instrument === this.assessment.instrument ||
        checkAnswers(instrument, form, answers, timings).ok);
    if (sameSession) {
      this.assessment.configure(config);
      if (modeChanged) this.#save(this.assessment.state);
    } else {
      this.#session = session;
      this.#quietly(() => {
        this.assessment.reset();
        this.assessment.configure(config);
      });
      const loaded = this.#persistence.load(instrument, form);
      if (loaded.kind === 'ok') this.assessment.resume(loaded.snapshot);
      else if (loaded.kind === 'error' && loaded.code !== 'storage-unavailable')
        this.options.onError(loaded.code, loaded.message);
    }
    if (this.#pendingResponses) {
      const { value } = this.#pendingResponses;
      this.#pendingResponses = undefined;
      this.#applyResponses(value);
    }
  }

  /** The host set `responses`: checked, then they replace the answers (kept for later with no instrument yet). */
  setResponses(value: unknown): void {
    if (!this.options.settings()) {
      this.#pendingResponses = { value };
      return;
    }
    this.sync();
    this.#applyResponses(value);
  }

  /**
   * Puts a snapshot (object or JSON text) back; false, changing nothing, when it is malformed
   * or another session's.
   */
  restore(snapshot: unknown): boolean {
    let data = snapshot;
    if (typeof snapshot === 'string') {
      try {
        data = JSON.parse(snapshot);
      } catch {
        return false;
      }
    }
    if (!this.options.settings()) return false;
    this.sync();
    const parsed = parseSnapshot(data, this.assessment.instrument, this.assessment.form);
    return parsed.kind === 'ok' && this.assessment.restore(parsed.snapshot);
  }

  /** Clears the answers and the saved copy (also before the first instrument is known). */
  reset(): void {
    this.sync();
    this.assessment.reset();
    this.#persistence.clear();
  }

  /**
   * Another tab saved this session (persist "local"): show what it saved. Not written back
   * (the write would bounce between the tabs), and no event: nothing was answered here.
   */
  #followOtherTab(data: unknown): void {
    if (!this.options.settings()) return;
    const parsed = parseSnapshot(data, this.assessment.instrument, this.assessment.form);
    if (parsed.kind === 'ok') this.#quietly(() => this.assessment.restore(parsed.snapshot));
  }

  #applyResponses(value: unknown): void {
    const why = this.assessment.replaceAnswers(value);
    const { error } = this.assessment.state;
    if (why) this.assessment.fail('invalid-responses', why);
    else if (error?.code === 'invalid-responses') this.assessment.recover();
  }

  /** Written after every change; an untouched intro is not worth a write. */
  #save(state: AssessmentState): void {
    // Nothing to save before the first sync (no instrument yet); checked without building the
    // settings, since this runs on every answer.
    if (this.#syncing || !this.#session) return;
    const untouched = Object.keys(state.answers).length === 0 && state.group === null;
    if (state.status === 'intro' && untouched) return;
    this.#persistence.save(snapshotOf(this.assessment));
  }

  #keyFor(instrument: Instrument, form: Form): string {
    return this.options.storageKey()?.trim() || defaultStorageKey(instrument, form);
  }

  #quietly(change: () => void): void {
    this.#syncing = true;
    try {
      change();
    } finally {
      this.#syncing = false;
    }
  }
}
