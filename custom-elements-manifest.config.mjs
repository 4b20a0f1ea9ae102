// Custom Elements Manifest, generated from the elements' JSDoc on every build. Editors, docs
// tools and framework wrappers read it; package.json's "customElements" field points here.
export default {
  globs: ['src/elements/*.ts'],
  exclude: ['src/elements/*.styles.ts', 'src/elements/define.ts'],
  outdir: '.',
  litelement: true,
};
