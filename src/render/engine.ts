/**
 * Handlebars set up for Markdown documents:
 * - strict mode (a template asking for a field the data lacks fails, located
 *   at the template's file and line), known helpers only, prototype access off;
 * - `{{value}}` escapes for Markdown instead of HTML (helpers.ts);
 * - templates are looked up in the plan repo's `templates/<locale>/` first
 *   (override by file name), then in mplan's built-in `templates/<locale>/`;
 *   partials likewise in `…/partials/*.hbs`.
 */
import { existsSync, lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type Handlebars from 'handlebars';
import { HandlebarsRuntime } from './runtime.js';
import type { Lang } from '../i18n/types.js';
import { escapeExpression, HELPER_NAMES, makeHelpers } from './helpers.js';
import { PRECOMPILED } from '../generated/templates.js';
import { packagePath } from '../util/package-root.js';
import { MAX_TEMPLATE_BYTES, readRegularText } from '../util/read.js';
import { errorReason, isInside } from '../load/walk.js';
import { errorDiagnostic } from '../diagnostics/types.js';
import type { Diagnostic } from '../diagnostics/types.js';

let fullHandlebars: typeof Handlebars | undefined;
/**
 * Handlebars with its parser and compiler, loaded only when a template has to
 * be compiled at run time (a repo override, `--template`, `--check`): the
 * built-in templates come precompiled (precompiled.ts) and need only the
 * runtime. Same package, so the same runtime module underneath.
 */
function compilerHandlebars(): typeof Handlebars {
  return (fullHandlebars ??= createRequire(import.meta.url)('handlebars') as typeof Handlebars);
}

/** mplan's own templates folder (`<package>/templates`), wherever this code runs from (src, dist or the bundle). */
export const BUILTIN_TEMPLATES = packagePath('templates');

export const COMPILE_OPTIONS = {
  strict: true,
  knownHelpers: Object.fromEntries(HELPER_NAMES.map((h) => [h, true])),
  knownHelpersOnly: true,
  preventIndent: true,
} as const;

export const RUNTIME_OPTIONS = {
  allowProtoPropertiesByDefault: false,
  allowProtoMethodsByDefault: false,
} as const;

/** A template problem, thrown while reading or rendering, located in the template file (1-based line and column). */
export class TemplateError extends Error {
  constructor(
    readonly code:
      | 'render-template-syntax'
      | 'render-template-missing-field'
      | 'render-template-unknown-partial'
      | 'render-template-unknown-helper'
      | 'render-template-failed'
      | 'render-template-unreadable'
      | 'render-template-outside'
      | 'render-output-too-large',
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly data: Record<string, string>,
  ) {
    super(`${code} ${file}:${line}:${column} ${JSON.stringify(data)}`);
    this.name = 'TemplateError';
  }

  /** This problem as a finding, like the template checks' (`file` stays absolute). */
  toDiagnostic(): Diagnostic {
    return errorDiagnostic(this.code, this.data, { file: this.file, line: this.line, column: this.column });
  }
}

export interface TemplateSource {
  /** Name used for partials (file name without `.hbs`) or the document file name. */
  name: string;
  /** Absolute path. */
  file: string;
  source: string;
  /** True for mplan's own templates. */
  builtin: boolean;
}

export interface TemplateSet {
  main: TemplateSource;
  partials: Map<string, TemplateSource>;
}

/**
 * Read a template: only an ordinary file of at most MAX_TEMPLATE_BYTES (a
 * FIFO or device would hang the render). A repo template (`within` its real
 * root) must stay inside the repo: a link out of it could put any readable
 * file, `~/.aws/credentials` say, into a rendered report.
 */
export function readTemplate(name: string, file: string, builtin: boolean, within?: string): TemplateSource {
  if (within !== undefined) {
    let real: string;
    try {
      real = realpathSync(file);
    } catch (err) {
      throw new TemplateError('render-template-unreadable', file, 1, 1, { reason: errorReason(err) });
    }
    if (!isInside(within, real)) throw new TemplateError('render-template-outside', file, 1, 1, { target: real });
  }
  try {
    return { name, file, source: readRegularText(file, MAX_TEMPLATE_BYTES), builtin };
  } catch (err) {
    throw new TemplateError('render-template-unreadable', file, 1, 1, { reason: errorReason(err) });
  }
}

/** The real path of the plan repo, inside which its templates must stay. */
function realRoot(repoRoot: string): string {
  try {
    return realpathSync(repoRoot);
  } catch {
    return path.resolve(repoRoot);
  }
}

function hbsFiles(dir: string): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.hbs'))
    .sort();
}

