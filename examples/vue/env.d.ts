// Lets tsc type-check main.ts; the .vue file itself is compiled (and its TypeScript stripped)
// by @vitejs/plugin-vue.
declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent;
  export default component;
}
