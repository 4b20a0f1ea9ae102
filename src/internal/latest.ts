/**
 * Async work where only the latest request counts (an instrument URL, a locale): starting one
 * aborts the one before, and a result is used only while its request is still the latest.
 */
export class Latest {
  #current?: AbortController;

  /** True while the latest request has not finished or been cancelled. */
  get pending(): boolean {
    return this.#current !== undefined;
  }

  /** Starts a request, aborting the one before; its signal also identifies it. */
  start(): AbortSignal {
    this.#current?.abort();
    this.#current = new AbortController();
    return this.#current.signal;
  }

  /** True while `request` is the latest one: its result may be used. */
  isLatest(request: AbortSignal): boolean {
    return this.#current?.signal === request;
  }

  /** Like `isLatest`, and the request counts as finished (no longer `pending`) from here on. */
  finish(request: AbortSignal): boolean {
    const latest = this.isLatest(request);
    if (latest) this.#current = undefined;
    return latest;
  }

  /** Drops the request under way, if any. */
  cancel(): void {
    this.#current?.abort();
    this.#current = undefined;
  }
}
