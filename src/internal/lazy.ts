/**
 * A lazily fetched part of the library (a chunk, a locale, Chart.js): the first call starts the
 * load, later calls share it, and a failed load is forgotten so the next call tries again (a
 * chunk that failed offline may load once the network is back).
 */
export function lazy<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () =>
    (pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    }));
}
