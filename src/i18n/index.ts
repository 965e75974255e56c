import type { Diagnostic } from '../diagnostics/types.js';
import { CORE_MESSAGES } from './core-messages.js';
import { DOCUMENTS_MESSAGES } from './messages-documents.js';
import { UNTRUSTED_MESSAGES } from './messages-untrusted.js';
import { COMMANDS_MESSAGES } from './messages-commands.js';
import { CORE_MODEL_MESSAGES } from './messages-core-model.js';
import { IME_MESSAGES } from './messages-ime-messages.js';
import { PERF_MESSAGES } from './messages-perf.js';
import { POLICY_MESSAGES } from './messages-policy.js';
import { RENDER_MESSAGES } from './messages-render.js';
import { REVIEW_MESSAGES } from './messages-review.js';
import { WRITES_MESSAGES } from './messages-writes.js';
import { LEFTOVERS_MESSAGES } from './messages-leftovers.js';
import { POLISH_MESSAGES } from './messages-polish.js';
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
 * Each area's catalog file by name. A new catalog is registered here once: CATALOG, the
 * errors page (scripts/gen-errors-doc.mjs) and the catalog tests all read this list.
 */
export const AREA_CATALOGS: Readonly<Record<string, Readonly<Record<string, MessageText>>>> = {
  core: CORE_MESSAGES as Record<string, MessageText>,
  render: RENDER_MESSAGES,
  review: REVIEW_MESSAGES,
  policy: POLICY_MESSAGES,
  perf: PERF_MESSAGES,
  coreModel: CORE_MODEL_MESSAGES,
  ime: IME_MESSAGES,
  documents: DOCUMENTS_MESSAGES,
  untrusted: UNTRUSTED_MESSAGES,
  writes: WRITES_MESSAGES,
  commands: COMMANDS_MESSAGES,
  leftovers: LEFTOVERS_MESSAGES,
  polish: POLISH_MESSAGES,
  edit: EDIT_MESSAGES,
};

/** Every non-rule message: mplan's core plus each command area's own catalog file (core wins a clash). */
export const CATALOG: Readonly<Record<string, MessageText>> = Object.assign(
  {},
  ...Object.entries(AREA_CATALOGS).filter(([name]) => name !== 'core').map(([, c]) => c),
  AREA_CATALOGS.core,
);
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
