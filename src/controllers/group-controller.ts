import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Instrument, Result } from '../scoring/types.js';
import { L3dErrorEvent } from '../events/events.js';
import {
  fileLabel,
  readGroupFile,
  readRecords,
  resultKey,
  type GroupEntry,
  type Refusal,
  type Source,
} from '../internal/group.js';

/** What `<l3d-group>` lends the controller. */
export interface GroupHost extends ReactiveControllerHost, EventTarget {
  readonly instrument: Instrument;
  /** Every result in the report now (the host's too): a result equal to one of them is a duplicate. */
  readonly accepted: readonly Result[];
}

/** What the last thing the person did gave: counts for the status line, and every refusal. */
export interface GroupFeedback {
  added: number;
  refused: Refusal[];
  /** Sources of which only the first MAX_RECORDS results were read. */
  truncated: Source[];
  cleared?: boolean;
}

/**
 * The person's side of `<l3d-group>`: turns chosen, dropped or pasted files into checked
 * results, keeps the accepted ones (each once), lists every refusal with its reason and fires
 * `l3d-error` for each. A bad file or line never drops the good ones.
 */
export class GroupController implements ReactiveController {
  /** Results the person added, in the order added. */
  entries: readonly GroupEntry[] = [];
  feedback: GroupFeedback | null = null;

  constructor(private readonly host: GroupHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Reads files (chosen or dropped) one after another, in the order given. */
  async addFiles(files: readonly File[]): Promise<void> {
    const texts = await Promise.all(files.map((file) => readGroupFile(file)));
    const feedback: GroupFeedback = { added: 0, refused: [], truncated: [] };
    texts.forEach((text, i) => {
      const source: Source = { kind: 'file', file: fileLabel(files[i]!.name) };
      if (!text.ok) feedback.refused.push({ ...text.refusal, source });
      else this.#read(text.value, source, feedback);
    });
    this.#done(feedback);
  }

  /** Reads pasted text; `true` when all of it was used (else it stays in the box, to be fixed). */
  addText(text: string): boolean {
    const feedback: GroupFeedback = { added: 0, refused: [], truncated: [] };
    this.#read(text, { kind: 'pasted' }, feedback);
    this.#done(feedback);
    return feedback.refused.length === 0;
  }

  clear(): void {
    this.entries = [];
    this.#done({ added: 0, refused: [], truncated: [], cleared: true });
  }

  #read(text: string, source: Source, feedback: GroupFeedback): void {
    const { instrument } = this.host;
    const seen = new Set(this.host.accepted.map((r) => resultKey(r, instrument)));
    const read = readRecords(text, source, instrument, seen);
    this.entries = [...this.entries, ...read.accepted];
    feedback.added += read.accepted.length;
    feedback.refused.push(...read.refused);
    if (read.truncated) feedback.truncated.push(source);
  }

  #done(feedback: GroupFeedback): void {
    this.feedback = feedback;
    for (const r of feedback.refused) {
      const where = [r.source.file ?? r.source.kind, r.source.index].filter(Boolean).join(' #');
      const event = new L3dErrorEvent({ code: 'invalid-result', message: `${where}: ${r.detail}` });
      this.host.dispatchEvent(event);
    }
    this.host.requestUpdate();
  }
}
