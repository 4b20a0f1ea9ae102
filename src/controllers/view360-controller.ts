import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MessageValues } from '../i18n/format.js';
import type { ThreeSixtyKey } from '../i18n/types.js';
import type { Instrument, Norms, ResponseSet, Result, Result360 } from '../scoring/types.js';
import { L3d360ChangeEvent, L3dErrorEvent, type L3dErrorCode } from '../events/events.js';
import type { FileInput360, L3d360InputDetail } from '../events/l3d-360-input.js';
import { planInFile } from '../schema/report-inputs.js';
import type { DevelopmentPlan } from '../schema/plan.js';
import {
  MAX_CODES,
  readCodes,
  readFileText,
  readJson,
  readNorms,
  readSelf,
  type CodeEntry,
  type CodesRead,
  type Input360,
  type Problem,
  type Read,
} from '../internal/view360.js';

/** A message of the `threeSixty` texts by its key (a checked dotted path), with its values. */
export interface MessageRef {
  key: ThreeSixtyKey;
  values?: MessageValues;
  /** Placeholders naming dimensions or facets by id, shown as labels in the view's language. */
  ids?: Record<string, string[]>;
}

/** What to say beside one input, kept as references so a change of language re-renders it. */
export interface Feedback {
  errors?: MessageRef[];
  errorsHeading?: MessageRef;
  status?: MessageRef[];
}

/** What `<l3d-360>` lends the controller: its inputs, which the person's files replace. */
export interface View360Host extends ReactiveControllerHost, EventTarget {
  readonly instrument: Instrument;
  self: ResponseSet | Result | null;
  norms: Norms | null;
  previous: Result | null;
  /** The development plan the earlier result's file carries (issue 17), or `null`. */
  previousPlan: DevelopmentPlan | null;
  /** The numbers after the latest change, for `l3d-360-change`. */
  readonly report: Result360 | null;
}

/** Characters of a refused code shown back to the person (all of it stays in the text box). */
const SHOWN_CODE = 24;

/**
 * The person's side of `<l3d-360>`: turns what they give in the input panel (files, pasted
 * text, codes, Remove) into checked inputs, keeps the accepted codes and the message beside each
 * input, and fires `l3d-360-change` and `l3d-error`. Refused input never replaces what was in
 * use: the earlier self-assessment, norms or codes stay.
 */
export class View360Controller implements ReactiveController {
  /** Codes accepted so far, in the order added. */
  codes: readonly CodeEntry[] = [];
  feedback: Partial<Record<Input360, Feedback>> = {};
  /** What the codes box should hold: the refused codes after an Add. */
  codesDraft = { text: '' };

  #previousPlan: DevelopmentPlan | null = null;

  /** Latest load per input: a slower earlier file never overwrites a later one. */
  readonly #loads: Partial<Record<Input360, number>> = {};

  constructor(private readonly host: View360Host) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Handles one thing the person did in the panel; `true` when what they gave is in use. */
  async handle(detail: L3d360InputDetail): Promise<boolean> {
    if (detail.input === 'codes') {
      if (detail.action === 'files') await this.#addFiles(detail.files);
      else if (detail.action === 'add') this.addCodes(detail.text, true);
      else this.#removeCode(detail.code);
      return true;
    }
    const input = detail.input;
    const load = (this.#loads[input] = (this.#loads[input] ?? 0) + 1);
    if (detail.action === 'clear') {
      this.#use(input, null);
      this.#say(input, { status: [{ key: 'inputs.cleared' }] });
      this.#changed(input);
      return true;
    }
    const text: Read<string> =
      detail.action === 'file' ? await readFileText(detail.file) : { ok: true, value: detail.text };
    if (load !== this.#loads[input]) return false;
    const read = this.#read(input, text);
    if (!read.ok) {
      this.#say(input, { errors: read.problems.map(problemRef) });
      const what = { self: 'self-assessment', norms: 'norms', previous: 'earlier result' }[input];
      const code: L3dErrorCode = input === 'norms' ? 'invalid-norms' : 'invalid-result';
      this.#fail(code, `${what}: ${read.problems.map((p) => p.detail).join('; ')}`);
      return false;
    }
    this.#use(input, read.value);
    this.#say(input, {});
    this.#changed(input);
    return true;
  }

  /** Text → checked value for one file input; the self and the earlier result read alike. */
  #read(input: FileInput360, text: Read<string>): Read<ResponseSet | Result | Norms> {
    if (!text.ok) return text;
    const json = readJson(text.value);
    if (!json.ok) return json;
    const { instrument } = this.host;
    if (input === 'norms') return readNorms(json.value, instrument);
    if (input === 'previous') {
      // the plan made with the earlier result: a bad one is left out, the result still read
      const { plan, problem } = planInFile(json.value, instrument);
      this.#previousPlan = plan;
      if (problem) this.#fail('invalid-plan', `earlier result: ${problem}`);
    }
    const self = readSelf(json.value, instrument);
    if (!self.ok) return self;
    return { ok: true, value: input === 'self' ? self.value.value : self.value.result };
  }

  #use(input: FileInput360, value: ResponseSet | Result | Norms | null): void {
    if (input === 'self') this.host.self = value as ResponseSet | Result | null;
    else if (input === 'norms') this.host.norms = value as Norms | null;
    else {
      this.host.previous = value as Result | null;
      this.host.previousPlan = value ? this.#previousPlan : null;
    }
  }

