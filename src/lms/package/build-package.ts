/**
 * Builds the SCORM and cmi5 zips: the widget's module build with its chunks, its all-in-one
 * classic build and the script that falls back to it, a launch page, its stylesheet and
 * `imsmanifest.xml` listing every file (SCORM) or `cmi5.xml` (cmi5). `packageFiles`,
 * `cmi5PackageFiles` and `zipPackage` are pure; only `readWidgetFiles` touches the file system.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { cmi5Xml } from './cmi5-xml.js';
import { classicFallbackScript, launchPage, launchStylesheet } from './launch-page.js';
import { manifestFor, type ScormVersion } from './manifest.js';
import type { Form, PersistMode } from '../../scoring/types.js';
import type { LmsFinish, LmsScore } from '../../scoring/vocabulary.js';

/** A file of the package: its path inside the zip and its bytes. */
export interface PackageFile {
  path: string;
  data: Uint8Array;
}

/** How the launch page sets up the widget: what every package has. */
export interface LaunchOptions {
  title: string;
  lang: string;
  form: Form;
  persist: PersistMode;
  /** `lms-score`; the attribute is written only when not `none`. */
  score: LmsScore;
  /** `lms-finish`; the attribute is written only when not `on-leave`. */
  finish: LmsFinish;
}

/** Everything a SCORM package is built from, besides the widget files. */
export interface PackageOptions extends LaunchOptions {
  version: ScormVersion;
  identifier: string;
  /** Manifest `version` attribute, e.g. the npm package version. */
  courseVersion: string;
}

/** Everything a cmi5 package is built from, besides the widget files. */
export interface Cmi5PackageOptions extends LaunchOptions {
  /** The course's IRI (`cmi5.xml` `course/@id`). */
  courseId: string;
}

/** Names of the files the builder writes itself. */
export const LAUNCH_PAGE = 'index.html';
export const LAUNCH_STYLESHEET = 'launch.css';
export const MANIFEST = 'imsmanifest.xml';
export const CMI5_XML = 'cmi5.xml';
/** The widget's module entry; its lazy chunks live in `chunks/` beside it. */
export const WIDGET_ENTRY = 'leadership-3d.js';
/**
 * The all-in-one classic build (`vite.classic.config.ts`): every lazy part inlined, run only when
 * the LMS serves `.js` with a type that makes the browser refuse the module.
 */
export const WIDGET_CLASSIC = 'leadership-3d.classic.js';
/** The classic script that loads `WIDGET_CLASSIC` when the module did not run. */
export const CLASSIC_FALLBACK = 'classic-fallback.js';

const encoder = new TextEncoder();
// Fixed file dates, so the same inputs give the same zip bytes (a reproducible artefact).
const FIXED_MTIME = new Date(2024, 0, 1);

/** Reads a build file, or says which build is missing. */
function readBuilt(path: string, what: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch {
    throw new Error(`the widget's ${what} is missing: no file ${path} (run \`npm run build\`)`);
  }
}

/**
 * The widget files from a build folder: `leadership-3d.js`, every `chunks/*.js` and
 * `leadership-3d.classic.js`. No source maps: an LMS serves them to nobody.
 * @throws {Error} when a build is missing (run `npm run build`).
 */
export function readWidgetFiles(distDir: string): PackageFile[] {
  const chunkDir = join(distDir, 'chunks');
  let chunks: string[];
  try {
    chunks = readdirSync(chunkDir).filter((name) => name.endsWith('.js'));
  } catch {
    throw new Error(
      `the widget's chunks are missing: no folder ${chunkDir} (run \`npm run build\`)`,
    );
  }
  return [
    { path: WIDGET_ENTRY, data: readBuilt(join(distDir, WIDGET_ENTRY), 'module build') },
    ...chunks.sort().map((name) => ({
      path: `chunks/${name}`,
      data: readBuilt(join(chunkDir, name), 'module build'),
    })),
    { path: WIDGET_CLASSIC, data: readBuilt(join(distDir, WIDGET_CLASSIC), 'classic build') },
  ];
}

/** The launch page, its stylesheet and the widget files. */
function contentFiles(
  options: LaunchOptions,
  lms: 'auto' | 'cmi5',
  widget: readonly PackageFile[],
): PackageFile[] {
  const page = launchPage({
    title: options.title,
    lang: options.lang,
    form: options.form,
    persist: options.persist,
    lms,
    score: options.score,
    finish: options.finish,
    script: WIDGET_ENTRY,
    fallback: CLASSIC_FALLBACK,
    stylesheet: LAUNCH_STYLESHEET,
  });
  return [
    { path: LAUNCH_PAGE, data: encoder.encode(page) },
    { path: LAUNCH_STYLESHEET, data: encoder.encode(launchStylesheet) },
    { path: CLASSIC_FALLBACK, data: encoder.encode(classicFallbackScript(WIDGET_CLASSIC)) },
    ...widget,
  ];
}

/**
 * Every file of the SCORM package, manifest first: the launch page and its stylesheet, the
 * widget files, and an `imsmanifest.xml` whose resource lists all of them.
 * @throws {import('./manifest.js').ManifestOptionError} for an invalid identifier or title.
 */
export function packageFiles(
  options: PackageOptions,
  widget: readonly PackageFile[],
): PackageFile[] {
  const content = contentFiles(options, 'auto', widget);
  const manifest = manifestFor(options.version, {
    identifier: options.identifier,
    title: options.title,
    courseVersion: options.courseVersion,
    launch: LAUNCH_PAGE,
    files: content.map((file) => file.path),
  });
  return [{ path: MANIFEST, data: encoder.encode(manifest) }, ...content];
}

/**
 * Every file of the cmi5 package, `cmi5.xml` first: the course structure (one AU launching
 * `index.html`), the launch page with `lms="cmi5"`, its stylesheet and the widget files.
 * @throws {import('./cmi5-xml.js').Cmi5OptionError} for an invalid course id, title or lang.
 */
export function cmi5PackageFiles(
  options: Cmi5PackageOptions,
  widget: readonly PackageFile[],
): PackageFile[] {
  const structure = cmi5Xml({
    courseId: options.courseId,
    title: options.title,
    lang: options.lang,
    launch: LAUNCH_PAGE,
  });
  return [
    { path: CMI5_XML, data: encoder.encode(structure) },
    ...contentFiles(options, 'cmi5', widget),
  ];
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

/** Builds the whole SCORM package from a build folder: the zip's bytes and the files in it. */
export function buildPackage(
  options: PackageOptions,
  distDir: string,
): { zip: Uint8Array; files: PackageFile[] } {
  const files = packageFiles(options, readWidgetFiles(distDir));
  return { zip: zipPackage(files), files };
}

/** Builds the whole cmi5 package from a build folder: the zip's bytes and the files in it. */
export function buildCmi5Package(
  options: Cmi5PackageOptions,
  distDir: string,
): { zip: Uint8Array; files: PackageFile[] } {
  const files = cmi5PackageFiles(options, readWidgetFiles(distDir));
  return { zip: zipPackage(files), files };
}
