#!/usr/bin/env node
// Generates the plan format reference (docs/format/*.md) from the JSON
// Schemas in schemas/, so that the docs and the schemas cannot drift apart.
//
//   node scripts/gen-format-docs.mjs          write docs/format/
//   node scripts/gen-format-docs.mjs --check  exit 1 if docs/format/ is stale
//
// test/schemas.test.ts calls renderFormatDocs() and compares the result with
// the files on disk. The output depends only on the schema files: no dates,
// no environment, stable ordering.
import { readFileSync, readdirSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { stringify as yamlStringify } from 'yaml';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SCHEMAS_DIR = join(ROOT, 'schemas');
export const OUT_DIR = join(ROOT, 'docs', 'format');

const DEFS_FILE = 'defs.schema.json';

/** The kinds, in reading order, with the folder convention for their files. */
export const KINDS = [
  { kind: 'Plan', file: 'plan', where: '`mplan.yaml` at the root of the plan repo (exactly one)' },
  { kind: 'Goal', file: 'goal', where: '`goals/*.yaml`' },
  { kind: 'Challenge', file: 'challenge', where: '`challenges/*.yaml`' },
  { kind: 'Persona', file: 'persona', where: '`personas/*.yaml`' },
  { kind: 'Journey', file: 'journey', where: '`journeys/*.yaml`' },
  { kind: 'KPI', file: 'kpi', where: '`kpis/*.yaml`' },
  { kind: 'Initiative', file: 'initiative', where: '`initiatives/*.yaml`' },
  { kind: 'Role', file: 'role', where: '`team/*.yaml`' },
  { kind: 'Tool', file: 'tool', where: '`tools/*.yaml`' },
  { kind: 'RFP', file: 'rfp', where: '`rfps/*.yaml`' },
];

/** Short type names for the shared definitions in defs.schema.json. */
const DEF_LABELS = {
  id: 'id',
  ref: 'ref',
  refList: 'list of ref',
  stageRef: 'stage ref',
  stageRefList: 'list of stage ref',
  date: 'date',
  text: 'text',
  textList: 'list of text',
  textOrList: 'text or list of text',
  currency: 'currency',
  money: 'money',
  score: 'integer 1..5',
  severity: 'severity',
  ruleSetting: 'rule setting',
};

/** Read every *.schema.json file in `dir`; returns { fileName: schema }. */
export function loadSchemas(dir = SCHEMAS_DIR) {
  const out = {};
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.schema.json')).sort()) {
    out[f] = JSON.parse(readFileSync(join(dir, f), 'utf8'));
  }
  return out;
}

// ---------------------------------------------------------------- helpers

const cell = (s) => String(s).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const code = (v) => '`' + (typeof v === 'string' ? v : JSON.stringify(v)) + '`';

/** The definition name a `$ref` points to in defs.schema.json, or undefined. */
function defName(ref) {
  const m = /^(?:defs\.schema\.json)?#\/definitions\/([A-Za-z0-9_]+)$/.exec(ref ?? '');
  return m ? m[1] : undefined;
}

/**
 * Resolve a schema's `$ref` (one level at a time, to the end) into one merged
 * schema; keywords written next to the `$ref` win. Returns the merged schema
 * and the first definition name met, if any.
 */
function deref(schema, defs) {
  let s = schema;
  let name;
  while (s && s.$ref) {
    const n = defName(s.$ref);
    if (!n || !defs[n]) throw new Error(`gen-format-docs: cannot resolve $ref ${s.$ref}`);
    name ??= n;
    const { $ref, ...local } = s;
    s = { ...defs[n], ...local };
  }
  return { schema: s, def: name };
}

function enumLabel(values) {
  return 'one of: ' + values.map(code).join(', ');
}

