import { lstatSync, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { MplanError } from '../diagnostics/error.js';
import type { Lang } from '../i18n/types.js';
import { packagePath } from '../util/package-root.js';
import { writeFileSafe } from '../write/index.js';
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

/** Whether anything (a file, a folder, a link, even one to nothing) has this name. */
function taken(abs: string): boolean {
  try {
    lstatSync(abs);
    return true;
  } catch {
    return false;
  }
}

function isFolder(abs: string): boolean {
  try {
    return statSync(abs).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Write a starter plan into `dir`. Everything is checked before the first
 * write: when any file it would write exists, or a file stands where it
 * needs a folder, it refuses and writes nothing. Should a write still fail
 * (a full disk), what it wrote is removed again.
 */
export function initPlan(dir: string, locale: Lang): string[] {
  if (taken(dir) && !isFolder(dir)) throw new MplanError('usage-not-dir', { dir });
  const files = scaffoldFiles(locale);
  const folders = [...new Set(files.flatMap((f) => f.rel.split('/').slice(0, -1).map((_, i, parts) => parts.slice(0, i + 1).join('/'))))].sort();
  const clashes = [
    ...folders.filter((rel) => taken(path.join(dir, rel)) && !isFolder(path.join(dir, rel))),
    ...files.map((f) => f.rel).filter((rel) => taken(path.join(dir, rel))),
  ];
  if (taken(path.join(dir, 'mplan.yml'))) clashes.push('mplan.yml');
  if (clashes.length) {
    const shown = clashes.slice(0, 5).join(', ') + (clashes.length > 5 ? ` (+${clashes.length - 5})` : '');
    throw new MplanError('usage-init-exists', { dir, files: shown });
  }
  const made: string[] = [];
  const written: string[] = [];
  try {
    for (const rel of ['', ...folders]) {
      const abs = path.join(dir, rel);
      if (!taken(abs)) {
        mkdirSync(abs, { recursive: true });
        made.push(abs);
      }
    }
    for (const f of files) {
      const abs = path.join(dir, f.rel);
      writeFileSafe(abs, f.text, { planFile: true, name: f.rel });
      written.push(abs);
    }
  } catch (err) {
    for (const abs of written.reverse()) rmSync(abs, { force: true });
    for (const abs of made.reverse()) {
      try {
        rmdirSync(abs); // empty again: only what init wrote was in it
      } catch {
        // something else was put there meanwhile: it stays
      }
    }
    if (err instanceof MplanError) throw err;
    throw new MplanError('usage-write-failed', { file: dir, reason: (err as NodeJS.ErrnoException).code ?? String(err) });
  }
  return files.map((f) => f.rel);
}
