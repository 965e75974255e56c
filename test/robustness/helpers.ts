import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import path from 'node:path';

/** True when text looks like a JavaScript stack trace (`    at fn (file:1:2)`). */
export function hasStackTrace(text: string): boolean {
  return /^\s+at .*(:\d+:\d+\)?|<anonymous>)$/m.test(text) || /\b(TypeError|RangeError|ReferenceError|SyntaxError):/.test(text);
}

/**
 * A fingerprint of everything under `dir`: each entry's type, each file's
 * content hash, each link's target. Never opens anything but regular files
 * (a FIFO would block).
 */
export function fingerprint(dir: string): string {
  const h = createHash('sha256');
  const walk = (abs: string, rel: string): void => {
    for (const name of readdirSync(abs).sort()) {
      const a = path.join(abs, name);
      const r = `${rel}/${name}`;
      const st = lstatSync(a);
      if (st.isSymbolicLink()) h.update(`L ${r} -> ${readlinkSync(a)}\n`);
      else if (st.isDirectory()) {
        h.update(`D ${r}\n`);
        walk(a, r);
      } else if (st.isFile()) h.update(`F ${r} ${st.size} ${createHash('sha256').update(readFileSync(a)).digest('hex')}\n`);
      else h.update(`O ${r} ${st.mode}\n`);
    }
  };
  walk(dir, '');
  return h.digest('hex');
}

/**
 * Whether line:column exists in this file as an editor shows it: lines are
 * 1-based (the empty line after a final newline counts), columns 1-based in
 * UTF-16 units of the decoded text (BOM dropped), up to one past the line's last character.
 * For bytes that are not UTF-8 text, only the line is checked.
 */
export function positionExists(content: string | Buffer, line: number, column: number): boolean {
  let text: string;
  if (typeof content === 'string') text = content;
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(content);
    } catch {
      let lines = 1;
      for (const b of content) if (b === 0x0a) lines++;
      return Number.isInteger(line) && line >= 1 && line <= lines && Number.isInteger(column) && column >= 1;
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const lines = text.split('\n');
  if (!Number.isInteger(line) || line < 1 || line > lines.length) return false;
  // A column may point at a line's `\r` (it is part of the line as mplan counts lines: by `\n`).
  return Number.isInteger(column) && column >= 1 && column <= lines[line - 1]!.length + 1;
}
