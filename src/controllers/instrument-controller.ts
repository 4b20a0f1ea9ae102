import type { ReactiveControllerHost } from 'lit';
import type { Instrument } from '../scoring/types.js';
import { Latest } from '../internal/latest.js';
import { lazy } from '../internal/lazy.js';
import type { AssessmentController } from './assessment-controller.js';
import type { InstrumentSource, Loaded } from '../internal/load-instrument.js';

// Fetching and checking (with the schema and zod) load only when a host brings its own instrument.
const loadInstrument = lazy(() =>
  import('../internal/load-instrument.js').then((m) => m.loadInstrument),
);

/**
 * Which instrument a widget uses: the built-in one, an object the host set, or one fetched from
 * `instrument-src`. Every source is checked before use, a fetch can be aborted, and the latest
 * request wins: a slow response to an earlier one is dropped. A source that cannot be used is
 * the assessment's error (the instrument in use stays); the next good one clears it.
 */
export class InstrumentController {
  #active?: Instrument;
  /** The last valid instrument the host set as a property, the fallback when `instrument-src` goes. */
  #fromProperty?: Instrument;
  readonly #latest = new Latest();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly assessment: AssessmentController,
    /**
     * The built-in instrument, used until the host gives another one and when it takes its own
     * away. A function: the built-in instrument gets its report texts later (a new object with
     * the same id and version), and the controller moves to it at the next `resolve()`.
     */
    private readonly builtin: () => Instrument,
  ) {}

  /** The active instrument is the built-in one. */
  #builtinActive = false;

  /** The instrument in use; `undefined` before the first one is known. */
  get active(): Instrument | undefined {
    return this.#active;
  }

  /** True while a source is being fetched or checked. */
  get loading(): boolean {
    return this.#latest.pending;
  }

  /**
   * The instrument to use now. With none yet, the built-in one, unless a source is loading or
   * the assessment shows an error (the host's first source failed: the built-in one would hide it).
   */
  resolve(): Instrument | undefined {
    const blocked = this.assessment.state.status === 'error';
    if (this.#builtinActive || (!this.#active && !this.loading && !blocked)) this.#useBuiltin();
    return this.#active;
  }

  /** The `instrument` property was set. */
  setObject(value: unknown): void {
    void this.#load({ kind: 'object', value });
  }

  /** `instrument-src` changed: fetch the new URL, or, when it was removed, go back a step. */
  setUrl(url: string | undefined, previous: string | undefined): void {
    if (url) void this.#load({ kind: 'url', url });
    else if (previous) {
      this.#latest.cancel();
      if (this.#fromProperty) [this.#active, this.#builtinActive] = [this.#fromProperty, false];
      else this.#useBuiltin();
      this.host.requestUpdate();
    }
  }

  async #load(source: InstrumentSource): Promise<void> {
    if (source.kind === 'object' && source.value === this.builtin()) {
      this.#latest.cancel();
      this.#fromProperty = undefined;
      this.#use(this.builtin());
      this.#builtinActive = true;
      return;
    }
    const request = this.#latest.start();
    this.host.requestUpdate();
    const loaded: Loaded = await loadInstrument().then(
      (load) => load(source, request),
      (error: unknown) => ({ ok: false, code: 'invalid-instrument', message: String(error) }),
    );
    if (!this.#latest.finish(request)) return;
    this.host.requestUpdate();
    if (!loaded.ok) return this.assessment.fail(loaded.code, loaded.message);
    if (source.kind === 'object') this.#fromProperty = loaded.instrument;
    this.#use(loaded.instrument);
  }

  #useBuiltin(): void {
    this.#active = this.builtin();
    this.#builtinActive = true;
  }

  #use(instrument: Instrument): void {
    this.#active = instrument;
    this.#builtinActive = false;
    const { error } = this.assessment.state;
    // the error was this source's: the next good one clears it
    if (error?.code === 'invalid-instrument' || error?.code === 'instrument-fetch-failed')
      this.assessment.recover();
    this.host.requestUpdate();
  }
}
