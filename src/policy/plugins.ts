import { existsSync, realpathSync, statSync } from 'node:fs';
import { gitTopLevel } from '../load/root.js';
import { isInside } from '../load/walk.js';
import { MAX_DATA_BYTES, readRegularText } from '../util/read.js';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { MplanError } from '../diagnostics/error.js';
import { errorDiagnostic } from '../diagnostics/types.js';
import type { Diagnostic, MessageData } from '../diagnostics/types.js';
import type { PlanModel } from '../model/model.js';
import type { Path } from '../model/types.js';
import type { Rule, RuleCategory, RuleContext, RuleMessage, RuleMeta } from '../rules/types.js';
import { errorDetail } from '../rules/engine.js';
import { asObject } from '../rules/util.js';
import { readText as text, RULE_ID } from './custom.js';

export interface LoadedPlugins {
  rules: Rule[];
  /** For each plugin rule: the plugin entry in mplan.yaml and how it was written. */
  origins: Map<string, { at: Path; plugin: string }>;
  diagnostics: Diagnostic[];
  /** True when the plan has plugins that were not run (`--no-plugins`): their rule ids are unknown to this run. */
  skipped?: boolean;
}

/** Why a plugin could not be loaded: reported at its entry in `lint.plugins`. */
class PluginProblem extends MplanError {}

function firstLine(err: unknown): string {
  return errorDetail(err).slice(0, 200).replace(/\.+$/, '');
}

/** The file an npm package's ESM entry point is in, resolved from the plan root the way Node would. */
export function resolvePackage(name: string, root: string): string | undefined {
  try {
    return createRequire(path.join(root, 'package.json')).resolve(name);
  } catch {
    // ESM-only packages (exports without a `require` condition): read package.json ourselves.
  }
  const m = /^((?:@[^/]+\/)?[^/]+)(\/.*)?$/.exec(name);
  if (!m) return undefined;
  const sub = m[2] ? `.${m[2]}` : '.';
  for (let dir = root; ; dir = path.dirname(dir)) {
    const pkgDir = path.join(dir, 'node_modules', m[1]!);
    const pkgFile = path.join(pkgDir, 'package.json');
    if (existsSync(pkgFile)) {
      let pkg: Record<string, unknown>;
      try {
        pkg = JSON.parse(readRegularText(pkgFile, MAX_DATA_BYTES)) as Record<string, unknown>;
      } catch {
        return undefined;
      }
      const entry = exportTarget(pkg.exports, sub) ?? (sub === '.' ? (typeof pkg.module === 'string' ? pkg.module : typeof pkg.main === 'string' ? pkg.main : 'index.js') : sub);
      const file = path.join(pkgDir, entry);
      return existsSync(file) ? file : undefined;
    }
    if (path.dirname(dir) === dir) return undefined;
  }
}

function exportTarget(exp: unknown, sub: string): string | undefined {
  if (typeof exp === 'string') return sub === '.' ? exp : undefined;
  const o = asObject(exp);
  if (!o) return undefined;
  const keys = Object.keys(o);
  const entry = keys.length && keys.every((k) => k.startsWith('.')) ? o[sub] : sub === '.' ? o : undefined;
  return condition(entry);
}

function condition(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) {
    for (const x of v) {
      const r = condition(x);
      if (r) return r;
    }
    return undefined;
  }
  const o = asObject(v);
  if (!o) return undefined;
  for (const c of ['import', 'node', 'default']) if (o[c] !== undefined) return condition(o[c]);
  return undefined;
}

/** How plugins are loaded: `mplan lint --no-plugins` and the plan at a git revision change it. */
export interface PluginOptions {
  /** False: do not run the plan's plugins (`--no-plugins`; commands that do not use their findings). */
  run?: boolean;
  /**
   * Where path plugins are read from instead of the plan root: a folder holding
   * the plan's files as they were at a git revision, so each side of `diff` and
   * `lint --since` is judged by its own plugins.
   */
  root?: string;
  /** With `root`: the copy of the repository's top folder that holds it (path plugins must stay inside). */
  top?: string;
}

/** How long a plugin may take to load before it is reported (a top-level `await` that never settles would end the run silently). */
export const PLUGIN_LOAD_SECONDS = 10;

