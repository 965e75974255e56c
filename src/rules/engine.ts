import type { Diagnostic, Severity } from '../diagnostics/types.js';
import type { PlanModel } from '../model/model.js';
import type { LintConfig } from './config.js';
import type { Target } from '../model/types.js';
import type { Report, Rule, RuleContext } from './types.js';

/**
 * rules: run every enabled rule over the model. A rule that throws is
 * reported as a located internal error of that rule; the others still run.
 */
/**
 * What a rule threw, as text. Plugin code can throw anything: a Proxy whose
 * every trap throws, an object whose toString throws. Reading it must never
 * throw in turn (that would end the whole run as an internal error).
 */
export function errorDetail(err: unknown): string {
  try {
    if (err instanceof Error) return String(err.message).split('\n')[0]!.slice(0, 300);
  } catch {
    return 'an object that cannot be shown';
  }
  try {
    return String(err).split('\n')[0]!.slice(0, 300);
  } catch {
    return 'an object that cannot be shown';
  }
}

/**
 * Whether a finding about `about` being absent on `target` comes from a
 * misspelt key: the target's own field (`ownr:` for `owner`), or, for
 * `'Kind.field'` (or any of several), an entity of that kind whose misspelt field names the
 * target (`stge: web/visit` in a KPI). Built once per run, linear in the plan.
 */
function misspeltFields(model: PlanModel): (target: Target, about: string | Iterable<string>) => boolean {
  let named: Map<string, Set<string>> | undefined;
  const referrers = (about: string): Set<string> => {
    named ??= new Map();
    let set = named.get(about);
    if (set) return set;
    set = new Set();
    // Only a document's own fields are recorded as misspelt: a nested field (`Journey.stages[].owner`) never matches.
    const [kind, list, nested] = about.split('.') as [string, string, string?];
    const field = list.replace('[]', '');
    for (const e of nested === undefined ? model.entities : []) {
      const v = e.kind === kind ? e.misspelt?.get(field) : undefined;
      for (const name of Array.isArray(v) ? v : [v]) if (typeof name === 'string') set.add(name.trim());
    }
    named.set(about, set);
    return set;
  };
  const one = (target: Target, about: string): boolean => {
    if (!about.includes('.')) return target.kind !== 'Stage' && target.misspelt?.has(about) === true;
    const set = referrers(about);
    return set.size > 0 && set.has(target.key);
  };
  return (target, about) => {
    if (typeof about === 'string') return one(target, about);
    for (const a of about) if (one(target, a)) return true;
    return false;
  };
}

export function runRules(
  model: PlanModel,
  rules: readonly Rule[],
  config: LintConfig,
  onCrash?: (rule: Rule, err: unknown) => void,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const misspelt = misspeltFields(model);
  for (const rule of rules) {
    const setting = config.rules.get(rule.meta.id);
    if (!setting || setting.severity === 'off') continue;
    const severity = setting.severity as Severity;
    const id = rule.meta.id;
    const context: RuleContext = {
      model,
      options: setting.options,
      report(r: Report) {
        if (!Object.hasOwn(rule.meta.messages, r.messageId)) throw new Error(`rule ${id} reported unknown messageId ${String(r.messageId)}`);
        // A document with YAML errors is only partly read: its YAML error is what to fix first.
        if ((r.target.kind === 'Stage' ? r.target.journey : r.target).partial) return;
        if (r.about !== undefined && misspelt(r.target, r.about)) return;
        const loc = model.locate(r.target, r.path ?? ['id'], r.at ?? 'value');
        const hint = rule.meta.messages[r.messageId]!.hint;
        out.push({
          ...loc,
          rule: id,
          // A rule may mark some findings milder (or stronger) than its default. Choosing the
          // default severity again (in mplan.yaml, with --rule or through a preset) changes
          // nothing; only a different severity applies to every finding of the rule.
          severity: r.severity && severity === rule.meta.severity ? r.severity : severity,
          messageId: r.messageId,
          data: r.data ?? {},
          hintId: hint ? `${r.messageId}.hint` : undefined,
          hintData: hint ? r.data ?? {} : undefined,
          entity: r.target.key,
          related: r.related?.map((rel) => ({
            ...model.locate(rel.target, rel.path ?? ['id']),
            messageId: rel.messageId,
            data: rel.data ?? {},
          })),
        });
      },
    };
    try {
      rule.check(context);
    } catch (err) {
      try {
        onCrash?.(rule, err);
      } catch {
        // --debug could not print it (a thrown Proxy or a value whose toString throws): the finding below still says which rule.
      }
      out.push({
        file: model.planFile,
        line: 1,
        column: 1,
        rule: 'rule-crashed',
        severity: 'error',
        messageId: 'rule-crashed',
        data: { rule: id, detail: errorDetail(err) },
        hintId: 'rule-crashed.hint',
      });
    }
  }
  return out;
}
