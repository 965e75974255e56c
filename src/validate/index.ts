import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Diagnostic, MessageData } from '../diagnostics/types.js';
import { slipInKey } from '../load/slips.js';
import { ID_PATTERN, isKind } from '../model/kinds.js';
import { locateIn, rangeLocation } from '../model/locate.js';
import type { PlanModel } from '../model/model.js';
import type { Entity } from '../model/types.js';
import { clipQuote } from '../util/clip.js';
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
  return s === undefined ? String(v) : clipQuote(s);
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
  const badIds = withBadIds(model);
  // Loaded on first need: a --cache run whose documents all kept their findings needs none.
  const remembered = (e: Entity): boolean => e.file.memo?.schema(e.doc) !== undefined;
  if (!vs && (!entities.every(remembered) || !badIds.every(remembered))) vs = await loadValidators();
  for (let i = 0; i < entities.length; i++) validateEntity(entities[i]!, out);
  for (const e of badIds) validateEntity(e, out);
  return dedupe(out);
}

/**
 * Documents of a known kind whose `id` is not a valid id: they are not part
 * of the plan (the model reports the id), but the rest of what they say is
 * checked all the same, so fixing the id does not uncover a second round of
 * errors in the same document.
 */
function withBadIds(model: PlanModel): Entity[] {
  const out: Entity[] = [];
  for (const file of model.files) {
    for (const doc of file.docs) {
      if (!doc.ok || !doc.rootIsMap) continue;
      const data = doc.value as Record<string, unknown>;
      const id = data.id;
      if (!isKind(data.kind) || id === undefined || id === null || (typeof id === 'string' && ID_PATTERN.test(id))) continue;
      out.push({ kind: data.kind, id: String(id), key: String(id), data: data as never, file, doc, valid: false });
    }
  }
  return out;
}

let vs: Map<string, ValidateFunction> | undefined;

/**
 * One entity (a small function, so V8 optimises it after a few calls rather
 * than compiling all of validateModel's loop on the fly); its findings, rare,
 * are made out of line.
 */
function validateEntity(e: Entity, out: Diagnostic[]): void {
  if (e.partial) return; // read from a document with YAML errors: that error is the finding (valid is false)
  // A memo (src/load/memo.ts, e.g. --cache) may know an unchanged document's findings; it is told this run's.
  const memo = e.file.memo;
  const cached = memo?.schema(e.doc);
  if (cached) {
    e.valid = cached.valid;
    pushAll(out, cached.diagnostics);
    noteMisspelt(e, cached.diagnostics);
    return;
  }
  const v = vs!.get(e.kind)!;
  if (v(e.data)) {
    memo?.validated(e.doc, { valid: true, diagnostics: [] });
    return;
  }
  invalid(e, v, out);
}

function invalid(e: Entity, v: ValidateFunction, out: Diagnostic[]): void {
  e.valid = false;
  const all = v.errors ?? [];
  let mine: Diagnostic[] = [];
  for (const err of prune(all)) {
    const d = toDiagnostic(e, err, all);
    if (d) mine.push(d);
  }
  // A field name spoilt by a typing slip (`　　on`, `amount：20000`) is also reported
  // missing where it belonged: the slip says it all.
  const meant = new Set(mine.map((d) => d.data.meant).filter((m) => m !== undefined));
  if (meant.size) mine = mine.filter((d) => !(d.messageId === 'schema-required' && meant.has(d.data.field!)));
  pushAll(out, mine);
  noteMisspelt(e, mine);
  e.file.memo?.validated(e.doc, { valid: false, diagnostics: mine });
}

/**
 * Record the entity's own fields that were written under a misspelt key (an
 * unknown key with a did-you-mean of that document's fields). Read from the
 * findings, fresh or cached, so both paths agree.
 */
function noteMisspelt(e: Entity, ds: readonly Diagnostic[]): void {
  const data = e.data as unknown as Record<string, unknown>;
  for (const d of ds) {
    if (d.messageId !== 'schema-unknown-key' || d.hintId !== 'hint-did-you-mean') continue;
    const meant = d.hintData?.suggestion;
    const key = d.data.key;
    if (typeof meant !== 'string' || typeof key !== 'string' || !Object.hasOwn(data, key) || Object.hasOwn(data, meant)) continue;
    (e.misspelt ??= new Map()).set(meant, data[key]);
  }
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
      const slip = slipInKey(key);
      if (slip) {
        // Said as the loader says it when the slip breaks the YAML, at the offending character.
        const d = make(slip.id, { key: clipQuote(slip.meant), meant: slip.meant }, [...path, key], { rule: 'yaml-syntax', hintId: `${slip.id}.hint` }, true);
        const span = e.doc.positions?.locate([...path, key], 'key');
        if (span) Object.assign(d, rangeLocation(e.file, span[0] + slip.at, span[0] + slip.at + 1));
        return d;
      }
      const split = commaSplit(e, path, key);
      if (split) return split;
      const allowed = Object.keys((parent?.properties as Record<string, unknown>) ?? {});
      const suggestion = didYouMean(key, allowed);
      return make('schema-unknown-key', { key: clipQuote(key), where: where(e, path) }, [...path, key], {
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
      const digits = fullwidthDigits(e, path, field, err.data, make);
      if (digits) return digits;
      if (format === 'date') {
        return notACalendarDay(field, String(err.data), path, make) ?? make('schema-format-date', { field, value: show(err.data) }, path, { hintId: 'schema-format-date.hint' });
      }
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
  if (wants.includes('number') || wants.includes('integer')) {
    const digits = fullwidthDigits(e, path, field, data, make);
    if (digits) return digits;
  }
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
      extra.hintData = { key, source: clipQuote(e.file.text.slice(span[0], span[1])) };
    }
  }
  return make('schema-type', { field, expected, found }, path, extra);
}

