// `npm start`: the demo site, served from demo/ with the library's sources.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'demo',
  server: { port: 5173, host: '127.0.0.1' },
  preview: { port: 4173, host: '127.0.0.1' },
  build: {
    outDir: '../dist-demo',
    emptyOutDir: true,
    // the 360° pages await their sample data at the top level
    target: 'es2022',
    // Every page of the demo, not only index.html (a page missing here is left out of the build).
    rollupOptions: {
      input: Object.fromEntries(
        ['index', 'themed', 'report', 'rater', '360', 'group', 'norms', 'lms', 'lms-course'].map(
          (page) => [page, fileURLToPath(new URL(`demo/${page}.html`, import.meta.url))],
        ),
      ),
    },
  },
});
