import { RE2JS } from 're2js';
import { errorDetail } from '../rules/engine.js';
import type { PlanModel } from '../model/model.js';
import { isKind } from '../model/kinds.js';
import { valuesAt } from '../model/refs.js';
import type { Path, Target } from '../model/types.js';
import { asObject } from '../rules/util.js';

/**
 * The condition language of declarative rules (`lint.custom[].select.where`,
 * `assert`, `refers_to.where`): a map from a field path to a test.
 *
 *   budget.amount: { gt: 10000000 }      # compare with a number or date
 *   end: { gte: { field: start } }       # …or with another field
 *   cadence: [monthly, weekly]           # one of (shorthand of `in`)
 *   unit: percent                        # equals (shorthand of `eq`)
 *   owner: { present: true }
 *   consulted: { refers_to: { kind: Role, where: { level: executive } } }
 *
 * A missing field fails every test but `present: false`, unless the test
 * says `optional: true`. A list value passes `pattern`, `in` and the
 * comparisons when every entry does, and `refers_to` when one entry does.
 */
export type Operand = string | number | boolean | { field: string };
export type Scalar = string | number | boolean;

export interface RefersTo {
  kind?: string;
  ids?: string[];
  where?: Condition[];
}

/**
 * A `pattern:` from the plan repo, matched by RE2 (re2js): time linear in the
 * text, whatever the pattern. JavaScript's own engine backtracks, so a
 * pattern like `^(a|a)*b$` would hang lint on a long value. RE2 refuses
 * look-arounds and back-references at load, located (policy-bad-pattern).
 */
function linearPattern(source: string): { test(text: string): boolean } {
  const re = RE2JS.compile(source);
  return { test: (text) => re.matcher(text).find() };
}


export interface Test {
  present?: boolean;
  optional?: boolean;
  pattern?: { test(text: string): boolean };
  in?: Scalar[];
  eq?: Operand;
  ne?: Operand;
  lt?: Operand;
  lte?: Operand;
  gt?: Operand;
  gte?: Operand;
  refersTo?: RefersTo;
}

export interface Condition {
  /** The field path as written (`budget.amount`, `stages[].owner`). */
  field: string;
  test: Test;
  /** Where the condition sits in mplan.yaml (for config errors). */
  at: Path;
}

export const COMPARISONS = ['eq', 'ne', 'lt', 'lte', 'gt', 'gte'] as const;
type Comparison = (typeof COMPARISONS)[number];
const OPERATORS = new Set(['present', 'optional', 'pattern', 'in', ...COMPARISONS, 'refers_to']);

/** A problem in a condition the schema cannot see (a bad regular expression). */
export interface ConditionProblem {
  messageId: string;
  at: Path;
  data: Record<string, string>;
}

function isScalar(v: unknown): v is Scalar {
  return typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)) || typeof v === 'boolean';
}

function operand(v: unknown): Operand | undefined {
  if (isScalar(v)) return v;
  const o = asObject(v);
  return o && typeof o.field === 'string' && o.field ? { field: o.field } : undefined;
}

/**
 * Read a conditions map written in mplan.yaml. Returns undefined when its
 * shape is wrong: the JSON Schema reports that, located, so the rule is
 * just not compiled. Problems only found here are pushed to `problems`.
 */
export function readConditions(raw: unknown, at: Path, problems: ConditionProblem[], allowRefs = true): Condition[] | undefined {
  const map = asObject(raw);
  if (!map) return undefined;
  const out: Condition[] = [];
  for (const [field, value] of Object.entries(map)) {
    const here = [...at, field];
    const test = readTest(value, here, problems, allowRefs);
    if (!test) return undefined;
    out.push({ field, test, at: here });
  }
  return out;
}

function readTest(value: unknown, at: Path, problems: ConditionProblem[], allowRefs: boolean): Test | undefined {
  if (isScalar(value)) return { eq: value };
  if (Array.isArray(value)) return value.length && value.every(isScalar) ? { in: value as Scalar[] } : undefined;
  const o = asObject(value);
  if (!o || !Object.keys(o).length) return undefined;
  const t: Test = {};
  for (const [k, v] of Object.entries(o)) {
    if (k.startsWith('x-')) continue;
    if (!OPERATORS.has(k)) return undefined;
    if (k === 'present' || k === 'optional') {
      if (typeof v !== 'boolean') return undefined;
      t[k] = v;
    } else if (k === 'pattern') {
      if (typeof v !== 'string' || !v) return undefined;
      try {
        t.pattern = linearPattern(v);
      } catch (err) {
        problems.push({ messageId: 'policy-bad-pattern', at: [...at, 'pattern'], data: { pattern: v, detail: errorDetail(err).slice(0, 200) } });
        return undefined;
      }
    } else if (k === 'in') {
      if (!Array.isArray(v) || !v.length || !v.every(isScalar)) return undefined;
      t.in = v as Scalar[];
    } else if (k === 'refers_to') {
      const r = asObject(v);
      if (!allowRefs || !r) return undefined;
      const ref: RefersTo = {};
      if (r.kind !== undefined) {
        if (typeof r.kind !== 'string') return undefined;
        ref.kind = r.kind;
      }
      if (r.id !== undefined) {
        const ids = Array.isArray(r.id) ? r.id : [r.id];
        if (!ids.length || !ids.every((x) => typeof x === 'string')) return undefined;
        ref.ids = ids as string[];
      }
      if (r.where !== undefined) {
        const where = readConditions(r.where, [...at, 'refers_to', 'where'], problems, false);
        if (!where) return undefined;
        ref.where = where;
      }
      t.refersTo = ref;
    } else {
      const op = operand(v);
      if (op === undefined) return undefined;
      t[k as Comparison] = op;
    }
  }
  return t;
}

