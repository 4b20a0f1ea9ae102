/**
 * `npx leadership-3d cmi5 …`: builds a cmi5 course package (`cmi5.xml`, the launch page with
 * `lms="cmi5"`, the widget), with all input and output passed in (`CliIo`) so tests run it
 * without a child process. `src/cli/bin.ts` wires it to Node.
 *
 * Exit codes (`EXIT` in ./args.ts), as for `scorm`: 0 written; 2 the user's input is wrong
 * (unknown flag or value, an invalid title or course id, an output path that cannot be
 * written); 1 the installation is broken (the widget build is missing).
 */
import { buildCmi5Package, type Cmi5PackageOptions } from '../lms/package/build-package.js';
import { cmi5Problems } from '../lms/package/cmi5-xml.js';
import { parseFlags, UsageError, type ExitCode } from './args.js';
import {
  LAUNCH_FLAGS,
  LAUNCH_USAGE,
  launchOptions,
  outPath,
  runPackageCommand,
  writePackage,
  type CliIo,
} from './package-command.js';

/** The course id when `--id` is not given: an IRI under the project's own `urn:` prefix. */
export const DEFAULT_COURSE_ID = 'urn:leadership-3d:course:leadership-3d';

export const USAGE = `Usage: leadership-3d cmi5 [options]

Builds a cmi5 course package (a .zip to import into an LMS that supports cmi5) with the
leadership-3d widget as its one assignable unit (moveOn "Completed"), a launch page and cmi5.xml.

Options:
  --out <file.zip>           where to write the zip (default leadership-3d-cmi5.zip)
  --title <text>             course title shown by the LMS (default "3D leadership diagnostic")
  --id <IRI>                 the course's id, an absolute IRI (default
                             ${DEFAULT_COURSE_ID}); the AU's id is <IRI>/au.
                             Give each course you import its own.
${LAUNCH_USAGE}`;

/**
 * Parses the flags of `cmi5` (the arguments after the command name) into package options.
 * @throws {UsageError} for anything the user has to fix.
 */
function parse(
  argv: readonly string[],
): { help: true } | { help: false; value: { options: Cmi5PackageOptions; out: string } } {
  const flags = parseFlags(argv, { ...LAUNCH_FLAGS, id: { type: 'string' } });
  if (flags.on('help')) return { help: true };
  const out = outPath(flags, 'leadership-3d-cmi5.zip');
  const options: Cmi5PackageOptions = {
    ...launchOptions(flags),
    courseId: flags.str('id') ?? DEFAULT_COURSE_ID,
  };
  const problems = cmi5Problems({
    courseId: options.courseId,
    title: options.title,
    lang: options.lang,
    launch: 'index.html',
  });
  if (problems.length)
    throw new UsageError(
      problems.map((p) => `--${p.field === 'courseId' ? 'id' : p.field}: ${p.message}`).join('\n'),
    );
  return { help: false, value: { options, out } };
}

/** Runs `cmi5` with the arguments after the command name; returns its exit status. */
export function run(argv: readonly string[], io: CliIo): ExitCode {
  return runPackageCommand(
    io,
    USAGE,
    () => parse(argv),
    ({ options, out }) =>
      writePackage(
        io,
        options.lang,
        out,
        () => buildCmi5Package(options, io.distDir),
        (files, bytes) =>
          `Wrote ${out}: cmi5 course package, ${files} files, ${bytes} bytes. ` +
          'Import it into your LMS as a cmi5 course.\n',
      ),
  );
}
