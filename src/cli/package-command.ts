/**
 * What the package commands (`scorm`, `cmi5`) share: their I/O, the flags that set up the
 * widget on the launch page, and writing the zip with one set of messages and exit codes.
 */
import type { LaunchOptions, PackageFile } from '../lms/package/build-package.js';
import { BUILTIN_LANGS } from '../i18n/builtin-langs.js';
import { FORMS, LMS_FINISHES, LMS_SCORES, PERSIST_MODES } from '../scoring/vocabulary.js';
import {
  EXIT,
  fileProblem,
  oneOf,
  UsageError,
  type ExitCode,
  type Flags,
  type FlagSpec,
} from './args.js';

/** What a package command needs from the outside world. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Folder holding the widget build the packages carry. */
  distDir: string;
  /** The npm package version, written as the SCORM manifest's `version`. */
  packageVersion: string;
  /** Writes the zip; throws a Node file-system error when it cannot. */
  writeFile: (path: string, data: Uint8Array) => void;
}

/** The flags of both package commands. */
export const LAUNCH_FLAGS: FlagSpec = {
  out: { type: 'string' },
  title: { type: 'string' },
  lang: { type: 'string' },
  form: { type: 'string' },
  persist: { type: 'string' },
  score: { type: 'string' },
  finish: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
};

/** The usage lines of {@link LAUNCH_FLAGS} after `--out` and `--title`. */
export const LAUNCH_USAGE = `  --lang <tag>               language of the page and the widget (default en)
  --form <self|observer>     self-assessment or feedback about someone else (default self)
  --persist <none|session|local>
                             browser storage besides the LMS's own store (default none)
  --score <none|raw>         whether the LMS gets an overall score (default none: a diagnostic
                             has no pass mark, and gradebooks turn any score into a grade)
  --finish <on-leave|on-complete>
                             end the LMS session when the page is left (default), or right at
                             completion, for LMSs that record only at the end (Brightspace)
  -h, --help                 show this help
`;

// Locales the widget ships texts for; another lang builds, with a warning.
const WIDGET_LANGS: readonly string[] = BUILTIN_LANGS;
const LANG_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

/** The launch-page settings from the flags. @throws {UsageError} */
export function launchOptions(flags: Flags): LaunchOptions {
  const { str } = flags;
  const lang = str('lang') ?? 'en';
  if (!LANG_TAG.test(lang))
    throw new UsageError(`--lang must be a language tag such as "en" or "en-GB"; got "${lang}"`);
  return {
    title: str('title') ?? '3D leadership diagnostic',
    lang,
    form: oneOf('--form', str('form') ?? 'self', FORMS),
    persist: oneOf('--persist', str('persist') ?? 'none', PERSIST_MODES),
    score: oneOf('--score', str('score') ?? LMS_SCORES[0], LMS_SCORES),
    finish: oneOf('--finish', str('finish') ?? LMS_FINISHES[0], LMS_FINISHES),
  };
}

/** `--out`, or `fallback`. @throws {UsageError} for an empty name. */
export function outPath(flags: Flags, fallback: string): string {
  const out = flags.str('out') ?? fallback;
  if (out.trim() === '') throw new UsageError('--out needs a file name');
  return out;
}

/**
 * Builds and writes a package: warns for a language without built-in texts, exits 1 when the
 * installed widget build is missing, 2 when the zip cannot be written, 0 with `done(files,
 * bytes)` printed.
 */
export function writePackage(
  io: CliIo,
  lang: string,
  out: string,
  build: () => { zip: Uint8Array; files: PackageFile[] },
  done: (files: number, bytes: number) => string,
): ExitCode {
  const primary = lang.split('-')[0]!.toLowerCase();
  if (!WIDGET_LANGS.includes(primary))
    io.stderr(
      `leadership-3d: warning: the widget has no texts for "${lang}" (built in: ${WIDGET_LANGS.join(', ')}); learners will see English\n`,
    );
  let built: ReturnType<typeof build>;
  try {
    built = build();
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
  io.stdout(done(built.files.length, built.zip.length));
  return EXIT.ok;
}

/**
 * Runs a package command: parses (a {@link UsageError} prints the message and the usage, exit
 * 2), prints the usage for `--help`, or writes the package.
 */
export function runPackageCommand<T>(
  io: CliIo,
  usage: string,
  parse: () => { help: true } | { help: false; value: T },
  write: (value: T) => ExitCode,
): ExitCode {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse();
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`leadership-3d: ${error.message}\n\n${usage}`);
    return EXIT.usage;
  }
  if (parsed.help) {
    io.stdout(usage);
    return EXIT.ok;
  }
  return write(parsed.value);
}