/**
 * The partials for a locale: built-ins, then the repo's files with the same
 * name replacing them. A repo partial that cannot be used throws, or with
 * `problems` is reported there and left out (`render --check`).
 */
export function loadPartials(locale: Lang, repoRoot?: string, problems?: TemplateError[]): Map<string, TemplateSource> {
  const out = new Map<string, TemplateSource>();
  const dirs: Array<[string, boolean]> = [[path.join(BUILTIN_TEMPLATES, locale, 'partials'), true]];
  if (repoRoot) dirs.push([path.join(repoRoot, 'templates', locale, 'partials'), false]);
  const within = repoRoot === undefined ? undefined : realRoot(repoRoot);
  for (const [dir, builtin] of dirs) {
    for (const f of hbsFiles(dir)) {
      try {
        out.set(f.slice(0, -4), readTemplate(f.slice(0, -4), path.join(dir, f), builtin, builtin ? undefined : within));
      } catch (err) {
        if (!problems || !(err instanceof TemplateError)) throw err;
        problems.push(err);
      }
    }
  }
  return out;
}

/** `report.md.hbs` from the repo's templates/<locale>/ if there is one, else the built-in. */
export function resolveMain(fileName: string, locale: Lang, repoRoot?: string): TemplateSource {
  if (repoRoot) {
    const own = path.join(repoRoot, 'templates', locale, fileName);
    if (existsSync(own) || isLink(own)) return readTemplate(fileName, own, false, realRoot(repoRoot));
  }
  return readTemplate(fileName, path.join(BUILTIN_TEMPLATES, locale, fileName), true);
}

function isLink(file: string): boolean {
  return lstatSync(file, { throwIfNoEntry: false })?.isSymbolicLink() ?? false;
}

/** The templates of a document; `explicit` is `--template`, a file the user chose (anywhere, but an ordinary file). */
export function templateSet(fileName: string, locale: Lang, repoRoot?: string, explicit?: string): TemplateSet {
  const main = explicit ? readTemplate(path.basename(explicit), path.resolve(explicit), false) : resolveMain(fileName, locale, repoRoot);
  return { main, partials: loadPartials(locale, repoRoot) };
}

/**
 * Helpers the compiled code calls straight from `helpers.__markdown.direct`:
 * mplan's own and the built-in block helpers, none of which reads the
 * `lookupProperty` that the runtime's wrapper around every function helper
 * copies the whole options object to add, on every call (Handlebars'
 * `lookup` helper, which does read it, is not here).
 */
const DIRECT_HELPERS = new Set([...HELPER_NAMES, 'if', 'unless', 'each', 'with']);
const OWN_HELPERS = new Set(HELPER_NAMES);
/** The options every call of one of mplan's helpers without a hash gets. */
const NO_HASH = Object.freeze({ hash: Object.freeze({}) });

type HbWithCompiler = typeof Handlebars & { JavaScriptCompiler: unknown };

/**
 * A Handlebars JavaScript compiler for our documents. Same templates, same
 * output; the generated code differs in six calls:
 * - `{{value}}` calls our Markdown escape (`__markdown.escape`);
 * - a known helper is called from `__markdown.direct` (see DIRECT_HELPERS);
 * - a block's program function (`options.fn`/`inverse`) comes from
 *   `__markdown.program`, which reuses the one made for the same program and
 *   the same data frame (Handlebars makes a new closure on every block
 *   helper call; `#each` reuses one frame per loop) — only where the runtime
 *   would make it from exactly those arguments (no block params, no parent
 *   depths, no decorators);
 * - a strict field lookup passes its location as numbers (`__markdown.strict`);
 * - `{{#if x}}`/`{{#unless x}}` call `__markdown.if` with the block's programs;
 * - mplan's own helpers get `{ hash }` as their options, nothing else.
 */
