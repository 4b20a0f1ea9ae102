import type { ReactiveController, ReactiveElement } from 'lit';

type Host = ReactiveElement;

/**
 * Keeps every `.table-wrap` in the host's shadow root honest about scrolling: only a wrapper
 * whose table is wider than it becomes a named, focusable region (labelled like the table: by
 * its caption, or what its `aria-labelledby` names), so keyboard users can scroll it and nobody else meets an extra tab stop. Shared by
 * `<l3d-report>` and `<l3d-360>`.
 */
export class TableScrollController implements ReactiveController {
  #observed: HTMLElement[] = [];
  readonly #resizeObserver = new ResizeObserver(() => this.#sync());

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    // Moved in the page: the template is still there, but it is no longer observed.
    if (this.host.hasUpdated) this.hostUpdated();
  }

  hostUpdated(): void {
    // A host also updates after it left the page (a lazy part arriving late): observing then
    // would keep its tables alive, as nothing disconnects the observer again.
    if (!this.host.isConnected) return;
    const wraps = [...(this.host.shadowRoot?.querySelectorAll<HTMLElement>('.table-wrap') ?? [])];
    const same =
      wraps.length === this.#observed.length && wraps.every((w, i) => w === this.#observed[i]);
    if (!same) {
      this.#resizeObserver.disconnect();
      for (const wrap of wraps) this.#resizeObserver.observe(wrap);
      this.#observed = wraps;
    }
    this.#sync();
  }

  hostDisconnected(): void {
    this.#resizeObserver.disconnect();
    this.#observed = [];
  }

  #sync(): void {
    for (const wrap of this.#observed) {
      const label =
        wrap.querySelector('caption[id]')?.id ??
        wrap.querySelector('table[aria-labelledby]')?.getAttribute('aria-labelledby');
      if (label && wrap.scrollWidth > wrap.clientWidth + 1) {
        wrap.setAttribute('role', 'region');
        wrap.setAttribute('aria-labelledby', label);
        wrap.tabIndex = 0;
      } else {
        wrap.removeAttribute('role');
        wrap.removeAttribute('aria-labelledby');
        wrap.removeAttribute('tabindex');
      }
    }
  }
}
