import { LitElement } from 'lit';
import { L3dErrorEvent, type L3dErrorCode } from '../events/events.js';

/**
 * The base of every element in the library: it registers itself, and the elements it renders,
 * under their tags.
 *
 * @internal Not an element of its own.
 */
export class L3dElement extends LitElement {
  /**
   * Elements this one renders, by tag. `define()` registers them first, so a page never shows
   * one of them un-upgraded, and a bundler cannot drop them as unused imports.
   */
  static dependencies: Record<string, typeof L3dElement> = {};

  /**
   * Registers the element (and its dependencies) unless the tag is taken: loading the library
   * twice (two bundles, a CDN copy and an npm copy) keeps the first definition, never throws.
   */
  static define(tag: string): void {
    for (const [name, element] of Object.entries(this.dependencies)) element.define(name);
    if (typeof customElements !== 'undefined' && !customElements.get(tag))
      customElements.define(tag, this);
  }

  /**
   * A property set on the element before its definition loaded is an own property of the
   * instance that hides the class's accessor; set it again through the accessor.
   */
  protected upgradeProperties(...names: string[]): void {
    const self = this as unknown as Record<string, unknown>;
    for (const name of names) {
      if (!Object.hasOwn(this, name)) continue;
      const value = self[name];
      delete self[name];
      self[name] = value;
    }
  }

  /** Tells the host, with an `l3d-error` event, that something could not be used. */
  protected fail(code: L3dErrorCode, message: string): void {
    // Built apart from dispatchEvent so the manifest lists the documented `@fires` only.
    const event = new L3dErrorEvent({ code, message });
    this.dispatchEvent(event);
  }
}