function markdownCompiler(hb: typeof Handlebars): unknown {
  const Base = (hb as HbWithCompiler).JavaScriptCompiler as { new (...a: unknown[]): object; prototype: Record<string, (...a: unknown[]) => unknown> };
  function MdCompiler(this: object, ...a: unknown[]) {
    Base.apply(this, a as []);
  }
  MdCompiler.prototype = Object.create(Base.prototype);
  const proto = MdCompiler.prototype as Record<string, unknown> & {
    pushSource(s: unknown): void;
    appendToBuffer(parts: unknown[]): unknown;
    aliasable(name: string): unknown;
    popStack(): unknown;
    environment: { children: Array<{ index: number; blockParams?: number }> };
    source: { currentLocation?: { start: { line: number; column: number }; end: { line: number; column: number } }; functionCall(fn: unknown, type: string, params: unknown[]): unknown };
    isInline(): number;
    inlineStack: unknown[];
    compileStack: unknown[];
    contextName(depth: number): string;
    trackIds?: boolean;
    stringParams?: boolean;
    options: { strict?: boolean };
    push(expr: unknown): unknown;
    quotedString(s: string): unknown;
    objectLiteral(o: Record<string, unknown>): unknown;
    nameLookup(parent: unknown, name: unknown, type: unknown): unknown;
    context: { decorators: unknown[] };
    useBlockParams?: boolean;
    useDepths?: boolean;
  };
  proto.constructor = MdCompiler;
  proto.compiler = MdCompiler;
  proto.appendEscaped = function appendEscaped(this: typeof proto) {
    this.pushSource(this.appendToBuffer([this.aliasable('helpers.__markdown.escape'), '(', this.popStack(), ')']));
  };
  proto.nameLookup = function nameLookup(this: typeof proto, parent: unknown, name: unknown, type: unknown) {
    if (type === 'helper' && parent === 'helpers' && typeof name === 'string' && DIRECT_HELPERS.has(name)) {
      return [this.aliasable('helpers.__markdown.direct'), `[${JSON.stringify(name)}]`];
    }
    return Base.prototype.nameLookup!.call(this, parent, name, type);
  };
  // `container.strict(obj, "field", {start: {line, column}, end: {…}})` builds
  // its location object on every lookup; `__markdown.strict` takes the numbers
  // and builds it only for the error.
  proto.resolvePath = function resolvePath(this: typeof proto, type: unknown, parts: string[], start: number, falsy: unknown, strict: unknown) {
    const loc = this.source.currentLocation;
    // What the runtime would get is the JSON of this location: only plain numbers here.
    const keys = (o: object) => Object.keys(o).filter((k) => (o as Record<string, unknown>)[k] !== undefined).join();
    const int = (n: unknown) => Number.isSafeInteger(n);
    const plain = loc && keys(loc) === 'start,end' && keys(loc.start) === 'line,column' && keys(loc.end) === 'line,column' && int(loc.start.line) && int(loc.start.column) && int(loc.end.line) && int(loc.end.column);
    if (!(this.options.strict && strict) || !plain || !loc) return Base.prototype.resolvePath!.call(this, type, parts, start, falsy, strict);
    // Every segment is looked up strictly, not just the last: `{{plan.budgt.amount}}`
    // fails on `budgt`, the misspelt one, instead of on `amount` (or with a
    // TypeError a segment further on).
    let stack = this.popStack();
    const at = [loc.start.line, loc.start.column, loc.end.line, loc.end.column].join(', ');
    for (let i = start; i < parts.length; i++) stack = [this.aliasable('helpers.__markdown.strict'), '(container, ', stack, ', ', this.quotedString(parts[i]!), `, ${at})`];
    this.push(stack);
  };
  // A known helper's call: `{{#if}}`/`{{#unless}}` and mplan's own helpers
  // without the options object the stock call builds (below).
  proto.invokeKnownHelper = function invokeKnownHelper(this: typeof proto, paramSize: number, name: string) {
    // On the stack: the parameters, then the block's program, its inverse and the hash.
    const stack = this.isInline() ? this.inlineStack : this.compileStack;
    const [program, inverse, hash] = stack.slice(-3);
    const plain = stack.length >= 3 && !this.trackIds && !this.stringParams && !this.useBlockParams && isLiteral(program) && isLiteral(inverse);
    const context = () => this.aliasable(`${this.contextName(0)} != null ? ${this.contextName(0)} : (container.nullContext || {})`);
    // `{{#if x}}…{{else}}…{{/if}}` and `{{#unless x}}`, one condition and no
    // hash: what the built-in helper does, called without building its options
    // object (name, hash, programs, data, location) on every row.
    if (plain && (name === 'if' || name === 'unless') && paramSize === 1 && isLiteral(hash) && hash.value === '{}' && typeof program.value === 'string') {
      this.popStack(); // the empty hash
      const inv = this.popStack();
      const prog = this.popStack();
      const param = this.popStack();
      const [fn, alt] = name === 'if' ? [prog, inv] : [inv, prog];
      const ctx = context();
      this.push(this.source.functionCall(this.aliasable('helpers.__markdown.if'), '', [ctx, param, fn ?? 'null', alt ?? 'null']));
      return;
    }
    // mplan's own helpers read nothing from their options but the hash
    // (helpers.ts): a call without a block gets `{ hash }` only, and a call
    // without a hash one shared, frozen `{ hash: {} }`.
    if (plain && OWN_HELPERS.has(name) && program.value === null && inverse.value === null) {
      const h = this.popStack();
      this.popStack();
      this.popStack();
      const params: unknown[] = [];
      for (let i = paramSize; i--; ) params[i] = this.popStack();
      const options = h === '{}' ? this.aliasable('helpers.__markdown.noHash') : this.objectLiteral({ hash: h });
      const ctx = context();
      this.push(this.source.functionCall([this.aliasable('helpers.__markdown.direct'), `[${JSON.stringify(name)}]`], 'call', [ctx, ...params, options]));
      return;
    }
    Base.prototype.invokeKnownHelper!.call(this, paramSize, name);
  };
  proto.programExpression = function programExpression(this: typeof proto, guid: number) {
    const child = this.environment.children[guid]!;
    if (this.useBlockParams || this.useDepths || this.context.decorators[child.index]) return Base.prototype.programExpression!.call(this, guid);
    return `helpers.__markdown.program(container, ${[child.index, 'data', child.blockParams].join(', ')})`;
  };
  return MdCompiler;
}

