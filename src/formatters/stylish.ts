import { Chalk } from 'chalk';
import type { Diagnostic } from '../diagnostics/types.js';
import { HEALTH_LABELS } from '../report/health.js';
import { displayWidth, padEndWidth } from '../util/width.js';
import type { Formatter } from './types.js';

const WORDS = {
  en: {
    severity: { error: 'error', warn: 'warn', info: 'info' },
    hint: 'hint',
    see: 'see',
    problems: (n: number, e: number, w: number, i: number) =>
      `${n} problem${n === 1 ? '' : 's'} (${e} error${e === 1 ? '' : 's'}, ${w} warning${w === 1 ? '' : 's'}, ${i} info)`,
    clean: (files: number, entities: number) => `No problems found in ${files} file${files === 1 ? '' : 's'} (${entities} entities).`,
    health: 'Plan health',
  },
  ja: {
    severity: { error: 'エラー', warn: '警告', info: '情報' },
    hint: 'ヒント',
    see: '参照',
    problems: (n: number, e: number, w: number, i: number) => `${n} 件の指摘（エラー ${e} 件、警告 ${w} 件、情報 ${i} 件）`,
    clean: (files: number, entities: number) => `${files} ファイル（${entities} 件の定義）に問題は見つかりませんでした。`,
    health: '計画の健全性',
  },
};

/**
 * The default, for people: findings grouped by file, columns aligned by
 * display width (so Japanese text lines up), hint and related places
 * underneath, then a summary and the plan health figures.
 */
const stylish: Formatter = (diagnostics, ctx) => {
  const c = new Chalk({ level: ctx.color ? 1 : 0 });
  const w = WORDS[ctx.lang];
  const sevColor = { error: c.red, warn: c.yellow, info: c.blue };
  const lines: string[] = [];
  const groups = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const l = groups.get(d.file) ?? [];
    l.push(d);
    groups.set(d.file, l);
  }
  const posW = Math.max(0, ...diagnostics.map((d) => `${d.line}:${d.column}`.length));
  const sevW = Math.max(0, ...diagnostics.map((d) => displayWidth(w.severity[d.severity])));
  const msgW = Math.min(80, Math.max(0, ...diagnostics.map((d) => displayWidth(d.message ?? ''))));
  for (const [file, ds] of groups) {
    lines.push(c.underline(ctx.fromCwd(file)));
    for (const d of ds) {
      const pos = `${d.line}:${d.column}`.padEnd(posW);
      const sev = sevColor[d.severity](padEndWidth(w.severity[d.severity], sevW));
      const msg = padEndWidth(d.message ?? d.messageId, msgW);
      lines.push(`  ${c.dim(pos)}  ${sev}  ${msg}  ${c.dim(d.rule)}`);
      const indent = ' '.repeat(2 + posW + 2 + sevW + 2);
      if (d.hint) lines.push(`${indent}${c.green(`${w.hint}:`)} ${d.hint}`);
      for (const r of d.related ?? []) {
        lines.push(`${indent}${c.dim(`${w.see} ${ctx.fromCwd(r.file)}:${r.line}:${r.column}`)}${r.message ? c.dim(` (${r.message})`) : ''}`);
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
    const labelW = Math.max(...ctx.health.map((h) => displayWidth(HEALTH_LABELS[h.id]?.[ctx.lang] ?? h.id)));
    for (const h of ctx.health) {
      const label = padEndWidth(HEALTH_LABELS[h.id]?.[ctx.lang] ?? h.id, labelW);
      const pct = h.percent === null ? '—' : `${h.percent}%`;
      lines.push(`  ${label}  ${`${h.n}/${h.m}`.padStart(7)}  ${pct.padStart(4)}`);
    }
  }
  return `${lines.join('\n')}\n`;
};
export default stylish;
