/**
 * Loading a part once a page has an element of it: the report chunk (from the first file) and
 * a coach's view (from the report chunk).
 */

/**
 * Calls `load` once the first `tag` element is in the document. A live collection read on
 * each DOM change costs next to nothing, and the observer stops once loading starts.
 */
export function whenUsed(tag: string, load: () => Promise<void>): void {
  if (typeof document === 'undefined' || customElements.get(tag)) return;
  const found = document.getElementsByTagName(tag);
  const observer = new MutationObserver(() => check());
  const check = (): void => {
    if (!found.length) return;
    observer.disconnect();
    // a failed fetch (offline) is tried again at the next change of the page
    load().catch(() => observer.observe(document, { childList: true, subtree: true }));
  };
  observer.observe(document, { childList: true, subtree: true });
  check();
}
