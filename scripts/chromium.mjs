// The system Chromium and the flags it needs here (root, no GPU, closed network). Shared by the
// browser tests, the benchmark and the screenshot script; no tool downloads a browser of its own.
export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];
