// Lit's templates ship as written: the minifier leaves template literals alone, so every html``,
// svg`` and css`` kept its source indentation, and css`` its comments (about 3.3 KB gzip over
// all chunks). This build step strips both from the static parts of those tagged templates,
// keeping every newline: no line moves (the source maps stay right) and text renders the same,
// since no element with static template text inside it keeps its spaces (no `pre`, `pre-wrap`
// or `break-spaces` in our styles; `pre-line` keeps newlines, which stay). What a `${…}` inserts
// is never touched. Used by the library and one-file builds (vite.config.ts,
// vite.standalone.config.ts); tested in test/node/minify-templates.test.ts.
import MagicString from 'magic-string';
import ts from 'typescript';

const TAGS = new Set(['html', 'svg', 'css']);

/**
 * A static part of a template without indentation and, in CSS, without comments; a comment's
 * newlines stay, so that no line moves.
 */
export function minifyStatic(text, tag) {
  const withoutComments =
    tag === 'css' ? text.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, '')) : text;
  // a backslash before a newline continues the line: the spaces after it are text
  return withoutComments.replace(/(?<!\\)\n[ \t]+/g, '\n');
}

/** The source with its Lit templates minified, or null when it has none to change. */
export function minifyTemplates(source, fileName) {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false);
  const edits = new MagicString(source);
  let changed = false;
  const strip = (start, end, tag) => {
    const text = source.slice(start, end);
    const minified = minifyStatic(text, tag);
    if (minified === text) return;
    if (minified) edits.overwrite(start, end, minified);
    else edits.remove(start, end);
    changed = true;
  };
  const visit = (node) => {
    if (
      ts.isTaggedTemplateExpression(node) &&
      ts.isIdentifier(node.tag) &&
      TAGS.has(node.tag.text)
    ) {
      const tag = node.tag.text;
      const { template } = node;
      // the text between the backtick or `}` that opens a part and the `${` or backtick that ends it
      if (ts.isNoSubstitutionTemplateLiteral(template))
        strip(template.getStart(file) + 1, template.getEnd() - 1, tag);
      else {
        strip(template.head.getStart(file) + 1, template.head.getEnd() - 2, tag);
        for (const { literal } of template.templateSpans)
          strip(
            literal.getStart(file) + 1,
            literal.getEnd() - (ts.isTemplateTail(literal) ? 1 : 2),
            tag,
          );
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  if (!changed) return null;
  return { code: edits.toString(), map: edits.generateMap({ hires: true, source: fileName }) };
}

/** The Vite plugin: our TypeScript sources, before they are compiled. */
export function minifyTemplatesPlugin() {
  return {
    name: 'l3d-minify-templates',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id)) return null;
      return minifyTemplates(code, id);
    },
  };
}
