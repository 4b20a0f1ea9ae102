// The React 19 example: `npm run build` first, then `npx vite --config examples/react/vite.config.ts`
// (or `vite build` with the same config; `npm test` builds it to examples/react/dist/).
// `leadership-3d` resolves to the package's own build, as it would from node_modules; Vite
// transforms the TSX with React's automatic runtime, so no React plugin is needed.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const widget = fileURLToPath(new URL('../../dist/index.js', import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  resolve: { alias: [{ find: /^leadership-3d(\/react)?$/, replacement: widget }] },
  oxc: { jsx: { runtime: 'automatic' } },
  server: { host: '127.0.0.1' },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022' },
});
