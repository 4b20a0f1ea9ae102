/**
 * The `imsmanifest.xml` of a single-SCO course, for SCORM 1.2 and SCORM 2004 4th Edition.
 * Pure functions: options in, XML text out. Node-side only (the package builder); nothing here
 * is part of the browser bundles.
 *
 * The shapes follow the ADL schemas: 1.2 is IMS CP 1.1.2 (`imscp_rootv1p1p2`) with
 * `adlcp_rootv1p2`, whose resource attribute is `adlcp:scormtype`; 2004 is IMS CP 1.1.4
 * (`imscp_v1p1`) with `adlcp_v1p3`, whose attribute is `adlcp:scormType`. Identifiers are
 * `xsd:ID`, so they must be XML names; titles are at most 200 characters.
 */

/** The SCORM editions the builder writes. */
export type ScormVersion = '1.2' | '2004';

/** What a manifest needs to describe the course. */
export interface ManifestOptions {
  /** Manifest identifier: an XML name (letter or `_` first; letters, digits, `.`, `-`, `_`). */
  identifier: string;
  /** Course title the LMS shows (1–200 characters). */
  title: string;
  /** Manifest `version` attribute (at most 20 characters), e.g. the package version. */
  courseVersion: string;
  /** The launch page, relative to the package root. */
  launch: string;
  /** Every file of the SCO, relative to the package root, the launch page included. */
  files: readonly string[];
}

/** Thrown for options that would make an invalid manifest; `field` names the option. */
export class ManifestOptionError extends Error {
  override name = 'ManifestOptionError';

  constructor(
    readonly field: keyof ManifestOptions,
    message: string,
  ) {
    super(message);
  }
}

const NS_XSI = 'http://www.w3.org/2001/XMLSchema-instance';

/** Namespaces of a 1.2 manifest; the schema files are named as ADL publishes them. */
export const NAMESPACES_12 = {
  imscp: 'http://www.imsproject.org/xsd/imscp_rootv1p1p2',
  adlcp: 'http://www.adlnet.org/xsd/adlcp_rootv1p2',
} as const;

/** Namespaces of a 2004 4th Edition manifest. */
export const NAMESPACES_2004 = {
  imscp: 'http://www.imsglobal.org/xsd/imscp_v1p1',
  adlcp: 'http://www.adlnet.org/xsd/adlcp_v1p3',
  adlseq: 'http://www.adlnet.org/xsd/adlseq_v1p3',
  adlnav: 'http://www.adlnet.org/xsd/adlnav_v1p3',
  imsss: 'http://www.imsglobal.org/xsd/imsss',
} as const;

// ASCII subset of an XML NCName: safe in every LMS's database and URL, and a valid xsd:ID.
const XML_NAME = /^[A-Za-z_][A-Za-z0-9._-]*$/;
// Characters XML 1.0 forbids outright (control characters other than tab, LF, CR; lone
// surrogates; U+FFFE/U+FFFF). Escaping cannot make them legal, so they are refused.
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|\p{Cs}/u;

/** Escapes text for an XML element or a double- or single-quoted attribute. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Whether `value` can be a manifest identifier (see {@link ManifestOptions.identifier}). */
export const isXmlName = (value: string): boolean => XML_NAME.test(value);

/**
 * The problems that would make a manifest invalid, one message per problem (empty when the
 * options are fine). The CLI shows these to the user; the manifest functions throw on the first.
 */
export function manifestProblems(options: ManifestOptions): {
  field: keyof ManifestOptions;
  message: string;
}[] {
  const problems: { field: keyof ManifestOptions; message: string }[] = [];
  const { identifier, title, courseVersion, launch, files } = options;
  if (!isXmlName(identifier))
    problems.push({
      field: 'identifier',
      message: `identifier "${identifier}" must start with a letter or "_" and contain only letters, digits, ".", "-" and "_"`,
    });
  const titleLength = [...title.trim()].length;
  if (titleLength < 1 || titleLength > 200)
    problems.push({
      field: 'title',
      message: `title must be 1 to 200 characters (it has ${titleLength})`,
    });
  if (XML_FORBIDDEN.test(title))
    problems.push({ field: 'title', message: 'title contains a control character' });
  if (courseVersion.length > 20 || XML_FORBIDDEN.test(courseVersion))
    problems.push({ field: 'courseVersion', message: 'course version must be ≤ 20 characters' });
  if (!files.includes(launch))
    problems.push({ field: 'launch', message: `launch page "${launch}" is not among the files` });
  for (const file of files)
    if (!isPackagePath(file))
      problems.push({ field: 'files', message: `"${file}" is not a relative path in the package` });
  return problems;
}

