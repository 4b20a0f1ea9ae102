// `npm start`: the demo site, served from demo/ with the library's sources.
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'demo',
  server: { port: 5173, host: '127.0.0.1' },
  preview: { port: 4173, host: '127.0.0.1' },
  build: { outDir: '../dist-demo', emptyOutDir: true },
});