// ── evaluation ─────────────────────────────────────────────────────────

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function isEmpty(v: unknown): boolean {
  if (v === undefined || v === null) return true;
  if (typeof v === 'string') return v.trim() === '';
  if (Array.isArray(v)) return v.length === 0;
  if (typeof v === 'object') return Object.keys(v).length === 0;
  return false;
}

/** Every value a field path reaches, with its path inside the target's data. */
function read(target: Target, field: string): Array<[unknown, (string | number)[]]> {
  return [...valuesAt(target.data, field)].filter(([v]) => !isEmpty(v));
}

/** The entries a test looks at: list values are taken entry by entry. */
function entries(values: Array<[unknown, (string | number)[]]>): Array<[unknown, (string | number)[]]> {
  const out: Array<[unknown, (string | number)[]]> = [];
  for (const [v, p] of values) {
    if (Array.isArray(v)) v.forEach((x, i) => out.push([x, [...p, i]]));
    else out.push([v, p]);
  }
  return out;
}

/** Compare two values: numbers as numbers, dates as dates; undefined when they cannot be compared. */
function compare(a: unknown, b: unknown): number | undefined {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string' && DATE.test(a) && DATE.test(b)) return a < b ? -1 : a > b ? 1 : 0;
  return undefined;
}

function holds(op: Comparison, a: unknown, b: unknown): boolean {
  if (op === 'eq' || op === 'ne') {
    const c = compare(a, b);
    const same = c === undefined ? a === b : c === 0;
    return op === 'eq' ? same : !same;
  }
  const c = compare(a, b);
  if (c === undefined) return false;
  return op === 'lt' ? c < 0 : op === 'lte' ? c <= 0 : op === 'gt' ? c > 0 : c >= 0;
}

function resolveOperand(op: Operand, target: Target): unknown {
  if (typeof op === 'object') return read(target, op.field)[0]?.[0];
  return op;
}

export interface Outcome {
  ok: boolean;
  /** Where in the target the failing value sits (none when the field is missing). */
  path?: (string | number)[];
  /** The failing value, for the message. */
  value?: unknown;
}

/** Does the target pass this test on this field? */
export function evaluate(c: Condition, target: Target, model: PlanModel): Outcome {
  const t = c.test;
  const values = read(target, c.field);
  if (!values.length) {
    if (t.present === false) return { ok: true };
    if (t.optional) return { ok: true };
    return { ok: false };
  }
  if (t.present === false) return { ok: false, path: values[0]![1], value: values[0]![0] };
  for (const [v, p] of entries(values)) {
    if (t.pattern && !((typeof v === 'string' || typeof v === 'number') && t.pattern.test(String(v)))) return { ok: false, path: p, value: v };
    if (t.in && !t.in.some((x) => holds('eq', v, x))) return { ok: false, path: p, value: v };
    for (const op of COMPARISONS) {
      const operandValue = t[op];
      if (operandValue === undefined) continue;
      const other = resolveOperand(operandValue, target);
      if (other === undefined || !holds(op, v, other)) return { ok: false, path: p, value: v };
    }
  }
  if (t.refersTo) {
    const items = entries(values);
    if (!items.some(([v]) => refersTo(t.refersTo!, v, model))) return { ok: false, path: values[0]![1], value: values[0]![0] };
  }
  return { ok: true };
}

function refersTo(r: RefersTo, v: unknown, model: PlanModel): boolean {
  if (typeof v !== 'string') return false;
  // By the kind asked for: an id two kinds share (an error) must not hide the one asked about.
  const target: Target | undefined = r.kind === 'Stage' ? model.stage(v) : isKind(r.kind) ? model.getOf(r.kind, v) : model.get(v) ?? model.stage(v);
  if (!target) return false;
  if (r.kind && target.kind !== r.kind) return false;
  if (r.ids && !r.ids.includes(target.key)) return false;
  return (r.where ?? []).every((c) => evaluate(c, target, model).ok);
}

/** Show a value in a message: short, on one line. */
export function show(v: unknown): string {
  if (v === undefined) return '';
  const s = typeof v === 'string' ? v : JSON.stringify(v) ?? String(v);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
