import type { LineCounter } from 'yaml';
import type { Positions } from './positions.js';
import type { Diagnostic, Location } from '../diagnostics/types.js';

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
   * document a memo restored (./memo.ts), the file may be parsed again on
   * first access.
   */
  positions?: Positions;
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
   * Whether the text holds `mplan-disable`, when known without the text (a
   * file whose text was not kept, or was restored by a memo unread).
   */
  hasDisable?: boolean;
  /** What the load's memo knows and learns about this file (./memo.ts); none without a memo. */
  memo?: FileMemo;
}

/** A document's schema findings (src/validate/), as a FileMemo remembers them. */
export interface SchemaResult {
  valid: boolean;
  diagnostics: Diagnostic[];
}

/**
 * What a memo knows about one file, and learns from the stages after the
 * loader (`SourceFile.memo`). Validate asks it for a document's schema
 * findings before checking the document and tells it this run's; locating a
 * finding (src/model/locate.ts) asks it for a remembered location first.
 * Keys of locations are made by `locationKey` (./location-key.ts).
 * Made by a load's memo (./memo.ts).
 */
export interface FileMemo {
  /** The schema findings of a document whose content is unchanged since they were found; undefined: validate it. */
  schema(doc: ParsedDoc): SchemaResult | undefined;
  /** This run's schema findings for a document. */
  validated(doc: ParsedDoc, result: SchemaResult): void;
  /** A location looked up before in this file, by key; undefined: locate it. */
  location(key: string): Location | undefined;
  /** A location looked up this run. */
  located(key: string, location: Location): void;
}
