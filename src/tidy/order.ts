import { readSchemas } from '../validate/schemas.js';

/** A key order for a map, and the orders of the maps nested under each key. */
export interface KeyOrder {
  keys: string[];
  children: Map<string, KeyOrder>;
  /** Order for the maps inside a list value (for `stages: [...]`, `touchpoints: [...]`). */
  items?: KeyOrder;
}

type Schema = Record<string, unknown>;

/**
 * Key orders per kind, read from the schemas (`properties` in the order the
 * schema lists them), following `$ref`s into the shared definitions.
 */
export function keyOrders(): Map<string, KeyOrder> {
  const files = new Map(readSchemas().map(({ file, schema }) => [file, schema]));
  const resolve = (s: Schema | undefined, seen = 0): Schema | undefined => {
    if (!s || seen > 10) return s;
    const ref = s.$ref;
    if (typeof ref !== 'string') return s;
    const [file, pointer] = ref.split('#');
    let target: unknown = file ? files.get(file) : undefined;
    for (const part of (pointer ?? '').split('/').filter(Boolean)) target = (target as Schema | undefined)?.[part];
    return resolve(target as Schema | undefined, seen + 1);
  };
  const build = (raw: Schema | undefined, depth: number): KeyOrder | undefined => {
    const s = resolve(raw);
    if (!s || depth > 8) return undefined;
    const branches = [s, ...(((s.anyOf ?? s.oneOf) as Schema[] | undefined) ?? []).map((b) => resolve(b) ?? {})];
    for (const b of branches) {
      const props = b.properties as Record<string, Schema> | undefined;
      if (props) {
        const order: KeyOrder = { keys: Object.keys(props), children: new Map() };
        for (const [k, v] of Object.entries(props)) {
          const child = build(v, depth + 1);
          if (child) order.children.set(k, child);
        }
        return order;
      }
      if (b.items && typeof b.items === 'object') {
        const item = build(b.items as Schema, depth + 1);
        if (item) return { keys: [], children: new Map(), items: item };
      }
    }
    return undefined;
  };
  const out = new Map<string, KeyOrder>();
  for (const [file, schema] of files) {
    const kind = ((schema.properties as Record<string, Schema> | undefined)?.kind?.const as string | undefined) ?? undefined;
    if (!kind || file === 'mplan.schema.json') continue;
    const order = build(schema, 0);
    if (order) out.set(kind, order);
  }
  return out;
}
