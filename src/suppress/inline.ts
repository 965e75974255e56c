import type { Diagnostic } from '../diagnostics/types.js';
import type { SourceFile } from '../load/source.js';
import type { PlanModel } from '../model/model.js';
import { expiredDebt, isExpired, parseDebtTag, resolveToday } from './debt.js';
import type { Debt } from './debt.js';
import type { Rule } from '../rules/types.js';
import { pushAll } from '../util/array.js';

export type Directive = 'mplan-disable-next-line' | 'mplan-disable';

/** One `# mplan-disable…` comment, with the lines it covers. */
export interface Suppression {
  directive: Directive;
  file: string;
  line: number;
  column: number;
  /** Rule ids; empty means every rule. */
  rules: string[];
  reason: string;
  /** Debt: `(until: YYYY-MM-DD, owner: role-id)` at the end of the reason. */
  debt?: Debt;
  /** A `until:` value that is not a date. */
  badUntil?: string;
  /** Lines covered, inclusive. */
  from: number;
  to: number;
  used: Set<string>;
}

const COMMENT = /(^|\s)#\s*(mplan-disable-next-line|mplan-disable)(?=\s|$)(.*)$/;

function indentOf(line: string): number {
  const m = /^( *)(- +)?/.exec(line)!;
  return m[1]!.length;
}

function isBlankOrComment(line: string): boolean {
  const t = line.trim();
  return t === '' || t.startsWith('#');
}

/**
 * Read the suppression comments of a file. `mplan-disable-next-line` covers
 * the next key or list item (with everything nested under it);
 * `mplan-disable` covers the rest of the YAML document it sits in.
 */
export function readSuppressions(file: SourceFile): Suppression[] {
  if (file.hasDisable === false || !file.text.includes('mplan-disable')) return [];
  const lines = file.text.split(/\r?\n/);
  const docEnds = file.docs
    .map((d) => file.lineCounter.linePos(d.end).line)
    .sort((a, b) => a - b);
  const out: Suppression[] = [];
  lines.forEach((text, i) => {
    const m = COMMENT.exec(text);
    if (!m) return;
    const directive = m[2] as Directive;
    const rest = m[3]!;
    const sep = rest.indexOf('--');
    const idsPart = sep >= 0 ? rest.slice(0, sep) : rest;
    const tag = parseDebtTag(sep >= 0 ? rest.slice(sep + 2) : '');
    const reason = tag.reason;
    const rules = idsPart.split(/[\s,]+/).filter(Boolean);
    const line = i + 1;
    const column = text.indexOf('#', m.index + m[1]!.length) + 1;
    let from = line;
    let to = line;
    if (directive === 'mplan-disable-next-line') {
      let t = i + 1;
      while (t < lines.length && isBlankOrComment(lines[t]!)) t++;
      from = to = t + 1;
      if (t < lines.length) {
        const base = indentOf(lines[t]!);
        let k = t + 1;
        while (k < lines.length && (isBlankOrComment(lines[k]!) || indentOf(lines[k]!) > base)) {
          if (!isBlankOrComment(lines[k]!)) to = k + 1;
          k++;
        }
      }
    } else {
      to = docEnds.find((end) => end >= line) ?? lines.length;
      if (to < line) to = lines.length;
    }
    const s: Suppression = { directive, file: file.path, line, column, rules, reason, from, to, used: new Set() };
    if (tag.debt.until || tag.debt.owner) s.debt = tag.debt;
    if (tag.bad !== undefined) s.badUntil = tag.bad;
    out.push(s);
  });
  return out;
}

/** Remove the findings suppressions cover; report the suppressions themselves where they are wrong or idle. */
export function applySuppressions(
  diagnostics: Diagnostic[],
  suppressions: Suppression[],
  knownRules: ReadonlySet<string>,
  enabledRules: ReadonlySet<string>,
  options: { today?: string; model?: PlanModel; rules?: ReadonlyMap<string, Rule> } = {},
): Diagnostic[] {
  if (!suppressions.length) return diagnostics;
  const today = suppressions.some((s) => s.debt?.until) ? resolveToday(options.today) : '';
  const expired: Diagnostic[] = [];
  const byFile = new Map<string, Suppression[]>();
  for (const s of suppressions) {
    const l = byFile.get(s.file) ?? [];
    l.push(s);
    byFile.set(s.file, l);
  }
  const kept = diagnostics.filter((d) => {
    if (!knownRules.has(d.rule)) return true; // file, schema and reference errors cannot be suppressed
    for (const s of byFile.get(d.file) ?? []) {
      if (d.line >= s.from && d.line <= s.to && (s.rules.length === 0 || s.rules.includes(d.rule))) {
        s.used.add(s.rules.length ? d.rule : '*');
        if (s.debt && isExpired(s.debt, today)) expired.push(expiredDebt(d, s.debt, s));
        return false;
      }
    }
    return true;
  });
  pushAll(kept, expired);
  for (const s of suppressions) {
    const base = { file: s.file, line: s.line, column: s.column, severity: 'warn' as const };
    if (s.badUntil !== undefined) {
      kept.push({ ...base, rule: 'suppression-bad-until', messageId: 'suppression-bad-until', data: { value: s.badUntil }, hintId: 'suppression-bad-until.hint' });
    }
    if (s.debt?.owner && options.model && !options.model.getOf('Role', s.debt.owner)) {
      kept.push({ ...base, rule: 'debt-owner-unknown', messageId: 'debt-owner-unknown', data: { owner: s.debt.owner }, hintId: 'debt-owner-unknown.hint' });
    }
    for (const r of s.rules) {
      if (!knownRules.has(r)) {
        kept.push({ ...base, rule: 'suppression-unknown-rule', messageId: 'suppression-unknown-rule', data: { rule: r, directive: s.directive }, hintId: 'config-unknown-rule.hint' });
      } else if (enabledRules.has(r) && !s.used.has(r)) {
        kept.push({ ...base, rule: 'suppression-unused', messageId: 'suppression-unused', data: { rule: r, directive: s.directive }, hintId: 'suppression-unused.hint' });
      }
    }
    if (s.rules.length === 0 && !s.used.has('*')) {
      kept.push({ ...base, rule: 'suppression-unused', messageId: 'suppression-unused', data: { rule: '*', directive: s.directive }, hintId: 'suppression-unused.hint' });
    }
    if (!s.reason) {
      kept.push({ ...base, rule: 'suppression-no-reason', messageId: 'suppression-no-reason', data: { directive: s.directive }, hintId: 'suppression-no-reason.hint', hintData: { directive: s.directive, rule: s.rules[0] ?? 'rule-id' } });
    }
  }
  return kept;
}
