// Reading Chromium traces (the Tracing domain's JSON events), shared by the profiling scripts.

/**
 * The complete events ('X', with a duration) of one thread from `from` to `to` (trace µs),
 * in order of start, an enclosing event before the ones nested in it.
 */
export const threadEvents = (events, { pid, tid }, from, to) =>
  events
    .filter(
      (e) =>
        e.pid === pid &&
        e.tid === tid &&
        e.ph === 'X' &&
        e.dur !== undefined &&
        e.ts >= from &&
        e.ts <= to,
    )
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
