import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import type { Diagnostic, ProtocolConnection } from 'vscode-languageserver-protocol/node';
import { BIN, ROOT, ensureBundle } from '../helpers/bundle.js';

// A copy of one of examples/ in a temp folder removed after the test file (the server may be told to rename in it).
export { copyExample } from '../helpers/examples.js';

export const uriOf = (abs: string): string => pathToFileURL(abs).href;

/**
 * `node bin/mplan.js lsp --stdio` driven as an editor does: JSON-RPC over
 * the child's stdin/stdout through vscode-languageserver-protocol. Keeps the
 * latest diagnostics per URI, every log message, and whatever the server
 * wrote to stdout that was not protocol (the reader fails on it).
 */
export class Client {
  readonly connection: ProtocolConnection;
  readonly child: ChildProcess;
  readonly diagnostics = new Map<string, Diagnostic[]>();
  readonly logs: string[] = [];
  stderr = '';
  readerErrors: unknown[] = [];
  private versions = new Map<string, number>();
  private waiters: Array<() => void> = [];

  constructor(cwd: string, env: NodeJS.ProcessEnv = {}, args: string[] = []) {
    ensureBundle();
    this.child = spawn(process.execPath, [BIN, 'lsp', '--stdio', ...args], { cwd, env: { PATH: process.env.PATH, MPLAN_TODAY: '2026-01-15', ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stderr!.on('data', (b: Buffer) => (this.stderr += b.toString()));
    const reader = new StreamMessageReader(this.child.stdout!);
    reader.onError((e) => this.readerErrors.push(e));
    this.connection = createProtocolConnection(reader, new StreamMessageWriter(this.child.stdin!));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
      this.diagnostics.set(p.uri, p.diagnostics);
      this.wake();
    });
    this.connection.onNotification(LogMessageNotification.type, (p) => {
      this.logs.push(p.message);
      this.wake();
    });
    this.connection.listen();
  }

  private wake(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const f of w) f();
  }

  /** Resolve once `test` holds (checked after each notification); fail after `ms`. */
  async until(test: () => boolean, what: string, ms = 20000): Promise<void> {
    const deadline = Date.now() + ms;
    while (!test()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; logs: ${this.logs.join(' | ')}; stderr: ${this.stderr}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 200);
      });
    }
  }

  async initialize(folder: string, initializationOptions?: unknown): Promise<void> {
    await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: uriOf(folder),
      workspaceFolders: [{ uri: uriOf(folder), name: path.basename(folder) }],
      capabilities: {},
      initializationOptions,
    });
    await this.connection.sendNotification(InitializedNotification.type, {});
  }

  async open(abs: string, text: string): Promise<void> {
    this.versions.set(abs, 1);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: uriOf(abs), languageId: 'yaml', version: 1, text } });
  }

  /** Replace the whole buffer (unsaved). */
  async change(abs: string, text: string): Promise<void> {
    const version = (this.versions.get(abs) ?? 1) + 1;
    this.versions.set(abs, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: uriOf(abs), version }, contentChanges: [{ text }] });
  }

  async close(abs: string): Promise<void> {
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: uriOf(abs) } });
  }

  async watched(changes: Array<{ abs: string; type: 1 | 2 | 3 }>): Promise<void> {
    await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: changes.map((c) => ({ uri: uriOf(c.abs), type: c.type })) });
  }

  diagnosticsOf(abs: string): Diagnostic[] | undefined {
    return this.diagnostics.get(uriOf(abs));
  }

  /** Shut down as an editor does; resolves with the server's exit code. */
  async stop(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.child.on('exit', (code) => resolve(code)));
    try {
      await this.connection.sendRequest(ShutdownRequest.type);
      await this.connection.sendNotification(ExitNotification.type);
    } catch {
      // already gone
    }
    const code = await exited;
    this.connection.dispose();
    return code;
  }
}

/** A server started in `dir`, once it has checked the plan a first time. */
export async function startServer(dir: string): Promise<Client> {
  const client = new Client(dir);
  await client.initialize(dir);
  await client.until(() => client.logs.some((l) => l.includes('checking the plan')), 'the first check');
  return client;
}
