import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import _Ajv from 'ajv';
import type { Ajv as AjvInstance, Options, ValidateFunction } from 'ajv';
import type { Kind } from '../model/kinds.js';
import { addMplanFormats } from './formats.js';

// ajv is CommonJS: under NodeNext the default export may arrive wrapped.
const Ajv = ((_Ajv as unknown as { default?: unknown }).default ?? _Ajv) as unknown as new (o: Options) => AjvInstance;

/** The folder holding the JSON Schemas shipped with mplan (`schemas/` at the package root). */
export const SCHEMA_DIR = fileURLToPath(new URL('../../schemas/', import.meta.url));
export const SCHEMA_BASE = 'https://mplan.dev/schemas/v1/';

export function schemaFileFor(kind: Kind): string {
  return `${kind.toLowerCase()}.schema.json`;
}

let cache: Map<Kind, ValidateFunction> | undefined;

/** Every schema file in `schemas/`, parsed. */
export function readSchemas(): Array<{ file: string; schema: Record<string, unknown> }> {
  return readdirSync(SCHEMA_DIR)
    .filter((f) => f.endsWith('.schema.json'))
    .sort()
    .map((file) => ({ file, schema: JSON.parse(readFileSync(SCHEMA_DIR + file, 'utf8')) as Record<string, unknown> }));
}

/** One validator per kind, compiled once per process with strict mode on. */
export function validators(): Map<Kind, ValidateFunction> {
  if (cache) return cache;
  const ajv = new Ajv({ strict: true, allErrors: true, allowUnionTypes: true, verbose: true });
  addMplanFormats(ajv);
  for (const { schema } of readSchemas()) ajv.addSchema(schema);
  cache = new Map();
  for (const kind of ['Plan', 'Goal', 'Challenge', 'Persona', 'Journey', 'KPI', 'Initiative', 'Role', 'Tool', 'RFP'] as Kind[]) {
    const v = ajv.getSchema(SCHEMA_BASE + schemaFileFor(kind));
    if (!v) throw new Error(`schema for ${kind} is missing from ${SCHEMA_DIR}`);
    cache.set(kind, v);
  }
  return cache;
}
