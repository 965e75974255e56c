import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Diagnostic, MessageData } from '../diagnostics/types.js';
import { locateIn } from '../model/locate.js';
import type { PlanModel } from '../model/model.js';
import type { Entity } from '../model/types.js';
import { didYouMean } from '../util/suggest.js';
import { loadValidators } from './schemas.js';
import { pushAll } from '../util/array.js';

/** `/stages/0/owner` → `['stages', 0, 'owner']` */
function pointerToPath(pointer: string): (string | number)[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function label(path: (string | number)[]): string {
  let s = '';
  for (const p of path) s += typeof p === 'number' ? `[${p}]` : s ? `.${p}` : p;
  return s;
}

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

function show(v: unknown): string {
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return s === undefined ? String(v) : s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

function where(e: Entity, path: (string | number)[]): string {
  const base = `${e.kind} \`${e.id}\``;
  return path.length ? `${base} (${label(path)})` : base;
}

/** Drop errors that only restate others: `if` wrappers, and branch noise under a failed anyOf/oneOf. */
function prune(errors: ErrorObject[]): ErrorObject[] {
  const unions = errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf');
  return errors.filter((e) => {
    if (e.keyword === 'if') return false;
    for (const u of unions) {
      if (e !== u && e.schemaPath.startsWith(u.schemaPath.replace(/\/(anyOf|oneOf)$/, '/')) && e.schemaPath.includes(`/${u.keyword}/`)) {
        return false;
      }
    }
    return true;
  });
}

/** Types a failed anyOf/oneOf would have accepted, read from its branches. */
function unionTypes(u: ErrorObject, all: ErrorObject[]): string {
  const types = new Set<string>();
  const prefix = u.schemaPath.replace(/(anyOf|oneOf)$/, '');
  for (const e of all) {
    if (e.keyword === 'type' && e.schemaPath.startsWith(prefix) && e.instancePath === u.instancePath) {
      for (const t of String((e.params as { type: string }).type).split(',')) types.add(t);
    }
  }
  return [...types].join(',') || 'object';
}

/**
 * validate: check every entity against its kind's JSON Schema and turn each
 * ajv error into a located diagnostic with plain words and a fix hint.
 */
export async function validateModel(model: PlanModel): Promise<Diagnostic[]> {
  const out: Diagnostic[] = [];
  const entities = model.entities;
  // Loaded on first need: a --cache run whose documents all kept their findings needs none.
  if (!vs && entities.some((e) => !e.doc.cachedSchema)) vs = await loadValidators();
  for (let i = 0; i < entities.length; i++) validateEntity(entities[i]!, out);
  return dedupe(out);
}

let vs: Map<string, ValidateFunction> | undefined;

/**
 * One entity (a small function, so V8 optimises it after a few calls rather
 * than compiling all of validateModel's loop on the fly); its findings, rare,
 * are made out of line.
 */
function validateEntity(e: Entity, out: Diagnostic[]): void {
  // --cache: an unchanged document's findings are reused (src/cache/); this run's are recorded.
  const cached = e.doc.cachedSchema;
  if (cached) {
    e.valid = cached.valid;
    pushAll(out, cached.diagnostics);
    return;
  }
  const v = vs!.get(e.kind)!;
  if (v(e.data)) {
    if (e.file.locations !== undefined) e.doc.schemaResult = { valid: true, diagnostics: [] };
    return;
  }
  invalid(e, v, out);
}

function invalid(e: Entity, v: ValidateFunction, out: Diagnostic[]): void {
  e.valid = false;
  const all = v.errors ?? [];
  const mine: Diagnostic[] = [];
  for (const err of prune(all)) {
    const d = toDiagnostic(e, err, all);
    if (d) mine.push(d);
  }
  pushAll(out, mine);
  if (e.file.locations !== undefined) e.doc.schemaResult = { valid: false, diagnostics: mine };
}

function dedupe(ds: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return ds.filter((d) => {
    const k = `${d.file}:${d.line}:${d.column}:${d.messageId}:${JSON.stringify(d.data)}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function toDiagnostic(e: Entity, err: ErrorObject, all: ErrorObject[]): Diagnostic | undefined {
  const path = pointerToPath(err.instancePath);
  // kind and id problems are reported by the model builder, in better words.
  if (path.length === 1 && (path[0] === 'id' || path[0] === 'kind')) return undefined;
  const field = label(path) || e.kind;
  const parent = err.parentSchema as Record<string, unknown> | undefined;
  const make = (messageId: string, data: MessageData, at = path, extra: Partial<Diagnostic> = {}, atKey = false): Diagnostic => ({
    ...locateIn(e.file, e.doc, at, atKey ? 'key' : 'value'),
    rule: messageId,
    severity: 'error',
    messageId,
    data,
    entity: e.id,
    ...extra,
  });
  const params = err.params as Record<string, unknown>;
  switch (err.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const allowed = Object.keys((parent?.properties as Record<string, unknown>) ?? {});
      const suggestion = didYouMean(key, allowed);
      return make('schema-unknown-key', { key, where: where(e, path) }, [...path, key], {
        hintId: suggestion ? 'hint-did-you-mean' : 'hint-allowed-keys',
        hintData: suggestion ? { suggestion } : { allowed: allowed.join(', ') },
      }, true);
    }
    case 'required': {
      const missing = String(params.missingProperty);
      if (path.length === 0 && missing === 'id') return undefined;
      const props = (parent?.properties as Record<string, { description?: string }>) ?? {};
      const description = props[missing]?.description ?? '';
      // Point at the block's first key: for a whole document, the `id` line.
      const at = path.length === 0 ? ['id'] : path;
      return make('schema-required', { where: where(e, path), field: missing }, at, {
        hintId: 'schema-required.hint',
        hintData: { field: missing, description },
      });
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const suggestion = didYouMean(String(err.data), allowed);
      return make('schema-enum', { field, value: show(err.data), allowed: allowed.join(', ') }, path, suggestion ? { hintId: 'hint-did-you-mean', hintData: { suggestion } } : {});
    }
    case 'const':
      return make('schema-const', { field, value: show(err.data), expected: show(params.allowedValue) });
    case 'type':
      return typeError(e, path, field, String(params.type), err.data, make);
    case 'anyOf':
    case 'oneOf':
      return typeError(e, path, field, unionTypes(err, all), err.data, make);
    case 'format': {
      const format = String(params.format);
      if (format === 'date') return make('schema-format-date', { field, value: show(err.data) }, path, { hintId: 'schema-format-date.hint' });
      if (format === 'currency') return make('schema-format-currency', { field, value: show(err.data) }, path, { hintId: 'schema-format-currency.hint' });
      return make('schema-format', { field, value: show(err.data), format });
    }
    case 'pattern':
      return make('schema-pattern', { field, value: show(err.data), description: String(parent?.description ?? '') });
    case 'minimum':
    case 'exclusiveMinimum':
      return make('schema-minimum', { field, value: show(err.data), limit: String(params.limit) });
    case 'maximum':
    case 'exclusiveMaximum':
      return make('schema-maximum', { field, value: show(err.data), limit: String(params.limit) });
    case 'minItems':
      return make('schema-min-items', { field, limit: String(params.limit) });
    case 'minLength':
    case 'minProperties':
      return make('schema-empty', { field });
    default:
      return make('schema-other', { field, detail: err.message ?? err.keyword });
  }
}

function typeError(
  e: Entity,
  path: (string | number)[],
  field: string,
  expected: string,
  data: unknown,
  make: (id: string, data: MessageData, at?: (string | number)[], extra?: Partial<Diagnostic>) => Diagnostic,
): Diagnostic {
  const found = typeOf(data);
  const extra: Partial<Diagnostic> = {};
  const wants = expected.split(',');
  const key = path[path.length - 1];
  const scalar = found !== 'array' && found !== 'object';
  // `name: 0755` or `name: true` where text is expected: the user meant the text.
  const hintId =
    wants.includes('string') && scalar && found !== 'string'
      ? 'hint-quote-it'
      : // `goals: grow-repeat` where a list is expected: one item, written without the list.
        wants.includes('array') && scalar && found !== 'null'
        ? 'hint-make-list'
        : // `value: "1,200"` or `value: 1200 yen` where a number is expected.
          (wants.includes('number') || wants.includes('integer')) && found === 'string'
          ? 'hint-number-alone'
          : undefined;
  if (hintId && typeof key === 'string') {
    const span = e.doc.positions?.scalarAt(path);
    if (span) {
      extra.hintId = hintId;
      extra.hintData = { key, source: e.file.text.slice(span[0], span[1]) };
    }
  }
  return make('schema-type', { field, expected, found }, path, extra);
}