function loadSeconds(): number {
  const v = Number(process.env.MPLAN_PLUGIN_TIMEOUT);
  return Number.isFinite(v) && v > 0 ? v : PLUGIN_LOAD_SECONDS;
}

const real = (p: string): string => {
  try {
    return realpathSync(p);
  } catch {
    return path.resolve(p);
  }
};

function isPath(spec: string): boolean {
  return spec.startsWith('./') || spec.startsWith('../') || spec.startsWith('/') || path.isAbsolute(spec) || /^\.\.?$/.test(spec);
}

/**
 * Import a plugin: a path inside the plan repo (the plan root, or the git work
 * tree holding it), or an installed package. `/abs.mjs` or `../../x.mjs`
 * leading out of the repo is refused: a plan must not run code from
 * elsewhere on the machine.
 */
async function importPlugin(spec: string, root: string, options: PluginOptions): Promise<unknown> {
  const filesRoot = options.root ?? root;
  let file: string | undefined;
  if (isPath(spec)) {
    file = path.resolve(filesRoot, spec);
    if (!existsSync(file) || !statSync(file).isFile()) throw new PluginProblem('plugin-not-found', { plugin: spec, path: file });
    const top = real(options.root ? (options.top ?? filesRoot) : (gitTopLevel(root) ?? root));
    const at = real(file);
    if (!isInside(top, at) && !isInside(real(filesRoot), at)) throw new PluginProblem('plugin-outside', { plugin: spec });
  } else {
    file = resolvePackage(spec, root);
    if (!file) throw new PluginProblem('plugin-package-not-found', { plugin: spec });
  }
  const seconds = loadSeconds();
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new PluginProblem('plugin-load-timeout', { plugin: spec, seconds })), seconds * 1000);
  });
  try {
    // A file changed since an earlier load in this process (an editor's server, the other side of
    // a diff) is imported anew: Node caches modules by URL.
    const st = statSync(file);
    return await Promise.race([import(`${pathToFileURL(file).href}?v=${st.mtimeMs}-${st.size}`), late]);
  } catch (err) {
    if (err instanceof PluginProblem) throw err;
    const code = (err as NodeJS.ErrnoException)?.code;
    if (code === 'ERR_UNKNOWN_FILE_EXTENSION' && /\.(c|m)?ts$/.test(file)) throw new PluginProblem('plugin-typescript', { plugin: spec });
    throw new PluginProblem('plugin-load-failed', { plugin: spec, detail: firstLine(err) });
  } finally {
    clearTimeout(timer);
  }
}

/** The rules a plugin module exports: `rules`, `default` (a list, or an object with `rules`). */
function exportedRules(mod: unknown): unknown[] | undefined {
  const m = asObject(mod);
  if (!m) return undefined;
  const d = m.default;
  const candidates = [m.rules, asObject(d)?.rules, d];
  for (const c of candidates) if (Array.isArray(c)) return c;
  return undefined;
}

/** What is wrong with a plugin rule: the message `plugin-bad-rule.<why>` (messages-policy.ts) with its data. */
interface BadRule {
  why: string;
  data: Record<string, string>;
}

