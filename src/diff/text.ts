import type { Diagnostic } from '../diagnostics/types.js';
import { localize, text } from '../i18n/index.js';
import type { Lang } from '../i18n/types.js';
import { healthLabel } from '../health/index.js';
import type { HealthFigure } from '../health/index.js';
import type { Rule } from '../rules/types.js';
import { displayWidth } from '../util/width.js';
import type { Change, EntityRef, Rendered } from './compare.js';
import type { DiffReport, SideSummary } from './summary.js';
import { maxOf } from '../util/array.js';

export type DiffFormat = 'text' | 'markdown' | 'json';
export const DIFF_FORMATS: readonly DiffFormat[] = ['text', 'markdown', 'json'];

export interface RenderContext {
  lang: Lang;
  rules: ReadonlyMap<string, Rule>;
}

/** Markdown sections longer than this fold into `<details>`. */
const FOLD_AFTER = 10;

/** A code span that survives any content: a fence longer than any backtick run inside. */
export function codeSpan(s: string): string {
  const flat = s.replace(/\r?\n/g, ' ');
  const longest = maxOf(flat.matchAll(/`+/g), (m) => m[0].length);
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || longest > 0 ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** Free text made inert in GitHub-flavoured Markdown: no markup, no HTML, no @mentions, no table breaks. */
export function mdEscape(s: string): string {
  return s
    .replace(/\r?\n/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@/g, '&#64;')
    .replace(/:\/\//g, ':&#47;&#47;')
    .replace(/\b(www)\./gi, '$1&#46;')
    .replace(/([\\`*_[\]|~#!])/g, '\\$1');
}

/** A catalog message in Markdown: its `code` spans kept, everything else inert. */
export function mdMessage(s: string): string {
  return s
    .split(/(`[^`\n]+`)/)
    .map((part) => (part.length > 2 && part.startsWith('`') && part.endsWith('`') ? codeSpan(part.slice(1, -1)) : mdEscape(part)))
    .join('');
}

interface Style {
  md: boolean;
  message(s: string): string;
  piece(p: Rendered): string;
  code(s: string): string;
  text(s: string): string;
}

const TEXT: Style = {
  md: false,
  message: (s) => s.replace(/\r?\n/g, ' '),
  piece: (r) => r.map((p) => ('code' in p ? `\`${p.code}\`` : p.text.replace(/\r?\n/g, ' '))).join(''),
  code: (s) => `\`${s}\``,
  text: (s) => s,
};
const MD: Style = {
  md: true,
  message: mdMessage,
  piece: (r) => r.map((p) => ('code' in p ? codeSpan(p.code) : mdEscape(p.text))).join(''),
  code: codeSpan,
  text: mdEscape,
};

function say(id: string, lang: Lang, data: Record<string, string | number> = {}): string {
  return text(id, lang, data);
}

function changeText(c: Change, lang: Lang, st: Style): string {
  const data: Record<string, string> = {};
  for (const [k, v] of Object.entries(c.data)) data[k] = st.piece(v);
  return say(c.messageId, lang, data);
}

function label(e: EntityRef, lang: Lang, st: Style): Record<string, string> {
  return { kind: e.kind, id: st.code(e.id), name: e.name ? ` ${st.text(`"${e.name}"`)}` : '' };
}

/** The path of a plan file from the top of the repository. */
function repoPath(side: SideSummary, file: string): string {
  return side.planDir && side.planDir !== '.' ? `${side.planDir}/${file}` : file;
}

function sideName(s: SideSummary, lang: Lang, st: Style): string {
  return s.commit ? st.code(s.label) : say('review-worktree', lang);
}

function figure(f: HealthFigure | undefined): string {
  if (!f) return '—';
  return f.percent === null ? `${f.n}/${f.m}` : `${f.n}/${f.m} (${f.percent}%)`;
}

function lines(report: DiffReport, ctx: RenderContext, st: Style) {
  const { lang } = ctx;
  const added = report.entities.added.map((e) => say('review-entity-added', lang, label(e, lang, st)));
  const removed = report.entities.removed.map((e) => say('review-entity-removed', lang, label(e, lang, st)));
  const unknown = report.entities.unknown.map((e) => say('review-entity-unknown', lang, label(e, lang, st)));
  const changed = report.entities.changed.flatMap((e) =>
    e.changes.map((c) => `${say('review-entity-prefix', lang, label(e, lang, st))}${changeText(c, lang, st)}`),
  );
  const finding = (d: Diagnostic, side: SideSummary) =>
    `${d.severity} ${st.md ? codeSpan(`${repoPath(side, d.file)}:${d.line}:${d.column}`) : `${repoPath(side, d.file)}:${d.line}:${d.column}`} ${st.message(d.message ?? d.messageId)} (${st.code(d.rule)})`;
  const introduced = localize(report.findings.introduced, lang, ctx.rules).map((d) => finding(d, report.head));
  const resolved = localize(report.findings.resolved, lang, ctx.rules).map((d) => finding(d, report.base));
  const notes: string[] = [];
  for (const s of [report.base, report.head]) {
    if (s.planDir === undefined) notes.push(say('review-side-missing', lang, { side: sideName(s, lang, st) }));
  }
  if (report.base.planDir !== undefined && report.head.planDir !== undefined && report.base.planDir !== report.head.planDir) {
    notes.push(say('review-side-moved', lang, { before: st.code(report.base.planDir), after: st.code(report.head.planDir) }));
  }
  const problems: Array<{ title: string; items: string[] }> = [];
  for (const s of [report.base, report.head]) {
    if (s.complete) continue;
    problems.push({
      title: say('review-side-unparsable', lang, { side: sideName(s, lang, st), count: s.problems.length }),
      items: localize(s.problems, lang, ctx.rules).map((d) => finding(d, s)),
    });
  }
  const errors = report.findings.introduced.filter((d) => d.severity === 'error').length;
  const summary = say('review-summary', lang, {
    changed: report.entities.changed.length,
    added: report.entities.added.length,
    removed: report.entities.removed.length,
    introduced: report.findings.introduced.length,
    errors,
    resolved: report.findings.resolved.length,
  });
  const title = say('review-title', lang, { base: sideName(report.base, lang, st), head: sideName(report.head, lang, st) });
  const health = report.health.map((r) => ({ label: healthLabel(r.id, lang), before: figure(r.before), after: figure(r.after), changed: figure(r.before) !== figure(r.after) }));
  return { title, summary, notes, problems, added, removed, changed, unknown, introduced, resolved, health };
}

function renderText(report: DiffReport, ctx: RenderContext): string {
  const L = lines(report, ctx, TEXT);
  const { lang } = ctx;
  const out: string[] = [L.title, L.summary];
  for (const n of L.notes) out.push(n);
  for (const p of L.problems) {
    out.push('', p.title);
    for (const i of p.items) out.push(`  ! ${i}`);
  }
  const section = (id: string, items: string[], mark: string) => {
    if (!items.length) return;
    out.push('', `${say(id, lang)} (${items.length})`);
    for (const i of items) out.push(`  ${mark} ${i}`);
  };
  if (!L.added.length && !L.removed.length && !L.changed.length && !L.unknown.length) out.push('', say('review-no-changes', lang));
  section('review-h-added', L.added, '+');
  section('review-h-removed', L.removed, '-');
  section('review-h-changed', L.changed, '~');
  section('review-h-unknown', L.unknown, '?');
  section('review-h-introduced', L.introduced, '+');
  section('review-h-resolved', L.resolved, '-');
  if (L.health.length) {
    out.push('', say('review-h-health', lang));
    const w = Math.max(...L.health.map((h) => displayWidth(h.label)));
    for (const h of L.health) out.push(`  ${h.label}${' '.repeat(w - displayWidth(h.label))}  ${h.before} → ${h.after}${h.changed ? ' *' : ''}`);
  }
  return `${out.join('\n')}\n`;
}

function renderMarkdown(report: DiffReport, ctx: RenderContext): string {
  const L = lines(report, ctx, MD);
  const { lang } = ctx;
  const out: string[] = [`**${L.title}**: ${L.summary}`];
  for (const n of L.notes) out.push('', `> ${n}`);
  const block = (heading: string, items: string[]) => {
    if (!items.length) return;
    const list = items.map((i) => `- ${i}`);
    if (items.length > FOLD_AFTER) {
      out.push('', `<details><summary>${heading} (${items.length})</summary>`, '', ...list, '', '</details>');
    } else {
      out.push('', `#### ${heading} (${items.length})`, '', ...list);
    }
  };
  for (const p of L.problems) block(p.title, p.items);
  if (!L.added.length && !L.removed.length && !L.changed.length && !L.unknown.length) out.push('', say('review-no-changes', lang));
  block(say('review-h-added', lang), L.added);
  block(say('review-h-removed', lang), L.removed);
  block(say('review-h-changed', lang), L.changed);
  block(say('review-h-unknown', lang), L.unknown);
  block(say('review-h-introduced', lang), L.introduced);
  block(say('review-h-resolved', lang), L.resolved);
  if (L.health.length) {
    out.push('', `<details><summary>${say('review-h-health', lang)}</summary>`, '');
    out.push(`| ${say('review-col-figure', lang)} | ${say('review-col-before', lang)} | ${say('review-col-after', lang)} |`, '| --- | ---: | ---: |');
    for (const h of L.health) {
      const mark = h.changed ? '**' : '';
      out.push(`| ${mdEscape(h.label)} | ${h.before} | ${mark}${h.after}${mark} |`);
    }
    out.push('', '</details>');
  }
  return `${out.join('\n')}\n`;
}

function renderJson(report: DiffReport, ctx: RenderContext): string {
  const { lang } = ctx;
  const strip = (d: Diagnostic) => d;
  const json = {
    base: { ...report.base, problems: localize(report.base.problems, lang, ctx.rules).map(strip) },
    head: { ...report.head, problems: localize(report.head.problems, lang, ctx.rules).map(strip) },
    entities: {
      added: report.entities.added,
      removed: report.entities.removed,
      changed: report.entities.changed.map((e) => ({
        ...e,
        changes: e.changes.map((c) => ({ field: c.field, messageId: c.messageId, before: c.before, after: c.after, message: changeText(c, lang, TEXT) })),
      })),
      unknown: report.entities.unknown,
    },
    findings: {
      introduced: localize(report.findings.introduced, lang, ctx.rules),
      resolved: localize(report.findings.resolved, lang, ctx.rules),
    },
    health: report.health,
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

export function renderDiff(report: DiffReport, format: DiffFormat, ctx: RenderContext): string {
  if (format === 'markdown') return renderMarkdown(report, ctx);
  if (format === 'json') return renderJson(report, ctx);
  return renderText(report, ctx);
}
