import { isKind } from '../model/kinds.js';
import type { TargetKind } from '../model/kinds.js';
import { REFERENCE_FIELDS } from '../model/refs.js';
import { readSchemas, schemaFileFor } from '../validate/schemas.js';

/**
 * Where the cursor is in a plan file, read from the text itself (a buffer
 * being typed is often not valid YAML yet): the document's kind, the keys
 * leading to the cursor (list items looked through), and whether the cursor
 * is on a key or on a value.
 */
export interface CursorContext {
  kind?: string;
  /** Keys from the document's root to the key being written or whose value is being written. */
  keys: string[];
  on: 'key' | 'value';
  /** What is typed so far of the key or value, and where it starts (offset in the text). */
  prefix: string;
  start: number;
}

const KEY_LINE = /^( *)((?:- +)*)([A-Za-z_][\w-]*) *:(?: |$)/;

interface LineKey {
  key: string;
  keyIndent: number;
  dashIndent: number;
  hasDash: boolean;
  /** The line's value after `key:` is empty (a block follows). */
  opens: boolean;
}

function lineKey(line: string): LineKey | undefined {
  const m = KEY_LINE.exec(line);
  if (!m) return undefined;
  const rest = line.slice(m[0].length).replace(/#.*$/, '').trim();
  return { key: m[3]!, keyIndent: m[1]!.length + m[2]!.length, dashIndent: m[1]!.length, hasDash: m[2]!.length > 0, opens: rest === '' };
}

/** Keys of the blocks enclosing a line whose content starts at `indent` (nearest last). */
function parentKeys(lines: string[], from: number, top: number, indent: number): string[] {
  const keys: string[] = [];
  let t = indent;
  for (let k = from; k >= top && t > 0; k--) {
    const line = lines[k]!;
    if (!line.trim() || /^\s*#/.test(line)) continue;
    const lk = lineKey(line);
    if (lk) {
      if (lk.keyIndent < t) {
        keys.push(lk.key);
        t = lk.keyIndent;
      } else if (lk.hasDash && lk.dashIndent < t) {
        t = lk.dashIndent; // an item of a list: its parent key is at this indent or less
        for (let j = k - 1; j >= top; j--) {
          const pk = lineKey(lines[j]!);
          if (pk && pk.keyIndent <= t && pk.opens) {
            keys.push(pk.key);
            t = pk.keyIndent;
            k = j;
            break;
          }
        }
      }
      continue;
    }
    const dash = /^( *)- /.exec(line);
    if (dash && dash[1]!.length < t) t = dash[1]!.length;
  }
  return keys.reverse();
}

export function cursorContext(text: string, offset: number): CursorContext {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lines = text.split('\n');
  let L = 0;
  for (let i = 0, at = 0; i < lines.length; i++) {
    if (at === lineStart) {
      L = i;
      break;
    }
    at += lines[i]!.length + 1;
  }
  let top = L;
  while (top > 0 && !/^---/.test(lines[top - 1]!)) top--;
  let bottom = L;
  while (bottom < lines.length - 1 && !/^---/.test(lines[bottom + 1]!)) bottom++;
  let kind: string | undefined;
  for (let i = top; i <= bottom; i++) {
    const m = /^kind: *['"]?([A-Za-z]+)/.exec(lines[i]!);
    if (m) kind = m[1];
  }
  const line = lines[L] ?? '';
  const before = line.slice(0, offset - lineStart);
  // `key: [a, b, pa|` or `key: pa|`
  const keyed = KEY_LINE.exec(before);
  if (keyed && before.length >= keyed[0].length) {
    const indent = keyed[1]!.length + keyed[2]!.length;
    const valueText = before.slice(keyed[0].length);
    const flowAt = Math.max(valueText.lastIndexOf('['), valueText.lastIndexOf(','));
    const prefixRaw = flowAt >= 0 ? valueText.slice(flowAt + 1) : valueText;
    const prefix = prefixRaw.trimStart().replace(/^['"]/, '');
    return { kind, keys: [...parentKeys(lines, L - 1, top, indent), keyed[3]!], on: 'value', prefix, start: offset - prefix.length };
  }
  // `  - pa|`: an item of a list of values
  const item = /^( *)((?:- +)+)([^\s:#]*)$/.exec(before);
  if (item && !/:/.test(item[3]!)) {
    const dashIndent = item[1]!.length;
    for (let j = L - 1; j >= top; j--) {
      const pk = lineKey(lines[j]!);
      if (pk && pk.keyIndent <= dashIndent && pk.opens) {
        const prefix = item[3]!.replace(/^['"]/, '');
        const asKey = { kind, keys: [...parentKeys(lines, L - 1, top, item[1]!.length + item[2]!.length), prefix], on: 'key' as const, prefix, start: offset - prefix.length };
        // `- ` under a list of maps starts a key; under a list of values, a value.
        return pk.keyIndent < dashIndent || !isMapList(kind, [...parentKeys(lines, j - 1, top, pk.keyIndent), pk.key])
          ? { kind, keys: [...parentKeys(lines, j - 1, top, pk.keyIndent), pk.key], on: 'value', prefix, start: offset - prefix.length }
          : asKey;
      }
    }
  }
  const bare = /^( *)((?:- +)*)([A-Za-z_][\w-]*)?$/.exec(before);
  const prefix = bare?.[3] ?? '';
  const indent = bare ? bare[1]!.length + bare[2]!.length : before.length;
  return { kind, keys: [...parentKeys(lines, L - 1, top, indent), prefix], on: 'key', prefix, start: offset - prefix.length };
}

/** The kind a reference field expects, for a kind's field written as keys (list items looked through). */
export function referenceTarget(kind: string | undefined, keys: readonly string[]): TargetKind | undefined {
  if (!kind) return undefined;
  const path = keys.join('.');
  return REFERENCE_FIELDS.find((f) => f.kind === kind && f.path.replace(/\[\]/g, '') === path)?.target;
}

type Schema = Record<string, unknown>;
let files: Map<string, Schema> | undefined;

function schemaFiles(): Map<string, Schema> {
  return (files ??= new Map(readSchemas().map(({ file, schema }) => [file, schema])));
}

/** The schemas a value at this point may match: `$ref`s followed, `anyOf`/`oneOf` branches and list items opened. */
function expand(s: Schema | undefined, file: string, out: Array<[Schema, string]> = [], depth = 0): Array<[Schema, string]> {
  if (!s || depth > 12) return out;
  if (typeof s.$ref === 'string') {
    const m = /^([^#]*)#\/definitions\/([A-Za-z0-9_]+)$/.exec(s.$ref);
    if (!m) return out;
    const f = m[1] || file;
    const defs = schemaFiles().get(f)?.definitions as Record<string, Schema> | undefined;
    return expand(defs?.[m[2]!], f, out, depth + 1);
  }
  const list = (s.anyOf ?? s.oneOf) as Schema[] | undefined;
  if (Array.isArray(list)) {
    for (const b of list) expand(b, file, out, depth + 1);
    return out;
  }
  if (s.items && typeof s.items === 'object') expand(s.items as Schema, file, out, depth + 1);
  out.push([s, file]);
  return out;
}

/** The schema (with its file) of the kind's field at `keys`; `keys` empty: the kind's own. */
function schemasAt(kind: string | undefined, keys: readonly string[]): Array<[Schema, string]> {
  if (!kind || !isKind(kind)) return [];
  const file = schemaFileFor(kind);
  let here = expand(schemaFiles().get(file), file);
  for (const key of keys) {
    const next: Array<[Schema, string]> = [];
    for (const [s, f] of here) {
      const p = (s.properties as Record<string, Schema> | undefined)?.[key];
      if (p) expand(p, f, next);
    }
    here = next;
  }
  return here;
}

/** The description of a kind's field (from the JSON Schema), when it has one. */
export function fieldDescription(kind: string | undefined, keys: readonly string[]): { title?: string; description: string } | undefined {
  if (!keys.length) return undefined;
  const parent = schemasAt(kind, keys.slice(0, -1));
  for (const [s] of parent) {
    const p = (s.properties as Record<string, Schema> | undefined)?.[keys[keys.length - 1]!];
    if (p && typeof p.description === 'string') return { title: typeof p.title === 'string' ? p.title : undefined, description: p.description };
  }
  return undefined;
}

/** The keys a map at `keys` may hold, with their descriptions. */
export function fieldsAt(kind: string | undefined, keys: readonly string[]): Array<{ key: string; description?: string }> {
  const out = new Map<string, string | undefined>();
  for (const [s] of schemasAt(kind, keys)) {
    for (const [k, p] of Object.entries((s.properties as Record<string, Schema> | undefined) ?? {})) {
      if (!out.has(k)) out.set(k, typeof p.description === 'string' ? p.description : undefined);
    }
  }
  return [...out].map(([key, description]) => ({ key, description }));
}

/** The values a field at `keys` allows, when the schema lists them. */
export function enumAt(kind: string | undefined, keys: readonly string[]): string[] {
  const out = new Set<string>();
  for (const [s] of schemasAt(kind, keys)) {
    if (Array.isArray(s.enum)) for (const v of s.enum) out.add(String(v));
    if (s.const !== undefined && typeof s.const !== 'object') out.add(String(s.const));
  }
  return [...out];
}

/** A field holding a list of maps (`- ` there starts a map's first key). */
function isMapList(kind: string | undefined, keys: readonly string[]): boolean {
  return schemasAt(kind, keys).some(([s]) => s.type === 'object' || s.properties !== undefined);
}
