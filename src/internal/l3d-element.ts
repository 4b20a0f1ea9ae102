import { LitElement } from 'lit';

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
}
