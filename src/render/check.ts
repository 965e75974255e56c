/**
 * `mplan render --check`: check templates without rendering. Each template
 * is compiled, then its Handlebars AST is walked against the shape of the
 * data it receives (data.ts): every path must exist there, every helper
 * must be one of mplan's, every partial must resolve. Problems are located
 * at the template's line and column.
 */
import path from 'node:path';
import Handlebars from 'handlebars';
import { MplanError } from '../diagnostics/error.js';
import { errorDiagnostic } from '../diagnostics/types.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { text } from '../i18n/index.js';
import type { Lang } from '../i18n/types.js';
import { LANGS } from '../i18n/types.js';
import { findPlanRoot } from '../load/root.js';
import { planLocaleAt } from '../load/plan-locale.js';
import { didYouMean } from '../util/suggest.js';
import { SHAPES } from './data.js';
import type { DocumentName } from './data.js';
import { COMPILE_OPTIONS, createEnvironment, loadPartials, readTemplate, resolveMain, syntaxError, TemplateError } from './engine.js';
import type { TemplateSource } from './engine.js';
import { HELPER_NAMES } from './helpers.js';
import type { Shape } from './shape.js';
import { unwrap } from './shape.js';

type CShape = Shape | { t: 'any' };
const ANY: CShape = { t: 'any' };

interface Frame {
  shape: CShape;
  /** Block params (`as |item i|`) visible in this frame. */
  params: Record<string, CShape>;
  /** `@index`, `@key`, `@first`, `@last` available. */
  loop: boolean;
}

const BUILTIN_BLOCKS = new Set(['if', 'unless', 'each', 'with']);
const HELPERS = new Set(HELPER_NAMES);

/* Minimal typings of the Handlebars AST we walk. */
interface Loc {
  start: { line: number; column: number };
}
interface PathNode {
  type: 'PathExpression';
  data: boolean;
  depth: number;
  parts: string[];
  original: string;
  loc: Loc;
}
interface Expr {
  type: string;
  loc: Loc;
  path?: PathNode | Expr;
  params?: Expr[];
  hash?: { pairs: Array<{ key: string; value: Expr }> };
}
interface Stmt extends Expr {
  program?: Program;
  inverse?: Program;
  name?: PathNode | Expr;
}
interface Program {
  body: Stmt[];
  blockParams?: string[];
}

/**
 * Problems are `Diagnostic`s like every other finding (rule and message id:
 * the code), with `file` the template's absolute path: a template may be a
 * built-in outside any plan. Reported by lint, they are made relative to the
 * plan root (`checkRepoTemplates`).
 */
class Checker {
  readonly diagnostics: Diagnostic[] = [];
  private readonly seen = new Set<string>();
  private readonly checkedPartials = new Map<string, Set<CShape>>();

  constructor(
    private readonly partials: Map<string, TemplateSource>,
    private readonly root: CShape,
  ) {}

  report(file: string, loc: Loc | undefined, code: string, data: Record<string, string>): void {
    this.add(errorDiagnostic(code, data, { file, line: loc?.start.line ?? 1, column: (loc?.start.column ?? 0) + 1 }));
  }

  /** Keep one of each problem: a partial used twice is walked twice. */
  add(d: Diagnostic): void {
    const key = placeKey(d);
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.diagnostics.push(d);
  }

  /** The shape a path resolves to, or undefined (reported) when it does not exist. */
  resolve(p: PathNode, stack: Frame[], file: string): CShape | undefined {
    let shape: CShape;
    let parts = p.parts;
    if (p.data) {
      const [head, ...rest] = parts;
      if (head === 'root') {
        shape = this.root;
        parts = rest;
      } else {
        const frame = stack[stack.length - 1 - p.depth];
        if (head === 'index' || head === 'first' || head === 'last' || head === 'key') {
          if (!frame?.loop) this.report(file, p.loc, 'render-template-unknown-field', { field: p.original, suggestion: '' });
          return ANY;
        }
        this.report(file, p.loc, 'render-template-unknown-field', { field: p.original, suggestion: '' });
        return undefined;
      }
    } else {
      const frame = stack[stack.length - 1 - p.depth];
      if (!frame) {
        this.report(file, p.loc, 'render-template-unknown-field', { field: p.original, suggestion: '' });
        return undefined;
      }
      const head = parts[0];
      if (p.depth === 0 && head !== undefined && !p.original.startsWith('this') && !p.original.startsWith('./')) {
        // Block params shadow context fields, innermost first.
        for (let i = stack.length - 1; i >= 0; i--) {
          const bp = stack[i]!.params[head];
          if (bp) {
            shape = bp;
            parts = parts.slice(1);
            return this.walk(shape, parts, p, file);
          }
        }
      }
      shape = frame.shape;
    }
    return this.walk(shape, parts, p, file);
  }