type Make = (id: string, data: MessageData, at?: (string | number)[], extra?: Partial<Diagnostic>) => Diagnostic;

const FULLWIDTH_DIGIT = /[\uff10-\uff19]/;

/**
 * `priority: ５` or `on: ２０２７-０４-０１`: digits typed with the Japanese
 * input on. Said as that, pointed at the first full-width digit, with the
 * value retyped in half-width characters as the fix.
 */
function fullwidthDigits(e: Entity, path: (string | number)[], field: string, data: unknown, make: Make): Diagnostic | undefined {
  if (typeof data !== 'string' || !FULLWIDTH_DIGIT.test(data)) return undefined;
  const key = path[path.length - 1];
  const d = make('schema-fullwidth-digits', { field, value: show(data) }, path, {
    hintId: 'schema-fullwidth-digits.hint',
    hintData: { key: typeof key === 'string' ? key : field, suggestion: clipQuote(data.normalize('NFKC').trim()) },
  });
  const span = e.doc.positions?.scalarAt(path);
  if (span) {
    const at = e.file.text.slice(span[0], span[1]).search(FULLWIDTH_DIGIT);
    if (at >= 0) {
      const loc = rangeLocation(e.file, span[0] + at, span[0] + at + 1);
      d.line = loc.line;
      d.column = loc.column;
    }
  }
  return d;
}

/** `2027-02-30`: written right, but no such day. */
function notACalendarDay(field: string, value: string, path: (string | number)[], make: Make): Diagnostic | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12) {
    return make('schema-date-no-such-month', { field, value }, path, { hintId: 'schema-date-no-such-month.hint' });
  }
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day >= 1 && day <= days) return undefined;
  return make('schema-date-no-such-day', { field, value, year, month, days }, path, {
    hintId: 'schema-date-no-such-day.hint',
    hintData: { month, suggestion: `${m[1]}-${m[2]}-${days}` },
  });
}

/**
 * `{ amount: 1,200,000 }` or `{ text: deck, run-of-show }`: inside a flow
 * map a comma ends the value, so the rest of it became field names (`200`,
 * `run-of-show`) of that map. Read from the map's own text: a run of
 * entries with no `:` after an entry that has one is a value cut by commas.
 * Every entry of one run gives the same diagnostic (merged by dedupe).
 */
function commaSplit(e: Entity, path: (string | number)[], key: string): Diagnostic | undefined {
  const span = e.doc.positions?.locate(path);
  if (!span || e.file.text.charAt(span[0]) !== '{') return undefined;
  const src = e.file.text.slice(span[0], span[1]);
  const entries = flowEntries(src);
  for (let i = 1; i < entries.length; i++) {
    const head = entries[i - 1]!;
    const colon = /^("[^"]*"|'[^']*'|[^:]*?)\s*:(?:\s+|$)/.exec(head.text);
    if (!colon || !entries[i]!.text || entries[i]!.text.includes(':')) continue;
    const rest: typeof entries = [];
    for (let k = i; k < entries.length && entries[k]!.text && !entries[k]!.text.includes(':'); k++) rest.push(entries[k]!);
    i += rest.length;
    if (!rest.some((r) => r.text === key || (/^\d+$/.test(r.text) && Number(r.text) === Number(key)))) continue;
    const field = colon[1]!.replace(/^["']|["']$/g, '');
    const before = head.text.slice(colon[0].length);
    const parts = [before, ...rest.map((r) => r.text)];
    const isNumber = parts.every((p) => /^\d+$/.test(p));
    const comma = span[0] + head.end;
    const loc = rangeLocation(e.file, comma, comma + 1);
    return {
      ...loc,
      rule: 'yaml-comma-split',
      severity: 'error',
      messageId: 'yaml-comma-split',
      data: { field: clipQuote(field), before: clipQuote(before), rest: clipQuote(rest[0]!.text) },
      entity: e.id,
      hintId: isNumber ? 'hint-comma-number' : 'yaml-comma-split.hint',
      hintData: { field: clipQuote(field), suggestion: clipQuote(isNumber ? parts.join('') : parts.join(', ')) },
    };
  }
  return undefined;
}

/** The top-level entries of a flow map's text (`{ a: 1, b }`), trimmed, each with the offset of the comma after it. */
function flowEntries(src: string): Array<{ text: string; end: number }> {
  const out: Array<{ text: string; end: number }> = [];
  let depth = 0;
  let quote = '';
  let start = 1;
  for (let i = 1; i < src.length; i++) {
    const c = src[i]!;
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '{' || c === '[') depth++;
    else if ((c === '}' || c === ']') && depth > 0) depth--;
    else if ((c === ',' || c === '}') && depth === 0) {
      out.push({ text: src.slice(start, i).trim(), end: i });
      start = i + 1;
      if (c === '}') break;
    }
  }
  return out;
}
