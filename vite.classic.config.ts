// The all-in-one classic build, `dist/leadership-3d.classic.js`, that the SCORM and cmi5 packages
// load with `<script src defer>`: one IIFE, every lazy part (report, Chart.js, zod, the LMS
// code, the other languages) inlined, no chunks and no `import`. A classic script runs when an
// LMS serves `.js` as application/octet-stream (browsers refuse a module script with a non-JS
// type), and an LMS package then needs no chunks folder. The price is size: everything is in the
// first load. Pages on a coach's site keep the module build (`dist/leadership-3d.js`).
import { defineConfig } from 'vite';
import { minifyTemplatesPlugin } from './scripts/minify-templates.mjs';

export default defineConfig({
  plugins: [minifyTemplatesPlugin()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: false,
    minify: true,
    copyPublicDir: false,
    modulePreload: false,
    // One file on purpose (about 0.5 MB minified); its size is measured, not warned about.
    chunkSizeWarningLimit: 1024,
    rollupOptions: {
      // The elements only: a classic script has no importer, so the entry exports nothing.
      input: { 'leadership-3d.classic': 'src/widget.ts' },
      // Vite's preload helper reads import.meta only to fetch chunks; with every import inlined
      // it has none to fetch, so the empty import.meta of an IIFE is harmless.
      onLog(level, log, handler) {
        if (log.code !== 'EMPTY_IMPORT_META') handler(level, log);
      },
      output: {
        format: 'iife',
        entryFileNames: '[name].js',
        codeSplitting: false,
      },
    },
  },
});
