import type { Diagnostic } from '../diagnostics/types.js';
import type { SourceFile } from '../load/source.js';

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
  if (!file.text.includes('mplan-disable')) return [];
  const lines = file.text.split(/\r?\n/);
  const docEnds = file.docs
    .map((d) => d.doc.range?.[2])
    .filter((n): n is number => typeof n === 'number')
    .map((off) => file.lineCounter.linePos(off).line)
    .sort((a, b) => a - b);
  const out: Suppression[] = [];
  lines.forEach((text, i) => {
    const m = COMMENT.exec(text);
    if (!m) return;
    const directive = m[2] as Directive;
    const rest = m[3]!;
    const sep = rest.indexOf('--');
    const idsPart = sep >= 0 ? rest.slice(0, sep) : rest;
    const reason = sep >= 0 ? rest.slice(sep + 2).trim() : '';
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
    out.push({ directive, file: file.path, line, column, rules, reason, from, to, used: new Set() });
  });
  return out;
}

/** Remove the findings suppressions cover; report the suppressions themselves where they are wrong or idle. */
export function applySuppressions(
  diagnostics: Diagnostic[],
  suppressions: Suppression[],
  knownRules: ReadonlySet<string>,
  enabledRules: ReadonlySet<string>,
): Diagnostic[] {
  if (!suppressions.length) return diagnostics;
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
        return false;
      }
    }
    return true;
  });
  for (const s of suppressions) {
    const base = { file: s.file, line: s.line, column: s.column, severity: 'warn' as const };
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
