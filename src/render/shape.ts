/**
 * Shape descriptors: a tiny schema language for the data each template
 * receives. One descriptor per document is the single source of truth:
 * - the TypeScript type of the data is inferred from it (`Infer<S>`), so the
 *   builders in `data.ts` cannot drift from it;
 * - `mplan render --check` walks templates against it (`check.ts`);
 * - `docs/render.md` describes it; `describeShape` prints it.
 */

export type Shape =
  | { t: 'string'; doc?: string }
  | { t: 'number'; doc?: string }
  | { t: 'boolean'; doc?: string }
  | { t: 'enum'; values: readonly string[]; doc?: string }
  | { t: 'object'; fields: Record<string, Shape>; doc?: string; title?: string }
  | { t: 'array'; of: Shape; doc?: string }
  | { t: 'nullable'; of: Shape; doc?: string };

type StrS = { t: 'string' };
type NumS = { t: 'number' };
type BoolS = { t: 'boolean' };
type EnumS<V extends readonly string[]> = { t: 'enum'; values: V };
type ObjS<F> = { t: 'object'; fields: F };
type ArrS<E> = { t: 'array'; of: E };
type NulS<E> = { t: 'nullable'; of: E };

/** The TypeScript type of data that has this shape. */
export type Infer<S> = S extends NulS<infer E>
  ? Infer<E> | null
  : S extends ArrS<infer E>
    ? Array<Infer<E>>
    : S extends ObjS<infer F>
      ? { [K in keyof F]: Infer<F[K]> }
      : S extends EnumS<infer V>
        ? V[number]
        : S extends StrS
          ? string
          : S extends NumS
            ? number
            : S extends BoolS
              ? boolean
              : never;

export const S = {
  str: (doc?: string) => ({ t: 'string', doc }) as { t: 'string'; doc?: string },
  num: (doc?: string) => ({ t: 'number', doc }) as { t: 'number'; doc?: string },
  bool: (doc?: string) => ({ t: 'boolean', doc }) as { t: 'boolean'; doc?: string },
  enum: <const V extends readonly string[]>(values: V, doc?: string) => ({ t: 'enum', values, doc }) as { t: 'enum'; values: V; doc?: string },
  obj: <F extends Record<string, Shape>>(fields: F, doc?: string, title?: string) =>
    ({ t: 'object', fields, doc, title }) as { t: 'object'; fields: F; doc?: string; title?: string },
  arr: <E extends Shape>(of: E, doc?: string) => ({ t: 'array', of, doc }) as { t: 'array'; of: E; doc?: string },
  /** The field is always present; its value may be `null` (the plan does not say). */
  opt: <E extends Shape>(of: E, doc?: string) => ({ t: 'nullable', of, doc }) as { t: 'nullable'; of: E; doc?: string },
};

/** Strip `nullable` wrappers. */
export function unwrap(s: Shape): Shape {
  return s.t === 'nullable' ? unwrap(s.of) : s;
}

/**
 * Where `value` does not have `shape`: a list of `path: problem` strings
 * (empty when it conforms). Used by tests to prove the builders produce
 * exactly the documented data: no missing and no extra keys.
 */
export function conformance(shape: Shape, value: unknown, path = '$'): string[] {
  switch (shape.t) {
    case 'nullable':
      return value === null ? [] : conformance(shape.of, value, path);
    case 'string':
      return typeof value === 'string' ? [] : [`${path}: expected text, got ${JSON.stringify(value)}`];
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? [] : [`${path}: expected a number, got ${JSON.stringify(value)}`];
    case 'boolean':
      return typeof value === 'boolean' ? [] : [`${path}: expected true/false, got ${JSON.stringify(value)}`];
    case 'enum':
      return typeof value === 'string' && shape.values.includes(value) ? [] : [`${path}: expected one of ${shape.values.join('|')}, got ${JSON.stringify(value)}`];
    case 'array':
      if (!Array.isArray(value)) return [`${path}: expected a list`];
      return value.flatMap((v, i) => conformance(shape.of, v, `${path}[${i}]`));
    case 'object': {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return [`${path}: expected an object`];
      const out: string[] = [];
      for (const k of Object.keys(shape.fields)) {
        if (!Object.prototype.hasOwnProperty.call(value, k)) out.push(`${path}.${k}: missing`);
        else out.push(...conformance(shape.fields[k]!, (value as Record<string, unknown>)[k], `${path}.${k}`));
      }
      for (const k of Object.keys(value)) if (!(k in shape.fields)) out.push(`${path}.${k}: not in the shape`);
      return out;
    }
  }
}

/**
 * A readable outline of a shape (for docs/render.md). A titled object is
 * spelled out the first time and referred to by its title afterwards.
 */
export function describeShape(shape: Shape, indent = '', seen: Set<string> = new Set()): string {
  const s = unwrap(shape);
  const nul = shape.t === 'nullable' ? ' or null' : '';
  const doc = shape.doc ?? s.doc;
  const note = doc ? `  — ${doc}` : '';
  switch (s.t) {
    case 'object': {
      const title = s.title ? `${s.title} ` : '';
      if (s.title && seen.has(s.title)) return `${s.title}${nul}${note}`;
      if (s.title) seen.add(s.title);
      return `${title}object${nul}${note}\n${Object.entries(s.fields)
        .map(([k, v]) => `${indent}  ${k}: ${describeShape(v, `${indent}  `, seen)}`)
        .join('\n')}`;
    }
    case 'array':
      return `list${nul} of ${describeShape(s.of, indent, seen)}${s.of.t === 'object' ? '' : note}`;
    case 'enum':
      return `${s.values.join(' | ')}${nul}${note}`;
    default:
      return `${s.t === 'string' ? 'text' : s.t}${nul}${note}`;
  }
}
