/**
 * An iCalendar file (RFC 5545) with all-day events: the development plan's review and retest
 * dates as a reminder a person adds to their own calendar. Pure: text in, text out.
 */
import { addDays } from '../schema/plan.js';

/** One all-day event on a `YYYY-MM-DD` day. */
export interface CalendarEvent {
  /** Unique and stable for the same plan and event (RFC 5545 §3.8.4.7). */
  uid: string;
  day: string;
  summary: string;
  description: string;
}

/** TEXT escaping (§3.3.11): backslash, semicolon, comma, and line breaks as `\n`. */
export function escapeText(text: string): string {
  return text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n?|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * Folds a content line at 75 octets (§3.1): CRLF and one space before each continuation, never
 * inside a UTF-8 sequence (or a surrogate pair).
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let part = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // the first line holds 75 octets; each continuation 74 after its leading space
    if (octets + size > (parts.length ? 74 : 75)) {
      parts.push(part);
      part = '';
      octets = 0;
    }
    part += char;
    octets += size;
  }
  parts.push(part);
  return parts.join('\r\n ');
}

/** `YYYYMMDD` of a `YYYY-MM-DD` day. */
const basicDay = (day: string) => day.replace(/-/g, '');

/** `now` as a UTC DATE-TIME, e.g. `20261205T120000Z`. */
const stamp = (now: Date) => now.toISOString().replace(/[-:]|\.\d+/g, '');

/** The calendar as text: CRLF line ends, folded lines, one VEVENT per event. */
export function calendarText(events: readonly CalendarEvent[], now: Date): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//leadership-3d//development plan//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  for (const e of events)
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(e.uid)}`,
      `DTSTAMP:${stamp(now)}`,
      `DTSTART;VALUE=DATE:${basicDay(e.day)}`,
      // all day: DTEND is exclusive, the next day
      `DTEND;VALUE=DATE:${basicDay(addDays(e.day, 1))}`,
      `SUMMARY:${escapeText(e.summary)}`,
      `DESCRIPTION:${escapeText(e.description)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
