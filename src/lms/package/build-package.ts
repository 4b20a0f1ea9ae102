/**
 * Builds the SCORM zip: the widget's one-file build, a launch page, its stylesheet and
 * `imsmanifest.xml` listing every file. `packageFiles` and `zipPackage` are pure; only
 * `readWidgetFiles` touches the file system.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { launchPage, launchStylesheet } from './launch-page.js';
import { manifestFor, type ScormVersion } from './manifest.js';
import type { Form, PersistMode } from '../../scoring/types.js';

/** A file of the package: its path inside the zip and its bytes. */
export interface PackageFile {
  path: string;
  data: Uint8Array;
}

/** Everything a package is built from, besides the widget files. */
export interface PackageOptions {
  version: ScormVersion;
  title: string;
  identifier: string;
  /** Manifest `version` attribute, e.g. the npm package version. */
  courseVersion: string;
  lang: string;
  form: Form;
  persist: PersistMode;
}

/** Names of the files the builder writes itself. */
export const LAUNCH_PAGE = 'index.html';
export const LAUNCH_STYLESHEET = 'launch.css';
export const MANIFEST = 'imsmanifest.xml';
/** The widget's entry; its lazy chunks live in `chunks/` beside it. */
export const WIDGET_ENTRY = 'leadership-3d.js';

const encoder = new TextEncoder();
// Fixed file dates, so the same inputs give the same zip bytes (a reproducible artefact).
const FIXED_MTIME = new Date(2024, 0, 1);

/**
 * The widget files from a build folder: `leadership-3d.js` and every `chunks/*.js`. Source maps
 * are left out: an LMS serves them to nobody, and they would double the upload.
 * @throws {Error} when the one-file build is missing (run `npm run build`).
 */
export function readWidgetFiles(distDir: string): PackageFile[] {
  const entry = join(distDir, WIDGET_ENTRY);
  const chunkDir = join(distDir, 'chunks');
  let chunks: string[];
  try {
    chunks = readdirSync(chunkDir).filter((name) => name.endsWith('.js'));
  } catch {
    throw new Error(`the widget's chunks are missing: no folder ${chunkDir}`);
  }
  let entryData: Uint8Array;
  try {
    entryData = readFileSync(entry);
  } catch {
    throw new Error(`the widget's one-file build is missing: no file ${entry}`);
  }
  return [
    { path: WIDGET_ENTRY, data: entryData },
    ...chunks.sort().map((name) => ({
      path: `chunks/${name}`,
      data: readFileSync(join(chunkDir, name)) as Uint8Array,
    })),
  ];
}

/**
 * Every file of the package, manifest first: the launch page and its stylesheet, the widget
 * files, and an `imsmanifest.xml` whose resource lists all of them.
 * @throws {import('./manifest.js').ManifestOptionError} for an invalid identifier or title.
 */
export function packageFiles(
  options: PackageOptions,
  widget: readonly PackageFile[],
): PackageFile[] {
  const page = launchPage({
    title: options.title,
    lang: options.lang,
    form: options.form,
    persist: options.persist,
    script: WIDGET_ENTRY,
    stylesheet: LAUNCH_STYLESHEET,
  });
  const content: PackageFile[] = [
    { path: LAUNCH_PAGE, data: encoder.encode(page) },
    { path: LAUNCH_STYLESHEET, data: encoder.encode(launchStylesheet) },
    ...widget,
  ];
  const manifest = manifestFor(options.version, {
    identifier: options.identifier,
    title: options.title,
    courseVersion: options.courseVersion,
    launch: LAUNCH_PAGE,
    files: content.map((file) => file.path),
  });
  return [{ path: MANIFEST, data: encoder.encode(manifest) }, ...content];
}

/** Zips the files (deflate level 9, fixed dates) into the bytes of a `.zip`. */
export function zipPackage(files: readonly PackageFile[]): Uint8Array {
  const entries: Zippable = {};
  for (const file of files) {
    if (file.path in entries) throw new Error(`duplicate file in package: ${file.path}`);
    entries[file.path] = file.data;
  }
  return zipSync(entries, { level: 9, mtime: FIXED_MTIME });
}

/** Builds the whole package from a build folder: the zip's bytes and the files in it. */
export function buildPackage(
  options: PackageOptions,
  distDir: string,
): { zip: Uint8Array; files: PackageFile[] } {
  const files = packageFiles(options, readWidgetFiles(distDir));
  return { zip: zipPackage(files), files };
}