  /**
   * Adds pasted codes: good ones to the list (duplicates once), refused ones back in the box
   * with their reasons. `byPerson` is false for the host's `addCodes()`, which fires no
   * `l3d-360-change`.
   */
  addCodes(text: string, byPerson: boolean): CodesRead {
    const read = readCodes(
      text,
      this.codes.map((c) => c.code),
      this.host.instrument,
    );
    const status: MessageRef[] = [];
    if (read.added.length)
      status.push({ key: 'inputs.codes.added', values: { count: read.added.length } });
    for (const code of read.duplicates)
      status.push({ key: 'inputs.codes.duplicate', values: { code } });
    if (read.truncated) status.push({ key: 'inputs.codes.tooMany', values: { max: MAX_CODES } });
    const errors: MessageRef[] = read.rejected.map((r) => ({
      key: `errors.${r.problem.key}`,
      values: { code: shorten(r.text) },
    }));
    if (!read.added.length && !read.duplicates.length && !read.rejected.length)
      errors.push({ key: 'errors.code.empty' });
    const heading: MessageRef = {
      key: 'inputs.codes.rejected',
      values: { count: read.rejected.length },
    };
    this.#say('codes', {
      status,
      errors,
      ...(read.rejected.length ? { errorsHeading: heading } : {}),
    });
    // what could not be used stays in the box, to be fixed; the rest is in the list
    this.codesDraft = { text: read.rejected.map((r) => r.text).join('\n') };
    for (const r of read.rejected)
      this.#fail('invalid-code', `code "${shorten(r.text)}": ${r.problem.detail}`);
    if (read.added.length) {
      this.codes = [...this.codes, ...read.added];
      if (byPerson) this.#changed('codes');
    }
    return read;
  }

  /**
   * Adds raters' download files: each becomes an entry like its code (with the comments it
   * carries), in the same list. A refused file adds nothing and leaves the list as it was; a
   * file whose code is already there adds its comments to that entry if it had none.
   */
  async #addFiles(files: readonly File[]): Promise<void> {
    // Loaded at the first file: a page that only takes codes never fetches it.
    const { readRaterFile, shownName } = await import('../internal/rater-file.js');
    const status: MessageRef[] = [];
    const errors: MessageRef[] = [];
    let added = 0;
    let merged = false;
    let refused = 0;
    for (const file of files.slice(0, MAX_CODES)) {
      const text = await readFileText(file);
      const read: Read<{ entry: CodeEntry; dropped: Problem[] }> = text.ok
        ? readRaterFile(file.name, text.value, this.host.instrument)
        : {
            ok: false,
            problems: [
              {
                key: 'raterFile.unreadable',
                values: { file: shownName(file.name) },
                detail: `rater file "${shownName(file.name)}": ${text.problems[0]?.detail ?? ''}`,
              },
            ],
          };
      const problems = read.ok ? read.value.dropped : read.problems;
      errors.push(...problems.map(problemRef));
      for (const p of problems) this.#fail('invalid-code', p.detail);
      if (!read.ok) {
        refused++;
        continue;
      }
      const { entry } = read.value;
      const values = { file: shownName(file.name), code: shorten(entry.code) };
      const same = this.codes.find((c) => c.code === entry.code);
      if (!same) {
        this.codes = [...this.codes, entry];
        added++;
      } else if (entry.comments && !same.comments) {
        this.codes = this.codes.map((c) => (c === same ? { ...c, comments: entry.comments } : c));
        status.push({ key: 'inputs.codes.files.merged', values });
        merged = true;
      } else status.push({ key: 'inputs.codes.files.duplicate', values });
    }
    if (added) status.unshift({ key: 'inputs.codes.files.added', values: { count: added } });
    this.#say('codes', {
      status,
      errors,
      // a heading over refusals only: a comment left out is said of a file that was added
      ...(refused && refused === errors.length
        ? { errorsHeading: { key: 'inputs.codes.files.rejected', values: { count: refused } } }
        : {}),
    });
    if (added || merged) this.#changed('codes');
  }

  #removeCode(code: string): void {
    this.codes = this.codes.filter((c) => c.code !== code);
    this.#say('codes', {
      status: [{ key: 'inputs.codes.removed', values: { code: shorten(code) } }],
    });
    this.#changed('codes');
  }

  #say(input: Input360, feedback: Feedback): void {
    this.feedback = { ...this.feedback, [input]: feedback };
    this.host.requestUpdate();
  }

  #changed(input: Input360): void {
    const codes = this.codes.map((c) => c.code);
    this.host.dispatchEvent(new L3d360ChangeEvent({ input, report: this.host.report, codes }));
  }

  #fail(code: L3dErrorCode, message: string): void {
    this.host.dispatchEvent(new L3dErrorEvent({ code, message }));
  }
}

function problemRef(problem: Problem): MessageRef {
  return { key: `errors.${problem.key}`, values: problem.values ?? {}, ids: problem.ids ?? {} };
}

/** A code as typed, cut short for a message. */
function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > SHOWN_CODE ? `${flat.slice(0, SHOWN_CODE)}…` : flat;
}
