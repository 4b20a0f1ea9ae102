/**
 * Built-in texts that live apart from the questionnaire's locale files (a view's, the report's
 * second version, the plan's): one lazily loaded chunk per language other than English, each
 * fetched once per page, so nobody downloads texts in a language they do not read.
 *
 * Returns a lookup: the texts for `lang`, the English ones for a language without built-in
 * texts, or `null` while they load (`onLoad` is called once they are there). A chunk that fails
 * to load leaves English, so a view is never stuck.
 */
export function lazyTexts<T extends object>(
  english: T,
  builtin: Readonly<Record<string, () => Promise<T>>>,
): (lang: string, onLoad: () => void) => T | null {
  // Shared by every element on the page that shows these texts.
  const loaded = new Map<string, T | Promise<unknown>>();
  return (lang, onLoad) => {
    const primary = lang.trim().toLowerCase().split('-')[0] ?? '';
    const load = builtin[primary];
    if (!load) return english;
    const hit = loaded.get(primary);
    if (hit && !(hit instanceof Promise)) return hit;
    const pending =
      hit ??
      load().then(
        (texts) => loaded.set(primary, texts),
        () => loaded.set(primary, english),
      );
    loaded.set(primary, pending);
    void pending.then(onLoad);
    return null;
  };
}
