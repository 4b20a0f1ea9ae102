/**
 * The two session-time formats SCORM runtimes insist on. LMSs reject the whole write when the
 * format is off by one character, so both are built here from milliseconds and nothing else.
 */

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** SCORM 1.2 CMITimespan, `HHHH:MM:SS.SS` (hours 4 digits, capped at 9999:59:59.99). */
export function scorm12Duration(ms: number): string {
  const max = (9999 * 3600 + 59 * 60 + 59) * 100 + 99;
  const cs = Math.min(max, Math.max(0, Math.round(Number.isFinite(ms) ? ms / 10 : 0)));
  const hours = Math.floor(cs / 360_000);
  const minutes = Math.floor((cs % 360_000) / 6000);
  const seconds = Math.floor((cs % 6000) / 100);
  return `${pad(hours, 4)}:${pad(minutes, 2)}:${pad(seconds, 2)}.${pad(cs % 100, 2)}`;
}

/**
 * ISO 8601 duration as SCORM 2004 `timeinterval` and xAPI `duration` accept it: `PT1H2M3.4S`,
 * seconds to at most 2 decimals (2004's precision), `PT0S` for nothing.
 */
export function isoDuration(ms: number): string {
  const cs = Math.max(0, Math.round(Number.isFinite(ms) ? ms / 10 : 0));
  const hours = Math.floor(cs / 360_000);
  const minutes = Math.floor((cs % 360_000) / 6000);
  const rest = cs % 6000;
  const seconds = rest % 100 === 0 ? String(rest / 100) : (rest / 100).toFixed(2).replace(/0$/, '');
  const parts = `${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${rest ? `${seconds}S` : ''}`;
  return `PT${parts || '0S'}`;
}
