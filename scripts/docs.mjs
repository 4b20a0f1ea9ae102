// `npm run docs`: writes what is generated from custom-elements.json (the Custom Elements
// Manifest that `cem analyze` writes at the end of `npm run build`, from the elements' JSDoc):
//   docs/api.md   the elements' attributes and properties, methods, events, CSS parts, CSS
//                 custom properties and slots, one section per element;
//   src/react.ts  the JSX types of `leadership-3d/react`.
// `node scripts/docs.mjs --check` writes nothing and exits 1, naming the file, when a committed
// file differs from what it would write (`npm test` runs it right after the build).
//
// Output depends on the manifest only: elements by tag, members in source order, no dates,
// formatted with Prettier.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';

const MANIFEST = 'custom-elements.json';
const API_PAGE = 'docs/api.md';
const REACT_TYPES = 'src/react.ts';
const check = process.argv.includes('--check');

if (!existsSync(MANIFEST)) {
  console.error(
    `docs: ${MANIFEST} is missing; run \`npm run build\` first (cem analyze writes it)`,
  );
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));

/**
 * Custom elements sorted by tag (the analyzer's module order changes from build to build), each
 * with the path of the module that declares it. Members, events and parts keep source order.
 */
const elements = manifest.modules
  .flatMap((module) =>
    (module.declarations ?? [])
      .filter((d) => d.kind === 'class' && d.customElement && d.tagName)
      .map((d) => ({ ...d, modulePath: module.path })),
  )
  .sort((a, b) => (a.tagName < b.tagName ? -1 : a.tagName > b.tagName ? 1 : 0));

/**
 * `@internal` declarations never reach the manifest; an element or event whose JSDoc summary
 * starts with "Internal" is one the host never uses directly (it stays in the API page, marked,
 * because its parts can be reached through its parent, but gets no JSX type).
 */
const isInternal = (text) => /^Internal\b/.test(text ?? '');

/** Public instance members: no private, protected, static or `#private` ones. */
const isPublic = (member) =>
  !member.privacy && !member.static && !member.name.startsWith('#') && !member.name.startsWith('_');

const fields = (element) =>
  (element.members ?? []).filter((m) => m.kind === 'field' && isPublic(m));
/** Attributes with no property behind them (declared with `@attr` in the class's JSDoc). */
const attributesOnly = (element) => (element.attributes ?? []).filter((a) => !a.fieldName);
const methods = (element) =>
  (element.members ?? []).filter((m) => m.kind === 'method' && isPublic(m));

// ---------------------------------------------------------------------------------------------
// docs/api.md

