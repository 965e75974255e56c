import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { MplanError } from '../diagnostics/error.js';
import type { Lang } from '../i18n/types.js';
import { packagePath } from '../util/package-root.js';
import { writeFileSafe } from '../util/write.js';
import { editorSchemas } from './schemas.js';

const INIT_DIR = packagePath('templates', 'init');
export const SCHEMA_FOLDER = '.mplan/schemas';

function listFiles(dir: string, rel = ''): string[] {
  const out: string[] = [];
  for (const name of readdirSync(path.join(dir, rel)).sort()) {
    const r = rel ? `${rel}/${name}` : name;
    if (statSync(path.join(dir, r)).isDirectory()) out.push(...listFiles(dir, r));
    else out.push(r);
  }
  return out;
}

/** Every file `mplan init` writes, with its content: the commented starter plan, the editor schemas and settings. */
export function scaffoldFiles(locale: Lang): Array<{ rel: string; text: string }> {
  const src = path.join(INIT_DIR, locale);
  const files = listFiles(src).map((rel) => {
    const depth = rel.split('/').length - 1;
    const schema = `${'../'.repeat(depth)}${SCHEMA_FOLDER}/mplan.schema.json`;
    return { rel, text: `# yaml-language-server: $schema=${schema}\n${readFileSync(path.join(src, rel), 'utf8')}` };
  });
  for (const s of editorSchemas()) files.push({ rel: `${SCHEMA_FOLDER}/${s.file}`, text: s.text });
  files.push({
    rel: '.vscode/settings.json',
    text: `${JSON.stringify({ 'yaml.schemas': { [`./${SCHEMA_FOLDER}/mplan.schema.json`]: ['*.yaml', '**/*.yaml', '*.yml', '**/*.yml'] }, 'yaml.validate': true, 'yaml.completion': true, 'yaml.hover': true }, null, 2)}\n`,
  });
  files.push({ rel: '.gitignore', text: '.mplan-cache.json\n' });
  return files;
}

/**
 * Write a starter plan into `dir`. Refuses, writing nothing, when any file
 * it would write already exists: nothing the user wrote is overwritten.
 */
export function initPlan(dir: string, locale: Lang): string[] {
  const files = scaffoldFiles(locale);
  const clashes = files.filter((f) => existsSync(path.join(dir, f.rel))).map((f) => f.rel);
  if (existsSync(path.join(dir, 'mplan.yml'))) clashes.push('mplan.yml');
  if (clashes.length) {
    const shown = clashes.slice(0, 5).join(', ') + (clashes.length > 5 ? ` (+${clashes.length - 5})` : '');
    throw new MplanError('usage-init-exists', { dir, files: shown });
  }
  for (const f of files) writeFileSafe(path.join(dir, f.rel), f.text, { planFile: true });
  return files.map((f) => f.rel);
}
