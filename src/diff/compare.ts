import type { PlanModel } from '../model/model.js';
import type { Entity, Stage } from '../model/types.js';
import { pushAll } from '../util/array.js';

/**
 * The semantic diff of two plan models: entities matched by kind and id (so renamed
 * files and a moved plan root change nothing), stages matched by id inside
 * their journey, and each change described field by field as data that a
 * renderer turns into words (en/ja, text or Markdown).
 */

/** A piece of a rendered value: an id (shown as code) or free text (escaped in Markdown). */
export type Piece = { code: string } | { text: string };
export type Rendered = Piece[];

export interface Change {
  /** Message id in the review catalog (`review-value`, `review-owner-lost`, ...). */
  messageId: string;
  /** The field, as a path: `target`, `budget`, `roadmap[phase-x].end`. */
  field: string;
  /** Placeholder values, rendered into pieces. */
  data: Record<string, Rendered>;
  /** The raw values, for JSON output. */
  before?: unknown;
  after?: unknown;
}

export interface EntityRef {
  /** `KPI`, `Initiative`, ... or `Stage`. */
  kind: string;
  /** The id (for a stage: `journey/stage`). */
  id: string;
  name?: string;
  file: string;
}

export interface EntityChange extends EntityRef {
  changes: Change[];
  fileBefore?: string;
}

export interface EntityDiff {
  added: EntityRef[];
  removed: EntityRef[];
  changed: EntityChange[];
  /** Ids missing on a side whose files did not all parse: neither added nor removed for sure. */
  unknown: EntityRef[];
}

type Obj = Record<string, unknown>;

const OWNER_FIELDS = new Set(['owner', 'accountable']);
/** Fields whose values (or list items) are ids of other entities. */
const REF_FIELDS = new Set([
  'owner', 'accountable', 'responsible', 'consulted', 'informed', 'persona', 'stage', 'stages', 'source', 'goal', 'goals',
  'issuer', 'reports_to', 'tool', 'tools', 'role', 'kpis', 'challenges', 'sponsors', 'initiatives', 'integrations',
]);
/** Lists of records matched by one of their fields, when ids are absent. */
const ITEM_KEYS: Record<string, string> = {
  touchpoints: 'channel',
  agreed_by: 'role',
  integrations: 'tool',
  evaluation: 'criterion',
  automation: 'at',
};
const SHORT_TEXT = 80;

const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const isMoney = (v: unknown): v is { amount: number; currency: string } =>
  isObj(v) && typeof v.amount === 'number' && typeof v.currency === 'string';

/** Deep equality of plain YAML values (key order ignored). */
export function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => same(x, b[i]));
  if (isObj(a) && isObj(b)) {
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length) return false;
    return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && same(a[k], b[k]));
  }
  return false;
}

