/**
 * One SCORM session over a found API: the 1.2/2004 differences live in one field map, every
 * write is checked with GetLastError, and the order LMSs are strict about is fixed here
 * (score before status; interaction id, then type, then the response). DOM-free.
 */
import type { FoundScormApi, ScormVersion } from './scorm-api.js';
import { isoDuration, scorm12Duration } from './time.js';

/** suspend_data limits: 1.2 CMIString4096, 2004 characterstring SPM 64,000. */
export const SUSPEND_DATA_LIMIT: Readonly<Record<ScormVersion, number>> = {
  '1.2': 4096,
  '2004': 64_000,
};

interface Fields {
  entry: string;
  mode: string;
  status: string;
  suspendData: string;
  exit: string;
  sessionTime: string;
  score: string;
  response: string;
  exitDone: string;
  duration: (ms: number) => string;
}

const FIELDS: Readonly<Record<ScormVersion, Fields>> = {
  '1.2': {
    entry: 'cmi.core.entry',
    mode: 'cmi.core.lesson_mode',
    status: 'cmi.core.lesson_status',
    suspendData: 'cmi.suspend_data',
    exit: 'cmi.core.exit',
    sessionTime: 'cmi.core.session_time',
    score: 'cmi.core.score',
    response: 'student_response',
    // 1.2 has no "normal": an empty exit is the normal end of an attempt.
    exitDone: '',
    duration: scorm12Duration,
  },
  '2004': {
    entry: 'cmi.entry',
    mode: 'cmi.mode',
    status: 'cmi.completion_status',
    suspendData: 'cmi.suspend_data',
    exit: 'cmi.exit',
    sessionTime: 'cmi.session_time',
    score: 'cmi.score',
    response: 'learner_response',
    exitDone: 'normal',
    duration: isoDuration,
  },
};

/** A write (or call) the LMS refused, with what its GetLastError/GetErrorString said. */
export interface ScormFailure {
  call: string;
  element?: string;
  value?: string;
  code: string;
  message: string;
}

/** What the LMS said at Initialize. `entry` is `resume` when the learner comes back to a suspended attempt. */
export interface ScormLaunch {
  ok: boolean;
  entry: string;
  mode: string;
  suspendData: string;
  failures: ScormFailure[];
}

/** One scored item for `cmi.interactions`. */
export interface ScormInteraction {
  id: string;
  /** The answer as written (1–5); null when not answered or not observed: no response is written. */
  response: string | null;
  latencyMs?: number | undefined;
  description?: string | undefined;
}

/** One dimension for `cmi.objectives`. */
export interface ScormObjective {
  id: string;
  /** 0–100, or null when the dimension could not be scored (then no score is written). */
  score: number | null;
  description?: string | undefined;
}

/** Everything written when the learner finishes. */
export interface ScormCompletion {
  /** 0–100, or null when nothing could be scored (status is still completed). */
  score: number | null;
  objectives: readonly ScormObjective[];
  interactions: readonly ScormInteraction[];
  suspendData?: string | undefined;
}

type Call =
  'initialize' | 'terminate' | 'getValue' | 'setValue' | 'commit' | 'lastError' | 'errorString';

const NAMES: Readonly<Record<ScormVersion, Readonly<Record<Call, string>>>> = {
  '1.2': {
    initialize: 'LMSInitialize',
    terminate: 'LMSFinish',
    getValue: 'LMSGetValue',
    setValue: 'LMSSetValue',
    commit: 'LMSCommit',
    lastError: 'LMSGetLastError',
    errorString: 'LMSGetErrorString',
  },
  '2004': {
    initialize: 'Initialize',
    terminate: 'Terminate',
    getValue: 'GetValue',
    setValue: 'SetValue',
    commit: 'Commit',
    lastError: 'GetLastError',
    errorString: 'GetErrorString',
  },
};