/** Text for one table cell: one line, pipes escaped (also inside code spans, as GFM wants). */
const cell = (text) =>
  (text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim() || '—';
const code = (text) => (text ? `\`${text}\`` : '');

function table(headings, rows) {
  return [
    `| ${headings.join(' | ')} |`,
    `| ${headings.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ].join('\n');
}

function section(title, rows, headings) {
  if (!rows.length) return `### ${title}\n\nNone.`;
  return `### ${title}\n\n${table(headings, rows)}`;
}

const signature = (method) =>
  `${method.name}(${(method.parameters ?? [])
    .map((p) => `${p.name}${p.optional ? '?' : ''}${p.type?.text ? `: ${p.type.text}` : ''}`)
    .join(', ')})${method.return?.type?.text ? `: ${method.return.type.text}` : ''}`;

function elementSection(element) {
  const internal = isInternal(element.summary);
  const heading = `## \`<${element.tagName}>\`${internal ? ' (internal)' : ''}`;
  const intro = [
    element.summary ? `**${element.summary}**` : '',
    element.description ?? '',
    `Class \`${element.name}\`${
      element.superclass?.name ? ` (extends \`${element.superclass.name}\`)` : ''
    }, declared in [\`${element.modulePath}\`](../${element.modulePath}).`,
  ].filter(Boolean);

  const fieldRows = fields(element).map((f) => [
    code(f.name),
    f.attribute ? code(f.attribute) : '—',
    code(f.type?.text),
    f.readonly ? 'read-only' : code(f.default),
    f.description,
  ]);
  const methodRows = methods(element).map((m) => [code(signature(m)), m.description]);
  const eventRows = (element.events ?? []).map((e) => [
    code(e.name),
    ...(element.events.some((x) => x.type?.text) ? [code(e.type?.text)] : []),
    e.description,
  ]);
  for (const a of attributesOnly(element))
    fieldRows.push(['—', code(a.name), code(a.type?.text), code(a.default), a.description]);
  const eventHeadings = element.events?.some((x) => x.type?.text)
    ? ['event', 'type', 'detail and when']
    : ['event', 'detail and when'];
  const partRows = (element.cssParts ?? []).map((p) => [code(p.name), p.description]);
  const propRows = (element.cssProperties ?? []).map((p) => [
    code(p.name),
    code(p.default),
    p.description,
  ]);
  const slotRows = (element.slots ?? []).map((s) => [
    s.name ? code(s.name) : '(default)',
    s.description,
  ]);

  return [
    heading,
    ...intro,
    section('Attributes and properties', fieldRows, [
      'property',
      'attribute',
      'type',
      'default',
      'description',
    ]),
    section('Methods', methodRows, ['method', 'description']),
    section('Events', eventRows, eventHeadings),
    section('CSS parts', partRows, ['part', 'description']),
    section('CSS custom properties', propRows, ['property', 'default', 'description']),
    section('Slots', slotRows, ['slot', 'description']),
  ].join('\n\n');
}

function apiPage() {
  const anchor = (tag) => tag.replace(/[^a-z0-9-]/g, '');
  return [
    '# API reference',
    '<!-- Generated by `npm run docs` (scripts/docs.mjs) from custom-elements.json. Do not edit: `npm test` fails when this file is stale. -->',
    'Generated from the elements’ JSDoc through the Custom Elements Manifest ' +
      '(`custom-elements.json`, written by `npm run build`). Attributes are what HTML sets; ' +
      'properties without an attribute are set from script. Events are `Event` subclasses with a ' +
      'typed `detail`, declared in `HTMLElementEventMap`; see [embedding](embedding.md#events) ' +
      'for how they behave and [the error codes](embedding.md#errors).',
    elements
      .map(
        (e) =>
          `- [\`<${e.tagName}>\`](#${anchor(e.tagName)}${isInternal(e.summary) ? '-internal' : ''}): ${e.summary ?? ''}`,
      )
      .join('\n'),
    ...elements.map(elementSection),
  ].join('\n\n');
}

// ---------------------------------------------------------------------------------------------
// src/react.ts

/**
 * The JSX type of one attribute. HTML attributes are text: a number attribute also takes a
 * number (React turns it into text). A boolean that defaults to true can only be turned off by
 * a converter that reads "false" (`show-report="false"`), so it takes 'true' | 'false'; one
 * that defaults to false is a presence attribute (React drops an attribute set to `false`).
 */
function attributeType(field, className) {
  const type = field.type?.text ?? '';
  if (type === 'number') return 'NumberAttribute';
  if (type === 'boolean') return field.default === 'true' ? `'true' | 'false'` : `'true' | ''`;
  return `${className}['${field.name}']`;
}

/** Properties of our elements that React's HTMLAttributes declare with another type. */
const HTML_ATTRIBUTE_CLASHES = ['results'];

function propsInterface(element) {
  const className = element.name;
  const lines = [];
  for (const field of fields(element)) {
    if (field.attribute) lines.push(`'${field.attribute}'?: ${attributeType(field, className)};`);
  }
  for (const a of attributesOnly(element)) lines.push(`'${a.name}'?: ${a.type?.text ?? 'string'};`);
  for (const field of fields(element)) {
    if (!field.attribute && !field.readonly)
      lines.push(`${field.name}?: ${className}['${field.name}'];`);
  }
  for (const event of element.events ?? []) {
    if (!isInternal(event.description))
      lines.push(`'on${event.name}'?: (event: EventOf<'${event.name}'>) => void;`);
  }
  // A property may share its name with an HTML attribute React types differently (`results`,
  // a number on <input type=search>): the element's own type wins.
  const shadowed = HTML_ATTRIBUTE_CLASHES.filter((name) =>
    fields(element).some((f) => f.name === name && !f.attribute && !f.readonly),
  );
  const base = shadowed.length
    ? `Omit<HTMLAttributes<${className}>, ${shadowed.map((n) => `'${n}'`).join(' | ')}>`
    : `HTMLAttributes<${className}>`;
  return [
    `/** \`<${element.tagName}>\` in JSX${element.summary ? `: ${element.summary}` : '.'} */`,
    `export interface ${className}Props extends DetailedHTMLProps<${base}, ${className}> {`,
    ...lines,
    '}',
  ].join('\n');
}

function reactTypes() {
  const typed = elements.filter((e) => !isInternal(e.summary));
  const importPath = (modulePath) =>
    `./${modulePath.replace(/^src\//, '').replace(/\.ts$/, '.js')}`;
  return `/**
 * leadership-3d/react: the widget entry (\`.\`) plus JSX types for React 19, which passes
 * properties and \`on<event>\` listeners straight to custom elements.
 *
 * GENERATED by \`npm run docs\` (scripts/docs.mjs) from custom-elements.json: do not edit. A
 * change to an element's JSDoc or properties shows here after \`npm run build && npm run docs\`;
 * \`npm test\` fails while this file is stale.
 *
 * \`\`\`tsx
 * import 'leadership-3d/react'; // registers the elements and types them in JSX
 * <leadership-3d lang="es" page-size="4" onl3d-complete={(e) => save(e.detail.result)} />
 * \`\`\`
 *
 * Kebab-case names are attributes (React sets them with \`setAttribute\`); camelCase names are
 * properties, for data that is not text. Read-only properties are left out.
 *
 * At run time this specifier is the same module as \`leadership-3d\` (package.json maps both to
 * dist/index.js), so a page never gets two copies. Only React users import it: it needs
 * \`@types/react\`; the package has no React dependency.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
${typed.map((e) => `import type { ${e.name} } from '${importPath(e.modulePath)}';`).join('\n')}

export * from './index.js';

/** Attributes are strings in HTML; numbers are accepted too (React turns them into text). */
type NumberAttribute = number | \`\${number}\`;

/** The event class declared for an event name in \`HTMLElementEventMap\`. */
type EventOf<K extends string> = K extends keyof HTMLElementEventMap ? HTMLElementEventMap[K] : Event;

${typed.map(propsInterface).join('\n\n')}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's JSX types are a namespace
  namespace JSX {
    interface IntrinsicElements {
${typed.map((e) => `      '${e.tagName}': ${e.name}Props;`).join('\n')}
    }
  }
}
`;
}

// ---------------------------------------------------------------------------------------------

async function formatted(file, text) {
  const options = (await resolveConfig(file)) ?? {};
  return format(text, { ...options, filepath: file });
}

const outputs = [
  [API_PAGE, await formatted(API_PAGE, apiPage() + '\n')],
  [REACT_TYPES, await formatted(REACT_TYPES, reactTypes())],
];

let stale = 0;
for (const [file, text] of outputs) {
  const current = existsSync(file) ? readFileSync(file, 'utf8') : null;
  if (current === text) continue;
  if (check) {
    stale++;
    console.error(
      `docs: ${file} is stale: it differs from what scripts/docs.mjs generates from ${MANIFEST}. ` +
        'Run `npm run build && npm run docs` and commit the result.',
    );
  } else {
    writeFileSync(file, text);
    console.log(`docs: wrote ${file}`);
  }
}
if (check && !stale) console.log(`docs: ${outputs.map(([f]) => f).join(' and ')} are up to date`);
process.exit(stale ? 1 : 0);