  private walk(start: CShape, parts: string[], p: PathNode, file: string): CShape | undefined {
    let shape = start;
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i]!;
      if (shape.t === 'any') return ANY;
      const s = unwrap(shape);
      if (s.t === 'object' && Object.prototype.hasOwnProperty.call(s.fields, part)) {
        shape = s.fields[part]!;
        continue;
      }
      if (s.t === 'array' && part === 'length') {
        shape = { t: 'number' };
        continue;
      }
      if (s.t === 'array' && /^\d+$/.test(part)) {
        shape = s.of;
        continue;
      }
      const candidates = s.t === 'object' ? Object.keys(s.fields) : s.t === 'array' ? ['length'] : [];
      const suggestion = didYouMean(part, candidates);
      // Named up to the first segment that is not there: `plan.budgt`, not `plan.budgt.amount`.
      const field = dropSegments(p.original, parts.length - 1 - i);
      this.report(file, p.loc, 'render-template-unknown-field', { field, suggestion: suggestion ? `${field.slice(0, field.length - part.length)}${suggestion}` : '' });
      return undefined;
    }
    return shape;
  }

  expr(e: Expr, stack: Frame[], file: string): CShape | undefined {
    switch (e.type) {
      case 'PathExpression':
        return this.resolve(e as PathNode, stack, file);
      case 'SubExpression':
        this.helperCall(e, stack, file);
        return ANY;
      case 'StringLiteral':
        return { t: 'string' };
      case 'NumberLiteral':
        return { t: 'number' };
      case 'BooleanLiteral':
        return { t: 'boolean' };
      default:
        return ANY;
    }
  }

  helperCall(e: Expr, stack: Frame[], file: string): void {
    const p = e.path as PathNode;
    if (p.type === 'PathExpression' && !HELPERS.has(p.original) && !BUILTIN_BLOCKS.has(p.original) && p.original !== 'lookup' && p.original !== 'log') {
      this.report(file, p.loc, 'render-template-unknown-helper', { helper: p.original });
    }
    this.args(e, stack, file);
  }

  args(e: Expr, stack: Frame[], file: string): void {
    for (const a of e.params ?? []) this.expr(a, stack, file);
    for (const pair of e.hash?.pairs ?? []) this.expr(pair.value, stack, file);
  }

  program(prog: Program | undefined, stack: Frame[], file: string): void {
    for (const s of prog?.body ?? []) this.statement(s, stack, file);
  }

  statement(s: Stmt, stack: Frame[], file: string): void {
    switch (s.type) {
      case 'MustacheStatement': {
        const p = s.path as PathNode;
        const isCall = (s.params?.length ?? 0) > 0 || (s.hash?.pairs.length ?? 0) > 0 || (p.type === 'PathExpression' && !p.data && p.parts.length === 1 && HELPERS.has(p.original));
        if (isCall) this.helperCall(s, stack, file);
        else this.expr(p, stack, file);
        return;
      }
      case 'BlockStatement':
        this.block(s, stack, file);
        return;
      case 'PartialStatement':
      case 'PartialBlockStatement':
        this.partial(s, stack, file);
        return;
      default:
        return;
    }
  }

  block(s: Stmt, stack: Frame[], file: string): void {
    const p = s.path as PathNode;
    const name = p.original;
    const params = s.params ?? [];
    if (name === 'if' || name === 'unless') {
      for (const a of params) this.expr(a, stack, file);
      this.program(s.program, stack, file);
      this.program(s.inverse, stack, file);
      return;
    }
    if (name === 'each' || name === 'with') {
      const target = params[0] ? this.expr(params[0], stack, file) : ANY;
      let inner: CShape = ANY;
      if (target) {
        const t = target.t === 'any' ? target : unwrap(target);
        if (name === 'each') inner = t.t === 'array' ? t.of : ANY;
        else inner = t;
      }
      const bp = s.program?.blockParams ?? [];
      const frameParams: Record<string, CShape> = {};
      if (bp[0]) frameParams[bp[0]] = inner;
      if (bp[1]) frameParams[bp[1]] = name === 'each' ? { t: 'number' } : ANY;
      this.program(s.program, [...stack, { shape: inner, params: frameParams, loop: name === 'each' }], file);
      this.program(s.inverse, stack, file);
      return;
    }
    // Any other block: mplan's helpers are not block helpers.
    this.report(file, p.loc, 'render-template-unknown-helper', { helper: name });
  }

  partial(s: Stmt, stack: Frame[], file: string): void {
    const n = s.name as PathNode;
    if (!n || n.type !== 'PathExpression') return; // dynamic partial: cannot know statically
    const name = n.original;
    const t = this.partials.get(name);
    if (!t) {
      this.report(file, s.loc, 'render-template-unknown-partial', { partial: name });
      return;
    }
    let ctx: CShape = stack[stack.length - 1]!.shape;
    if (s.params?.[0]) ctx = this.expr(s.params[0], stack, file) ?? ANY;
    const hash = s.hash?.pairs ?? [];
    if (hash.length) {
      const base = ctx.t === 'any' ? ANY : unwrap(ctx);
      const fields: Record<string, Shape> = base.t === 'object' ? { ...base.fields } : {};
      for (const pair of hash) fields[pair.key] = (this.expr(pair.value, stack, file) ?? ANY) as Shape;
      ctx = base.t === 'object' || base.t === 'any' ? { t: 'object', fields } : ctx;
    }
    const done = this.checkedPartials.get(name) ?? new Set<CShape>();
    if (done.has(ctx)) return;
    done.add(ctx);
    this.checkedPartials.set(name, done);
    const ast = parse(t, this);
    if (ast) this.program(ast, [...stack, { shape: ctx, params: {}, loop: false }], t.file);
  }
}

