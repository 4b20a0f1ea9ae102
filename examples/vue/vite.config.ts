// The Vue 3 example: `npm run build` first, then `npx vite --config examples/vue/vite.config.ts`.
// `npm test` builds it to examples/vue/dist/. Vue must be told that `leadership-3d` and the
// `l3d-*` tags are custom elements, or it tries to resolve them as Vue components.
import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

const widget = fileURLToPath(new URL('../../dist/index.js', import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [
    vue({
      template: {
        compilerOptions: {
          isCustomElement: (tag) => tag === 'leadership-3d' || tag.startsWith('l3d-'),
        },
      },
    }),
  ],
  resolve: { alias: [{ find: /^leadership-3d$/, replacement: widget }] },
  server: { host: '127.0.0.1' },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022' },
});
