import type { Diagnostic, Severity } from '../diagnostics/types.js';
import { text } from '../i18n/index.js';
import type { MessageText } from '../i18n/types.js';
import type { PlanModel } from '../model/model.js';
import type { Path, Target } from '../model/types.js';
import type { Rule, RuleCategory, RuleMessage } from '../rules/types.js';
import { asObject } from '../rules/util.js';
import { didYouMean } from '../util/suggest.js';
import { evaluate, readConditions, show } from './conditions.js';
import type { Condition, ConditionProblem } from './conditions.js';
import { unknownField } from './fields.js';

/** The message id of every custom rule's one message. */
export const CUSTOM_MESSAGE_ID = 'custom';

export const RULE_ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const SEVERITIES: readonly string[] = ['error', 'warn', 'info'];

/** A rule with its docs link, as custom and plugin rules may carry. */
export interface PolicyRuleMeta {
  docs?: string;
}

/** Text in mplan.yaml: a string (used for both languages) or `{ en, ja }` (a missing one falls back to the other). */
export function readText(v: unknown): MessageText | undefined {
  if (typeof v === 'string' && v.trim()) return { en: v, ja: v };
  const o = asObject(v);
  const en = typeof o?.en === 'string' && o.en.trim() ? o.en : undefined;
  const ja = typeof o?.ja === 'string' && o.ja.trim() ? o.ja : undefined;
  if (!en && !ja) return undefined;
  return { en: en ?? ja!, ja: ja ?? en! };
}

export interface CompiledCustom {
  rules: Rule[];
  /** Where each rule is defined in mplan.yaml, by id. */
  origins: Map<string, Path>;
  diagnostics: Diagnostic[];
}

/**
 * Compile `lint.custom` into rules that run like built-in ones. Entries the
 * JSON Schema rejects are skipped (validate reports them, located); what
 * only this step can see is reported here: a clash of ids, a bad regular
 * expression, a field the selected kind does not have.
 */
export function compileCustomRules(model: PlanModel, reserved: ReadonlySet<string>): CompiledCustom {
  const out: CompiledCustom = { rules: [], origins: new Map(), diagnostics: [] };
  const plan = model.plan;
  const list = (asObject(plan?.data.lint)?.custom ?? []) as unknown;
  if (!plan || !Array.isArray(list)) return out;
  const taken = new Set(reserved);
  const error = (messageId: string, at: Path, data: Record<string, string>, hint?: { id: string; data?: Record<string, string> }, key = false): void => {
    out.diagnostics.push({
      ...model.locate(plan, at, key ? 'key' : 'value'),
      rule: messageId,
      severity: 'error',
      messageId,
      data,
      hintId: hint?.id,
      hintData: hint?.data,
    });
  };
  list.forEach((raw, i) => {
    const at: Path = ['lint', 'custom', i];
    const c = asObject(raw);
    if (!c || typeof c.id !== 'string' || !RULE_ID.test(c.id)) return;
    const id = c.id;
    if (taken.has(id)) {
      error('policy-id-clash', [...at, 'id'], { rule: id }, { id: 'policy-id-clash.hint' });
      return;
    }
    taken.add(id);
    const severity = typeof c.severity === 'string' && SEVERITIES.includes(c.severity) ? (c.severity as Severity) : undefined;
    const message = readText(c.message);
    const hint = c.hint === undefined ? undefined : readText(c.hint);
    const select = asObject(c.select);
    const kind = typeof select?.kind === 'string' ? select.kind : undefined;
    if (!severity || !message || (c.hint !== undefined && !hint) || !kind) return;
    const problems: ConditionProblem[] = [];
    const where = select!.where === undefined ? [] : readConditions(select!.where, [...at, 'select', 'where'], problems);
    const assert = readConditions(c.assert, [...at, 'assert'], problems);
    for (const p of problems) error(p.messageId, p.at, p.data, { id: `${p.messageId}.hint`, data: p.data });
    if (!where || !assert || !assert.length || problems.length) return;
    let fieldsOk = true;
    const checkFields = (conds: Condition[], k: string): void => {
      for (const cond of conds) {
        const fields = [cond.field, ...['eq', 'ne', 'lt', 'lte', 'gt', 'gte'].flatMap((op) => {
          const v = cond.test[op as 'eq'];
          return typeof v === 'object' ? [v.field] : [];
        })];
        for (const f of fields) {
          const bad = unknownField(k, f);
          if (bad) {
            fieldsOk = false;
            const suggestion = didYouMean(bad.segment, bad.known);
            error('policy-unknown-field', cond.at, { field: f, kind: k, segment: bad.segment }, suggestion ? { id: 'hint-did-you-mean', data: { suggestion } } : { id: 'policy-unknown-field.hint', data: { known: bad.known.join(', ') } }, true);
          }
        }
        const r = cond.test.refersTo;
        if (r?.kind && r.where) checkFields(r.where, r.kind);
      }
    };
    checkFields([...where, ...assert], kind);
    if (!fieldsOk) return;
    const docs = typeof c.docs === 'string' ? c.docs : undefined;
    out.rules.push(makeRule({ id, severity, message, hint, docs, kind, where, assert, description: readText(c.description) }));
    out.origins.set(id, at);
  });
  return out;
}

interface CustomSpec {
  id: string;
  severity: Severity;
  message: MessageText;
  hint?: MessageText;
  docs?: string;
  description?: MessageText;
  kind: string;
  where: Condition[];
  assert: Condition[];
}

function selected(model: PlanModel, kind: string): readonly Target[] {
  if (kind === 'Stage') return model.stages;
  if (kind === 'Plan') return model.plan ? [model.plan] : [];
  return model.ofKind(kind as 'KPI');
}

function makeRule(spec: CustomSpec): Rule {
  const msg: RuleMessage = { ...spec.message, ...(spec.hint ? { hint: spec.hint } : {}) };
  const meta = {
    id: spec.id,
    severity: spec.severity,
    category: 'custom' as RuleCategory,
    description: spec.description ?? { en: text('custom-rule-description', 'en', { kind: spec.kind }), ja: text('custom-rule-description', 'ja', { kind: spec.kind }) },
    messages: { [CUSTOM_MESSAGE_ID]: msg },
    ...(spec.docs ? { docs: spec.docs } : {}),
  };
  return {
    meta,
    check({ model, report }) {
      for (const target of selected(model, spec.kind)) {
        if (!spec.where.every((c) => evaluate(c, target, model).ok)) continue;
        for (const c of spec.assert) {
          const r = evaluate(c, target, model);
          if (r.ok) continue;
          const name = (target.data as { name?: unknown; title?: unknown }).name ?? (target.data as { title?: unknown }).title;
          report({
            target,
            messageId: CUSTOM_MESSAGE_ID,
            path: r.path,
            data: {
              id: target.key,
              kind: target.kind,
              name: typeof name === 'string' ? name : target.key,
              field: c.field,
              value: show(r.value),
            },
          });
        }
      }
    },
  };
}
