import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/**
 * Read a file that the user or a plan repo names (a template, a baseline,
 * expected.yaml…) without ever blocking or exhausting memory: it is opened
 * non-blocking (a FIFO returns at once), and only an ordinary file of at most
 * `maxBytes` is read. Anything else throws an error whose `code` says why, in
 * the words of the `reason` filter: ENOTREG (a pipe, device or socket),
 * EISDIR (a folder), EFBIG (too large), or the system's own code (ENOENT…).
 */
export function readRegularFile(file: string, maxBytes: number): Buffer {
  const fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) throw codeError('EISDIR', file);
    if (!st.isFile()) throw codeError('ENOTREG', file);
    if (st.size > maxBytes) throw codeError('EFBIG', file);
    // Read no more than the cap even if the file grows while it is read.
    const buf = Buffer.allocUnsafe(st.size + 1);
    let got = 0;
    while (got < buf.length) {
      const n = readSync(fd, buf, got, buf.length - got, got);
      if (n === 0) break;
      got += n;
    }
    if (got > maxBytes) throw codeError('EFBIG', file);
    return buf.subarray(0, got);
  } finally {
    closeSync(fd);
  }
}

/** readRegularFile as UTF-8 text. */
export function readRegularText(file: string, maxBytes: number): string {
  return readRegularFile(file, maxBytes).toString('utf8');
}

function codeError(code: string, file: string): NodeJS.ErrnoException {
  const err: NodeJS.ErrnoException = new Error(`${code}: ${file}`);
  err.code = code;
  return err;
}

/** Largest template or partial read (a report template is a few kB). */
export const MAX_TEMPLATE_BYTES = 2 * 1024 * 1024;
/** Largest baseline or expected.yaml read. */
export const MAX_DATA_BYTES = 64 * 1024 * 1024;