/** A relative path inside the package: no leading slash, no `..`, no backslash, no scheme. */
export const isPackagePath = (path: string): boolean =>
  path.length > 0 &&
  !path.startsWith('/') &&
  !path.includes('\\') &&
  !/^[a-z][a-z0-9+.-]*:/i.test(path) &&
  !XML_FORBIDDEN.test(path) &&
  path.split('/').every((part) => part !== '' && part !== '.' && part !== '..');

function assertValid(options: ManifestOptions): void {
  const [first] = manifestProblems(options);
  if (first) throw new ManifestOptionError(first.field, first.message);
}

/** A file path as a URI reference: `%`-encodes spaces and the like, keeps the `/`. */
const href = (path: string): string => escapeXml(encodeURI(path));

const fileList = (files: readonly string[], indent: string): string =>
  files.map((file) => `${indent}<file href="${href(file)}"/>`).join('\n');

/** Identifiers of the organization, item and resource, derived so they never collide. */
const ids = (identifier: string) => ({
  org: `${identifier}-org`,
  item: `${identifier}-item`,
  resource: `${identifier}-sco`,
});

/**
 * A SCORM 1.2 manifest: one organization with one item that launches one SCO
 * (`adlcp:scormtype="sco"`, lower-case t, as `adlcp_rootv1p2.xsd` spells it). No
 * `adlcp:masteryscore`: the diagnostic has no pass mark, so the LMS must not turn a score into
 * passed/failed.
 * @throws {ManifestOptionError} when {@link manifestProblems} finds a problem.
 */
export function manifest12(options: ManifestOptions): string {
  assertValid(options);
  const { org, item, resource } = ids(options.identifier);
  const title = escapeXml(options.title.trim());
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${escapeXml(options.identifier)}" version="${escapeXml(options.courseVersion)}"
  xmlns="${NAMESPACES_12.imscp}"
  xmlns:adlcp="${NAMESPACES_12.adlcp}"
  xmlns:xsi="${NS_XSI}"
  xsi:schemaLocation="${NAMESPACES_12.imscp} imscp_rootv1p1p2.xsd ${NAMESPACES_12.adlcp} adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="${org}">
    <organization identifier="${org}">
      <title>${title}</title>
      <item identifier="${item}" identifierref="${resource}" isvisible="true">
        <title>${title}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${resource}" type="webcontent" adlcp:scormtype="sco" href="${href(options.launch)}">
${fileList(options.files, '      ')}
    </resource>
  </resources>
</manifest>
`;
}

/**
 * A SCORM 2004 4th Edition manifest: one organization, one item, one SCO
 * (`adlcp:scormType="sco"`, upper-case T, as `adlcp_v1p3.xsd` spells it). The item's delivery
 * controls say completion and success are set by the content, so an LMS never marks a learner
 * who left half-way "completed" on its own.
 * @throws {ManifestOptionError} when {@link manifestProblems} finds a problem.
 */
export function manifest2004(options: ManifestOptions): string {
  assertValid(options);
  const { org, item, resource } = ids(options.identifier);
  const title = escapeXml(options.title.trim());
  const ns = NAMESPACES_2004;
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${escapeXml(options.identifier)}" version="${escapeXml(options.courseVersion)}"
  xmlns="${ns.imscp}"
  xmlns:adlcp="${ns.adlcp}"
  xmlns:adlseq="${ns.adlseq}"
  xmlns:adlnav="${ns.adlnav}"
  xmlns:imsss="${ns.imsss}"
  xmlns:xsi="${NS_XSI}"
  xsi:schemaLocation="${ns.imscp} imscp_v1p1.xsd ${ns.adlcp} adlcp_v1p3.xsd ${ns.adlseq} adlseq_v1p3.xsd ${ns.adlnav} adlnav_v1p3.xsd ${ns.imsss} imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="${org}">
    <organization identifier="${org}">
      <title>${title}</title>
      <item identifier="${item}" identifierref="${resource}" isvisible="true">
        <title>${title}</title>
        <imsss:sequencing>
          <imsss:deliveryControls tracked="true" completionSetByContent="true" objectiveSetByContent="true"/>
        </imsss:sequencing>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${resource}" type="webcontent" adlcp:scormType="sco" href="${href(options.launch)}">
${fileList(options.files, '      ')}
    </resource>
  </resources>
</manifest>
`;
}

/** The manifest for `version`. */
export const manifestFor = (version: ScormVersion, options: ManifestOptions): string =>
  version === '1.2' ? manifest12(options) : manifest2004(options);
