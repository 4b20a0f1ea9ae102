/**
 * Primary language subtags the library ships texts for: English (in the first download) and
 * one lazily loaded locale file per other language. The SCORM builder reads it too.
 */
export const BUILTIN_LANGS = ['en', 'es', 'ar'] as const;
