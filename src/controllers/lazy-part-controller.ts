import type { ReactiveControllerHost } from 'lit';

export type LazyStatus = 'idle' | 'loading' | 'ready' | 'failed';

export interface LazyPartOptions {
  /** A failed load may be tried again at the next `request()` (otherwise it stays failed). */
  retry?: boolean;
  /** Told when a load fails. */
  onFail?: (error: unknown) => void;
}

/**
 * A part of an element that loads when first needed (the report, the observer form's part): it
 * starts the load once, re-renders the host when it settles, and holds what it loaded.
 */
export class LazyPartController<T> {
  #status: LazyStatus = 'idle';
  #value?: T;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly load: () => Promise<T>,
    private readonly options: LazyPartOptions = {},
  ) {}

  get status(): LazyStatus {
    return this.#status;
  }

  /** What was loaded, once `status` is `ready`. */
  get value(): T | undefined {
    return this.#value;
  }

  /** Starts the load unless it is under way or done (or failed, without `retry`). */
  request(): void {
    const again = this.#status === 'failed' && this.options.retry;
    if (this.#status !== 'idle' && !again) return;
    this.#status = 'loading';
    this.load().then(
      (value) => {
        this.#value = value;
        this.#status = 'ready';
        this.host.requestUpdate();
      },
      (error: unknown) => {
        this.#status = 'failed';
        this.options.onFail?.(error);
        this.host.requestUpdate();
      },
    );
  }
}
