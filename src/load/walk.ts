import { readdirSync, realpathSync, statSync } from 'node:fs';
import type { Stats } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import type { Diagnostic } from '../diagnostics/types.js';
import { errorDiagnostic } from '../diagnostics/types.js';

export interface FoundFile {
  /** Relative to the plan root, `/`-separated. */
  rel: string;
  abs: string;
}

/**
 * Folder listings remembered from an earlier walk (a LoadMemo, ./memo.ts;
 * `mplan lint --cache` keeps them): a folder's entries change only when its modification time
 * does (an entry added, removed or renamed), so a folder whose stat is
 * the one saved with its listing is not read again. Only plain listings
 * are remembered: folders and YAML files, no symlink, nothing reported.
 */
export interface WalkMemo {
  /** The saved listing of this folder if `st` is the stat saved with it: sub-folders end with `/`, the rest are YAML files. */
  listing(rel: string, st: Stats): readonly string[] | undefined;
  /** A folder's listing as this walk read it (`st` taken before reading it). */
  listed(rel: string, st: Stats, entries: string[]): void;
}

const ALWAYS_SKIPPED = new Set(['.git', 'node_modules']);
/** The name of a plan file: `*.yaml` / `*.yml`. */
export const YAML_FILE = /\.ya?ml$/i;

/**
 * Every `*.yaml` / `*.yml` file under the plan root, in a stable order,
 * minus `.git`, `node_modules` and the plan's `ignore` globs. Symlinked
 * folders inside the plan root are followed once; a link that loops back,
 * or leads out of the plan root, is reported and skipped.
 */
export function walkPlan(root: string, ignore: readonly string[] = [], memo?: WalkMemo): { files: FoundFile[]; diagnostics: Diagnostic[] } {
  const isIgnored = ignoreMatcher(ignore);
  const files: FoundFile[] = [];
  const diagnostics: Diagnostic[] = [];
  const visited = new Set<string>();
  let rootReal: string;
  try {
    rootReal = realpathSync(root);
  } catch {
    rootReal = path.resolve(root);
  }
  visited.add(rootReal);

  // dirReal: the folder's real path (symlinks resolved). A folder that is not a symlink is its
  // parent's real path plus its name, so only symlinked folders need a realpath call
  // (realpath makes an lstat call per path segment, for every folder).
  const visit = (dirAbs: string, dirRel: string, dirReal: string): void => {
    // Below the root, folders are normalised paths (made here), so a child's path is a plain
    // concatenation: path.join would normalise the whole string again, for every file and folder.
    const prefix = dirRel ? dirAbs + path.sep : undefined;
    // With a memo: a folder whose stat did not change is not read again (see WalkMemo). Not the
    // root: writing the cache file there changes its stat on every run that writes it.
    const st = memo && dirRel ? statSync(dirAbs, { throwIfNoEntry: false }) : undefined;
    const saved = st && memo!.listing(dirRel, st);
    if (saved) {
      // Never the root (see above): dirRel and prefix are set.
      for (const item of saved) {
        const isDir = item.endsWith('/');
        const name = isDir ? item.slice(0, -1) : item;
        const rel = `${dirRel}/${name}`;
        const abs = prefix! + name;
        if (isDir) enter(abs, rel, childPath(dirReal, name));
        else files.push({ rel, abs });
      }
      return;
    }
    /** This folder's listing as WalkMemo keeps it, while it stays plain. */
    let plain: string[] | undefined = st ? [] : undefined;
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
      const abs = prefix === undefined ? path.join(dirAbs, entry.name) : prefix + entry.name;
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        plain = undefined;
        try {
          const target = statSync(abs);
          isDir = target.isDirectory();
          isFile = target.isFile();
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
        plain = undefined;
        diagnostics.push(fileProblem(rel, 'file-not-regular', {}));
        continue;
      }
      if (isDir && YAML_FILE.test(entry.name)) {
        // Walked like any folder, but say so: the name suggests a plan file.
        const d = fileProblem(rel, 'folder-named-yaml', { name: entry.name, suggestion: entry.name.replace(YAML_FILE, '') });
        d.severity = 'warn';
        diagnostics.push(d);
        plain = undefined;
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
          // A link to `/` or `/usr` would walk the whole machine (and report on files that are not
          // the plan's): only folders inside the plan root are followed.
          if (!isInside(rootReal, real)) {
            const d = fileProblem(rel, 'symlink-outside', { target: real });
            d.severity = 'warn';
            diagnostics.push(d);
            continue;
          }
        } else real = childPath(dirReal, entry.name);
        if (enter(abs, rel, real)) plain?.push(`${entry.name}/`);
        else plain = undefined;
      } else if (isFile && YAML_FILE.test(entry.name)) {
        plain?.push(entry.name);
        files.push({ rel, abs });
      }
    }
    if (plain) memo!.listed(dirRel, st!, plain);
  };
  /** Walk a sub-folder, unless it is one this walk is already inside (a symlink loop, reported). */
  const enter = (abs: string, rel: string, real: string): boolean => {
    if (visited.has(real)) {
      diagnostics.push(fileProblem(rel, 'symlink-loop', {}));
      return false;
    }
    visited.add(real);
    visit(abs, rel, real);
    visited.delete(real);
    return true;
  };
  visit(root, '', rootReal);
  return { files, diagnostics };
}

/** A test for the ignore globs; empty ones (`lint.ignore: [""]`, which the schema reports) match nothing. */
export function ignoreMatcher(globs: readonly string[]): (rel: string) => boolean {
  const used = globs.filter((g) => typeof g === 'string' && g !== '');
  return used.length ? picomatch(used, { dot: true }) : () => false;
}

/** True when the real path `p` is `root` or below it (both real paths). */
export function isInside(root: string, p: string): boolean {
  return p === root || p.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
}

/** `path.join(dir, name)` for a normalised folder path (a real path: only the file-system root ends with a separator). */
function childPath(dir: string, name: string): string {
  return dir.endsWith(path.sep) ? dir + name : dir + path.sep + name;
}

export function fileProblem(file: string, code: string, data: Record<string, string | number>, line = 1, column = 1): Diagnostic {
  return errorDiagnostic(code, data, { file, line, column });
}

/** Why a file could not be read, as a language-neutral code (worded by the `reason` filter at the edge). */
export function errorReason(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  return e?.code ?? String(e?.message ?? err);
}
