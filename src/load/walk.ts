import { readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import type { Diagnostic } from '../diagnostics/types.js';

export interface FoundFile {
  /** Relative to the plan root, `/`-separated. */
  rel: string;
  abs: string;
}

const ALWAYS_SKIPPED = new Set(['.git', 'node_modules']);
const YAML_FILE = /\.ya?ml$/i;

/**
 * Every `*.yaml` / `*.yml` file under the plan root, in a stable order,
 * minus `.git`, `node_modules` and the plan's `ignore` globs. Symlinked
 * folders are followed once; a link that loops back is reported and skipped.
 */
export function walkPlan(root: string, ignore: readonly string[] = []): { files: FoundFile[]; diagnostics: Diagnostic[] } {
  const isIgnored = ignore.length ? picomatch(ignore as string[], { dot: true }) : () => false;
  const files: FoundFile[] = [];
  const diagnostics: Diagnostic[] = [];
  const visited = new Set<string>();
  let rootReal: string;
  try {
    rootReal = realpathSync(root);
  } catch {
    rootReal = root;
  }
  visited.add(rootReal);

  // dirReal: the folder's real path (symlinks resolved). A folder that is not a symlink is its
  // parent's real path plus its name, so only symlinked folders need a realpath call
  // (2,000 folders at 10,000 files made 10,000 lstat calls).
  const visit = (dirAbs: string, dirRel: string, dirReal: string): void => {
    let entries;
    try {
      entries = readdirSync(dirAbs, { withFileTypes: true });
    } catch (err) {
      diagnostics.push(fileProblem(dirRel || '.', 'file-unreadable', { reason: errorReason(err) }));
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (ALWAYS_SKIPPED.has(entry.name)) continue;
      const rel = dirRel ? `${dirRel}/${entry.name}` : entry.name;
      const abs = path.join(dirAbs, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const st = statSync(abs);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch (err) {
          const code = (err as NodeJS.ErrnoException).code;
          if (code === 'ELOOP') {
            if (!isIgnored(rel)) diagnostics.push(fileProblem(rel, 'symlink-loop', {}));
          } else if (YAML_FILE.test(entry.name) && !isIgnored(rel)) {
            diagnostics.push(fileProblem(rel, 'file-unreadable', { reason: errorReason(err) }));
          }
          continue;
        }
      }
      if (isIgnored(rel) || (isDir && isIgnored(`${rel}/`))) continue;
      if (!isDir && !isFile && YAML_FILE.test(entry.name)) {
        // A FIFO, socket or device named *.yaml: never open it (reading a FIFO would block forever).
        diagnostics.push(fileProblem(rel, 'file-not-regular', {}));
        continue;
      }
      if (isDir && YAML_FILE.test(entry.name)) {
        // Walked like any folder, but say so: the name suggests a plan file.
        const d = fileProblem(rel, 'folder-named-yaml', { name: entry.name, suggestion: entry.name.replace(YAML_FILE, '') });
        d.severity = 'warn';
        diagnostics.push(d);
      }
      if (isDir) {
        let real: string;
        if (entry.isSymbolicLink()) {
          try {
            real = realpathSync(abs);
          } catch (err) {
            diagnostics.push(fileProblem(rel, 'file-unreadable', { reason: errorReason(err) }));
            continue;
          }
        } else real = path.join(dirReal, entry.name);
        if (visited.has(real)) {
          diagnostics.push(fileProblem(rel, 'symlink-loop', {}));
          continue;
        }
        visited.add(real);
        visit(abs, rel, real);
        visited.delete(real);
      } else if (isFile && YAML_FILE.test(entry.name)) {
        files.push({ rel, abs });
      }
    }
  };
  visit(root, '', rootReal);
  return { files, diagnostics };
}

export function fileProblem(file: string, code: string, data: Record<string, string | number>, line = 1, column = 1): Diagnostic {
  return {
    rule: code,
    severity: 'error',
    file,
    line,
    column,
    messageId: code,
    data,
    hintId: `${code}.hint`,
    hintData: data,
  };
}

/** Why a file could not be read, as a language-neutral code (worded by the `reason` filter at the edge). */
export function errorReason(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  return e?.code ?? String(e?.message ?? err);
}
