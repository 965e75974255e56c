import { locationKey } from '../load/location-key.js';
import type { Location } from '../diagnostics/types.js';
import type { Span } from '../load/positions.js';
import type { ParsedDoc, SourceFile } from '../load/source.js';
import type { Path } from './types.js';

export function rangeLocation(file: SourceFile, start: number, end: number): Location {
  const s = file.lineCounter.linePos(start);
  const e = file.lineCounter.linePos(Math.max(start, end));
  return { file: file.path, line: s.line, column: s.col, endLine: e.line, endColumn: e.col };
}

/** The location of a span (a node without a range points at the top of the file). */
export function spanLocation(file: SourceFile, span: Span): Location {
  if (!span) return { file: file.path, line: 1, column: 1 };
  return rangeLocation(file, span[0], span[1]);
}

/**
 * Where to point for a path inside a document: the value (default) or its
 * key. When the path does not exist, the deepest existing node on it (so a
 * missing field points at the block that should hold it). Read from the
 * document's position index (src/load/positions.ts): the YAML nodes are
 * long gone.
 */
export function locatePath(file: SourceFile, doc: ParsedDoc, path: Path, at: 'value' | 'key' = 'value'): Location {
  const positions = doc.positions;
  if (!positions) return { file: file.path, line: 1, column: 1 };
  return spanLocation(file, positions.locate(path, at));
}

/**
 * locatePath, asked of the file's memo first (src/load/memo.ts; under
 * --cache, locations earlier runs looked up), so an unchanged file restored
 * from the cache is not parsed again just to locate a finding.
 */
export function locateIn(file: SourceFile, doc: ParsedDoc, path: Path, at: 'value' | 'key' = 'value'): Location {
  const memo = file.memo;
  if (!memo) return locatePath(file, doc, path, at);
  const key = locationKey(doc.index, path, at);
  const hit = memo.location(key);
  if (hit) return { ...hit };
  const loc = locatePath(file, doc, path, at);
  memo.located(key, { ...loc });
  return loc;
}