/** `a.b.c` without its last `n` segments. */
function dropSegments(original: string, n: number): string {
  let out = original;
  for (let k = 0; k < n; k++) {
    const at = Math.max(out.lastIndexOf('.'), out.lastIndexOf('/'));
    if (at <= 0) break;
    out = out.slice(0, at);
  }
  return out;
}

function parse(t: TemplateSource, checker: Checker): Program | undefined {
  try {
    // Compile without knownHelpersOnly: unknown helpers are reported by the walk, with the rest.
    createEnvironment('en').precompile(t.source, { ...COMPILE_OPTIONS, knownHelpersOnly: false });
    return Handlebars.parse(t.source) as unknown as Program;
  } catch (err) {
    checker.add(syntaxError(err, t.file).toDiagnostic());
    return undefined;
  }
}

/** Check one template against the shape of the data it receives. */
export function checkTemplate(main: TemplateSource, shape: Shape, partials: Map<string, TemplateSource>): Diagnostic[] {
  const checker = new Checker(partials, shape);
  const ast = parse(main, checker);
  if (ast) checker.program(ast, [{ shape, params: {}, loop: false }], main.file);
  return checker.diagnostics;
}

const DOCUMENT_FILES: Record<DocumentName, string> = { report: 'report.md.hbs', rfp: 'rfp.md.hbs', journey: 'journey.md.hbs', kpis: 'kpis.md.hbs' };

export interface CheckTemplatesResult {
  /** Each at its template's absolute path. */
  diagnostics: Diagnostic[];
  /** How many template files were checked. */
  checked: number;
  planLocale: unknown;
}

const byPlace = (a: Diagnostic, b: Diagnostic) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column);