/** 1234567.5 → "1,234,567.5" (fixed grouping, whatever the machine's locale). */
export function groupNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const [int, frac] = String(Math.abs(n)).split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${n < 0 ? '-' : ''}${grouped}${frac ? `.${frac}` : ''}`;
}

const CURRENCY_SIGNS: Record<string, string> = { JPY: '¥', USD: '$', EUR: '€', GBP: '£' };

export function money(m: { amount: number; currency: string }): string {
  const sign = CURRENCY_SIGNS[m.currency];
  return sign ? `${sign}${groupNumber(m.amount)}` : `${groupNumber(m.amount)} ${m.currency}`;
}

function scalarText(v: unknown): string {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'number') return groupNumber(v);
  if (typeof v === 'string') return v;
  return JSON.stringify(v) ?? String(v);
}

/** A value in words: ids as code, money with its sign, records as `key: value` lists. */
export function renderValue(v: unknown, field: string, unit?: string): Rendered {
  const key = field.replace(/\[[^\]]*\]/g, '').split('.').pop() ?? field;
  if (v === null || v === undefined) return [{ text: '—' }];
  if (isMoney(v)) {
    const per = typeof (v as Obj).per === 'string' ? `/${(v as Obj).per as string}` : '';
    return [{ text: money(v) + per }];
  }
  if (typeof v === 'boolean') return [{ code: String(v) }];
  if (typeof v === 'number') return [{ text: `${groupNumber(v)}${unit === 'percent' ? '%' : ''}` }];
  if (typeof v === 'string') {
    if (REF_FIELDS.has(key)) return [{ code: v }];
    return [{ text: v.length > SHORT_TEXT ? `"${v.slice(0, SHORT_TEXT - 1)}…"` : /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : `"${v}"` }];
  }
  if (v instanceof Date) return [{ text: scalarText(v) }];
  if (Array.isArray(v)) return joinPieces(v.map((x) => renderValue(x, key, unit)));
  if (isObj(v)) {
    const out: Rendered = [];
    Object.entries(v).forEach(([k, x], i) => {
      out.push({ text: `${i ? ', ' : ''}${k}: ` }, ...renderValue(x, k, unit));
    });
    return out.length ? [{ text: '{' }, ...out, { text: '}' }] : [{ text: '{}' }];
  }
  return [{ text: scalarText(v) }];
}

function joinPieces(list: Rendered[]): Rendered {
  const out: Rendered = [];
  list.forEach((r, i) => {
    if (i) out.push({ text: ', ' });
    pushAll(out, r);
  });
  return out;
}

const code = (s: string): Rendered => [{ code: s }];

function change(messageId: string, field: string, data: Record<string, Rendered>, before?: unknown, after?: unknown): Change {
  const c: Change = { messageId, field, data: { field: code(field), ...data } };
  if (before !== undefined) c.before = before;
  if (after !== undefined) c.after = after;
  return c;
}

/** KPI target / baseline: the number with its date. */
function measure(v: unknown, dateKey: string, unit: string | undefined): { value: Rendered; date?: string } {
  if (!isObj(v)) return { value: renderValue(v, 'value', unit) };
  const date = v[dateKey];
  return { value: renderValue(v.value, 'value', unit), date: date === undefined ? undefined : scalarText(date) };
}

function idOf(item: unknown, key: string): string | undefined {
  if (!isObj(item)) return undefined;
  const v = item[key];
  return typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;
}

/** The field by which a list's records are matched, if every record has a distinct one. */
function matchKey(field: string, before: unknown[], after: unknown[]): string | undefined {
  const key = field.replace(/\[[^\]]*\]/g, '').split('.').pop() ?? field;
  for (const k of ['id', ITEM_KEYS[key]]) {
    if (!k) continue;
    const ok = (list: unknown[]) => {
      const ids = list.map((x) => idOf(x, k));
      return ids.every((x) => x !== undefined) && new Set(ids).size === ids.length;
    };
    if (ok(before) && ok(after)) return k;
  }
  return undefined;
}

function compareList(field: string, b: unknown[], a: unknown[], unit: string | undefined, out: Change[]): void {
  const key = field.replace(/\[[^\]]*\]/g, '').split('.').pop() ?? field;
  const records = [...b, ...a].some((x) => isObj(x) || Array.isArray(x));
  if (!records) {
    const bs = b.map(scalarText);
    const as = a.map(scalarText);
    const added = a.filter((_, i) => !bs.includes(as[i]!));
    const removed = b.filter((_, i) => !as.includes(bs[i]!));
    if (added.length) out.push(change('review-list-added', field, { items: renderValue(added, key, unit) }, undefined, added));
    if (removed.length) out.push(change('review-list-removed', field, { items: renderValue(removed, key, unit) }, removed));
    if (!added.length && !removed.length) out.push(change('review-list-reordered', field, { before: renderValue(b, key), after: renderValue(a, key) }, b, a));
    return;
  }
  const k = matchKey(field, b, a);
  if (!k) {
    // Records without an identity: report whole records that appeared or went away.
    const bj = b.map((x) => JSON.stringify(x));
    const aj = a.map((x) => JSON.stringify(x));
    for (const [i, x] of a.entries()) if (!bj.includes(aj[i]!)) out.push(change('review-item-added', field, { item: renderValue(x, key, unit) }, undefined, x));
    for (const [i, x] of b.entries()) if (!aj.includes(bj[i]!)) out.push(change('review-item-removed', field, { item: renderValue(x, key, unit) }, x));
    return;
  }
  const bMap = new Map(b.map((x) => [idOf(x, k)!, x]));
  const aMap = new Map(a.map((x) => [idOf(x, k)!, x]));
  for (const [id, x] of aMap) {
    const old = bMap.get(id);
    if (old === undefined) out.push(change('review-item-added', field, { item: [{ code: id }, ...nameSuffix(x)] }, undefined, x));
    else compareValue(`${field}[${id}]`, old, x, unit, out);
  }
  for (const [id, x] of bMap) if (!aMap.has(id)) out.push(change('review-item-removed', field, { item: [{ code: id }, ...nameSuffix(x)] }, x));
  const order = (list: unknown[]) => list.map((x) => idOf(x, k)!).filter((id) => aMap.has(id) && bMap.has(id));
  const ob = order(b);
  const oa = order(a);
  if (k === 'id' && ob.join('\0') !== oa.join('\0')) {
    out.push(change('review-list-reordered', field, { before: joinPieces(ob.map(code)), after: joinPieces(oa.map(code)) }, ob, oa));
  }
}

function nameSuffix(x: unknown): Rendered {
  const n = isObj(x) ? x.name ?? x.title : undefined;
  return typeof n === 'string' ? [{ text: ` "${n}"` }] : [];
}

function compareValue(field: string, b: unknown, a: unknown, unit: string | undefined, out: Change[]): void {
  if (same(b, a)) return;
  const key = field.replace(/\[[^\]]*\]/g, '').split('.').pop() ?? field;
  if (b === undefined) {
    out.push(OWNER_FIELDS.has(key) ? change('review-owner-set', field, { after: renderValue(a, key) }, undefined, a) : change('review-set', field, { after: renderValue(a, key, unit) }, undefined, a));
    return;
  }
  if (a === undefined) {
    out.push(OWNER_FIELDS.has(key) ? change('review-owner-lost', field, { before: renderValue(b, key) }, b) : change('review-unset', field, { before: renderValue(b, key, unit) }, b));
    return;
  }
  if (isObj(b) && isObj(a) && !isMoney(a) && !isMoney(b)) {
    compareRecord(field, b, a, unit, out);
    return;
  }
  if (Array.isArray(b) && Array.isArray(a)) {
    compareList(field, b, a, unit, out);
    return;
  }
  const long = (v: unknown) => typeof v === 'string' && (v.length > SHORT_TEXT || v.includes('\n'));
  if (long(a) || long(b)) {
    out.push(change('review-text-changed', field, {}, b, a));
    return;
  }
  out.push(change('review-value', field, { before: renderValue(b, key, unit), after: renderValue(a, key, unit) }, b, a));
}

function compareRecord(prefix: string, b: Obj, a: Obj, unit: string | undefined, out: Change[], skip: ReadonlySet<string> = new Set()): void {
  const keys = [...Object.keys(a), ...Object.keys(b).filter((k) => !(k in a))];
  for (const k of keys) {
    if (skip.has(k)) continue;
    compareValue(prefix ? `${prefix}.${k}` : k, b[k], a[k], unit, out);
  }
}

/** Field-by-field changes of one entity (or stage). */
export function compareEntityData(kind: string, before: unknown, after: unknown): Change[] {
  const out: Change[] = [];
  const b = isObj(before) ? before : {};
  const a = isObj(after) ? after : {};
  const skip = new Set(['kind', 'id']);
  if (kind === 'Journey') skip.add('stages');
  if (kind === 'KPI') {
    const unit = typeof a.unit === 'string' ? a.unit : typeof b.unit === 'string' ? b.unit : undefined;
    kpiMeasure('target', 'by', b.target, a.target, unit, out);
    kpiMeasure('baseline', 'as_of', b.baseline, a.baseline, unit, out);
    skip.add('target').add('baseline');
    compareRecord('', b, a, unit, out, skip);
    return out;
  }
  compareRecord('', b, a, undefined, out, skip);
  return out;
}

function kpiMeasure(field: string, dateKey: string, b: unknown, a: unknown, unit: string | undefined, out: Change[]): void {
  if (same(b, a)) return;
  if (b === undefined || a === undefined || !isObj(a) || !isObj(b)) {
    compareValue(field, b, a, unit, out);
    return;
  }
  const mb = measure(b, dateKey, unit);
  const ma = measure(a, dateKey, unit);
  if (same(b.value, a.value)) {
    out.push(change(`review-${field}-date`, field, { before: [{ text: mb.date ?? '—' }], after: [{ text: ma.date ?? '—' }], value: ma.value }, b, a));
  } else if (mb.date === ma.date) {
    out.push(change(ma.date ? `review-${field}` : 'review-value', field, { before: mb.value, after: ma.value, date: [{ text: ma.date ?? '' }] }, b, a));
  } else {
    out.push(change(`review-${field}-both`, field, { before: mb.value, after: ma.value, dateBefore: [{ text: mb.date ?? '—' }], dateAfter: [{ text: ma.date ?? '—' }] }, b, a));
  }
}

function entityName(e: Entity | Stage): string | undefined {
  const d = e.data as Obj;
  const n = d.name ?? d.title;
  return typeof n === 'string' ? n : undefined;
}

function ref(e: Entity | Stage): EntityRef {
  const r: EntityRef = { kind: e.kind, id: e.key, file: e.kind === 'Stage' ? e.journey.file.path : e.file.path };
  const n = entityName(e);
  if (n !== undefined) r.name = n;
  return r;
}

/** How an entity is matched across revisions: kind and id, since two kinds may share an id. */
const entityKey = (kind: string, key: string): string => `${kind}\u0000${key}`;
const matchKeyOf = (t: Entity | Stage): string => entityKey(t.kind, t.key);

/**
 * Pairs the entities of an id that is on both sides only under different
 * kinds, when each side has exactly one: that is one entity whose `kind:`
 * was edited, not an unrelated entity added next to one removed. With two
 * kinds sharing the id on a side, nothing is paired (each is matched by kind).
 */
function kindChanges(bList: ReadonlyArray<Entity | Stage>, hList: ReadonlyArray<Entity | Stage>, bMap: ReadonlyMap<string, Entity | Stage>, hMap: ReadonlyMap<string, Entity | Stage>): Map<Entity | Stage, Entity | Stage> {
  const byId = (list: ReadonlyArray<Entity | Stage>) => {
    const m = new Map<string, Array<Entity | Stage>>();
    for (const t of list) if (t.kind !== 'Stage') m.set(t.key, [...(m.get(t.key) ?? []), t]);
    return m;
  };
  const bIds = byId(bList);
  const pairs = new Map<Entity | Stage, Entity | Stage>();
  for (const [id, hs] of byId(hList)) {
    const bs = bIds.get(id);
    if (hs.length !== 1 || bs?.length !== 1) continue;
    const h = hs[0]!;
    const b = bs[0]!;
    if (b.kind !== h.kind && !hMap.has(matchKeyOf(b)) && !bMap.has(matchKeyOf(h))) pairs.set(h, b);
  }
  return pairs;
}

/** Everything that changed between two models, in a deterministic order (head's order, then base's). */
export function diffModels(base: PlanModel | undefined, head: PlanModel | undefined, partial: { base: boolean; head: boolean } = { base: false, head: false }): EntityDiff {
  const out: EntityDiff = { added: [], removed: [], changed: [], unknown: [] };
  const targets = (m: PlanModel | undefined): Array<Entity | Stage> => {
    if (!m) return [];
    const list: Array<Entity | Stage> = [];
    for (const e of m.entities) {
      list.push(e);
      if (e.kind === 'Journey') pushAll(list, m.stagesOf(e as Entity<'Journey'>));
    }
    return list;
  };
  const bList = targets(base);
  const hList = targets(head);
  const bMap = new Map(bList.map((t) => [matchKeyOf(t), t]));
  const hMap = new Map(hList.map((t) => [matchKeyOf(t), t]));
  const edited = kindChanges(bList, hList, bMap, hMap);
  const pairedBase = new Set(edited.values());
  for (const h of hList) {
    const b = bMap.get(matchKeyOf(h)) ?? edited.get(h);
    if (!b) {
      // The stages of a new journey come with it.
      if (h.kind === 'Stage' && !bMap.has(entityKey('Journey', h.journey.key))) continue;
      (partial.base ? out.unknown : out.added).push(ref(h));
      continue;
    }
    let changes: Change[];
    if (b.kind !== h.kind) {
      // One entity whose kind was edited: say so first, then what else changed in it.
      changes = [change('review-kind-changed', 'kind', { before: [{ text: b.kind }], after: [{ text: h.kind }] }, b.kind, h.kind), ...compareEntityData(h.kind, b.data, h.data)];
    } else {
      changes = compareEntityData(h.kind, b.data, h.data);
      if (h.kind === 'Journey' && base && head) {
        const stageKey = (id: string) => entityKey('Stage', `${h.key}/${id}`);
        const order = (m: PlanModel, j: Entity) => m.stagesOf(j as Entity<'Journey'>).map((s) => s.id);
        const ob = order(base, b as Entity).filter((id) => hMap.has(stageKey(id)));
        const oa = order(head, h as Entity).filter((id) => bMap.has(stageKey(id)));
        if (ob.join('\0') !== oa.join('\0')) {
          changes.push(change('review-list-reordered', 'stages', { before: joinPieces(ob.map(code)), after: joinPieces(oa.map(code)) }, ob, oa));
        }
      }
    }
    if (changes.length) {
      const c: EntityChange = { ...ref(h), changes };
      const fb = ref(b).file;
      if (fb !== c.file) c.fileBefore = fb;
      out.changed.push(c);
    }
  }
  for (const b of bList) {
    if (hMap.has(matchKeyOf(b)) || pairedBase.has(b)) continue;
    if (b.kind === 'Stage' && !hMap.has(entityKey('Journey', b.journey.key))) continue;
    (partial.head ? out.unknown : out.removed).push(ref(b));
  }
  return out;
}