/** Handlebars' compile-time Literal (an object with just a value), as on the compiler's stack. */
function isLiteral(x: unknown): x is { value: unknown } {
  return x !== null && typeof x === 'object' && Object.keys(x).length === 1 && 'value' in x;
}

type Container = {
  program(i: number, data: unknown, declaredBlockParams: unknown): unknown;
  fn(i: number): unknown;
  helpers: unknown;
  partials: unknown;
  strict(obj: unknown, name: string, loc: unknown): unknown;
  lookupProperty(obj: unknown, name: string): unknown;
  __mdPrograms?: Array<{ data: unknown; prog: unknown } | undefined>;
};

/**
 * `{{#if}}` as the built-in helper runs it (a function condition is called,
 * then false, empty text, 0, null and an empty list take the `{{else}}`),
 * given the block's programs instead of an options object; `{{#unless}}`
 * comes here with the two programs swapped.
 */
function inlineIf(context: unknown, condition: unknown, fn: ((c: unknown) => string) | null, inverse: ((c: unknown) => string) | null): string {
  const c = typeof condition === 'function' ? (condition as (this: unknown) => unknown).call(context) : condition;
  if (!c || (Array.isArray(c) && c.length === 0)) return inverse ? inverse(context) : '';
  return fn ? fn(context) : '';
}

/**
 * `container.strict(obj, name, loc)` with the location as numbers: the same
 * lookup, and for anything but an object holding the field, the runtime's
 * own strict lookup (the same error, at the same place).
 */
function strictLookup(container: Container, obj: unknown, name: string, line: number, column: number, endLine: number, endColumn: number): unknown {
  if (obj !== null && typeof obj === 'object' && name in obj) return container.lookupProperty(obj, name);
  return container.strict(obj, name, { start: { line, column }, end: { line: endLine, column: endColumn } });
}

/**
 * `container.program(i, data, declaredBlockParams)` made once per program and
 * data frame: the runtime's wrapper closes over exactly these (and reads the
 * helpers and partials from the container when called), so the one made for
 * the previous call with the same frame is the same function.
 */
function cachedProgram(container: Container, i: number, data: unknown, declaredBlockParams: unknown): unknown {
  const cache = (container.__mdPrograms ??= []);
  const hit = cache[i];
  if (hit !== undefined && hit.data === data) return hit.prog;
  const prog = program(container, i, data, declaredBlockParams);
  cache[i] = { data, prog };
  return prog;
}

