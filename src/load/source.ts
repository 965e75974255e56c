import type { LineCounter } from 'yaml';
import type { Positions } from './positions.js';
import type { Diagnostic, Location } from '../diagnostics/types.js';

/** A document's schema findings, as `mplan lint --cache` keeps them (src/cache/). */
export interface SchemaResult {
  valid: boolean;
  diagnostics: Diagnostic[];
}

/** One YAML document inside a plan file, parsed once; its YAML nodes are not kept. */
export interface ParsedDoc {
  /** 0-based position of the document in its file. */
  index: number;
  /**
   * Plain JS value of the document, or undefined when it could not be
   * converted. With `ok` false: what the parser could still read of a map
   * document with YAML errors (partial), if anything.
   */
  value: unknown;
  /** False when YAML errors make the document unusable (its `value`, if any, is partial). */
  ok: boolean;
  /** The document's root is a map (the only shape that can be an entity). */
  rootIsMap: boolean;
  /** Offset just past the document, trailing comments included (how far `# mplan-disable` reaches). */
  end: number;
  /**
   * Where each node of a usable document sits (src/load/positions.ts). On a
   * document restored by --cache (src/cache/), the file is parsed again on
   * first access.
   */
  positions?: Positions;
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
  /** Line starts of `text`, built on first use (only files with findings need one). */
  readonly lineCounter: LineCounter;
  docs: ParsedDoc[];
  /**
   * --cache only: line:column lookups made in this file (restored from the
   * cache, plus those made this run), by `locationKey()` of src/cache/, so an
   * unchanged file need not be parsed again to locate a finding.
   */
  locations?: Map<string, Location>;
  /**
   * --cache only: whether the text holds `mplan-disable` (known without
   * reading a file the cache restored unread).
   */
  hasDisable?: boolean;
}
