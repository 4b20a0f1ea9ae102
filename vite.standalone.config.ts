// The one-file build for "one <script type=module> and one tag": everything bundled and fully
// minified, no import map. Lazy parts (report, Chart.js, zod) become chunks beside it, fetched
// only when needed. Not lib mode, because lib mode keeps whitespace in ES output.
import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: true,
    minify: true,
    copyPublicDir: false,
    rollupOptions: {
      input: { 'leadership-3d': 'src/index.ts' },
      preserveEntrySignatures: 'strict',
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        format: 'es',
      },
    },
  },
});