/** A short, human type label for a (dereferenced) schema. */
function typeLabel(schema, defs) {
  const { schema: s, def } = deref(schema, defs);
  if (def === 'severity' || def === 'partnerType') return enumLabel(s.enum);
  if (def && DEF_LABELS[def]) return DEF_LABELS[def];
  if ('const' in s) return code(s.const);
  if (s.enum) return enumLabel(s.enum);
  const types = Array.isArray(s.type) ? s.type : s.type ? [s.type] : [];
  if (types.length > 1) {
    const names = types.map((t) => ({ string: 'text', number: 'number', integer: 'integer', boolean: 'boolean' })[t] ?? t);
    return names.slice(0, -1).join(', ') + ' or ' + names[names.length - 1];
  }
  switch (types[0]) {
    case 'string':
      if (s.format === 'email') return 'e-mail address';
      if (s.format === 'uri') return 'URL';
      if (s.format) return s.format;
      if (s.pattern) return `text matching ${code(s.pattern)}`;
      return 'text';
    case 'integer':
    case 'number': {
      const lo = s.minimum;
      const hi = s.maximum;
      if (lo !== undefined && hi !== undefined) return `${types[0]} ${lo}..${hi}`;
      if (lo !== undefined) return `${types[0]} ≥ ${lo}`;
      if (hi !== undefined) return `${types[0]} ≤ ${hi}`;
      return types[0];
    }
    case 'boolean':
      return 'true or false';
    case 'array': {
      const item = s.items && !Array.isArray(s.items) ? s.items : undefined;
      if (!item) return 'list';
      const it = deref(item, defs).schema;
      const atLeast = s.minItems ? ` (at least ${s.minItems})` : '';
      if (it.type === 'object' && it.properties) return 'list of objects' + atLeast;
      if (it.type === 'object') return 'list of objects (free form)' + atLeast;
      return 'list of ' + typeLabel(item, defs) + atLeast;
    }
    case 'object':
      if (s.properties) return 'object';
      if (s.additionalProperties && typeof s.additionalProperties === 'object') {
        return 'map of name → ' + typeLabel(s.additionalProperties, defs);
      }
      return 'object (free form)';
    default:
      return 'any';
  }
}

/**
 * Flatten the properties of an object schema into table rows, depth first:
 * nested objects as `a.b`, lists of objects as `a[].b`.
 */
function rows(objSchema, defs, prefix = '', out = []) {
  const s = deref(objSchema, defs).schema;
  const required = new Set(s.required ?? []);
  for (const [key, prop] of Object.entries(s.properties ?? {})) {
    const path = prefix + key;
    const p = deref(prop, defs).schema;
    let desc = p.description ?? '';
    if (p.default !== undefined) desc += ` Default: ${code(p.default)}.`;
    out.push({ path, type: typeLabel(prop, defs), required: required.has(key), description: desc.trim() });
    if (p.type === 'object' && p.properties) rows(p, defs, path + '.', out);
    if (p.type === 'array' && p.items && !Array.isArray(p.items)) {
      const it = deref(p.items, defs).schema;
      if (it.type === 'object' && it.properties) rows(it, defs, path + '[].', out);
    }
  }
  return out;
}

function table(rowList) {
  const lines = ['| field | type | required | description |', '|---|---|---|---|'];
  for (const r of rowList) {
    lines.push(`| ${code(r.path)} | ${cell(r.type)} | ${r.required ? 'yes' : 'no'} | ${cell(r.description)} |`);
  }
  return lines.join('\n');
}

function yamlExample(doc) {
  return yamlStringify(doc, { lineWidth: 0 }).trimEnd();
}

const GENERATED_NOTE =
  '<!-- Generated by scripts/gen-format-docs.mjs from schemas/*.schema.json. Do not edit by hand: change the schema and run `node scripts/gen-format-docs.mjs`. -->';

// ---------------------------------------------------------------- pages

