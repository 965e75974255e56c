import type { Diagnostic, Severity } from '../diagnostics/types.js';
import { SEVERITY_RANK } from '../diagnostics/types.js';
import { text } from '../i18n/index.js';
import type { Lang } from '../i18n/types.js';
import { healthLabel } from '../health/index.js';
import { words, repoNamer } from './shared.js';
import type { Formatter } from './types.js';
import { pushAll } from '../util/array.js';

/** Most rows in the findings table: a pull-request comment holds at most 65,536 characters. */
export const MAX_ROWS = 200;

const ICON: Record<Severity, string> = { error: '❌', warn: '⚠️', info: 'ℹ️' };

/** The markdown report's own headings, in the report's language. */
function mdWords(lang: Lang) {
  const t = (id: string) => text(id, lang);
  return {
    byRule: [t('output-col-rule'), t('output-col-severity'), t('output-col-count')],
    findingsTitle: t('output-findings'),
    findings: [t('output-col-location'), t('output-col-severity'), t('output-col-rule'), t('output-col-message')],
    healthCols: [t('output-col-figure'), t('output-col-count'), t('output-col-share')],
    more: (shown: number, total: number) => text('output-more', lang, { shown, total }),
  };
}

const TEXT_SPECIAL = /[\\`*_[\]<>|~&]/g;

/** Plain text for GFM: every character markdown or HTML could read is backslash-escaped. */
function escapeText(s: string): string {
  return s.replace(TEXT_SPECIAL, (c) => `\\${c}`);
}

/** Back-quoted parts of a message stay code spans (`|` escaped, as tables require); the rest is plain text. */
function inline(line: string): string {
  const parts = line.split('`');
  const unmatched = parts.length % 2 === 0; // an odd number of backticks: the last one is text
  let out = '';
  parts.forEach((part, i) => {
    const isCode = i % 2 === 1 && !(unmatched && i === parts.length - 1);
    if (isCode && part.includes('\\')) {
      // a backslash next to `|` could end the cell from inside a code span: show it as text
      out += `\\\`${escapeText(part)}\\\``;
    } else if (!isCode) {
      out += (i % 2 === 1 ? '\\`' : '') + escapeText(part);
    } else if (part.trim() === '') {
      out += `\\\`${escapeText(part)}\\\``;
    } else {
      out += `\`${part.replace(/\|/g, '\\|')}\``;
    }
  });
  return out;
}

/** A table cell: line breaks become `<br>`, nothing can end the cell or open HTML. */
export function cell(s: string): string {
  return s
    .split(/\r\n|\r|\n/)
    .map((l) => inline(l.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')))
    .join('<br>');
}

/** Plain text only (no code spans): file names and the like. */
export function textCell(s: string): string {
  return s
    .split(/\r\n|\r|\n/)
    .map((l) => escapeText(l.replace(/[\u0000-\u001f\u007f]/g, '')))
    .join('<br>');
}

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function table(head: string[], align: string[], rows: string[][]): string[] {
  return [row(head), row(align), ...rows.map(row)];
}

/**
 * A pull-request comment: heading, summary line, a table by rule, then the
 * findings (location, severity, rule linked to its docs, message with hint
 * and related places), then the plan health figures. Files are named from
 * the top of the repository, as the pull request (and `mplan diff`) shows
 * them: the comment's reader does not know which folder mplan ran in.
 */
const markdown: Formatter = (diagnostics, ctx) => {
  const w = words(ctx.lang);
  const fileName = repoNamer(ctx);
  const m = mdWords(ctx.lang);
  const s = ctx.summary;
  const total = s.error + s.warn + s.info;
  const out: string[] = [`## mplan ${ctx.command}`, ''];
  const sev = (x: Severity) => `${ICON[x]} ${w.severity[x]}`;
  const ruleLink = (id: string) => `[${escapeText(id)}](${ctx.docsUrl(id).replace(/[()\s]/g, encodeURIComponent)})`;
  if (total === 0) {
    out.push(`✅ ${escapeText(w.clean(s.files, s.entities))}`, '');
  } else {
    out.push(`**${s.error ? '❌' : '⚠️'} ${escapeText(w.problems(total, s.error, s.warn, s.info))}**`, '');
    const byRule = new Map<string, { severity: Severity; count: number }>();
    for (const d of diagnostics) {
      const e = byRule.get(d.rule);
      if (e) {
        e.count++;
        if (SEVERITY_RANK[d.severity] > SEVERITY_RANK[e.severity]) e.severity = d.severity;
      } else byRule.set(d.rule, { severity: d.severity, count: 1 });
    }
    const ruleRows = [...byRule]
      .sort(([a, x], [b, y]) => SEVERITY_RANK[y.severity] - SEVERITY_RANK[x.severity] || y.count - x.count || (a < b ? -1 : a > b ? 1 : 0))
      .map(([id, e]) => [ruleLink(id), sev(e.severity), String(e.count)]);
    out.push(...table(m.byRule, ['---', '---', '---:'], ruleRows), '');
    out.push(`### ${m.findingsTitle}`, '');
    const shown = diagnostics.slice(0, MAX_ROWS);
    const findingRows = shown.map((d: Diagnostic) => {
      let msg = cell(d.message ?? d.messageId);
      if (d.hint) msg += `<br>💡 ${cell(d.hint)}`;
      for (const r of d.related ?? []) {
        msg += `<br>↳ ${textCell(`${w.see} ${fileName(r.file)}:${r.line}:${r.column}`)}${r.message ? w.aside(cell(r.message)) : ''}`;
      }
      return [textCell(`${fileName(d.file)}:${d.line}:${d.column}`), sev(d.severity), ruleLink(d.rule), msg];
    });
    pushAll(out, table(m.findings, ['---', '---', '---', '---'], findingRows)).push('');
    if (diagnostics.length > shown.length) out.push(`_${cell(m.more(shown.length, diagnostics.length))}_`, '');
  }
  if (ctx.health?.length) {
    out.push(`### ${w.health}`, '');
    const rows = ctx.health.map((h) => [
      textCell(healthLabel(h.id, ctx.lang)),
      `${h.n}/${h.m}`,
      h.percent === null ? '—' : `${h.percent}%`,
    ]);
    out.push(...table(m.healthCols, ['---', '---:', '---:'], rows), '');
  }
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
};
export default markdown;