const NO_OPTIONS: { data?: unknown } = Object.freeze({});
type ProgramFn = (container: Container, context: unknown, helpers: unknown, partials: unknown, data: unknown, blockParams: undefined, depths: undefined) => string;

/**
 * What the runtime's `container.program(i, data, declaredBlockParams)` makes
 * when there are no block params, no parent depths and no decorators (the
 * only case the compiler sends here): the same call of the program, without
 * reading `arguments` on every call.
 */
function program(container: Container, i: number, data: unknown, declaredBlockParams: unknown): unknown {
  const fn = container.fn(i) as ProgramFn;
  const prog = function prog(context: unknown, options: { data?: unknown } = NO_OPTIONS): string {
    return fn(container, context, container.helpers, container.partials, options.data || data, undefined, undefined);
  } as ((context: unknown, options?: { data?: unknown }) => string) & { program: number; depth: number; blockParams: number };
  prog.program = i;
  prog.depth = 0;
  prog.blockParams = (declaredBlockParams as number) || 0;
  return prog;
}

type EachOptions = Handlebars.HelperOptions & { fn: Handlebars.TemplateDelegate & { blockParams?: number }; ids?: unknown };
type EachHelper = (this: unknown, context: unknown, options: EachOptions) => string;

/**
 * `{{#each}}` over an array without block parameters, exactly as Handlebars'
 * own helper renders it (`@index`, `@key`, `@first`, `@last`, holes skipped,
 * `{{else}}` for an empty list), minus what it allocates per item for features the
 * block does not use (a block-parameter pair, a context-path string and an
 * options object). A big plan's report runs to hundreds of thousands of items.
 * Anything else (objects, iterables, `as |x|`) goes to the built-in helper.
 */
function fastEach(builtin: EachHelper): EachHelper {
  return function each(this: unknown, context: unknown, options: EachOptions): string {
    if (!Array.isArray(context) || !options || options.ids || (options.fn?.blockParams ?? 0) > 0) return builtin.call(this, context, options);
    const fn = options.fn;
    const data = options.data ? HandlebarsRuntime.createFrame(options.data) : undefined;
    const iteration = { data, blockParams: undefined };
    // Pieces joined once: a flat string, not a rope of millions of small ones.
    const out: string[] = [];
    for (let i = 0, n = context.length; i < n; i++) {
      if (!(i in context)) continue;
      if (data) {
        data.key = i;
        data.index = i;
        data.first = i === 0;
        data.last = i === context.length - 1;
      }
      out.push(fn(context[i], iteration as Handlebars.RuntimeOptions));
    }
    return context.length === 0 ? options.inverse(this) : out.join('');
  };
}

/**
 * A fresh Handlebars environment for one locale (nothing leaks between
 * renders). `compiler: false` gives the runtime alone, enough to run
 * precompiled templates.
 */
export function createEnvironment(locale: Lang, compiler = true): typeof Handlebars {
  const hb = compiler ? compilerHandlebars().create() : HandlebarsRuntime.create();
  if (compiler) (hb as HbWithCompiler).JavaScriptCompiler = markdownCompiler(hb);
  for (const [name, fn] of Object.entries(makeHelpers(locale))) hb.registerHelper(name, fn);
  hb.registerHelper('each', fastEach(hb.helpers.each as EachHelper));
  // What the compiled code calls (see markdownCompiler): `__markdown.escape(value)`
  // for every `{{value}}`, the helpers unwrapped, and block programs.
  // An object, not a function: the runtime wraps every function helper in a
  // closure that copies its options object on each call, and a report makes
  // millions of these calls. Templates cannot call it (known helpers only).
  const direct = Object.fromEntries([...DIRECT_HELPERS].map((name) => [name, hb.helpers[name]]));
  hb.registerHelper('__markdown', { escape: escapeExpression, direct, program: cachedProgram, strict: strictLookup, if: inlineIf, noHash: NO_HASH } as unknown as Handlebars.HelperDelegate);
  // Strict mode reports a missing partial with Handlebars' own words; say where instead.
  hb.registerHelper('helperMissing', function helperMissing(...a: unknown[]) {
    const opts = a[a.length - 1] as { name?: string; loc?: { start: { line: number; column: number } } };
    throw Object.assign(new Error(`unknown helper ${opts.name}`), { mplanHelper: opts.name, loc: opts.loc });
  });
  return hb;
}

