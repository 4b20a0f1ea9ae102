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
import { oneOf, parseFlags, UsageError, type ExitCode } from './args.js';
import {
  LAUNCH_FLAGS,
  LAUNCH_USAGE,
  launchOptions,
  outPath,
  runPackageCommand,
  writePackage,
  type CliIo,
} from './package-command.js';

export type { CliIo } from './package-command.js';

export const USAGE = `Usage: leadership-3d scorm [options]

Builds a SCORM package (a .zip to upload to an LMS) with the leadership-3d widget,
a launch page and imsmanifest.xml.

Options:
  --version <1.2|2004>       SCORM edition (default 2004, i.e. 2004 4th Edition; prefer 1.2
                             for Moodle, whose 2004 support is partial)
  --out <file.zip>           where to write the zip (default leadership-3d-scorm<version>.zip)
  --title <text>             course title shown by the LMS (default "3D leadership diagnostic")
  --identifier <id>          manifest identifier: a letter or "_", then letters, digits, . - _
                             (default leadership-3d)
${LAUNCH_USAGE}`;

const VERSIONS: readonly ScormVersion[] = ['1.2', '2004'];

/**
 * Parses the flags of `scorm` (the arguments after the command name) into package options.
 * @throws {UsageError} for anything the user has to fix.
 */
function parse(
  argv: readonly string[],
  packageVersion: string,
): { help: true } | { help: false; value: { options: PackageOptions; out: string } } {
  const flags = parseFlags(argv, {
    ...LAUNCH_FLAGS,
    version: { type: 'string' },
    identifier: { type: 'string' },
  });
  if (flags.on('help')) return { help: true };
  const version = oneOf('--version', flags.str('version') ?? '2004', VERSIONS);
  const out = outPath(flags, `leadership-3d-scorm${version.replace('.', '')}.zip`);
  const options: PackageOptions = {
    ...launchOptions(flags),
    version,
    identifier: flags.str('identifier') ?? 'leadership-3d',
    courseVersion: packageVersion,
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
  return { help: false, value: { options, out } };
}

/** Runs `scorm` with the arguments after the command name; returns its exit status. */
export function run(argv: readonly string[], io: CliIo): ExitCode {
  return runPackageCommand(
    io,
    USAGE,
    () => parse(argv, io.packageVersion),
    ({ options, out }) =>
      writePackage(
        io,
        options.lang,
        out,
        () => buildPackage(options, io.distDir),
        (files, bytes) => {
          const edition = options.version === '1.2' ? 'SCORM 1.2' : 'SCORM 2004 4th Edition';
          return (
            `Wrote ${out}: ${edition} package, ${files} files, ${bytes} bytes. ` +
            'Upload it to your LMS as a SCORM package.\n'
          );
        },
      ),
  );
}
