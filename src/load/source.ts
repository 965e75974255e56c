import type { Document, LineCounter, Node } from 'yaml';

/** One YAML document inside a plan file, parsed once, with its source ranges. */
export interface ParsedDoc {
  /** 0-based position of the document in its file. */
  index: number;
  doc: Document;
  /** The document's root node (a map, for a usable plan document). */
  contents: Node | null;
  /** Plain JS value of the document, or undefined when it could not be converted. */
  value: unknown;
  /** False when YAML errors make the document unusable. */
  ok: boolean;
}

/** A plan file as read from disk: its text, line index and documents. */
export interface SourceFile {
  /** Relative to the plan root, `/`-separated. */
  path: string;
  abs: string;
  text: string;
  lineCounter: LineCounter;
  docs: ParsedDoc[];
}
