/**
 * Registers a custom element unless the name is taken, so loading the library twice (two
 * bundles, a CDN copy and an npm copy) never throws "name already used".
 */
export function defineElement(name: string, element: CustomElementConstructor): void {
  if (typeof customElements !== 'undefined' && !customElements.get(name)) {
    customElements.define(name, element);
  }
}
