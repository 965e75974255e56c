import { existsSync, readFileSync } from 'node:fs';
import { Option } from 'commander';
import type { Command } from 'commander';
import { MplanError } from '../../diagnostics/error.js';
import type { Lang, MessageText } from '../../i18n/types.js';
import { CATALOG, chooseLang, formatMessage, text } from '../../i18n/index.js';
import { placeholders } from '../../i18n/format.js';
import type { Rule } from '../../rules/types.js';
import { packageUrl } from '../../util/package-root.js';
import { h } from '../help.js';
import { planLocaleAt } from '../../load/plan-locale.js';
import type { IO } from '../io.js';
import { errorDocsUrl } from '../docs-url.js';

export const DOCS_DIR = packageUrl('docs', true);

/** A code mplan reports that is not a lint rule: a catalog message of its own (not a hint, title or sub-message). */
const isCode = (id: string): boolean => !id.includes('.') && !id.startsWith('hint-') && Object.prototype.hasOwnProperty.call(CATALOG, id);

/** A message as its reader meets it, with what mplan fills in shown as ‹name›. */
function shown(m: MessageText, lang: Lang): { text: string; filled: boolean } {
  const t = m[lang] ?? m.en; // a plugin's message may be in English only
  const names = placeholders(t);
  return { text: formatMessage(t, Object.fromEntries(names.map((n) => [n, `‹${n}›`])), lang), filled: names.length > 0 };
}

/** What a finding says and how to fix it, then where to read more. */
function page(id: string, intro: string[], message: MessageText | undefined, hint: MessageText | undefined, url: string | undefined, lang: Lang): string {
  const out = [`# ${id}`, '', ...intro.flatMap((p) => [p, ''])];
  const msg = message && shown(message, lang);
  const fix = hint && shown(hint, lang);
  if (msg) out.push(msg.text, '');
  if (fix) out.push(text('explain-fix', lang, { hint: fix.text }), '');
  if (msg?.filled || fix?.filled) out.push(text('explain-placeholder', lang), '');
  if (url) out.push(text('explain-more', lang, { url }), '');
  return `${out.join('\n').trimEnd()}\n`;
}

function rulePage(rule: Rule, lang: Lang): string {
  const m = rule.meta;
  const intro = [m.description[lang] ?? m.description.en, ...(m.practice ? [m.practice[lang] ?? m.practice.en] : []), text(m.category === 'plugin' ? 'explain-plugin' : 'explain-custom', lang), text('explain-severity', lang, { severity: m.severity })];
  const messages = Object.values(m.messages);
  return page(m.id, intro, messages[0], messages[0]?.hint, m.docs, lang);
}

export function registerExplain(program: Command, io: IO, lang: Lang, setCode: (code: number) => void): void {
  program
    .command('explain')
    .description(h('help-explain', lang))
    .argument('<rule-id>', h('help-explain-arg-rule', lang))
    .argument('[dir]', h('help-arg-dir', lang), '.')
    .addOption(new Option('--lang <lang>', h('help-opt-lang', lang)).choices(['en', 'ja']))
    .action(async (id: string, dir: string, opts: { lang?: string }) => {
      const path = await import('node:path');
      const { RULES_BY_ID } = await import('../../rules/index.js');
      const { didYouMean } = await import('../../util/suggest.js');
      const planDir = path.resolve(io.cwd, dir);
      const l = chooseLang(opts.lang, planLocaleAt(planDir), io.env);
      // A built-in rule: its page.
      if (RULES_BY_ID.has(id)) {
        const candidates = l === 'ja' ? [`ja/rules/${id}.md`, `rules/${id}.md`] : [`rules/${id}.md`];
        for (const c of candidates) {
          const file = new URL(c, DOCS_DIR);
          if (existsSync(file)) {
            io.stdout.write(readFileSync(file, 'utf8'));
            setCode(0);
            return;
          }
        }
        const r = RULES_BY_ID.get(id)!;
        io.stdout.write(`# ${id}\n\n${r.meta.description[l]}\n\n${r.meta.practice?.[l] ?? ''}\n`);
        setCode(0);
        return;
      }
      // A code mplan reports that is not a rule (ref-unresolved, yaml-syntax, schema-*, …): its message, its fix, its entry in docs/errors.md.
      if (isCode(id)) {
        io.stdout.write(page(id, [], CATALOG[id], CATALOG[`${id}.hint`], errorDocsUrl(id), l));
        setCode(0);
        return;
      }
      // The plan's own rules (lint.custom, lint.plugins), when run inside a plan.
      const { planRuleSettings } = await import('../../app/settings.js');
      const plan = await planRuleSettings(planDir, undefined, dir !== '.');
      const own = plan?.rules.find((r) => r.meta.id === id);
      if (own) {
        io.stdout.write(rulePage(own, l));
        setCode(0);
        return;
      }
      const known = [...RULES_BY_ID.keys(), ...(plan?.rules.map((r) => r.meta.id) ?? []), ...Object.keys(CATALOG).filter(isCode)];
      throw new MplanError('explain-unknown', { id, suggestion: didYouMean(id, known) ?? '' });
    });
}
