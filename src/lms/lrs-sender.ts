/**
 * Sends statements to an LRS the host configured: batched, in order, one request at a time,
 * retried with backoff when the LRS or the network fails (the statement ids are fixed on the
 * client, so a retry can never store a statement twice, and a 409 for statements an unanswered
 * earlier attempt carried means that attempt was stored), given up on a 4xx (the statements are
 * kept for the host to read), and flushed with `keepalive` when the page goes away. `fetch`
 * and the timers are injected, so it is testable without a network. DOM-free.
 */
import type { XapiStatement } from './xapi.js';

/** Returns the value of the `Authorization` header, e.g. `Basic …` or `Bearer …`. */
export type XapiAuth = () => Promise<string> | string;

type Fetch = (url: string, init: RequestInit) => Promise<Pick<Response, 'ok' | 'status'>>;

export interface LrsSenderOptions {
  /** The LRS's xAPI base URL; statements go to `<endpoint>/statements`. */
  endpoint: string;
  auth?: XapiAuth | undefined;
  fetch?: Fetch | undefined;
  setTimeout?: ((run: () => void, ms: number) => unknown) | undefined;
  clearTimeout?: ((handle: unknown) => void) | undefined;
  /** Statements per request (default 25). */
  batchSize?: number | undefined;
  /** Wait this long for more statements before sending (default 1,000 ms). */
  delayMs?: number | undefined;
  /** Attempts per batch before giving up (default 5); waits 1 s, 2 s, 4 s … between them. */
  maxAttempts?: number | undefined;
  backoffMs?: number | undefined;
  /** A batch given up on: HTTP status (0 for a network error) and why. */
  onFailure?:
    ((statements: readonly XapiStatement[], status: number, message: string) => void) | undefined;
  onSent?: ((statements: readonly XapiStatement[]) => void) | undefined;
}

/** `keepalive` requests may carry at most 64 KiB in total; stay well under it. */
const KEEPALIVE_BYTES = 60_000;

/** Size of a batch as sent: UTF-8 bytes, which is what the keepalive limit counts. */
const byteLength = (batch: readonly XapiStatement[]): number =>
  new TextEncoder().encode(JSON.stringify(batch)).length;

/** Statuses worth trying again: the LRS may answer later. Other 4xx are final. */
const retryable = (status: number): boolean =>
  status === 0 || status === 408 || status === 429 || status >= 500;

export class LrsSender {
  readonly #options: LrsSenderOptions;
  readonly #url: string;
  #queue: XapiStatement[] = [];
  #rejected: XapiStatement[] = [];
  #timer: unknown;
  #sending = false;
  /** A retry is scheduled after a failure: new statements wait for it. */
  #retrying = false;
  #closed = false;
  #attempt = 0;
  #lastStatus = 0;
  #lastMessage = '';
  /** Ids posted in an attempt that failed in a way the LRS may still have stored (network, 5xx). */
  readonly #tried = new Set<string>();
  /** Ids in a request that has not answered yet: a keepalive flush must not send them again. */
  readonly #inFlight = new Set<string>();

  constructor(options: LrsSenderOptions) {
    this.#options = options;
    this.#url = `${options.endpoint.replace(/\/+$/, '')}/statements`;
  }