/** Check a plugin rule's shape and fill what mplan needs (a missing language falls back to the other). */
function normalize(raw: unknown): Rule | BadRule {
  const r = asObject(raw);
  const meta = asObject(r?.meta);
  if (!r || !meta) return { why: 'not-object', data: {} };
  const id = meta.id;
  if (typeof id !== 'string' || !RULE_ID.test(id)) return { why: 'bad-id', data: { got: String(JSON.stringify(id)) } };
  if (typeof r.check !== 'function') return { why: 'no-check', data: { rule: id } };
  if (meta.severity !== 'error' && meta.severity !== 'warn' && meta.severity !== 'info') return { why: 'bad-severity', data: { rule: id } };
  const messagesIn = asObject(meta.messages);
  if (!messagesIn || !Object.keys(messagesIn).length) return { why: 'no-messages', data: { rule: id } };
  const messages: Record<string, RuleMessage> = {};
  for (const [mid, m] of Object.entries(messagesIn)) {
    if (!/^[A-Za-z][\w.-]*$/.test(mid) || mid === '__proto__') return { why: 'bad-message-id', data: { rule: id, message: mid } };
    const t = text(m);
    if (!t) return { why: 'message-no-text', data: { rule: id, message: mid } };
    const hint = text(asObject(m)?.hint);
    messages[mid] = hint ? { ...t, hint } : t;
  }
  const normalized: RuleMeta & { docs?: string } = {
    ...(meta as unknown as RuleMeta),
    id,
    severity: meta.severity,
    category: (typeof meta.category === 'string' ? meta.category : 'plugin') as RuleCategory,
    description: text(meta.description) ?? { en: id, ja: id },
    messages,
  };
  if (meta.practice !== undefined) {
    const p = text(meta.practice);
    if (p) normalized.practice = p;
    else delete normalized.practice;
  }
  const check = r.check as (ctx: RuleContext) => unknown;
  return {
    meta: normalized,
    check(ctx) {
      // Findings only count while check runs: an async check would report after the output is written.
      let open = true;
      const guarded: RuleContext = { model: ctx.model, options: ctx.options, report: (rep) => (open ? ctx.report(rep) : undefined) };
      try {
        const result = check.call(raw, guarded);
        if (result && typeof (result as { then?: unknown }).then === 'function') {
          (result as Promise<unknown>).then(undefined, () => undefined);
          throw new Error('check() returned a Promise; rules must check synchronously (remove `async`)');
        }
      } finally {
        open = false;
      }
    },
  };
}

/**
 * Load `lint.plugins`: paths relative to the plan root, or npm packages
 * resolved from it. A plugin that cannot be loaded, or exports something
 * that is not a rule, is a config error located at its entry; its other
 * rules and every other plugin still load.
 */
export async function loadPlugins(model: PlanModel, reserved: Set<string>, options: PluginOptions = {}): Promise<LoadedPlugins> {
  const out: LoadedPlugins = { rules: [], origins: new Map(), diagnostics: [] };
  const plan = model.plan;
  const list = asObject(plan?.data.lint)?.plugins;
  if (!plan || !Array.isArray(list) || !list.length) return out;
  if (options.run === false) {
    out.skipped = true;
    out.diagnostics.push({ ...model.locate(plan, ['lint', 'plugins']), rule: 'plugins-not-run', severity: 'info', messageId: 'plugins-not-run', data: { count: list.length }, hintId: 'plugins-not-run.hint', hintData: {} });
    return out;
  }
  const problem = (at: Path, messageId: string, data: MessageData): void => {
    out.diagnostics.push(errorDiagnostic(messageId, data, model.locate(plan, at)));
  };
  for (let i = 0; i < list.length; i++) {
    const spec = list[i];
    if (typeof spec !== 'string' || !spec.trim()) continue; // the schema reports it
    const at: Path = ['lint', 'plugins', i];
    let mod: unknown;
    try {
      mod = await importPlugin(spec, model.root, options);
    } catch (err) {
      if (err instanceof PluginProblem) out.diagnostics.push(err.toDiagnostic(model.locate(plan, at)));
      else problem(at, 'plugin-load-failed', { plugin: spec, detail: firstLine(err) });
      continue;
    }
    const rules = exportedRules(mod);
    if (!rules) {
      problem(at, 'plugin-no-rules', { plugin: spec });
      continue;
    }
    for (const raw of rules) {
      const rule = normalize(raw);
      if (!('check' in rule)) {
        // The code is plugin-bad-rule; the message id says what is wrong with the rule.
        const messageId = `plugin-bad-rule.${rule.why}`;
        const data = { plugin: spec, ...rule.data };
        out.diagnostics.push({ ...model.locate(plan, at), rule: 'plugin-bad-rule', severity: 'error', messageId, data, hintId: 'plugin-bad-rule.hint', hintData: data });
        continue;
      }
      if (reserved.has(rule.meta.id)) {
        problem(at, 'plugin-id-clash', { plugin: spec, rule: rule.meta.id });
        continue;
      }
      reserved.add(rule.meta.id);
      out.rules.push(rule);
      out.origins.set(rule.meta.id, { at, plugin: spec });
    }
  }
  return out;
}
