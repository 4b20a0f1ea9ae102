// The one-file build for "one <script type=module> and one tag": everything bundled, no import map.
// Chart.js stays a separate chunk beside it, fetched only when a report is first shown.
import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: true,
    lib: {
      entry: { 'leadership-3d': 'src/index.ts' },
      formats: ['es'],
    },
    rollupOptions: {
      output: { chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});
