import { readSchemas, schemaFileFor } from '../validate/schemas.js';
import { isKind } from '../model/kinds.js';

type Schema = Record<string, unknown>;

let files: Map<string, Schema> | undefined;

function schemaFiles(): Map<string, Schema> {
  if (!files) files = new Map(readSchemas().map(({ file, schema }) => [file, schema]));
  return files;
}

/** Follow `$ref`s (`defs.schema.json#/definitions/x`, `#/definitions/x`) to the schema they name. */
function deref(s: Schema | undefined, file: string): { s: Schema | undefined; file: string } {
  let cur = s;
  let f = file;
  for (let guard = 0; cur && typeof cur.$ref === 'string' && guard < 10; guard++) {
    const m = /^([^#]*)#\/definitions\/([A-Za-z0-9_]+)$/.exec(cur.$ref);
    if (!m) return { s: undefined, file: f };
    if (m[1]) f = m[1];
    const defs = schemaFiles().get(f)?.definitions as Record<string, Schema> | undefined;
    cur = defs?.[m[2]!];
  }
  return { s: cur, file: f };
}

/** The schemas a value may match (the branches of anyOf/oneOf, lists looked through). */
function branches(s: Schema | undefined, file: string, out: Array<{ s: Schema; file: string }> = []): Array<{ s: Schema; file: string }> {
  const d = deref(s, file);
  if (!d.s) return out;
  const list = (d.s.anyOf ?? d.s.oneOf) as Schema[] | undefined;
  if (Array.isArray(list)) {
    for (const b of list) branches(b, d.file, out);
    return out;
  }
  if (d.s.type === 'array' && d.s.items && typeof d.s.items === 'object') return branches(d.s.items as Schema, d.file, out);
  out.push({ s: d.s, file: d.file });
  return out;
}

function kindSchema(kind: string): { s: Schema; file: string } | undefined {
  if (kind === 'Stage') {
    const j = schemaFiles().get('journey.schema.json');
    const stages = (j?.properties as Record<string, Schema> | undefined)?.stages;
    const item = stages && (stages.items as Schema | undefined);
    return item ? { s: item, file: 'journey.schema.json' } : undefined;
  }
  if (!isKind(kind)) return undefined;
  const file = schemaFileFor(kind);
  const s = schemaFiles().get(file);
  return s ? { s, file } : undefined;
}

/**
 * Check a field path against the kind's JSON Schema. Returns the unknown
 * segment and the fields that would be valid there, or undefined when the
 * path is fine (or the schema cannot tell: maps and `x-` keys accept any key).
 */
export function unknownField(kind: string, field: string): { segment: string; known: string[] } | undefined {
  const root = kindSchema(kind);
  if (!root) return undefined;
  let here = [root];
  for (const raw of field.split('.')) {
    const seg = raw.endsWith('[]') ? raw.slice(0, -2) : raw;
    if (seg.startsWith('x-')) return undefined;
    const next: Array<{ s: Schema; file: string }> = [];
    const known = new Set<string>();
    let open = false;
    for (const h of here) {
      for (const b of branches(h.s, h.file)) {
        const props = b.s.properties as Record<string, Schema> | undefined;
        if (props) {
          for (const k of Object.keys(props)) known.add(k);
          if (props[seg]) next.push({ s: props[seg]!, file: b.file });
        }
        if (b.s.additionalProperties !== undefined && b.s.additionalProperties !== false) open = true;
      }
    }
    if (open) return undefined;
    if (!next.length) return known.size ? { segment: seg, known: [...known] } : undefined;
    here = next;
  }
  return undefined;
}
