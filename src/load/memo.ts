import type { Stats } from 'node:fs';
import type { Diagnostic } from '../diagnostics/types.js';
import type { FileMemo, SourceFile } from './source.js';
import type { WalkMemo } from './walk.js';

export type { FileMemo, SchemaResult } from './source.js';
export type { WalkMemo } from './walk.js';

/**
 * The loader's memo: the one way anything outside the loader changes how a
 * plan is read. The loader owns this interface; others implement it and the
 * application layer (src/app/) hands one to `loadPlan`:
 *
 * - `mplan lint --cache` (src/cache/) remembers, between runs, what each
 *   unchanged file held, so it is neither parsed nor validated again;
 * - an editor (the language server) gives the text of open buffers, which
 *   overrides the file on disk (`text`), and what it parsed before for
 *   buffers that did not change (`known`).
 *
 * For each plan file, the loader asks in this order and stops at the first
 * answer:
 *
 * 1. `known(rel, abs)`: the file as read before, without reading it (the
 *    cache: its size, times and inode are unchanged).
 * 2. `text(rel, abs)`: the file's text comes from here, not the disk (an
 *    unsaved editor buffer). It is parsed, and its text is kept on the
 *    SourceFile: it is never read again from disk.
 * 3. The loader reads the bytes from disk, then asks `sameBytes(rel, abs,
 *    bytes, stat)`: a file parsed earlier from these very bytes.
 * 4. Otherwise it parses the file and reports what it made of it with
 *    `parsed(rel, result)`; the FileMemo returned, if any, is attached to the
 *    file (`SourceFile.memo`), so later stages can ask it what an earlier run
 *    knew about this file and tell it what this run learnt.
 *
 * The walk asks `walk(ignore)` for remembered folder listings. A memo
 * answers only what it knows; a method left out is a question never asked,
 * and no memo at all reads everything from disk. The loader never asks a
 * memo to save or release anything: whoever made the memo decides that
 * once the run is over (`PlanCache.save()` after the rules ran).
 */
export interface LoadMemo {
  /** Folder listings remembered for these ignore globs (src/load/walk.ts). */
  walk?(ignore: readonly string[]): WalkMemo | undefined;
  /** A file as read before, given without reading it from disk; undefined: go on. */
  known?(rel: string, abs: string): ReadResult | undefined;
  /** The file's text from somewhere other than the disk (it overrides the disk); undefined: read the disk. */
  text?(rel: string, abs: string): string | undefined;
  /** A file read earlier from exactly these bytes; undefined: parse them. */
  sameBytes?(rel: string, abs: string, bytes: Buffer, stat: Stats): ReadResult | undefined;
  /** What the loader made of a file it parsed; returns what to attach as the file's memo. */
  parsed?(rel: string, result: ReadResult): FileMemo | undefined;
  /**
   * Files parsed from disk keep their text. Without it the text of a file read
   * the fast way is dropped (its values are copies) and read again from disk
   * only where something must be located in it.
   */
  readonly keepText?: boolean;
}

/** What reading one plan file gave: the file (if it could be read), and its problems. */
export interface ReadResult {
  file?: SourceFile;
  diagnostics: Diagnostic[];
}
