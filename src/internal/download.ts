/** Saves data as a JSON file the browser downloads (through a temporary object URL). */
export function downloadJson(data: unknown, fileName: string): void {
  downloadText(JSON.stringify(data, null, 2), 'application/json', jsonFileName(fileName));
}

/** Saves text as a file the browser downloads; `fileName` must already be a plain name. */
export function downloadText(text: string, type: string, fileName: string): void {
  const blob = new Blob([text], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

const FALLBACK_NAME = 'leadership-3d.json';

/**
 * The file name comes from a locale, which a host may load from anywhere: keep it a plain name
 * (no path, markup or characters file systems refuse) that ends in `.json`, so the file opens as
 * data, never as a page.
 */
export function jsonFileName(name: string): string {
  const plain = String(name)
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, '-')
    .replace(/^[\s.-]+|[\s.]+$/g, '')
    .slice(0, 120);
  if (!plain) return FALLBACK_NAME;
  return /\.json$/i.test(plain) ? plain : `${plain}.json`;
}