  /** Statements not yet accepted by the LRS: waiting, being retried, or refused (4xx / too many failures). */
  get pending(): readonly XapiStatement[] {
    return [...this.#rejected, ...this.#queue];
  }

  /** Statements the LRS refused or that failed every attempt; the host can read and resend them. */
  get rejected(): readonly XapiStatement[] {
    return [...this.#rejected];
  }

  /**
   * Stops this sender (e.g. the host changed the endpoint) and hands back what it had not sent,
   * refused statements excluded, so another sender can take them over. Nothing is sent after.
   */
  close(): XapiStatement[] {
    this.#closed = true;
    this.#cancelTimer();
    const left = this.#queue;
    this.#queue = [];
    return left;
  }

  /** Queues a statement; it is sent after `delayMs`, or at once when a batch is full. */
  enqueue(statement: XapiStatement): void {
    if (this.#closed) return;
    this.#queue = [...this.#queue, statement];
    // During a backoff the LRS is failing: new statements wait for the retry, which takes them
    // along, instead of cutting the backoff short and using up the attempts in seconds.
    if (this.#retrying) return;
    if (this.#queue.length >= this.#batchSize) void this.flush();
    else this.#schedule(this.#options.delayMs ?? 1000);
  }

  /**
   * Sends everything queued now. With `keepalive` (page hidden or left) each request is kept
   * under the browser's 64 KiB keepalive limit and no retry is scheduled: the page may be gone.
   */
  async flush(options: { keepalive?: boolean } = {}): Promise<void> {
    if (this.#closed) return;
    this.#cancelTimer();
    this.#retrying = false;
    if (this.#sending && !options.keepalive) return;
    if (options.keepalive) {
      // Fire and forget what fits: the page is about to go away. Browsers cap the bodies of
      // all keepalive requests in flight together at 64 KiB, so the batches share one budget.
      const batches: XapiStatement[][] = [];
      let queue = this.#queue.filter((s) => !this.#inFlight.has(s.id));
      let budget = KEEPALIVE_BYTES;
      while (queue.length) {
        const batch = this.#takeBatch(queue, budget);
        if (!batch.length) break;
        budget -= byteLength(batch);
        batches.push(batch);
        queue = queue.slice(batch.length);
      }
      await Promise.all(batches.map((batch) => this.#post(batch, true)));
      // Whatever did not go out is tried again if the page comes back.
      if (this.#queue.length && !this.#sending) this.#schedule(this.#options.backoffMs ?? 1000);
      return;
    }
    this.#sending = true;
    try {
      while (this.#queue.length) {
        const batch = this.#takeBatch(this.#queue);
        const status = await this.#post(batch, false);
        if (status === 'sent') continue;
        if (status === 'retry') {
          this.#attempt++;
          if (this.#attempt < (this.#options.maxAttempts ?? 5)) {
            this.#retrying = true;
            this.#schedule((this.#options.backoffMs ?? 1000) * 2 ** (this.#attempt - 1));
            return;
          }
        }
        // Final refusal or too many attempts: keep them for the host, move on to the rest.
        this.#reject(batch, this.#lastStatus, this.#lastMessage);
      }
    } finally {
      this.#sending = false;
    }
  }

  get #batchSize(): number {
    return Math.max(1, this.#options.batchSize ?? 25);
  }

  /** The next batch; with a byte budget (keepalive), only as many as fit in it, maybe none. */
  #takeBatch(queue: readonly XapiStatement[], budget?: number): XapiStatement[] {
    const batch = queue.slice(0, this.#batchSize);
    if (budget === undefined) return batch;
    while (batch.length && byteLength(batch) > budget) batch.pop();
    return batch;
  }

  /** Posts one batch; on success removes it from the queue. */
  async #post(batch: XapiStatement[], keepalive: boolean): Promise<'sent' | 'retry' | 'final'> {
    const fetcher = this.#options.fetch ?? ((url, init) => globalThis.fetch(url, init));
    let status = 0;
    let message = '';
    try {
      const headers: Record<string, string> = {
        'Content-Type': 'application/json',
        'X-Experience-API-Version': '1.0.3',
      };
      for (const s of batch) this.#inFlight.add(s.id);
      const auth = this.#options.auth ? await this.#options.auth() : undefined;
      if (auth) headers.Authorization = auth;
      const response = await fetcher(this.#url, {
        method: 'POST',
        headers,
        body: JSON.stringify(batch),
        keepalive,
        credentials: 'omit',
      });
      status = response.status;
      // 409 on a retry: the earlier attempt reached the LRS, which keeps statements by their
      // fixed ids. Only those count as stored; statements new to the batch go again next.
      const stored = response.ok
        ? batch
        : status === 409
          ? batch.filter((s) => this.#tried.has(s.id))
          : [];
      if (stored.length) {
        const ids = new Set(stored.map((s) => s.id));
        this.#queue = this.#queue.filter((s) => !ids.has(s.id));
        this.#attempt = 0;
        this.#options.onSent?.(stored);
        return 'sent';
      }
      message = `HTTP ${status}`;
    } catch (error) {
      message = error instanceof Error ? error.message : String(error);
    } finally {
      for (const s of batch) this.#inFlight.delete(s.id);
    }
    this.#lastStatus = status;
    this.#lastMessage = message;
    if (!retryable(status)) return 'final';
    for (const s of batch) this.#tried.add(s.id);
    return 'retry';
  }

  #reject(batch: XapiStatement[], status: number, message: string): void {
    const ids = new Set(batch.map((s) => s.id));
    this.#queue = this.#queue.filter((s) => !ids.has(s.id));
    this.#rejected = [...this.#rejected, ...batch];
    this.#attempt = 0;
    this.#options.onFailure?.(batch, status, message);
  }

  #schedule(ms: number): void {
    this.#cancelTimer();
    const set = this.#options.setTimeout ?? ((run, delay) => globalThis.setTimeout(run, delay));
    this.#timer = set(() => {
      this.#timer = undefined;
      void this.flush();
    }, ms);
  }

  #cancelTimer(): void {
    if (this.#timer === undefined) return;
    const clear =
      this.#options.clearTimeout ?? ((handle) => globalThis.clearTimeout(handle as number));
    clear(this.#timer);
    this.#timer = undefined;
  }
}
