import type { Diagnostic } from '../diagnostics/types.js';
import { LOAD_MESSAGES } from './messages-load.js';
import { MODEL_MESSAGES } from './messages-model.js';
import { VALIDATE_MESSAGES } from './messages-validate.js';
import { RULES_MESSAGES } from './messages-rules.js';
import { SUPPRESS_MESSAGES } from './messages-suppress.js';
import { POLICY_MESSAGES } from './messages-policy.js';
import { CACHE_MESSAGES } from './messages-cache.js';
import { WRITE_MESSAGES } from './messages-write.js';
import { TIDY_MESSAGES } from './messages-tidy.js';
import { SCAFFOLD_MESSAGES } from './messages-scaffold.js';
import { RENDER_MESSAGES } from './messages-render.js';
import { DIFF_MESSAGES } from './messages-diff.js';
import { CLI_MESSAGES } from './messages-cli.js';
import { HELP_MESSAGES } from './messages-help.js';
import { HEALTH_MESSAGES } from './messages-health.js';
import { OUTPUT_MESSAGES } from './messages-output.js';
import { DOCUMENTS_MESSAGES } from './messages-documents.js';
import { EDIT_MESSAGES } from './messages-edit.js';
import { formatMessage } from './format.js';
import type { Lang, MessageText } from './types.js';

export type { Lang, MessageText } from './types.js';
export { formatMessage } from './format.js';

/**
 * The language to speak: `--lang`, else the plan's `locale`, else the
 * environment (LC_ALL, LC_MESSAGES, LANG starting with `ja`), else English.
 */
export function chooseLang(explicit: string | undefined, planLocale: unknown, env: NodeJS.ProcessEnv = process.env): Lang {
  if (explicit === 'en' || explicit === 'ja') return explicit;
  if (planLocale === 'en' || planLocale === 'ja') return planLocale;
  return envLang(env);
}

export function envLang(env: NodeJS.ProcessEnv = process.env): Lang {
  const v = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^ja/i.test(v) ? 'ja' : 'en';
}

/**
 * The catalogs, one per pipeline stage or use case (messages-<stage>.ts). A new catalog is
 * registered here once: CATALOG, the errors page (scripts/gen-errors-doc.mjs) and the catalog
 * tests all read this list. Ids are unique across catalogs (a test checks).
 */
export const AREA_CATALOGS: Readonly<Record<string, Readonly<Record<string, MessageText>>>> = {
  load: LOAD_MESSAGES,
  model: MODEL_MESSAGES,
  validate: VALIDATE_MESSAGES,
  rules: RULES_MESSAGES,
  suppress: SUPPRESS_MESSAGES,
  health: HEALTH_MESSAGES,
  policy: POLICY_MESSAGES,
  output: OUTPUT_MESSAGES,
  cache: CACHE_MESSAGES,
  write: WRITE_MESSAGES,
  tidy: TIDY_MESSAGES,
  scaffold: SCAFFOLD_MESSAGES,
  render: RENDER_MESSAGES,
  documents: DOCUMENTS_MESSAGES,
  diff: DIFF_MESSAGES,
  edit: EDIT_MESSAGES,
  cli: CLI_MESSAGES,
  help: HELP_MESSAGES,
};

/** Every non-rule message, by id. */
export const CATALOG: Readonly<Record<string, MessageText>> = Object.assign({}, ...Object.values(AREA_CATALOGS));
const core = CATALOG;

/** What localize needs of a rule: its own messages (rules/types.ts `Rule` has this shape). */
export interface MessageOwner {
  meta: { messages: Readonly<Record<string, MessageText & { hint?: MessageText }>> };
}

/** Look up a message id: a rule's own messages first (for its findings), then mplan's core catalog. */
export function lookupMessage(rule: MessageOwner | undefined, id: string): MessageText | undefined {
  if (rule) {
    const m = rule.meta.messages;
    if (id.endsWith('.hint')) {
      const base = m[id.slice(0, -5)];
      if (base?.hint) return base.hint;
    } else if (m[id]) return m[id];
  }
  return core[id];
}

export function text(id: string, lang: Lang, data?: Record<string, string | number>): string {
  const m = core[id];
  return m ? formatMessage(m[lang], data, lang) : id;
}

/** Fill in `message` and `hint` (and related messages) in the chosen language, at the edge. */
export function localize(diagnostics: Diagnostic[], lang: Lang, rules: ReadonlyMap<string, MessageOwner> = new Map()): Diagnostic[] {
  return diagnostics.map((d) => {
    const rule = rules.get(d.rule);
    const m = lookupMessage(rule, d.messageId);
    const out: Diagnostic = { ...d, message: m ? formatMessage(m[lang], d.data, lang) : d.messageId };
    if (d.hintId) {
      const h = lookupMessage(rule, d.hintId);
      if (h) out.hint = formatMessage(h[lang], d.hintData ?? d.data, lang);
    }
    if (d.related) {
      out.related = d.related.map((r) => {
        const rm = lookupMessage(rule, r.messageId);
        return { ...r, message: rm ? formatMessage(rm[lang], r.data, lang) : r.messageId };
      });
    }
    return out;
  });
}
