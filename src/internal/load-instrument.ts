import type { Instrument } from '../scoring/types.js';
import type { L3dErrorCode } from '../events/events.js';
import { parseInstrument } from '../schema/instrument.js';

/** Where an instrument comes from: an object the host set, or a URL to fetch. */
export type InstrumentSource = { kind: 'object'; value: unknown } | { kind: 'url'; url: string };

export type InstrumentErrorCode = Extract<
  L3dErrorCode,
  'invalid-instrument' | 'instrument-fetch-failed'
>;

/** A source read and checked: the instrument, or why it cannot be used. */
export type Loaded =
  { ok: true; instrument: Instrument } | { ok: false; code: InstrumentErrorCode; message: string };

/** Reads a source (fetching a URL relative to the page) and checks it against the schema. */
export async function loadInstrument(
  source: InstrumentSource,
  signal?: AbortSignal,
): Promise<Loaded> {
  let data = source.kind === 'object' ? source.value : undefined;
  if (source.kind === 'url') {
    let response: Response;
    try {
      response = await fetch(new URL(source.url, document.baseURI), {
        signal,
        credentials: 'same-origin',
        headers: { accept: 'application/json' },
      });
    } catch (error) {
      return { ok: false, code: 'instrument-fetch-failed', message: `${source.url}: ${error}` };
    }
    if (!response.ok)
      return {
        ok: false,
        code: 'instrument-fetch-failed',
        message: `${source.url}: HTTP ${response.status}`,
      };
    try {
      data = await response.json();
    } catch {
      return { ok: false, code: 'invalid-instrument', message: `${source.url}: not JSON` };
    }
  }
  try {
    const parsed = parseInstrument(data);
    if (parsed.ok) return { ok: true, instrument: parsed.value };
    const issues = parsed.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
    return { ok: false, code: 'invalid-instrument', message: issues.join('; ') };
  } catch (error) {
    return { ok: false, code: 'invalid-instrument', message: String(error) };
  }
}
