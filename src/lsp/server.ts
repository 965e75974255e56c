import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Readable, Writable } from 'node:stream';
import {
  CodeActionKind,
  CompletionItemKind,
  DiagnosticSeverity,
  FileChangeType,
  MessageType,
  ResponseError,
  ErrorCodes,
  StreamMessageReader,
  StreamMessageWriter,
  SymbolKind,
  TextDocuments,
  TextDocumentSyncKind,
  createConnection,
} from 'vscode-languageserver/node.js';
import type {
  CodeAction,
  CompletionItem,
  Connection,
  Diagnostic as LspDiagnostic,
  DocumentSymbol,
  Hover,
  InitializeParams,
  Location as LspLocation,
  SymbolInformation,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkPlan } from '../app/pipeline.js';
import type { CheckResult } from '../app/pipeline.js';
import { MplanError } from '../diagnostics/error.js';
import type { Diagnostic, Severity } from '../diagnostics/types.js';
import { editsByFile, definitionSpan, keyOf, planRename } from '../edit/rename.js';
import { fixesFor, planLines } from '../edit/fixes.js';
import { chooseLang, localize, text } from '../i18n/index.js';
import type { Lang } from '../i18n/types.js';
import { findPlanRoot, PLAN_FILE_NAMES } from '../load/root.js';
import type { SourceFile } from '../load/source.js';
import type { Kind } from '../model/kinds.js';
import type { Target } from '../model/types.js';
import { docsUrl, errorDocsUrl } from '../i18n/docs-url.js';
import { OpenBuffers } from './buffers.js';
import { cursorContext, enumAt, fieldDescription, fieldsAt, referenceTarget } from './context.js';
import { displayName, keyFacts, location, offsetOf, PlanIndex, spanRange } from './features.js';

export interface ServerOptions {
  input: Readable;
  output: Writable;
  env?: NodeJS.ProcessEnv;
  /** Version shown in the server info and the first log line. */
  version: string;
  /** `--lang`: the language of findings and messages, over each plan's `locale` (initializationOptions.lang wins). */
  lang?: Lang;
  /** Milliseconds between the last keystroke and the check it starts. */
  debounce?: number;
  /** Collect the garbage now if much has piled up (V8's `gc`), when the process may: see `schedule`. */
  collect?: () => void;
}

