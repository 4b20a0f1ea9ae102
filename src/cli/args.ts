/**
 * What every `leadership-3d` command shares: one exit-code table, one usage error, one flag
 * parser over `node:util` parseArgs, and one way to say why a file could not be used.
 */
import { parseArgs } from 'node:util';

/**
 * Exit statuses of every command:
 * - `ok` 0: done.
 * - `failed` 1: the command ran but did not succeed: `score --strict` with error lines, or
 *   `scorm` or `cmi5` when the installed widget build is missing.
 * - `usage` 2: the user must fix the command or its files (unknown command, flag or value, an
 *   unreadable input, an unwritable output, an invalid instrument or norms file); nothing written.
 * - `aborted` 3: stopped part-way (a read or write failure, a crashed worker); no output file left.
 */
export const EXIT = { ok: 0, failed: 1, usage: 2, aborted: 3 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A mistake the user must fix: shown as one message, then exit {@link EXIT.usage}. */
export class UsageError extends Error {}

/** The flags a command accepts: each takes a value or is a switch. */
export type FlagSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;

/** Parsed flags: string values, switches as booleans. */
export interface Flags {
  /** The value of a string flag, if given. */
  str: (name: string) => string | undefined;
  /** Whether a switch was given. */
  on: (name: string) => boolean;
}

/**
 * Parses `argv` (the arguments after the command name) strictly: no positionals, no unknown
 * flags. Node's messages name the flag ("Unknown option '--foo'"); they are kept, without its
 * error code.
 * @throws {UsageError}
 */
export function parseFlags(argv: readonly string[], options: FlagSpec): Flags {
  let values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  try {
    ({ values } = parseArgs({ args: [...argv], strict: true, allowPositionals: false, options }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  return {
    str: (name) => (typeof values[name] === 'string' ? values[name] : undefined),
    on: (name) => values[name] === true,
  };
}

/** `value` when it is one of `allowed`. @throws {UsageError} naming the flag and the choices. */
export function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(
    `${flag} must be one of ${allowed.map((a) => `"${a}"`).join(', ')}; got "${value}"`,
  );
}

/** Why a file could not be read or written, in words, from a Node file-system error. */
export function fileProblem(error: unknown, action: 'read' | 'write'): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT')
    return action === 'write' ? 'its folder does not exist' : 'no such file or folder';
  if (code === 'EISDIR') return 'it is a folder';
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}