type HbError = Error & { lineNumber?: number; column?: number; hash?: { loc?: { first_line: number; first_column: number } }; mplanFile?: string };

/** Turn a Handlebars compile error into a located TemplateError. */
export function syntaxError(err: unknown, file: string): TemplateError {
  const e = err as HbError;
  const msg = String(e?.message ?? err);
  let line = e.lineNumber ?? e.hash?.loc?.first_line ?? 0;
  let column = (e.column ?? e.hash?.loc?.first_column ?? 0) + 1;
  const m = /Parse error on line (\d+)/.exec(msg);
  if (m) {
    line = Number(m[1]);
    column = e.hash?.loc ? e.hash.loc.first_column + 1 : 1;
  }
  const helper = /unknown helper (\S+)/.exec(msg);
  if (helper) return new TemplateError('render-template-unknown-helper', file, line || 1, column, { helper: helper[1]! });
  const lines = msg.split('\n').filter((l) => l.trim() !== '');
  const detail = (m ? lines[lines.length - 1]! : lines[0]!).replace(/ - \d+:\d+$/, '');
  return new TemplateError('render-template-syntax', file, line || 1, column, { detail });
}

/** Turn an error thrown while rendering into a located TemplateError. */
export function runtimeError(err: unknown, mainFile: string): TemplateError {
  if (err instanceof TemplateError) return err;
  const e = err as HbError & { mplanHelper?: string; loc?: { start: { line: number; column: number } } };
  const file = e.mplanFile ?? mainFile;
  const msg = String(e?.message ?? err);
  const field = /^"(.+?)" not defined in/.exec(msg);
  if (field) return new TemplateError('render-template-missing-field', file, e.lineNumber ?? 1, (e.column ?? 0) + 1, { field: field[1]! });
  const partial = /The partial (.+?) could not be found/.exec(msg);
  if (partial) return new TemplateError('render-template-unknown-partial', file, e.lineNumber ?? 1, (e.column ?? 0) + 1, { partial: partial[1]! });
  if (e.mplanHelper) return new TemplateError('render-template-unknown-helper', file, e.loc?.start.line ?? 1, (e.loc?.start.column ?? 0) + 1, { helper: e.mplanHelper });
  return new TemplateError('render-template-failed', file, e.lineNumber ?? 1, (e.column ?? 0) + 1, { detail: msg.split('\n')[0]! });
}

type Spec = Parameters<typeof Handlebars.template>[0];
type HbCompilers = typeof Handlebars & {
  Compiler: new () => { compile(ast: unknown, o: object): unknown };
  JavaScriptCompiler: new () => { compile(env: unknown, o: object, context: undefined, asObject: boolean): Spec | string };
};

interface AstNode {
  type: string;
  strict?: boolean;
  body?: AstNode[];
  params?: AstNode[];
  hash?: { pairs: Array<{ value: AstNode }> };
  program?: AstNode;
  inverse?: AstNode;
}

/**
 * Strict mode only checks a field used on its own (`{{missing}}`): a helper's
 * arguments and a block's subject are looked up leniently, so
 * `{{#each missing}}` would print nothing. The data of every document has
 * every field (a field the plan leaves out is `null`), so a field missing there
 * is a misspelling: mark those paths strict too, and they fail, located, the
 * way `{{missing}}` does.
 */
function strictArguments(node: AstNode | undefined): void {
  if (!node) return;
  if (node.type === 'PathExpression') {
    node.strict = true;
    return;
  }
  for (const child of node.body ?? []) strictArguments(child);
  for (const param of node.params ?? []) strictArguments(param);
  for (const pair of node.hash?.pairs ?? []) strictArguments(pair.value);
  strictArguments(node.program);
  strictArguments(node.inverse);
}

/** What hb.compile does on first call: the template spec as an object (asObject) or as JavaScript source. */
function compileSpec(hb: typeof Handlebars, source: string, asObject: boolean): Spec | string {
  const options = { ...COMPILE_OPTIONS, data: true };
  const h = hb as HbCompilers;
  const ast = hb.parse(source, options as object);
  strictArguments(ast as unknown as AstNode);
  const environment = new h.Compiler().compile(ast, options);
  return new h.JavaScriptCompiler().compile(environment, options, undefined, asObject);
}

