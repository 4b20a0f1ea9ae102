/**
 * `npx leadership-3d scorm …`: argument parsing and the command, with all input and output
 * passed in (`CliIo`) so tests run it without a child process. `src/cli/bin.ts` wires it to Node.
 *
 * Exit codes (`EXIT` in ./args.ts): 0 written; 2 the user's input is wrong (unknown flag or
 * value, an invalid title or identifier, an output path that cannot be written); 1 the
 * installation is broken (the widget build is missing).
 */
import { buildPackage, type PackageOptions } from '../lms/package/build-package.js';
import { manifestProblems, type ScormVersion } from '../lms/package/manifest.js';
import { BUILTIN_LANGS } from '../i18n/builtin-langs.js';
import { FORMS, PERSIST_MODES } from '../scoring/vocabulary.js';
import { EXIT, fileProblem, oneOf, parseFlags, UsageError, type ExitCode } from './args.js';

/** What the command needs from the outside world. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Folder holding `leadership-3d.js` and `chunks/`. */
  distDir: string;
  /** The npm package version, written as the manifest's `version`. */
  packageVersion: string;
  /** Writes the zip; throws a Node file-system error when it cannot. */
  writeFile: (path: string, data: Uint8Array) => void;
}

export const USAGE = `Usage: leadership-3d scorm [options]

Builds a SCORM package (a .zip to upload to an LMS) with the leadership-3d widget,
a launch page and imsmanifest.xml.

Options:
  --version <1.2|2004>       SCORM edition (default 2004, i.e. 2004 4th Edition)
  --out <file.zip>           where to write the zip (default leadership-3d-scorm<version>.zip)
  --title <text>             course title shown by the LMS (default "3D leadership diagnostic")
  --identifier <id>          manifest identifier: a letter or "_", then letters, digits, . - _
                             (default leadership-3d)
  --lang <tag>               language of the page and the widget (default en)
  --form <self|observer>     self-assessment or feedback about someone else (default self)
  --persist <none|session|local>
                             browser storage besides the LMS's suspend_data (default none)
  -h, --help                 show this help
`;

const VERSIONS: readonly ScormVersion[] = ['1.2', '2004'];
// Locales the widget ships texts for; another lang builds, with a warning.
const WIDGET_LANGS: readonly string[] = BUILTIN_LANGS;
const LANG_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

type Parsed = { help: true } | { help: false; options: PackageOptions; out: string };

/**
 * Parses the flags of `scorm` (the arguments after the command name) into package options.
 * @throws {UsageError} for anything the user has to fix.
 */
function parse(argv: readonly string[], packageVersion: string): Parsed {
  const { str, on } = parseFlags(argv, {
    version: { type: 'string' },
    out: { type: 'string' },
    title: { type: 'string' },
    identifier: { type: 'string' },
    lang: { type: 'string' },
    form: { type: 'string' },
    persist: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (on('help')) return { help: true };
  const version = oneOf('--version', str('version') ?? '2004', VERSIONS);
  const out = str('out') ?? `leadership-3d-scorm${version.replace('.', '')}.zip`;
  if (out.trim() === '') throw new UsageError('--out needs a file name');
  const lang = str('lang') ?? 'en';
  if (!LANG_TAG.test(lang))
    throw new UsageError(`--lang must be a language tag such as "en" or "en-GB"; got "${lang}"`);
  const options: PackageOptions = {
    version,
    title: str('title') ?? '3D leadership diagnostic',
    identifier: str('identifier') ?? 'leadership-3d',
    courseVersion: packageVersion,
    lang,
    form: oneOf('--form', str('form') ?? 'self', FORMS),
    persist: oneOf('--persist', str('persist') ?? 'none', PERSIST_MODES),
  };
  const problems = manifestProblems({
    identifier: options.identifier,
    title: options.title,
    courseVersion: options.courseVersion,
    launch: 'index.html',
    files: ['index.html'],
  });
  if (problems.length)
    throw new UsageError(problems.map((p) => `--${p.field}: ${p.message}`).join('\n'));
  return { help: false, options, out };
}

/** Runs `scorm` with the arguments after the command name; returns its exit status. */
export function run(argv: readonly string[], io: CliIo): ExitCode {
  let parsed: Parsed;
  try {
    parsed = parse(argv, io.packageVersion);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`leadership-3d: ${error.message}\n\n${USAGE}`);
    return EXIT.usage;
  }
  if (parsed.help) {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  const { options, out } = parsed;
  const primary = options.lang.split('-')[0]!.toLowerCase();
  if (!WIDGET_LANGS.includes(primary))
    io.stderr(
      `leadership-3d: warning: the widget has no texts for "${options.lang}" (built in: ${WIDGET_LANGS.join(', ')}); learners will see English\n`,
    );

  let built: ReturnType<typeof buildPackage>;
  try {
    built = buildPackage(options, io.distDir);
  } catch (error) {
    io.stderr(
      `leadership-3d: ${error instanceof Error ? error.message : String(error)}\n` +
        'The installed package looks incomplete; reinstall leadership-3d.\n',
    );
    return EXIT.failed;
  }
  try {
    io.writeFile(out, built.zip);
  } catch (error) {
    io.stderr(`leadership-3d: cannot write ${out}: ${fileProblem(error, 'write')}\n`);
    return EXIT.usage;
  }
  const edition = options.version === '1.2' ? 'SCORM 1.2' : 'SCORM 2004 4th Edition';
  io.stdout(
    `Wrote ${out}: ${edition} package, ${built.files.length} files, ${built.zip.length} bytes. ` +
      'Upload it to your LMS as a SCORM package.\n',
  );
  return EXIT.ok;
}
