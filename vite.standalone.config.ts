// The one-file build for "one <script type=module> and one tag": everything bundled and fully
// minified, no import map. Lazy parts (report, Chart.js, zod) become chunks beside it, fetched
// only when needed. Not lib mode, because lib mode keeps whitespace in ES output.
import { defineConfig } from 'vite';
import { minifyTemplatesPlugin } from './scripts/minify-templates.mjs';

export default defineConfig({
  plugins: [minifyTemplatesPlugin()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: true,
    minify: true,
    copyPublicDir: false,
    // No preload links: they would be absolute to the site root, which breaks a page that
    // serves the file from a sub-folder. A lazy part may import a shared chunk or two (the report
    // chunk: rolldown's runtime and the English report texts), fetched one round trip later.
    modulePreload: false,
    rollupOptions: {
      input: { 'leadership-3d': 'src/one-file.ts' },
      // The report chunk may import what it shares with the entry (Lit, the engine) from the
      // entry itself: no separate shared chunk that the entry would have to fetch before it runs.
      preserveEntrySignatures: 'allow-extension',
      output: {
        entryFileNames: '[name].js',
        // The chunk the entry shares with the report (Lit, the engine) is named after its
        // first module, Vite's preload helper; call it what it is.
        chunkFileNames: ({ name }) =>
          `chunks/${name === 'preload-helper' ? 'shared' : '[name]'}-[hash].js`,
        format: 'es',
        // V8's explicit compile hint (Chrome 136+; other engines read a comment): compile every
        // function of the first file while it streams in, on a background thread, instead of
        // each one on the main thread when first called. Nearly all of it runs before the first
        // question (Lit, the widget, its controllers); docs/performance.md has the measurements.
        postBanner: (chunk) => (chunk.isEntry ? '//# allFunctionsCalledOnLoad' : ''),
      },
    },
  },
});