/** Compile a template source, or throw a located TemplateError. */
export function compile(hb: typeof Handlebars, t: TemplateSource): Handlebars.TemplateDelegate {
  try {
    // Done now and once, so syntax errors surface here (it used to
    // precompile to check, then compile again).
    return hb.template(compileSpec(hb, t.source, true) as Spec);
  } catch (err) {
    throw syntaxError(err, t.file);
  }
}

/**
 * The JavaScript source of a template's spec, exactly as `compile` builds it
 * at run time (same compiler, same options): what scripts/gen-templates.mjs
 * writes into precompiled.ts for the built-in templates.
 */
export function precompileSource(source: string): string {
  return compileSpec(createEnvironment('en'), source, false) as string;
}

let precompiledBySource: Map<string, Spec> | undefined;
/** The build-time spec of a template whose text is exactly a built-in's, if any. */
export function precompiledSpec(t: TemplateSource): Spec | undefined {
  precompiledBySource ??= new Map(PRECOMPILED.map((p) => [p.source, p.spec as Spec]));
  return precompiledBySource.get(t.source);
}

/**
 * Render a template set with data; a template whose text is a built-in's
 * runs from its build-time spec (`precompiled: false` compiles every one
 * now, for the tests). Output is tidied: no trailing spaces,
 * at most one blank line in a row, exactly one final newline.
 */
/** Largest document render writes, in characters (a 10,000-entity report is a few tens of MB). */
export const OUTPUT_LIMIT = { maxChars: 128 * 1024 * 1024 };

export function renderTemplates(set: TemplateSet, data: unknown, locale: Lang, precompiled = true): string {
  // The compiler is loaded only if some template is not a built-in's text.
  const templateOf = (hb: typeof Handlebars, t: TemplateSource) => {
    const spec = precompiled ? precompiledSpec(t) : undefined;
    return spec ? hb.template(spec) : compile(hb, t);
  };
  const hb = createEnvironment(locale, !precompiled || [set.main, ...set.partials.values()].some((t) => !precompiledSpec(t)));
  for (const p of set.partials.values()) {
    const fn = templateOf(hb, p);
    hb.registerPartial(p.name, ((ctx: unknown, options: Handlebars.RuntimeOptions) => {
      try {
        return fn(ctx, options);
      } catch (err) {
        const e = err as HbError;
        if (e && typeof e === 'object' && !e.mplanFile) e.mplanFile = p.file;
        throw err;
      }
    }) as unknown as Handlebars.Template);
  }
  const main = templateOf(hb, set.main);
  let out: string;
  const tooLarge = () => new TemplateError('render-output-too-large', set.main.file, 1, 1, { max: String(Math.round(OUTPUT_LIMIT.maxChars / 1024 / 1024)) });
  try {
    out = main(data, RUNTIME_OPTIONS);
  } catch (err) {
    // Past what a string can hold (~512 MB), the runtime throws this while building the document.
    if (err instanceof RangeError && /Invalid string length/.test(err.message)) throw tooLarge();
    throw runtimeError(err, set.main.file);
  }
  // A loop inside a loop over the same list can make hundreds of MB from a small plan: say so
  // instead of writing it.
  if (out.length > OUTPUT_LIMIT.maxChars) throw tooLarge();
  return tidy(out);
}

export function tidy(s: string): string {
  // One pass from newline to newline (a report can be tens of MB, and a regex
  // for trailing blanks stops at every space of a wide table): each line
  // without its trailing spaces and tabs, and no empty line after an empty line.
  const lines: string[] = [];
  let prevEmpty = false;
  for (let start = 0; start <= s.length; ) {
    let end = s.indexOf('\n', start);
    if (end < 0) end = s.length;
    let e = end;
    for (let c = s.charCodeAt(e - 1); e > start && (c === 32 || c === 9); c = s.charCodeAt(--e - 1));
    const empty = e === start;
    if (!(empty && prevEmpty)) lines.push(e === end ? s.slice(start, end) : s.slice(start, e));
    prevEmpty = empty;
    start = end + 1;
  }
  return `${lines.join('\n').trim()}\n`;
}
