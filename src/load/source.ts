import type { Document, LineCounter, Node } from 'yaml';
import type { Diagnostic, Location } from '../diagnostics/types.js';

/** A document's schema findings, as `mplan lint --cache` keeps them (src/cache/). */
export interface SchemaResult {
  valid: boolean;
  diagnostics: Diagnostic[];
}

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
  /**
   * --cache only (src/cache/): set on a document restored from the cache,
   * whose `doc` and `contents` are parsed on first access. Tells whether its
   * root is a map without parsing it.
   */
  rootIsMap?: boolean;
  /** --cache only: the schema findings of an unchanged document, reused instead of validating it again. */
  cachedSchema?: SchemaResult;
  /** --cache only: this run's schema findings, to be saved. */
  schemaResult?: SchemaResult;
}

/** A plan file as read from disk: its text, line index and documents. */
export interface SourceFile {
  /** Relative to the plan root, `/`-separated. */
  path: string;
  abs: string;
  text: string;
  lineCounter: LineCounter;
  docs: ParsedDoc[];
  /**
   * --cache only: line:column lookups made in this file (restored from the
   * cache, plus those made this run), by `locationKey()` of src/cache/, so an
   * unchanged file need not be parsed again to locate a finding.
   */
  locations?: Map<string, Location>;
}
