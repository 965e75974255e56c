import { Chalk } from 'chalk';
import type { Diagnostic } from '../diagnostics/types.js';
import { healthLabel } from '../health/index.js';
import { displayWidth, padEndWidth } from '../util/width.js';
import { words } from './shared.js';
import type { Formatter } from './types.js';
import { maxOf } from '../util/array.js';

/** One terminal line: line breaks become spaces, other control characters (escape sequences) are dropped. */
export function oneLine(s: string): string {
  if (!CONTROL.test(s)) return s; // the usual case: nothing to change
  return s.replace(/\s*(?:\r\n|\r|\n)\s*/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
}

const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** Widest the message column is padded to (display columns), terminal or not. */
export const MESSAGE_COLUMN_MAX = 160;
/** On a narrow terminal, the message column is still padded to this width. */
const MESSAGE_COLUMN_MIN = 40;

/**
 * The default, for people: findings grouped by file, columns aligned by
 * display width (so Japanese text lines up), hint and related places
 * underneath, then a summary and the plan health figures.
 */
const stylish: Formatter = (diagnostics, ctx) => {
  const c = new Chalk({ level: ctx.color ? 1 : 0 });
  const w = words(ctx.lang);
  const sevColor = { error: c.red, warn: c.yellow, info: c.blue };
  const lines: string[] = [];
  const groups = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const l = groups.get(d.file) ?? [];
    l.push(d);
    groups.set(d.file, l);
  }
  const posW = maxOf(diagnostics, (d) => `${d.line}:${d.column}`.length);
  const sevW = maxOf(diagnostics, (d) => displayWidth(w.severity[d.severity]));
  const lead = 2 + posW + 2 + sevW + 2;
  for (const [file, ds] of groups) {
    // Like ESLint, the message column is as wide as the longest message of this file, so one
    // long finding elsewhere does not push every rule id off the screen; but never wider than
    // what fits beside the rule id on the terminal, nor than MESSAGE_COLUMN_MAX: a longer
    // message runs on, unpadded, instead of padding every other line out to its width.
    const msgs = ds.map((d) => oneLine(d.message ?? d.messageId));
    const ruleW = maxOf(ds, (d) => d.rule.length);
    const fits = ctx.columns ? ctx.columns - lead - 2 - ruleW : MESSAGE_COLUMN_MAX;
    const msgW = Math.min(maxOf(msgs, displayWidth), MESSAGE_COLUMN_MAX, Math.max(fits, MESSAGE_COLUMN_MIN));
    lines.push(c.underline(oneLine(ctx.fromCwd(file))));
    for (let k = 0; k < ds.length; k++) {
      const d = ds[k]!;
      const pos = `${d.line}:${d.column}`.padEnd(posW);
      const sev = sevColor[d.severity](padEndWidth(w.severity[d.severity], sevW));
      const msg = padEndWidth(msgs[k]!, msgW);
      lines.push(`  ${c.dim(pos)}  ${sev}  ${msg}  ${c.dim(d.rule)}`);
      const indent = ' '.repeat(lead);
      if (d.hint) lines.push(`${indent}${c.green(`${w.hint}:`)} ${oneLine(d.hint)}`);
      for (const r of d.related ?? []) {
        lines.push(`${indent}${c.dim(`${w.see} ${oneLine(ctx.fromCwd(r.file))}:${r.line}:${r.column}`)}${r.message ? c.dim(w.aside(oneLine(r.message))) : ''}`);
      }
    }
    lines.push('');
  }
  const s = ctx.summary;
  const total = s.error + s.warn + s.info;
  if (total > 0) {
    const text = w.problems(total, s.error, s.warn, s.info);
    lines.push(s.error ? c.red.bold(`✖ ${text}`) : c.yellow.bold(`⚠ ${text}`));
  } else {
    lines.push(c.green(`✔ ${w.clean(s.files, s.entities)}`));
  }
  if (ctx.health?.length) {
    lines.push('', c.bold(w.health));
    const labelW = Math.max(...ctx.health.map((h) => displayWidth(healthLabel(h.id, ctx.lang))));
    for (const h of ctx.health) {
      const label = padEndWidth(healthLabel(h.id, ctx.lang), labelW);
      const pct = h.percent === null ? '—' : `${h.percent}%`;
      lines.push(`  ${label}  ${`${h.n}/${h.m}`.padStart(7)}  ${pct.padStart(4)}`);
    }
  }
  return `${lines.join('\n')}\n`;
};
export default stylish;
