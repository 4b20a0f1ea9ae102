// Library build for npm consumers: one ES module per entry point, runtime dependencies left as
// imports so an app's bundler shares one copy of lit/zod/chart.js.
import { defineConfig } from 'vite';
import { minifyTemplatesPlugin } from './scripts/minify-templates.mjs';

export default defineConfig({
  plugins: [minifyTemplatesPlugin()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    lib: {
      entry: {
        index: 'src/index.ts',
        scoring: 'src/scoring/index.ts',
        'scoring-fast': 'src/scoring/fast.ts',
        codes: 'src/scoring/codes.ts',
        schema: 'src/schema/index.ts',
        lms: 'src/lms/index.ts',
      },
      formats: ['es'],
    },
    rollupOptions: {
      external: [/^lit($|\/)/, /^@lit\//, /^zod($|\/)/, /^chart\.js($|\/)/],
      // Shared and lazy modules (the report, the schema) go under dist/lib/; they register
      // elements, so package.json's "sideEffects" lists them.
      output: { chunkFileNames: 'lib/[name]-[hash].js' },
    },
  },
});