/** The plan root at or above `dir` and its `locale:`, or nothing when `dir` is in no plan. */
function planAt(dir: string): { root?: string; planLocale: unknown } {
  try {
    return { root: findPlanRoot(dir).root, planLocale: planLocaleAt(dir) };
  } catch (err) {
    if (!(err instanceof MplanError) || err.code !== 'usage-no-root') throw err;
    return { planLocale: undefined };
  }
}

/**
 * Check every built-in template and the plan repo's own `templates/`
 * (when `dir` is inside a plan), in every locale.
 */
export async function checkTemplates(dir: string): Promise<CheckTemplatesResult> {
  const { root, planLocale } = planAt(dir);
  const diagnostics: Diagnostic[] = [];
  const files = new Set<string>();
  const seen = new Set<string>();
  const add = (ds: Diagnostic[]) => {
    for (const d of ds) {
      const k = placeKey(d);
      if (!seen.has(k)) {
        seen.add(k);
        diagnostics.push(d);
      }
    }
  };
  for (const locale of LANGS) {
    // The built-ins on their own, then as the repo sees them (its overrides in place).
    const sets: Array<string | undefined> = root ? [undefined, root] : [undefined];
    for (const r of sets) {
      const unusable: TemplateError[] = [];
      const partials = loadPartials(locale, r, unusable);
      add(unusable.map((e) => e.toDiagnostic()));
      for (const p of partials.values()) {
        files.add(p.file);
        const checker = new Checker(partials, ANY);
        parse(p, checker); // syntax of every partial, used or not
        add(checker.diagnostics);
      }
      for (const doc of Object.keys(DOCUMENT_FILES) as DocumentName[]) {
        let main: TemplateSource;
        try {
          main = resolveMain(DOCUMENT_FILES[doc], locale, r);
        } catch (err) {
          if (!(err instanceof TemplateError)) throw err;
          files.add(err.file);
          add([err.toDiagnostic()]);
          continue;
        }
        files.add(main.file);
        add(checkTemplate(main, SHAPES[doc], partials));
      }
    }
  }
  diagnostics.sort(byPlace);
  return { diagnostics, checked: files.size, planLocale };
}

/**
 * Check one template file (`render --template FILE --check`) against the data
 * of the document it is for, with the partials it would render with: the
 * plan repo's over the built-ins, in the document's locale (`locale`, else the
 * plan's, else English).
 */
export function checkTemplateFile(file: string, document: DocumentName, dir: string, locale?: Lang): CheckTemplatesResult {
  const { root, planLocale } = planAt(dir);
  const lang: Lang = locale ?? (planLocale === 'ja' ? 'ja' : 'en');
  // Read as every template is: an ordinary file, size-capped (a FIFO given as --template must not hang).
  const main: TemplateSource = readTemplate(path.basename(file), file, false);
  const diagnostics = checkTemplate(main, SHAPES[document], loadPartials(lang, root));
  diagnostics.sort(byPlace);
  return { diagnostics, checked: 1, planLocale };
}

/** The same problem at the same place: reported once. */
function placeKey(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column}:${d.rule}:${JSON.stringify(d.data)}`;
}

/**
 * The plan repo's own `templates/`, as `lint` reports them: only the problems
 * in those files (not in the built-ins), each located relative to the plan root
 * like every other finding.
 */
export async function checkRepoTemplates(root: string): Promise<Diagnostic[]> {
  const dir = path.join(root, 'templates');
  const { diagnostics } = await checkTemplates(root);
  return diagnostics.filter((d) => d.file.startsWith(dir + path.sep)).map((d) => ({ ...d, file: path.relative(root, d.file).split(path.sep).join('/') }));
}

/** `file:line:col  message` and the hint below, one problem per block. */
export function formatTemplateDiagnostics(ds: Diagnostic[], lang: Lang, show: (file: string) => string = (f) => path.basename(f)): string {
  return ds
    .map((d) => {
      const msg = text(d.messageId, lang, d.data);
      const hint = d.hintId === undefined ? undefined : text(d.hintId, lang, d.hintData ?? d.data);
      return `${show(d.file)}:${d.line}:${d.column}  ${msg}\n${hint !== undefined && hint !== d.hintId ? `  ${hint}\n` : ''}`;
    })
    .join('');
}