function kindPage(entry, schema, defs) {
  const out = [];
  out.push(GENERATED_NOTE, '', `# ${schema.title ?? entry.kind}`, '', schema.description ?? '', '');
  out.push(`- **kind:** \`${entry.kind}\``);
  out.push(`- **where:** ${entry.where} (a convention: any \`*.yaml\` file in the plan repo may hold it)`);
  out.push(`- **schema:** [\`schemas/${entry.file}.schema.json\`](../../schemas/${entry.file}.schema.json) (\`${schema.$id}\`)`);
  const req = (schema.required ?? []).map(code).join(', ');
  out.push(`- **required:** ${req}`);
  out.push('');
  out.push('## Fields', '');
  out.push(
    '"required" is relative to the enclosing object: a required field inside an optional object is only needed when that object is written. ' +
      'Besides the fields below, every object accepts keys starting with `x-` for your own data; any other key is an error. ' +
      'Shared types (`id`, `ref`, `stage ref`, `date`, `money`, …) are explained in the [format overview](README.md#shared-types).',
    '',
  );
  out.push(table(rows(schema, defs)), '');
  for (const [i, ex] of (schema.examples ?? []).entries()) {
    out.push(i === 0 ? '## Example' : `## Example ${i + 1}`, '');
    out.push('```yaml', yamlExample(ex), '```', '');
  }
  out.push('[← format overview](README.md)', '');
  return out.join('\n');
}

function readmePage(schemas, defs) {
  const dispatcher = schemas['mplan.schema.json'];
  const out = [];
  out.push(GENERATED_NOTE, '', '# The mplan plan format', '');
  out.push(
    'A marketing plan in mplan is a folder of YAML files kept in git. Each YAML document says what it is with `kind:`, ' +
      'and a JSON Schema checks its shape (types, allowed values, dates, currencies). ' +
      '`mplan lint` then checks completeness and consistency across files: a draft that leaves out an optional field is valid, and the linter reports the gap.',
    '',
  );
  out.push('## Kinds', '');
  out.push('| kind | usual place | what it is | reference |', '|---|---|---|---|');
  for (const k of KINDS) {
    const s = schemas[`${k.file}.schema.json`];
    out.push(`| \`${k.kind}\` | ${cell(k.where)} | ${cell(s.description ?? '')} | [${k.file}.md](${k.file}.md) |`);
  }
  out.push('');
  out.push('## A plan repo', '');
  out.push(
    '```',
    'mplan.yaml          # kind: Plan, exactly one, at the root',
    'goals/*.yaml        # kind: Goal',
    'challenges/*.yaml   # kind: Challenge',
    'personas/*.yaml     # kind: Persona',
    'journeys/*.yaml     # kind: Journey (with its stages)',
    'kpis/*.yaml         # kind: KPI',
    'initiatives/*.yaml  # kind: Initiative',
    'team/*.yaml         # kind: Role',
    'tools/*.yaml        # kind: Tool',
    'rfps/*.yaml         # kind: RFP',
    "templates/          # optional: the repo's own Handlebars overrides",
    '```',
    '',
  );
  out.push(
    'Folders are only a convention: every `*.yaml`/`*.yml` file under the root is read (except files matched by the `ignore` globs in `mplan.yaml`, and `.git` and `node_modules`). ' +
      'A file may hold several documents separated by `---`, and each document says what it is with `kind:`.',
    '',
  );
  out.push('## Ids and references', '');
  out.push(
    'Every document has an `id` that is unique across the whole plan: lower-case kebab case, `^[a-z0-9][a-z0-9-]*$` (for example `welcome-series`). ' +
      'Documents point to each other by id (a **ref**). A journey stage is referred to as `journey-id/stage-id` (a **stage ref**). ' +
      'Stage ids are unique within their journey; RFP requirement ids are short labels such as `R1`, unique within their RFP.',
    '',
    '`name` is the human title, in any language, on every kind; an RFP\'s human title is `title`.',
    '',
  );
  out.push('## Unknown keys and `x-` keys', '');
  out.push(
    'Unknown keys are an error, at every level, so that typos (`ownr:`) do not pass silently. ' +
      'Keys starting with `x-` are free for your own data and are accepted everywhere (for example `x-jira: MKT-123`). ' +
      'Maps whose keys are yours (`Persona.attributes`, `Plan.lint.rules`) accept any key.',
    '',
  );
  out.push('## YAML, dates and money', '');
  out.push(
    'Files are YAML 1.2 (core schema). Unlike YAML 1.1, `no`, `yes`, `on` and `off` are plain text, not booleans, so `on: 2025-03-10` and `country: no` mean what they say. ' +
      'Use `true` and `false` for booleans.',
    '',
    'Dates are ISO `YYYY-MM-DD` (for example `2025-04-01`) and must be real calendar days.',
    '',
    'Money is `{ amount: number, currency: ISO-4217 }`, for example `{ amount: 1200000, currency: JPY }`: the amount is a plain number (no separators or currency signs) and the currency is a three-letter ISO 4217 code in capitals (`JPY`, `USD`, `EUR`; `YEN` or `usd` are errors).',
    '',
  );
  out.push('## Shared types', '');
  out.push('| type | meaning |', '|---|---|');
  for (const [name, def] of Object.entries(defs)) {
    const label = DEF_LABELS[name] ?? def.title ?? name;
    let meaning = def.description ?? '';
    if (def.pattern) meaning += ` Pattern: ${code(def.pattern)}.`;
    out.push(`| ${cell(label)} | ${cell(meaning.trim())} |`);
  }
  out.push('');
  out.push('## Editor support', '');
  out.push(
    `\`schemas/mplan.schema.json\` (\`${dispatcher.$id}\`) accepts any plan document and picks the right schema from \`kind\`, so one schema covers every file. ` +
      'With the YAML extension for VS Code (yaml-language-server), point it at that file to get completion, hover help and errors while you type, for example in `.vscode/settings.json`:',
    '',
    '```json',
    '{',
    '  "yaml.schemas": {',
    '    "./node_modules/mplan/schemas/mplan.schema.json": ["mplan.yaml", "**/*.yaml"]',
    '  }',
    '}',
    '```',
    '',
    'or with a comment on the first line of a file: `# yaml-language-server: $schema=./node_modules/mplan/schemas/mplan.schema.json` (adjust the path to where mplan is installed).',
    '',
  );
  return out.join('\n');
}

