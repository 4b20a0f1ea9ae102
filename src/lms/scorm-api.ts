/**
 * Finding the SCORM runtime API the way LMSs expect: on this window, up the parent chain
 * (bounded) and then from the opener. Works on any window-like object so it is testable in
 * Node; every property read is guarded because a cross-origin frame throws on access.
 */

/** The SCORM 1.2 runtime API (`window.API`). Every call returns a string (`"true"`, `"false"`, a value). */
export interface Scorm12Api {
  LMSInitialize(parameter: ''): string | boolean;
  LMSFinish(parameter: ''): string | boolean;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string | boolean;
  LMSCommit(parameter: ''): string | boolean;
  LMSGetLastError(): string | number;
  LMSGetErrorString(code: string): string;
}

/** The SCORM 2004 runtime API (`window.API_1484_11`). */
export interface Scorm2004Api {
  Initialize(parameter: ''): string | boolean;
  Terminate(parameter: ''): string | boolean;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string | boolean;
  Commit(parameter: ''): string | boolean;
  GetLastError(): string | number;
  GetErrorString(code: string): string;
}

export type ScormVersion = '1.2' | '2004';

/** An API found on some window, with the standard it speaks. */
export type FoundScormApi =
  { version: '1.2'; api: Scorm12Api } | { version: '2004'; api: Scorm2004Api };

/** The little of `Window` discovery reads; a plain object in tests. */
export interface WindowLike {
  readonly parent?: WindowLike | null;
  readonly opener?: WindowLike | null;
}

export interface FindOptions {
  /** Parents to climb from each starting window (LMS frame sets are rarely deeper; ADL uses 7). */
  maxParents?: number;
}

const METHODS: Record<ScormVersion, readonly string[]> = {
  '1.2': [
    'LMSInitialize',
    'LMSFinish',
    'LMSGetValue',
    'LMSSetValue',
    'LMSCommit',
    'LMSGetLastError',
  ],
  '2004': ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit', 'GetLastError'],
};
const PROPERTY: Record<ScormVersion, string> = { '1.2': 'API', '2004': 'API_1484_11' };

/** Reads a property, or undefined when the browser refuses (cross-origin frame: SecurityError). */
function read(target: unknown, key: string): unknown {
  try {
    return (target as Record<string, unknown>)[key];
  } catch {
    return undefined;
  }
}

function apiOn(win: WindowLike, version: ScormVersion): unknown {
  const candidate = read(win, PROPERTY[version]);
  if (typeof candidate !== 'object' || candidate === null) return undefined;
  return METHODS[version].every((m) => typeof read(candidate, m) === 'function')
    ? candidate
    : undefined;
}

/** This window and up to `maxParents` ancestors, stopping at the top (whose parent is itself). */
function chain(start: WindowLike | null | undefined, maxParents: number): WindowLike[] {
  const found: WindowLike[] = [];
  let current = start ?? undefined;
  for (let depth = 0; current && depth <= maxParents; depth++) {
    if (found.includes(current)) break;
    found.push(current);
    const parent = read(current, 'parent') as WindowLike | null | undefined;
    if (!parent || parent === current) break;
    current = parent;
  }
  return found;
}

/** The windows searched, in order: self and its parents, then the opener and its parents. */
export function candidateWindows(win: WindowLike, options: FindOptions = {}): WindowLike[] {
  const maxParents = options.maxParents ?? 7;
  const own = chain(win, maxParents);
  const openers = own
    .map((w) => read(w, 'opener') as WindowLike | null | undefined)
    .filter((w): w is WindowLike => typeof w === 'object' && w !== null);
  const fromOpener = openers.length ? chain(openers[openers.length - 1], maxParents) : [];
  return [...own, ...fromOpener.filter((w) => !own.includes(w))];
}

/**
 * Finds the SCORM API, preferring 2004 anywhere in the search over 1.2 (an LMS that offers
 * both records more with 2004). Returns null when there is none: the widget runs standalone.
 */
export function findScormApi(win: WindowLike, options: FindOptions = {}): FoundScormApi | null {
  const windows = candidateWindows(win, options);
  for (const version of ['2004', '1.2'] as const) {
    for (const w of windows) {
      const api = apiOn(w, version);
      if (api)
        return version === '2004'
          ? { version, api: api as Scorm2004Api }
          : { version, api: api as Scorm12Api };
    }
  }
  return null;
}
