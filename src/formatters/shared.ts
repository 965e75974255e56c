import { createRequire } from 'node:module';
import type { Diagnostic, Severity } from '../diagnostics/types.js';
import { CATALOG, text } from '../i18n/index.js';
import type { Lang } from '../i18n/types.js';
import type { FormatterContext } from './types.js';

/** Words the human-facing formatters (stylish, markdown, github, junit) share, in the report's language. */
export function words(lang: Lang) {
  return {
    severity: { error: text('output-severity-error', lang), warn: text('output-severity-warn', lang), info: text('output-severity-info', lang) } as Record<Severity, string>,
    hint: text('output-hint', lang),
    see: text('output-see', lang),
    /** A related place's note after its location: "(first definition)". */
    aside: (note: string) => text('output-aside', lang, { note }),
    problems: (count: number, errors: number, warnings: number, infos: number) => text('output-problems', lang, { count, errors, warnings, infos }),
    clean: (files: number, entities: number) => text('output-clean', lang, { files, entities }),
    health: text('output-health', lang),
  };
}

/**
 * How a format read outside the folder mplan ran in names a file: from the
 * top of the git work tree, as forges (GitHub, GitLab) and CI report views
 * resolve paths whichever folder the job ran in.
 */
export function repoNamer(ctx: FormatterContext): (file: string) => string {
  return ctx.fromRepo ?? ctx.fromCwd;
}

/** Text of the finding for tools that show one string: the message, then the hint on its own line. */
export function fullMessage(d: Diagnostic): string {
  const msg = d.message ?? d.messageId;
  return d.hint ? `${msg}\n${d.hint}` : msg;
}

/**
 * A fingerprint that survives edits elsewhere in the file: rule, entity,
 * message id and data (never the line). Findings without an entity (file,
 * schema errors) use the file instead. Identical keys in one report get an
 * occurrence suffix so every fingerprint in a report is unique.
 */
export function fingerprints(diagnostics: readonly Diagnostic[]): string[] {
  // node:crypto only when a format needs fingerprints (gitlab, sarif): stylish and json never do.
  const { createHash } = createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
  const seen = new Map<string, number>();
  return diagnostics.map((d) => {
    const data = Object.keys(d.data ?? {})
      .sort()
      .map((k) => `${k}=${String(d.data[k])}`)
      .join('\u0000');
    const key = [d.rule, d.entity ?? `file:${d.file}`, d.messageId, data].join('\u0001');
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return createHash('sha256').update(n ? `${key}\u0002${n}` : key).digest('hex');
  });
}

/** Every rule id or error code that appears, sorted, with the severity it defaults to. */
export function rulesSeen(diagnostics: readonly Diagnostic[], ctx: FormatterContext): Array<{ id: string; severity: Severity }> {
  const out = new Map<string, Severity>();
  for (const d of diagnostics) {
    if (!out.has(d.rule)) out.set(d.rule, ctx.rules.get(d.rule)?.meta.severity ?? d.severity);
  }
  return [...out].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([id, severity]) => ({ id, severity }));
}

/**
 * One line saying what a rule or error code is about, in the language: the
 * rule's description, or the error code's title (`<code>.title`); the
 * message with its placeholders elided only for a code with no title.
 */
export function describe(id: string, ctx: FormatterContext, lang: Lang = ctx.lang): string {
  const rule = ctx.rules.get(id);
  if (rule) return rule.meta.description[lang];
  const title = CATALOG[`${id}.title`];
  if (title) return title[lang];
  const m = CATALOG[id];
  if (m) return m[lang].replace(/\{\{[^}]*\}\}/g, '…');
  return id;
}
