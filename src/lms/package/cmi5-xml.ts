/**
 * The `cmi5.xml` of a one-AU cmi5 course (the course structure an LMS imports). Pure
 * functions: options in, XML text out. Node-side only (the package builder).
 *
 * The shape follows the cmi5 CourseStructure schema
 * (`https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd`): a `course` with an `id`
 * (an IRI), a title and a description, then one `au` with its own IRI, `moveOn="Completed"`,
 * `launchMethod="AnyWindow"`, a title, a description and the launch `url`, relative to the
 * package root. No `masteryScore`: the diagnostic has no pass mark, and an LMS that has one
 * asks the widget for passed/failed.
 */
import { escapeXml, isPackagePath } from './manifest.js';

/** The cmi5 CourseStructure namespace (also the schema's URL). */
export const CMI5_NAMESPACE = 'https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd';

/** What `cmi5.xml` needs to describe the course. */
export interface Cmi5CourseOptions {
  /** The course's id: an absolute IRI (`https://…`, `urn:…`). The AU's id is this + `/au`. */
  courseId: string;
  /** Course and AU title the LMS shows (1–200 characters). */
  title: string;
  /** Language of the title (`xs:language`), e.g. `en`. */
  lang: string;
  /** The launch page, relative to the package root. */
  launch: string;
}

/** Thrown for options that would make an invalid `cmi5.xml`; `field` names the option. */
export class Cmi5OptionError extends Error {
  override name = 'Cmi5OptionError';

  constructor(
    readonly field: keyof Cmi5CourseOptions,
    message: string,
  ) {
    super(message);
  }
}

// An absolute IRI: a scheme, then characters an IRI allows (no spaces, quotes, angle brackets
// or controls). The ids end up in xAPI statements, where LRSs refuse anything less.
const IRI = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|\\^`\u0000-\u001F\u007F-\u009F]+$/u;
const LANGUAGE = /^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/;
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|\p{Cs}/u;

/** The description written for the course and the AU (English; the schema requires one). */
export const CMI5_DESCRIPTION =
  'A questionnaire on three dimensions of strategic leadership (technical expertise, ' +
  'relationship management, business savvy) with a developmental report. It has no pass mark.';

/** Whether `value` can be a cmi5 course id (see {@link Cmi5CourseOptions.courseId}). */
export const isIri = (value: string): boolean => IRI.test(value) && !XML_FORBIDDEN.test(value);

/** The AU's id, derived from the course id so the two never collide. */
export const auIdFor = (courseId: string): string => `${courseId}/au`;

/**
 * The problems that would make `cmi5.xml` invalid, one message per problem (empty when the
 * options are fine). The CLI shows these; {@link cmi5Xml} throws on the first.
 */
export function cmi5Problems(
  options: Cmi5CourseOptions,
): { field: keyof Cmi5CourseOptions; message: string }[] {
  const problems: { field: keyof Cmi5CourseOptions; message: string }[] = [];
  if (!isIri(options.courseId))
    problems.push({
      field: 'courseId',
      message: `course id "${options.courseId}" must be an absolute IRI such as "https://example.com/courses/leadership" or "urn:example:leadership", without spaces or quotes`,
    });
  const titleLength = [...options.title.trim()].length;
  if (titleLength < 1 || titleLength > 200)
    problems.push({
      field: 'title',
      message: `title must be 1 to 200 characters (it has ${titleLength})`,
    });
  if (XML_FORBIDDEN.test(options.title))
    problems.push({ field: 'title', message: 'title contains a control character' });
  if (!LANGUAGE.test(options.lang))
    problems.push({ field: 'lang', message: `"${options.lang}" is not a language tag` });
  if (!isPackagePath(options.launch))
    problems.push({
      field: 'launch',
      message: `"${options.launch}" is not a relative path in the package`,
    });
  return problems;
}

const text = (value: string, lang: string, indent: string): string =>
  `${indent}<langstring lang="${escapeXml(lang)}">${escapeXml(value)}</langstring>`;

/**
 * `cmi5.xml` for one course with one AU.
 * @throws {Cmi5OptionError} when {@link cmi5Problems} finds a problem.
 */
export function cmi5Xml(options: Cmi5CourseOptions): string {
  const [first] = cmi5Problems(options);
  if (first) throw new Cmi5OptionError(first.field, first.message);
  const title = options.title.trim();
  const described = (indent: string) => `${indent}<title>
${text(title, options.lang, `${indent}  `)}
${indent}</title>
${indent}<description>
${text(CMI5_DESCRIPTION, 'en', `${indent}  `)}
${indent}</description>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<courseStructure xmlns="${CMI5_NAMESPACE}">
  <course id="${escapeXml(options.courseId)}">
${described('    ')}
  </course>
  <au id="${escapeXml(auIdFor(options.courseId))}" moveOn="Completed" launchMethod="AnyWindow">
${described('    ')}
    <url>${escapeXml(encodeURI(options.launch))}</url>
  </au>
</courseStructure>
`;
}
