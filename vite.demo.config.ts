// `npm start`: the demo site, served from demo/ with the library's sources.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/** Every page of the demo, so `vite build` builds them all (it builds index.html alone otherwise). */
const pages = ['index', 'themed', 'report', '360', 'norms', 'lms', 'lms-course'];

export default defineConfig({
  root: 'demo',
  server: { port: 5173, host: '127.0.0.1' },
  preview: { port: 4173, host: '127.0.0.1' },
  build: {
    outDir: '../dist-demo',
    emptyOutDir: true,
    // the 360 pages await their sample data at the top level
    target: 'es2022',
    rollupOptions: {
      input: Object.fromEntries(
        pages.map((p) => [p, resolve(import.meta.dirname, `demo/${p}.html`)]),
      ),
    },
  },
});
