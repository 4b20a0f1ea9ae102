/**
 * leadership-3d/lms: SCORM and xAPI runtime helpers. Placeholder until the LMS work lands;
 * it exports only the version so the entry point exists and resolves.
 */
export const LMS_API_VERSION = 0;
