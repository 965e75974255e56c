const HEX = Buffer.from('0123456789abcdef', 'latin1');

/**
 * Bytes of ASCII-only JSON, appended piece by piece, so the cache is never
 * built as one string the size of the file: with Japanese text,
 * JSON.stringify of the whole cache would make a two-byte string twice the
 * file's size, then a copy of it to escape and another to encode.
 */
export class AsciiJsonBytes {
  private buf: Buffer;
  private len = 0;

  constructor(size = 1 << 16) {
    this.buf = Buffer.allocUnsafe(Math.max(size, 1 << 10));
  }

  private room(n: number): void {
    if (this.len + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.len + n) size *= 2;
    const next = Buffer.allocUnsafe(size);
    this.buf.copy(next, 0, 0, this.len);
    this.buf = next;
  }

  /** Append JSON text, writing each character above U+007E as a `\u` escape. */
  push(json: string): void {
    const n = json.length;
    this.room(6 * n);
    const out = this.buf;
    let o = this.len;
    for (let i = 0; i < n; i++) {
      const c = json.charCodeAt(i);
      if (c <= 0x7e) out[o++] = c;
      else {
        out[o++] = 0x5c; // \
        out[o++] = 0x75; // u
        out[o++] = HEX[c >> 12]!;
        out[o++] = HEX[(c >> 8) & 15]!;
        out[o++] = HEX[(c >> 4) & 15]!;
        out[o++] = HEX[c & 15]!;
      }
    }
    this.len = o;
  }

  /** Append characters [start, end) of text that is already ASCII-only JSON (by default all of it; or a span of an earlier cache). */
  pushAscii(text: string, start = 0, end = text.length): void {
    const n = end - start;
    if (n <= 0) return;
    this.room(n);
    this.len += this.buf.write(start === 0 && end === text.length ? text : text.slice(start, end), this.len, n, 'latin1');
  }

  bytes(): Buffer {
    return this.buf.subarray(0, this.len);
  }
}

/**
 * JSON text with every character above U+007E written as a `\\u` escape
 * (JSON.parse reads it back to the same value). An ASCII-only file is
 * decoded into a one-byte string, and so are the strings parsed from it:
 * with Japanese text in a plan, plain JSON would make the whole text, and
 * every string parsed from it, two bytes a character.
 */
export function asciiJson(json: string): string {
  if (isAscii(json)) return json;
  const out = new AsciiJsonBytes(json.length * 2);
  out.push(json);
  return out.bytes().toString('latin1');
}

const NOT_ASCII = /[^\x00-\x7e]/;

/** Whether JSON text needs no `\u` escape to be ASCII-only (a regular expression scans much faster than a charCodeAt loop that runs once). */
export function isAscii(s: string): boolean {
  return !NOT_ASCII.test(s);
}
