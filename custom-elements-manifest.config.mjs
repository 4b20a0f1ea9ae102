// Custom Elements Manifest, generated from the elements' JSDoc on every build. Editors, docs
// tools and framework wrappers read it; package.json's "customElements" field points here.
export default {
  globs: [
    'src/components/*/*.component.ts',
    'src/components/report-element.ts',
    'src/internal/l3d-element.ts',
  ],
  outdir: '.',
  litelement: true,
};
