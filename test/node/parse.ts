/**
 * Strict readers of what the commands write, shared by the Node tests: XML (manifests,
 * cmi5.xml) and CSV rows.
 */
import assert from 'node:assert/strict';
import { DOMParser, type Document } from '@xmldom/xmldom';

/** A strict XML parse: any error or warning fails, and so does a bare `&` (xmldom lets it by). */
export function parseXml(text: string): Document {
  const stray = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.exec(text);
  assert.equal(stray, null, `bare & at ${stray?.index}`);
  return new DOMParser({
    onError: (level, message) => {
      throw new Error(`XML ${level}: ${message}`);
    },
  }).parseFromString(text, 'text/xml');
}

/** The fields of one CSV row (RFC 4180 quoting). */
export function csvFields(row: string): string[] {
  const fields: string[] = [];
  const field = /("(?:[^"]|"")*"|[^,]*)(,|$)/g;
  for (let m = field.exec(row); m; m = field.exec(row)) {
    const raw = m[1]!;
    fields.push(raw.startsWith('"') ? raw.slice(1, -1).replaceAll('""', '"') : raw);
    if (m[2] === '') break;
  }
  return fields;
}
