// XML Schema validation for the package tests, with xmllint-wasm (libxml2 built to WebAssembly,
// so a machine without libxml2-utils runs it too). The schema files live under test/fixtures/:
// every `.xsd` of a folder is loaded, and `entry` is the one the document is checked against.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { validateXML } from 'xmllint-wasm';

const fixtures = resolve(import.meta.dirname, '../../../test/fixtures');

/** The schema sets the tests use: folder under test/fixtures/ and entry schema. */
export const SCHEMAS = {
  cmi5: { dir: 'cmi5', entry: 'CourseStructure.xsd' },
  scorm12: { dir: 'scorm-xsd/scorm12', entry: 'all-namespaces.xsd' },
  scorm2004: { dir: 'scorm-xsd/scorm2004', entry: 'all-namespaces.xsd' },
} as const;

/**
 * Validates `xml` (one document, or several in one xmllint run) against a schema set: `valid`
 * when every document is, and xmllint's messages (the documents' validity errors, named
 * `document-<n>.xml`, and any the schema files raise while loading).
 */
export async function validate(
  xml: string | readonly string[],
  schema: keyof typeof SCHEMAS,
): Promise<{ valid: boolean; errors: string[] }> {
  const { dir, entry } = SCHEMAS[schema];
  const folder = join(fixtures, dir);
  const files = readdirSync(folder)
    .filter((name) => name.endsWith('.xsd'))
    .map((fileName) => ({ fileName, contents: readFileSync(join(folder, fileName), 'utf8') }));
  const result = await validateXML({
    xml: (typeof xml === 'string' ? [xml] : xml).map((contents, n) => ({
      fileName: `document-${n}.xml`,
      contents,
    })),
    schema: files.find((file) => file.fileName === entry)!,
    preload: files.filter((file) => file.fileName !== entry),
  });
  return { valid: result.valid, errors: result.errors.map((error) => error.rawMessage) };
}