/**
 * Render the whole format reference in memory.
 * @param {Record<string, any>} [schemas] as returned by loadSchemas()
 * @returns {Map<string, string>} file name (relative to docs/format/) → content
 */
export function renderFormatDocs(schemas = loadSchemas()) {
  const defs = schemas[DEFS_FILE]?.definitions;
  if (!defs) throw new Error(`gen-format-docs: ${DEFS_FILE} not found`);
  const files = new Map();
  files.set('README.md', readmePage(schemas, defs));
  for (const k of KINDS) {
    const s = schemas[`${k.file}.schema.json`];
    if (!s) throw new Error(`gen-format-docs: schemas/${k.file}.schema.json not found`);
    files.set(`${k.file}.md`, kindPage(k, s, defs));
  }
  return files;
}

/**
 * Compare the rendered docs with the files in `outDir`.
 * @returns {string[]} names of files that are missing or differ
 */
export function staleFormatDocs(outDir = OUT_DIR, schemas = loadSchemas()) {
  const stale = [];
  for (const [name, text] of renderFormatDocs(schemas)) {
    const p = join(outDir, name);
    if (!existsSync(p) || readFileSync(p, 'utf8') !== text) stale.push(name);
  }
  return stale;
}

/** Write the rendered docs into `outDir`; returns the names written. */
export function writeFormatDocs(outDir = OUT_DIR, schemas = loadSchemas()) {
  mkdirSync(outDir, { recursive: true });
  const names = [];
  for (const [name, text] of renderFormatDocs(schemas)) {
    writeFileSync(join(outDir, name), text);
    names.push(name);
  }
  return names;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  if (process.argv.includes('--check')) {
    const stale = staleFormatDocs();
    if (stale.length) {
      console.error(`docs/format is out of date (${stale.join(', ')}); run: node scripts/gen-format-docs.mjs`);
      process.exit(1);
    }
    console.log('docs/format is up to date');
  } else {
    const names = writeFormatDocs();
    console.log(`wrote ${names.length} files to docs/format/`);
  }
}