/** A plan being watched: the last check of it and the files that were given diagnostics. */
interface Plan {
  root: string;
  result?: CheckResult;
  index?: PlanIndex;
  /** What each URI was last sent (as JSON): a file whose findings did not change is not sent again. */
  published: Map<string, string>;
  timer?: NodeJS.Timeout;
  running?: Promise<void>;
  again: boolean;
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = { error: DiagnosticSeverity.Error, warn: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information };
const SYMBOL: Record<Kind | 'Stage', SymbolKind> = {
  Plan: SymbolKind.Package,
  Goal: SymbolKind.Event,
  Challenge: SymbolKind.Event,
  Persona: SymbolKind.Class,
  Journey: SymbolKind.Namespace,
  KPI: SymbolKind.Number,
  Initiative: SymbolKind.Function,
  Role: SymbolKind.Interface,
  Tool: SymbolKind.Module,
  RFP: SymbolKind.File,
  Stage: SymbolKind.EnumMember,
};
/** Workspace symbols answered at most (a client asks again as the query grows). */
const MAX_SYMBOLS = 1000;

function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

function detail(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Serve the Language Server Protocol on `input`/`output` until the client says `exit` or goes away. */
export function startServer(options: ServerOptions): { connection: Connection; closed: Promise<void> } {
  const env = options.env ?? process.env;
  const debounce = options.debounce ?? 60;
  const reader = new StreamMessageReader(options.input);
  const writer = new StreamMessageWriter(options.output);
  const connection = createConnection(reader, writer);
  const documents = new TextDocuments(TextDocument);
  const buffers = new OpenBuffers();
  const plans = new Map<string, Plan>();
  /** Open documents by absolute path, with the URI the client named them by. */
  const openUris = new Map<string, string>();
  const notInPlan = new Set<string>();
  let folders: string[] = [];
  let langOption: Lang | undefined = options.lang;
  /** A check ended since the garbage was last collected. */
  let garbage = false;
  let closedResolve: () => void = () => {};
  const closed = new Promise<void>((resolve) => (closedResolve = resolve));
  reader.onClose(() => closedResolve());

  const log = (type: MessageType, id: string, data: Record<string, string | number>): void => {
    try {
      void connection.sendNotification('window/logMessage', { type, message: text(id, langOption ?? chooseLang(undefined, undefined, env), data) });
    } catch {
      // the client has gone: nothing to tell
    }
  };

  const uriOf = (abs: string): string => openUris.get(abs) ?? pathToFileURL(abs).href;

  const langOf = (plan: Plan): Lang => chooseLang(langOption, plan.result?.model.plan?.data.locale, env);

  /** The plan a file belongs to (the nearest one above it), found or started. */
  function planFor(abs: string): Plan | undefined {
    let best: Plan | undefined;
    for (const p of plans.values()) {
      if ((abs === p.root || abs.startsWith(p.root + path.sep)) && (!best || p.root.length > best.root.length)) best = p;
    }
    if (best) return best;
    try {
      return ensurePlan(findPlanRoot(path.dirname(abs)).root);
    } catch {
      if (!notInPlan.has(abs)) {
        notInPlan.add(abs);
        log(MessageType.Log, 'lsp-no-plan', { file: abs });
      }
      return undefined;
    }
  }

  function ensurePlan(root: string): Plan {
    let plan = plans.get(root);
    if (!plan) {
      plan = { root, published: new Map(), again: false };
      plans.set(root, plan);
      log(MessageType.Info, 'lsp-checking', { version: options.version, root });
      schedule(plan, 0);
    }
    return plan;
  }

  function dropPlan(plan: Plan): void {
    if (plan.timer) clearTimeout(plan.timer);
    plans.delete(plan.root);
    for (const uri of plan.published.keys()) void connection.sendDiagnostics({ uri, diagnostics: [] });
    plan.published.clear();
  }

  function schedule(plan: Plan, delay = debounce): void {
    if (plan.timer) clearTimeout(plan.timer);
    // The plan changed: its last check is let go now (requests wait for the next one, fresh()), and
    // the debounce wait is spent collecting it. Each check leaves a whole model behind as garbage,
    // which V8 collects late: checks in a row would otherwise hold several models' worth of memory.
    if (!plan.running) {
      plan.result = undefined;
      plan.index = undefined;
    }
    if (garbage && options.collect) {
      garbage = false;
      const started = performance.now();
      options.collect();
      delay = Math.max(0, delay - (performance.now() - started));
    }
    plan.timer = setTimeout(() => {
      plan.timer = undefined;
      void run(plan);
    }, delay);
  }

  async function run(plan: Plan): Promise<void> {
    if (plan.running) {
      plan.again = true;
      return plan.running;
    }
    plan.running = (async () => {
      do {
        plan.again = false;
        await check(plan);
      } while (plan.again);
    })();
    try {
      await plan.running;
    } finally {
      plan.running = undefined;
    }
  }

  /** Wait until the plan's check reflects every change received so far. */
  async function fresh(plan: Plan): Promise<void> {
    if (plan.timer) {
      clearTimeout(plan.timer);
      plan.timer = undefined;
      await run(plan);
    }
    while (plan.running) await plan.running;
  }

  async function check(plan: Plan): Promise<void> {
    if (!existsSync(plan.root) || !PLAN_FILE_NAMES.some((n) => existsSync(path.join(plan.root, n)))) {
      dropPlan(plan);
      return;
    }
    let result: CheckResult;
    // The last check is let go before the next one is built: two models of a big plan side by side
    // would double the server's memory. Requests wait for the new one (fresh()).
    plan.result = undefined;
    plan.index = undefined;
    try {
      result = await checkPlan(plan.root, { lint: true, today: env.MPLAN_TODAY || undefined, memo: buffers });
    } catch (err) {
      const message = err instanceof MplanError ? text(err.code, langOf(plan), err.data) : detail(err);
      log(MessageType.Error, 'lsp-plan-failed', { root: plan.root, detail: message });
      return;
    }
    garbage = true;
    if (!plans.has(plan.root)) return;
    plan.result = result;
    plan.index = undefined;
    publish(plan, result);
  }

  function publish(plan: Plan, result: CheckResult): void {
    const lang = langOf(plan);
    const byFile = new Map<string, Diagnostic[]>();
    for (const d of localize(result.diagnostics, lang, result.rules)) {
      const list = byFile.get(d.file);
      if (list) list.push(d);
      else byFile.set(d.file, [d]);
    }
    const now = new Map<string, string>();
    for (const [file, ds] of byFile) {
      const uri = uriOf(path.join(plan.root, ...file.split('/')));
      const diagnostics = ds.map((d) => toLsp(plan, d, lang, result));
      const json = JSON.stringify(diagnostics);
      now.set(uri, json);
      if (plan.published.get(uri) !== json) void connection.sendDiagnostics({ uri, diagnostics });
    }
    for (const uri of plan.published.keys()) if (!now.has(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
    plan.published = now;
  }

  function toLsp(plan: Plan, d: Diagnostic, lang: Lang, result: CheckResult): LspDiagnostic {
    const start = { line: Math.max(0, d.line - 1), character: Math.max(0, d.column - 1) };
    const end = d.endLine !== undefined ? { line: Math.max(0, d.endLine - 1), character: Math.max(0, (d.endColumn ?? d.column) - 1) } : start;
    const rule = result.rules.get(d.rule);
    const href = rule?.meta.docs ?? (rule ? docsUrl(d.rule, lang) : errorDocsUrl(d.rule));
    const out: LspDiagnostic = {
      range: { start, end },
      severity: SEVERITY[d.severity],
      code: d.rule,
      codeDescription: { href },
      source: 'mplan',
      message: d.hint ? `${d.message ?? d.messageId}\n${d.hint}` : (d.message ?? d.messageId),
      data: { rule: d.rule, messageId: d.messageId, entity: d.entity },
    };
    if (d.related?.length) {
      out.relatedInformation = d.related.map((r) => {
        const at = { line: Math.max(0, r.line - 1), character: Math.max(0, r.column - 1) };
        return { location: { uri: uriOf(path.join(plan.root, ...r.file.split('/'))), range: { start: at, end: at } }, message: r.message ?? r.messageId };
      });
    }
    return out;
  }

  /** The plan, its index and the file for a document position, once the plan is up to date. */
  async function at(uri: string): Promise<{ plan: Plan; index: PlanIndex; file: SourceFile; rel: string } | undefined> {
    const abs = uriToPath(uri);
    if (!abs) return undefined;
    const plan = planFor(abs);
    if (!plan) return undefined;
    await fresh(plan);
    if (!plan.result) return undefined;
    plan.index ??= new PlanIndex(plan.result.model);
    const rel = path.relative(plan.root, abs).split(path.sep).join('/');
    const file = plan.index.filesByPath.get(rel);
    return file ? { plan, index: plan.index, file, rel } : undefined;
  }

  function targetLocation(plan: Plan, target: Target): LspLocation | undefined {
    const def = definitionSpan(target);
    return def ? location(uriOf(def.file.abs), def.file, def.span) : undefined;
  }

  /** A request handler that logs what went wrong and answers `fallback`, instead of failing the server. */
  function guard<P, R>(name: string, fallback: R, fn: (params: P) => Promise<R> | R): (params: P) => Promise<R> {
    return async (params: P) => {
      try {
        return await fn(params);
      } catch (err) {
        if (err instanceof ResponseError) throw err;
        log(MessageType.Error, 'lsp-request-failed', { request: name, detail: detail(err) });
        return fallback;
      }
    };
  }

  connection.onInitialize((params: InitializeParams) => {
    const opts = params.initializationOptions as { lang?: unknown } | undefined;
    if (opts?.lang === 'en' || opts?.lang === 'ja') langOption = opts.lang;
    const list = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    folders = list.map(uriToPath).filter((p): p is string => p !== undefined);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        definitionProvider: true,
        referencesProvider: true,
        hoverProvider: true,
        completionProvider: { triggerCharacters: [':', ' ', '/', ',', '['] },
        documentSymbolProvider: true,
        workspaceSymbolProvider: true,
        renameProvider: { prepareProvider: true },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      },
      serverInfo: { name: 'mplan', version: options.version },
    };
  });

  connection.onInitialized(() => {
    for (const folder of folders) for (const root of plansIn(folder)) ensurePlan(root);
  });

  documents.onDidOpen(({ document }) => {
    const abs = uriToPath(document.uri);
    if (!abs) return;
    openUris.set(abs, document.uri);
    buffers.set(abs, document.version, document.getText());
    const plan = planFor(abs);
    if (plan) schedule(plan);
  });
  documents.onDidChangeContent(({ document }) => {
    const abs = uriToPath(document.uri);
    if (!abs) return;
    buffers.set(abs, document.version, document.getText());
    const plan = planFor(abs);
    if (plan) schedule(plan);
  });
  documents.onDidClose(({ document }) => {
    const abs = uriToPath(document.uri);
    if (!abs) return;
    buffers.delete(abs);
    openUris.delete(abs);
    notInPlan.delete(abs);
    const plan = planFor(abs);
    if (plan) schedule(plan);
  });

  connection.onDidChangeWatchedFiles(({ changes }) => {
    const touched = new Set<Plan>();
    for (const change of changes) {
      const abs = uriToPath(change.uri);
      if (!abs) continue;
      if (PLAN_FILE_NAMES.includes(path.basename(abs))) {
        const root = path.dirname(abs);
        const plan = plans.get(root);
        if (change.type === FileChangeType.Deleted) {
          if (plan) {
            dropPlan(plan);
            // Open files of that plan may belong to a plan further up.
            for (const open of openUris.keys()) if (open.startsWith(root + path.sep)) planFor(open);
          }
          continue;
        }
        if (!plan) {
          ensurePlan(root);
          // Open files that were in a plan above now belong to this one; the plan above is checked again.
          for (const p of plans.values()) if (p.root !== root && root.startsWith(p.root + path.sep)) touched.add(p);
          continue;
        }
      }
      const plan = [...plans.values()].filter((p) => abs.startsWith(p.root + path.sep)).sort((a, b) => b.root.length - a.root.length)[0];
      if (plan) touched.add(plan);
    }
    for (const p of touched) schedule(p);
  });

  connection.onDefinition(
    guard('textDocument/definition', null as LspLocation | null, async ({ textDocument, position }) => {
      const a = await at(textDocument.uri);
      if (!a) return null;
      const offset = offsetOf(a.file, position.line, position.character);
      const occ = offset === undefined ? undefined : a.index.occurrenceAt(a.rel, offset);
      if (!occ?.target) return null;
      return targetLocation(a.plan, occ.target) ?? null;
    }),
  );

  connection.onReferences(
    guard('textDocument/references', [] as LspLocation[], async ({ textDocument, position, context }) => {
      const a = await at(textDocument.uri);
      if (!a) return [];
      const offset = offsetOf(a.file, position.line, position.character);
      const occ = offset === undefined ? undefined : a.index.occurrenceAt(a.rel, offset);
      if (!occ?.target) return [];
      const out = a.index.referencesTo(occ.target).map((r) => location(uriOf(r.file.abs), r.file, r.span));
      if (context.includeDeclaration) {
        const def = targetLocation(a.plan, occ.target);
        if (def) out.unshift(def);
      }
      return out;
    }),
  );

  connection.onHover(
    guard('textDocument/hover', null as Hover | null, async ({ textDocument, position }) => {
      const a = await at(textDocument.uri);
      if (!a) return null;
      const offset = offsetOf(a.file, position.line, position.character);
      if (offset === undefined) return null;
      const lang = langOf(a.plan);
      const parts: string[] = [];
      const occ = a.index.occurrenceAt(a.rel, offset);
      const range = occ ? spanRange(a.file, [occ.start, occ.end]) : undefined;
      if (occ?.target) {
        const t = occ.target;
        const name = displayName(t);
        const head = `**${t.kind}** \`${keyOf(t)}\`${name ? ` — ${name}` : ''}`;
        const facts = keyFacts(t).map(([k, v]) => `- ${k}: ${v}`);
        const count = a.index.model.referrers(t).length;
        parts.push([head, ...facts, '', text('lsp-referrers', lang, { count })].join('\n'));
      } else if (!occ) {
        const word = onKey(a.file.text, offset) ? wordAt(a.file.text, offset) : undefined;
        if (word) {
          const keys = [...cursorContext(a.file.text, offset).keys.slice(0, -1), word];
          const desc = fieldDescription(cursorContext(a.file.text, offset).kind, keys);
          if (desc) parts.push(`**${desc.title ?? word}** (\`${word}\`)\n\n${desc.description}`);
        }
      }
      // Findings at this position: each rule's one-line description.
      const line = position.line + 1;
      const col = position.character + 1;
      const seen = new Set<string>();
      for (const d of a.plan.result?.diagnostics ?? []) {
        if (d.file !== a.rel || seen.has(d.rule)) continue;
        const endLine = d.endLine ?? d.line;
        const endCol = d.endColumn ?? d.column;
        const inside = (line > d.line || (line === d.line && col >= d.column)) && (line < endLine || (line === endLine && col <= Math.max(endCol, d.column + 1)));
        if (!inside) continue;
        const rule = a.plan.result?.rules.get(d.rule);
        if (!rule) continue;
        seen.add(d.rule);
        parts.push(`\`${d.rule}\`: ${rule.meta.description[lang]}`);
      }
      if (!parts.length) return null;
      return { contents: { kind: 'markdown', value: parts.join('\n\n---\n\n') }, ...(range ? { range } : {}) };
    }),
  );

  connection.onCompletion(
    guard('textDocument/completion', [] as CompletionItem[], async ({ textDocument, position }) => {
      const doc = documents.get(textDocument.uri);
      const a = await at(textDocument.uri);
      if (!a) return [];
      const textNow = doc?.getText() ?? a.file.text;
      const offset = doc ? doc.offsetAt(position) : offsetOf(a.file, position.line, position.character);
      if (offset === undefined) return [];
      const ctx = cursorContext(textNow, offset);
      const startPos = doc ? doc.positionAt(ctx.start) : position;
      const range = { start: startPos, end: position };
      const model = a.index.model;
      if (ctx.on === 'value') {
        const target = referenceTarget(ctx.kind, ctx.keys);
        if (target) {
          const items: CompletionItem[] = [];
          const list: readonly Target[] = target === 'Stage' ? model.stages : model.ofKind(target);
          for (const t of list) {
            const key = keyOf(t);
            items.push({ label: key, detail: displayName(t), kind: CompletionItemKind.Reference, textEdit: { range, newText: key } });
          }
          return items;
        }
        return enumAt(ctx.kind, ctx.keys).map((v) => ({ label: v, kind: CompletionItemKind.EnumMember, textEdit: { range, newText: v } }));
      }
      return fieldsAt(ctx.kind, ctx.keys.slice(0, -1)).map((f) => ({
        label: f.key,
        kind: CompletionItemKind.Property,
        ...(f.description ? { documentation: f.description } : {}),
        textEdit: { range, newText: `${f.key}: ` },
      }));
    }),
  );

  connection.onDocumentSymbol(
    guard('textDocument/documentSymbol', [] as DocumentSymbol[], async ({ textDocument }) => {
      const a = await at(textDocument.uri);
      if (!a) return [];
      const out: DocumentSymbol[] = [];
      for (const e of a.index.entitiesOf(a.rel)) {
        const def = definitionSpan(e);
        const whole = e.doc.positions?.root();
        if (!def || !whole) continue;
        const sym: DocumentSymbol = { name: e.id, detail: `${e.kind} · ${displayName(e)}`, kind: SYMBOL[e.kind], range: spanRange(a.file, whole), selectionRange: spanRange(a.file, def.span) };
        if (e.kind === 'Journey') {
          sym.children = [];
          for (const s of a.index.model.stagesOf(e as never)) {
            const sd = definitionSpan(s);
            const item = e.doc.positions?.locate(['stages', s.index]);
            if (sd && item) sym.children.push({ name: s.id, detail: displayName(s), kind: SymbolKind.EnumMember, range: spanRange(a.file, item), selectionRange: spanRange(a.file, sd.span) });
          }
        }
        out.push(sym);
      }
      return out;
    }),
  );

  connection.onWorkspaceSymbol(
    guard('workspace/symbol', [] as SymbolInformation[], async ({ query }) => {
      const q = query.toLowerCase();
      const out: SymbolInformation[] = [];
      for (const plan of plans.values()) {
        await fresh(plan);
        if (!plan.result) continue;
        const model = plan.result.model;
        const add = (t: Target): void => {
          if (out.length >= MAX_SYMBOLS) return;
          const key = keyOf(t);
          if (q && !key.toLowerCase().includes(q) && !displayName(t).toLowerCase().includes(q)) return;
          const def = definitionSpan(t);
          if (!def) return;
          out.push({ name: key, kind: SYMBOL[t.kind], location: location(uriOf(def.file.abs), def.file, def.span), containerName: `${t.kind} · ${displayName(t)}` });
        };
        for (const e of model.entities) add(e);
        for (const s of model.stages) add(s);
      }
      return out;
    }),
  );

  connection.onPrepareRename(
    guard('textDocument/prepareRename', null as { range: ReturnType<typeof spanRange>; placeholder: string } | null, async ({ textDocument, position }) => {
      const a = await at(textDocument.uri);
      const offset = a ? offsetOf(a.file, position.line, position.character) : undefined;
      const occ = a && offset !== undefined ? a.index.occurrenceAt(a.rel, offset) : undefined;
      if (!a || !occ?.target) throw new ResponseError(ErrorCodes.InvalidRequest, text('lsp-not-an-id', a ? langOf(a.plan) : (langOption ?? 'en')));
      const placeholder = occ.definition && occ.target.kind === 'Stage' ? occ.target.id : keyOf(occ.target);
      return { range: spanRange(a.file, [occ.start, occ.end]), placeholder };
    }),
  );

  connection.onRenameRequest(
    guard('textDocument/rename', null as WorkspaceEdit | null, async ({ textDocument, position, newName }) => {
      const a = await at(textDocument.uri);
      const offset = a ? offsetOf(a.file, position.line, position.character) : undefined;
      const occ = a && offset !== undefined ? a.index.occurrenceAt(a.rel, offset) : undefined;
      if (!a || !occ?.target) throw new ResponseError(ErrorCodes.InvalidRequest, text('lsp-not-an-id', a ? langOf(a.plan) : (langOption ?? 'en')));
      const lang = langOf(a.plan);
      const planned = planRename(a.index.model, keyOf(occ.target), newName.trim());
      if (!planned.ok) {
        const hint = text(`${planned.problem.messageId}.hint`, lang, planned.problem.data);
        const message = text(planned.problem.messageId, lang, planned.problem.data);
        throw new ResponseError(ErrorCodes.InvalidParams, hint === `${planned.problem.messageId}.hint` ? message : `${message} ${hint}`);
      }
      const changes: Record<string, TextEdit[]> = {};
      for (const [file, edits] of editsByFile(planned.edits)) {
        changes[uriOf(file.abs)] = edits.map((e) => ({ range: spanRange(file, [e.start, e.end]), newText: e.newText }));
      }
      return { changes };
    }),
  );

  // Quick fixes (src/edit/fixes.ts): every fix of each finding in the range, the safe ones preferred.
  connection.onCodeAction(
    guard('textDocument/codeAction', [] as CodeAction[], async ({ textDocument, range }) => {
      const a = await at(textDocument.uri);
      const result = a?.plan.result;
      if (!a || !result) return [];
      const lang = langOf(a.plan);
      const ctx = { model: result.model, suppressible: new Set(result.rules.keys()), reason: text('fix-suppress-reason', lang) };
      const linesOf = planLines(result.model);
      const out: CodeAction[] = [];
      for (const d of result.diagnostics) {
        if (d.file !== a.rel) continue;
        const line = d.line - 1;
        const endLine = (d.endLine ?? d.line) - 1;
        if (endLine < range.start.line || line > range.end.line) continue;
        const [lsp] = localize([d], lang, result.rules).map((l) => toLsp(a.plan, l, lang, result));
        for (const fix of fixesFor(d, ctx, linesOf)) {
          const changes: Record<string, TextEdit[]> = {};
          for (const e of fix.edits) {
            const uri = uriOf(path.join(a.plan.root, ...e.file.split('/')));
            (changes[uri] ??= []).push({
              range: { start: { line: e.range.start.line - 1, character: e.range.start.column - 1 }, end: { line: e.range.end.line - 1, character: e.range.end.column - 1 } },
              newText: e.newText,
            });
          }
          out.push({ title: text(fix.messageId, lang, fix.data), kind: CodeActionKind.QuickFix, diagnostics: lsp ? [lsp] : [], isPreferred: fix.safe, edit: { changes } });
        }
      }
      return out;
    }),
  );

  connection.onShutdown(() => {
    for (const p of plans.values()) if (p.timer) clearTimeout(p.timer);
  });

  documents.listen(connection);
  connection.listen();
  return { connection, closed };
}

/** True when the offset is on a `key:` of its line. */
function onKey(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = text.indexOf('\n', offset);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  const m = /^( *(?:- +)*)([A-Za-z_][\w-]*) *:/.exec(line);
  if (!m) return false;
  const col = offset - lineStart;
  return col >= m[1]!.length && col <= m[1]!.length + m[2]!.length;
}

function wordAt(text: string, offset: number): string | undefined {
  let s = offset;
  let e = offset;
  while (s > 0 && /[\w-]/.test(text[s - 1]!)) s--;
  while (e < text.length && /[\w-]/.test(text[e]!)) e++;
  return s < e ? text.slice(s, e) : undefined;
}

/** The plans a workspace folder holds: the one it is in, else those in its sub-folders (a few levels down). */
function plansIn(folder: string): string[] {
  try {
    return [findPlanRoot(folder).root];
  } catch {
    // not inside a plan: look below
  }
  const out: string[] = [];
  const walk = (dir: string, depth: number): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    if (entries.some((e) => e.isFile() && PLAN_FILE_NAMES.includes(e.name))) {
      out.push(dir);
      return;
    }
    if (depth === 0) return;
    for (const e of entries) {
      if (e.isDirectory() && !e.name.startsWith('.') && e.name !== 'node_modules') walk(path.join(dir, e.name), depth - 1);
    }
  };
  walk(folder, 3);
  return out.sort();
}