/** A decimal as CMIDecimal accepts it: fixed-point (never `1e-7`), at most `digits` decimals. */
export function decimal(value: number, digits: number): string {
  const fixed = value.toFixed(digits);
  const trimmed = fixed.includes('.') ? fixed.replace(/0+$/, '').replace(/\.$/, '') : fixed;
  return trimmed === '-0' ? '0' : trimmed;
}

/** 2004 `score.scaled`: −1…1, at most 7 decimals (the standard's real(10,7)). */
export const scaledScore = (score0to100: number): string =>
  decimal(Math.min(1, Math.max(-1, score0to100 / 100)), 7);

/**
 * A text as SCORM fields take it (2004 `description`, SPM 250): whitespace and control characters
 * collapse to one space (no newlines), no leading `{` (2004 reads `{lang=…}` there as a
 * delimiter), at most 250 UTF-16 units, never cutting a surrogate pair (an emoji) in half.
 */
export const scormText = (text: string): string =>
  text
    .replace(/[\s\p{Cc}]+/gu, ' ')
    .replace(/^[{ ]+/, '')
    .slice(0, 250)
    .replace(/[\uD800-\uDBFF]$/, '')
    .trimEnd();

/** Commits from page changes are at least this far apart (ms). */
export const COMMIT_EVERY_MS = 30_000;

/** Timers as `setTimeout`/`clearTimeout` take them; injected in tests. */
export interface Timers {
  set: (run: () => void, ms: number) => unknown;
  clear: (handle: unknown) => void;
}

/** An identifier both standards accept (1.2 CMIIdentifier has no spaces; 2004 needs a word character). */
export const scormIdentifier = (id: string): string => {
  const safe = id.replace(/[^A-Za-z0-9_.-]/g, '_').slice(0, 250);
  return /[A-Za-z0-9]/.test(safe) ? safe : `item_${safe}`;
};

/**
 * A SCORM 1.2 or 2004 session. Initialize and Terminate happen at most once; the caller decides
 * when to commit (this library: at completion and when the page is hidden or left, and
 * `commitSoon` at page changes, never per answer).
 */
export class ScormSession {
  readonly version: ScormVersion;
  readonly #found: FoundScormApi;
  readonly #fields: Fields;
  readonly #now: () => number;
  #state: 'new' | 'open' | 'closed' | 'failed' = 'new';
  #startedAt = 0;
  #readOnly = false;
  #lastCommit = -Infinity;
  #timer: unknown;
  /** Milliseconds the last Commit took: the widget never waits for it while answering. */
  lastCommitMs = 0;

  constructor(
    found: FoundScormApi,
    now: () => number = () => Date.now(),
    private readonly timers: Timers = {
      set: (run, ms) => setTimeout(run, ms),
      clear: (handle) => clearTimeout(handle as number),
    },
  ) {
    this.#found = found;
    this.version = found.version;
    this.#fields = FIELDS[found.version];
    this.#now = now;
  }

  /** True between a successful Initialize and Terminate. */
  get open(): boolean {
    return this.#state === 'open';
  }

  /** The character limit of `suspend_data` in this version. */
  get suspendDataLimit(): number {
    return SUSPEND_DATA_LIMIT[this.version];
  }

  /**
   * Initialize (once), then read entry, mode and suspend_data. Nothing is written yet: the
   * caller first decides whether to resume, then calls `begin`.
   */
  initialize(): ScormLaunch {
    const failures: ScormFailure[] = [];
    if (this.#state !== 'new')
      return { ok: this.open, entry: '', mode: '', suspendData: '', failures };
    if (!this.#ok(this.#call('initialize', ''))) {
      this.#state = 'failed';
      failures.push(this.#failure('initialize'));
      return { ok: false, entry: '', mode: '', suspendData: '', failures };
    }
    this.#state = 'open';
    this.#startedAt = this.#now();
    const f = this.#fields;
    const entry = this.#get(f.entry);
    const mode = this.#get(f.mode);
    const suspendData = this.#get(f.suspendData);
    // review/browse launches must not change the record of the attempt.
    this.#readOnly = mode === 'review' || mode === 'browse';
    return { ok: true, entry, mode, suspendData, failures };
  }

  /**
   * After the resume decision: a new attempt is marked `incomplete`, and `exit=suspend` lets a
   * learner who closes the window resume.
   */
  begin(): ScormFailure[] {
    const failures: ScormFailure[] = [];
    if (!this.#writable()) return failures;
    const f = this.#fields;
    if (/^(|not attempted|unknown)$/.test(this.#get(f.status)))
      this.#set(f.status, 'incomplete', failures);
    this.#set(f.exit, 'suspend', failures);
    return failures;
  }

  /** While unfinished: the resume data and, in 2004, how far the learner is (0–1). */
  saveProgress(suspendData: string, progress: number): ScormFailure[] {
    const failures: ScormFailure[] = [];
    if (!this.#writable()) return failures;
    this.#set(this.#fields.suspendData, suspendData, failures);
    if (this.version === '2004')
      this.#set('cmi.progress_measure', decimal(Math.min(1, Math.max(0, progress)), 7), failures);
    return failures;
  }

  /**
   * The finished attempt: interactions, objectives, the score and only then the status
   * (Cornerstone ignores a score written after it), exit normal, session time.
   */
  complete(completion: ScormCompletion): ScormFailure[] {
    const failures: ScormFailure[] = [];
    if (!this.#writable()) return failures;
    this.#writeInteractions(completion.interactions, failures);
    this.#writeObjectives(completion.objectives, failures);
    if (completion.score !== null) this.#writeScore(this.#fields.score, completion.score, failures);
    const f = this.#fields;
    if (this.version === '2004') {
      this.#set('cmi.progress_measure', '1', failures);
      this.#set('cmi.completion_status', 'completed', failures);
      // A development questionnaire has no pass mark: success stays unknown.
      this.#set('cmi.success_status', 'unknown', failures);
    } else this.#set(f.status, 'completed', failures);
    if (completion.suspendData !== undefined)
      this.#set(f.suspendData, completion.suspendData, failures);
    this.#set(f.exit, f.exitDone, failures);
    return failures;
  }

  /**
   * A Commit from a page change, so a crash or an LMS session timeout loses at most 30 s:
   * at once when the last Commit is older than `COMMIT_EVERY_MS`, else one trailing Commit at
   * the end of that window (it carries whatever was set by then). `failures` gets what was refused.
   */
  commitSoon(failures: (list: ScormFailure[]) => void): void {
    if (this.#timer !== undefined || !this.open) return;
    const wait = this.#lastCommit + COMMIT_EVERY_MS - this.#now();
    if (wait <= 0) failures(this.commit());
    else this.#timer = this.timers.set(() => failures(this.commit()), wait);
  }

  #cancelTimer(): void {
    if (this.#timer !== undefined) this.timers.clear(this.#timer);
    this.#timer = undefined;
  }

  /** Writes the session time and commits (a pending trailing Commit is no longer needed). */
  commit(): ScormFailure[] {
    const failures: ScormFailure[] = [];
    this.#cancelTimer();
    if (!this.open) return failures;
    this.#writeSessionTime(failures);
    const started = (this.#lastCommit = this.#now());
    const ok = this.#ok(this.#call('commit', ''));
    this.lastCommitMs = this.#now() - started;
    if (!ok) failures.push(this.#failure('commit'));
    return failures;
  }

  /** The time since Initialize, in the version's format (nothing in review or browse mode). */
  #writeSessionTime(failures: ScormFailure[]): void {
    if (this.#readOnly) return;
    const elapsed = this.#fields.duration(this.#now() - this.#startedAt);
    this.#set(this.#fields.sessionTime, elapsed, failures);
  }

  /** Session time, then Terminate/LMSFinish, exactly once; later calls do nothing. */
  terminate(): ScormFailure[] {
    const failures: ScormFailure[] = [];
    this.#cancelTimer();
    if (!this.open) return failures;
    this.#writeSessionTime(failures);
    this.#state = 'closed';
    if (!this.#ok(this.#call('terminate', ''))) failures.push(this.#failure('terminate'));
    return failures;
  }

  // ---- private helpers --------------------------------------------------------------------

  #writable(): boolean {
    return this.open && !this.#readOnly;
  }

  #writeInteractions(interactions: readonly ScormInteraction[], failures: ScormFailure[]): void {
    const start = this.#count('cmi.interactions._count');
    interactions.forEach((interaction, i) => {
      const base = `cmi.interactions.${start + i}`;
      // Order matters: 2004 refuses a response before its type (error 408).
      if (!this.#set(`${base}.id`, scormIdentifier(interaction.id), failures)) return;
      this.#set(`${base}.type`, 'likert', failures);
      if (interaction.response !== null)
        this.#set(`${base}.${this.#fields.response}`, interaction.response, failures);
      if (interaction.latencyMs !== undefined)
        this.#set(`${base}.latency`, this.#fields.duration(interaction.latencyMs), failures);
      const text = scormText(interaction.description ?? '');
      if (this.version === '2004' && text) this.#set(`${base}.description`, text, failures);
    });
  }

  #writeObjectives(objectives: readonly ScormObjective[], failures: ScormFailure[]): void {
    const count = this.#count('cmi.objectives._count');
    const existing = Array.from({ length: count }, (_, i) => this.#get(`cmi.objectives.${i}.id`));
    let next = count;
    for (const objective of objectives) {
      const id = scormIdentifier(objective.id);
      const found = existing.indexOf(id);
      const base = `cmi.objectives.${found >= 0 ? found : next++}`;
      if (found < 0 && !this.#set(`${base}.id`, id, failures)) continue;
      if (objective.score !== null) this.#writeScore(`${base}.score`, objective.score, failures);
      if (this.version === '2004') {
        this.#set(`${base}.completion_status`, 'completed', failures);
        this.#set(`${base}.success_status`, 'unknown', failures);
        const text = scormText(objective.description ?? '');
        if (text) this.#set(`${base}.description`, text, failures);
      } else this.#set(`${base}.status`, 'completed', failures);
    }
  }

  #writeScore(prefix: string, score: number, failures: ScormFailure[]): void {
    const raw = Math.min(100, Math.max(0, score));
    if (this.version === '2004') this.#set(`${prefix}.scaled`, scaledScore(raw), failures);
    this.#set(`${prefix}.raw`, decimal(raw, 2), failures);
    this.#set(`${prefix}.min`, '0', failures);
    this.#set(`${prefix}.max`, '100', failures);
  }

  #count(element: string): number {
    const n = Number.parseInt(this.#get(element), 10);
    return Number.isInteger(n) && n >= 0 ? n : 0;
  }

  #get(element: string): string {
    const value = this.#call('getValue', element);
    return typeof value === 'string'
      ? value
      : value === undefined || value === null
        ? ''
        : String(value);
  }

  /** One SetValue, checked with GetLastError; returns whether the LMS took it. */
  #set(element: string, value: string, failures: ScormFailure[]): boolean {
    const result = this.#call('setValue', element, value);
    const code = this.#lastError();
    if (this.#ok(result) && (code === '0' || code === '')) return true;
    failures.push({ ...this.#failure('setValue', code), element, value });
    return false;
  }

  #ok(result: unknown): boolean {
    return result === true || result === 'true';
  }

  #lastError(): string {
    return String(this.#call('lastError') ?? '');
  }

  #failure(call: Call, code = this.#lastError()): ScormFailure {
    const text = this.#call('errorString', code);
    return { call: NAMES[this.version][call], code, message: typeof text === 'string' ? text : '' };
  }

  /** Calls the API by its version's name; an LMS that throws counts as a refusal. */
  #call(call: Call, ...args: string[]): unknown {
    const api = this.#found.api as unknown as Record<string, unknown>;
    const method = api[NAMES[this.version][call]];
    if (typeof method !== 'function') return undefined;
    try {
      return (method as (...a: string[]) => unknown).apply(api, args);
    } catch {
      return undefined;
    }
  }
}
