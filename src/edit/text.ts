/** A 1-based line and column (columns count UTF-16 code units, as the findings' columns do). */
export interface LineCol {
  line: number;
  column: number;
}

/** One change to a plan file's text: the characters from `start` to `end` (offsets) become `newText`. */
export interface TextEdit {
  /** Relative to the plan root, `/`-separated. */
  file: string;
  start: number;
  end: number;
  newText: string;
  /** The same span as line and column (end exclusive), for editors. */
  range: { start: LineCol; end: LineCol };
}

/** Offsets of the line starts of a text, read from the text itself (the parser's own count drifts on broken input). */
export class Lines {
  private readonly starts: number[] = [0];
  constructor(readonly text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  get count(): number {
    return this.starts.length;
  }

  /** Offset of a 1-based line and column, or undefined when the position is not in the text. */
  offset(line: number, column: number): number | undefined {
    const start = this.starts[line - 1];
    if (start === undefined || column < 1) return undefined;
    const o = start + column - 1;
    return o <= this.lineEnd(line) ? o : undefined;
  }

  lineStart(line: number): number {
    return this.starts[line - 1] ?? this.text.length;
  }

  /** Offset of the end of a line's content (before `\r\n` or `\n`). */
  lineEnd(line: number): number {
    const next = this.starts[line];
    if (next === undefined) return this.text.length;
    return this.text[next - 2] === '\r' ? next - 2 : next - 1;
  }

  lineText(line: number): string {
    return this.text.slice(this.lineStart(line), this.lineEnd(line));
  }

  position(offset: number): LineCol {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo]! + 1 };
  }

  edit(file: string, start: number, end: number, newText: string): TextEdit {
    return { file, start, end, newText, range: { start: this.position(start), end: this.position(end) } };
  }
}

/**
 * Apply edits to one text, all at once: offsets refer to the text as given.
 * An edit overlapping one already taken (in order of start) is left out;
 * returns the new text and the edits applied.
 */
export function applyEdits<E extends Pick<TextEdit, 'start' | 'end' | 'newText'>>(text: string, edits: readonly E[]): { text: string; applied: E[] } {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const applied: E[] = [];
  let out = '';
  let from = 0;
  for (const e of sorted) {
    if (e.start < from || e.end < e.start || e.end > text.length) continue;
    // Two insertions at one place would be ordered by chance: the second waits for another pass.
    if (applied.length && e.start === from && applied[applied.length - 1]!.end === from && e.start === e.end) continue;
    out += text.slice(from, e.start) + e.newText;
    from = e.end;
    applied.push(e);
  }
  return { text: out + text.slice(from), applied };
}

/** Whether two sets of edits touch the same characters of the same file (insertions at one place count as touching). */
export function editsOverlap(a: readonly TextEdit[], b: readonly TextEdit[]): boolean {
  for (const x of a) {
    for (const y of b) {
      if (x.file !== y.file) continue;
      if (x.start < y.end && y.start < x.end) return true;
      if (x.start === y.start || x.end === y.end || x.start === y.end || x.end === y.start) return true;
    }
  }
  return false;
}
