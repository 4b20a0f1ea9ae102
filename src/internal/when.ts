/** When the page is ready for a part of the library that loads later. */

/** Waits until the page is idle, so a background fetch never delays the first question. */
export const whenIdle = (): Promise<void> =>
  new Promise((resolve) =>
    typeof requestIdleCallback === 'function'
      ? requestIdleCallback(() => resolve(), { timeout: 2000 })
      : setTimeout(resolve, 200),
  );
