import { chmodSync, chownSync, closeSync, constants, existsSync, lstatSync, mkdirSync, openSync, readFileSync, readlinkSync, realpathSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import type { Stats } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { parseAllDocuments } from 'yaml';
import { MplanError } from '../diagnostics/error.js';
import { PLAN_FILE_NAMES } from '../load/root.js';
import { YAML_FILE } from '../load/walk.js';

export interface WriteOptions {
  /** How to name the file in messages (what the user typed); the absolute path otherwise. */
  name?: string;
  /**
   * Writing plan files on purpose (`mplan fmt`, `mplan init`). Every other
   * output is refused where it would replace a plan file or become one.
   */
  planFile?: boolean;
  /** The bytes the file held when it was read: if it holds anything else now, it is left alone (`write-changed`). */
  expected?: Uint8Array;
  /**
   * A file mplan keeps for itself (the lint cache): whatever stands at the
   * path, a link or a FIFO included, is replaced by a regular file, never
   * written through (a FIFO would block the run).
   */
  ownFile?: boolean;
}

/** Files the kernel makes up (`/dev/stdout` links to `/proc/self/fd/1`): their links are no paths to follow; written in place. */
const KERNEL_PATH = /^\/proc(?:\/|$)/;
const MAX_LINKS = 40;

interface Target {
  /** Where the bytes go once symbolic links are followed. */
  abs: string;
  /** Its stat, or undefined when nothing is there yet. */
  stat?: Stats;
  /** A device, pipe, socket or kernel file: written directly. */
  direct: boolean;
}

function fail(name: string, err: unknown): never {
  if (err instanceof MplanError) throw err;
  throw new MplanError('usage-write-failed', { file: name, reason: (err as NodeJS.ErrnoException).code ?? String(err) });
}

/** Follow symbolic links (a dangling one too: its target is created, as a shell's `>` does). */
function resolveTarget(abs: string): Target {
  let p = abs;
  for (let i = 0; i < MAX_LINKS; i++) {
    if (KERNEL_PATH.test(p)) return { abs: p, direct: true };
    let st: Stats;
    try {
      st = lstatSync(p);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { abs: p, direct: false };
      throw err;
    }
    if (st.isSymbolicLink()) {
      p = path.resolve(path.dirname(p), readlinkSync(p));
      continue;
    }
    return { abs: p, stat: st, direct: !st.isFile() && !st.isDirectory() };
  }
  throw Object.assign(new Error('ELOOP'), { code: 'ELOOP' });
}

/** The path itself, as a regular file to replace (see WriteOptions.ownFile). */
function ownTarget(abs: string): Target {
  const st = lstatSync(abs, { throwIfNoEntry: false });
  return { abs, stat: st?.isFile() || st?.isDirectory() ? st : undefined, direct: false };
}

/** `p` with every symbolic link in its existing folders resolved (the rest of the path as written). */
function realPathOf(p: string): string {
  let dir = path.dirname(p);
  const rest = [path.basename(p)];
  for (;;) {
    try {
      return path.join(realpathSync(dir), ...rest);
    } catch {
      const parent = path.dirname(dir);
      if (parent === dir) return p;
      rest.unshift(path.basename(dir));
      dir = parent;
    }
  }
}

/** The `lint.ignore` globs of a plan file (read on its own: a broken plan file ignores nothing). */
function ignoreGlobsOf(planFile: string): string[] {
  try {
    const out: string[] = [];
    for (const d of parseAllDocuments(readFileSync(planFile, 'utf8'))) {
      const v = d.toJS() as { kind?: unknown; lint?: { ignore?: unknown } } | null;
      if (v && typeof v === 'object' && v.kind === 'Plan' && Array.isArray(v.lint?.ignore)) {
        for (const g of v.lint!.ignore as unknown[]) if (typeof g === 'string') out.push(g);
      }
    }
    return out;
  } catch {
    return [];
  }
}

/**
 * The plan root that would read a file at `abs` as one of its plan files
 * (the way `mplan lint` walks a plan: every `*.yaml` / `*.yml` below the
 * nearest mplan.yaml, minus `.git`, `node_modules` and `lint.ignore`).
 */
export function planRootReading(abs: string): string | undefined {
  if (!YAML_FILE.test(path.basename(abs))) return undefined;
  for (let dir = path.dirname(abs); ; ) {
    const planFile = PLAN_FILE_NAMES.map((n) => path.join(dir, n)).find((f) => existsSync(f));
    if (planFile) {
      const rel = path.relative(dir, abs).split(path.sep).join('/');
      if (rel.split('/').some((s) => s === '.git' || s === 'node_modules')) return undefined;
      if (rel.includes('/') || !PLAN_FILE_NAMES.includes(rel)) {
        const ignore = ignoreGlobsOf(planFile);
        if (ignore.length && picomatch(ignore, { dot: true })(rel)) return undefined;
      }
      return dir;
    }
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

function refusePlanFile(name: string, target: Target, asWritten: string): void {
  for (const p of new Set([asWritten, target.abs, realPathOf(target.abs)])) {
    const root = planRootReading(p);
    if (root !== undefined) {
      throw new MplanError(target.stat ? 'write-plan-file' : 'write-new-plan-file', { file: name, root });
    }
  }
}

function writeDirect(abs: string, content: string | Uint8Array): void {
  // No O_CREAT: a name the kernel does not know is not made into a file; no O_TRUNC: `-o /dev/stdout` appends, as printing does.
  const fd = openSync(abs, constants.O_WRONLY | constants.O_APPEND);
  try {
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done);
  } finally {
    closeSync(fd);
  }
}

/** Whether the file still holds exactly these bytes (a file removed meanwhile has changed). */
function unchanged(abs: string, expected: Uint8Array): boolean {
  try {
    const now = readFileSync(abs);
    return now.length === expected.length && Buffer.compare(now, expected) === 0;
  } catch {
    return false;
  }
}

/**
 * Refuse, before anything is written, a target `writeFileSafe` would refuse
 * for what it is (a plan file, a folder, a read-only file): a command checks
 * every output it was given first, so it writes all of them or none.
 */
export function checkWriteTarget(file: string, options: WriteOptions = {}): void {
  prepare(file, options);
}

function prepare(file: string, options: WriteOptions): { target: Target; name: string } {
  const asWritten = path.resolve(file);
  const name = options.name ?? file;
  let target: Target;
  try {
    target = options.ownFile ? ownTarget(asWritten) : resolveTarget(asWritten);
  } catch (err) {
    fail(name, err);
  }
  if (!options.planFile) refusePlanFile(name, target, asWritten);
  if (target.stat?.isDirectory()) fail(name, Object.assign(new Error('EISDIR'), { code: 'EISDIR' }));
  if (!options.ownFile && !target.direct && target.stat && (target.stat.mode & 0o222) === 0) throw new MplanError('write-read-only', { file: name, reason: 'EACCES' }); // reason: for callers that only say why (the cache)
  return { target, name };
}

/**
 * The one way mplan writes a file the user will read.
 *
 * - A regular file is replaced atomically (a temporary file beside it, then a
 *   rename), so a reader never sees half a file and a failed write leaves the
 *   old one; the new file keeps the old one's mode and, where allowed, owner.
 * - Symbolic links are written through: the link stays, its target changes.
 * - Devices, pipes and kernel files (`/dev/stdout`) are written in place:
 *   renaming over them would replace them with a regular file.
 * - A file whose mode has no write bit is refused (judged by the mode, so
 *   root is refused too), as is a plan file, or a name that would become
 *   one, unless `planFile` says so.
 * - With `expected`, a file that changed since it was read is left alone.
 *
 * Every refusal is an MplanError (exit 2) with words, never a bare code.
 */
export function writeFileSafe(file: string, content: string | Uint8Array, options: WriteOptions = {}): void {
  const { target, name } = prepare(file, options);
  const { abs, stat } = target;
  if (target.direct) {
    try {
      return writeDirect(abs, content);
    } catch (err) {
      fail(name, err);
    }
  }
  const tmp = path.join(path.dirname(abs), `.${path.basename(abs)}.${process.pid}.${Date.now()}.tmp`);
  try {
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(tmp, content, { flag: 'wx', mode: stat ? stat.mode & 0o777 : 0o666 });
    if (stat) {
      chmodSync(tmp, stat.mode & 0o7777); // the umask narrowed the mode given at creation
      try {
        chownSync(tmp, stat.uid, stat.gid);
      } catch {
        // only root may give a file away; the file is then ours, as any edit would leave it
      }
    }
    if (options.expected && !unchanged(abs, options.expected)) throw new MplanError('write-changed', { file: name });
    renameSync(tmp, abs);
  } catch (err) {
    try {
      rmSync(tmp, { force: true });
    } catch {
      // the folder itself is unusable (e.g. a file stands where it should be): there is no temp file to remove
    }
    fail(name, err);
  }
}

/** writeFileSafe under the name code on other branches calls it by. */
export const writeFileAtomic = writeFileSafe;
