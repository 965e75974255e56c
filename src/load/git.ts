import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { MplanError } from '../diagnostics/error.js';

/**
 * The few git questions mplan asks. git is always run with an argument
 * array (never through a shell) and `-C <top>` so paths are relative to the
 * top of the work tree.
 */

const MAX_OUTPUT = 1024 * 1024 * 1024;

export interface GitRun {
  status: number | null;
  stdout: Buffer;
  stderr: string;
}

export function git(cwd: string, args: string[], input?: string): GitRun {
  const r = spawnSync('git', ['-C', cwd, ...args], {
    input,
    maxBuffer: MAX_OUTPUT,
    windowsHide: true,
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' },
  });
  if (r.error) {
    const code = (r.error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new MplanError('review-git-missing', {});
    throw new MplanError('review-git-failed', { args: args.join(' '), detail: code ?? r.error.message });
  }
  return { status: r.status, stdout: r.stdout ?? Buffer.alloc(0), stderr: (r.stderr ?? Buffer.alloc(0)).toString('utf8').trim() };
}

function ok(cwd: string, args: string[], input?: string): Buffer {
  const r = git(cwd, args, input);
  if (r.status !== 0) {
    throw new MplanError('review-git-failed', { args: args.join(' '), detail: r.stderr.split('\n')[0] || `exit ${r.status}` });
  }
  return r.stdout;
}

/** The top folder of the work tree holding `dir`. */
export function topLevel(dir: string): string {
  // git -C on a missing folder fails like a folder outside any repository: say what is really wrong.
  if (!existsSync(dir)) throw new MplanError('usage-dir-missing', { dir });
  const r = git(dir, ['rev-parse', '--show-toplevel']);
  if (r.status !== 0) throw new MplanError('review-not-repo', { dir });
  return r.stdout.toString('utf8').trim();
}

function isShallow(top: string): boolean {
  const r = git(top, ['rev-parse', '--is-shallow-repository']);
  return r.status === 0 && r.stdout.toString('utf8').trim() === 'true';
}

/**
 * The commit a revision names, or a usage error that says how to fetch it
 * (shallow CI clones only hold the last commit).
 */
export function resolveCommit(top: string, rev: string): string {
  if (!rev || rev.startsWith('-') || /[\0\n]/.test(rev)) {
    throw new MplanError('usage-not-a-revision', { rev });
  }
  const r = git(top, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`]);
  if (r.status === 0) return r.stdout.toString('utf8').trim();
  // A repository with no commit yet: nothing to fetch, the history starts with the first commit.
  if (git(top, ['rev-parse', '--verify', '--quiet', 'HEAD']).status !== 0) throw new MplanError('review-no-commits', { rev });
  throw new MplanError(isShallow(top) ? 'review-rev-missing-shallow' : 'review-rev-missing', { rev });
}

/** True when git knows this revision (for telling a revision from a folder name). */
export function isRevision(top: string, rev: string): boolean {
  if (!rev || rev.startsWith('-')) return false;
  return git(top, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`]).status === 0;
}

export function mergeBase(top: string, a: string, b: string): string {
  const r = git(top, ['merge-base', a, b]);
  if (r.status !== 0) throw new MplanError('review-no-merge-base', { a, b });
  return r.stdout.toString('utf8').trim();
}

export interface TreeEntry {
  /** Path from the top of the repository, `/`-separated. */
  path: string;
  oid: string;
}

/** Every ordinary file (blob, not a symbolic link or submodule) at `commit`, under `under` ('' for all). */
export function listFiles(top: string, commit: string, under: string): TreeEntry[] {
  const args = ['ls-tree', '-r', '-z', '--full-tree', commit];
  if (under) args.push('--', under);
  const out = ok(top, args).toString('utf8');
  const entries: TreeEntry[] = [];
  for (const rec of out.split('\0')) {
    if (!rec) continue;
    const tab = rec.indexOf('\t');
    const [mode, type, oid] = rec.slice(0, tab).split(' ');
    if (type !== 'blob' || mode === '120000' || !oid) continue;
    entries.push({ path: rec.slice(tab + 1), oid });
  }
  return entries;
}

/** The contents of many blobs with one `git cat-file --batch` process. */
export function readBlobs(top: string, oids: readonly string[]): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const unique = [...new Set(oids)];
  if (!unique.length) return out;
  const buf = ok(top, ['cat-file', '--batch'], unique.map((o) => `${o}\n`).join(''));
  let pos = 0;
  for (const oid of unique) {
    const nl = buf.indexOf(0x0a, pos);
    if (nl < 0) break;
    const header = buf.subarray(pos, nl).toString('utf8').split(' ');
    pos = nl + 1;
    if (header[1] === 'missing' || header.length < 3) continue;
    const size = Number(header[2]);
    out.set(oid, buf.subarray(pos, pos + size));
    pos += size + 1; // content, then a newline
  }
  return out;
}
