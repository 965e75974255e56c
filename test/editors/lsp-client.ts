import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * A minimal Language Server Protocol client over stdio (Content-Length
 * framing, JSON-RPC 2.0): enough to drive yaml-language-server the way an
 * editor does. Every wait is bounded; `close()` always kills the process.
 */

export interface Diagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  message: string;
  severity?: number;
  source?: string;
}

type Pending = { resolve: (v: unknown) => void; reject: (e: Error) => void; timer: NodeJS.Timeout };

const require = createRequire(import.meta.url);

/** The server's entry point, as the package ships it (bin/yaml-language-server). */
export function serverEntry(): string {
  const pkg = require.resolve('yaml-language-server/package.json');
  return path.join(path.dirname(pkg), 'bin', 'yaml-language-server');
}

export const uri = (file: string): string => pathToFileURL(file).href;

export class LspClient {
  private proc: ChildProcess;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private pending = new Map<number, Pending>();
  private diagnostics = new Map<string, { at: number; items: Diagnostic[] }>();
  private diagWaiters: Array<() => void> = [];
  private exited = false;
  readonly stderr: string[] = [];
  /** Server-to-client requests answered with this (e.g. workspace/configuration). */
  configuration: (section: string | undefined) => unknown = () => null;

  constructor(private readonly timeoutMs = 15000) {
    this.proc = spawn(process.execPath, [serverEntry(), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.proc.stdout!.on('data', (chunk: Buffer) => this.onData(chunk));
    this.proc.stderr!.on('data', (chunk: Buffer) => this.stderr.push(chunk.toString('utf8')));
    this.proc.on('exit', () => {
      this.exited = true;
      for (const p of this.pending.values()) {
        clearTimeout(p.timer);
        p.reject(new Error(`language server exited\n${this.stderr.join('')}`));
      }
      this.pending.clear();
    });
    this.proc.stdin!.on('error', () => undefined);
  }

  private send(message: object): void {
    if (this.exited) throw new Error('language server is not running');
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
    this.proc.stdin!.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
  }

  private onData(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const header = this.buffer.subarray(0, headerEnd).toString('ascii');
      const m = /Content-Length: (\d+)/i.exec(header);
      if (!m) throw new Error(`bad LSP header: ${header}`);
      const length = Number(m[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.onMessage(JSON.parse(body));
    }
  }

  private onMessage(msg: { id?: number; method?: string; params?: any; result?: unknown; error?: { message: string } }): void {
    if (msg.method && msg.id !== undefined) {
      // A request from the server.
      let result: unknown = null;
      if (msg.method === 'workspace/configuration') {
        result = (msg.params.items as Array<{ section?: string }>).map((i) => this.configuration(i.section));
      }
      this.send({ id: msg.id, result });
      return;
    }
    if (msg.method === 'textDocument/publishDiagnostics') {
      this.diagnostics.set(msg.params.uri, { at: Date.now(), items: msg.params.diagnostics });
      const waiters = this.diagWaiters;
      this.diagWaiters = [];
      for (const w of waiters) w();
      return;
    }
    if (msg.id !== undefined && this.pending.has(msg.id)) {
      const p = this.pending.get(msg.id)!;
      this.pending.delete(msg.id);
      clearTimeout(p.timer);
      if (msg.error) p.reject(new Error(msg.error.message));
      else p.resolve(msg.result);
    }
  }

  request<T = any>(method: string, params: unknown): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`no answer to ${method} within ${this.timeoutMs} ms\n${this.stderr.join('')}`));
      }, this.timeoutMs);
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject, timer });
      this.send({ id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ method, params });
  }

  /** Initialize with one workspace folder, then announce the settings a VS Code user would have. */
  async start(root: string, settings: Record<string, unknown>): Promise<any> {
    this.configuration = (section) => (section ? (settings as any)[section] ?? null : settings);
    const result = await this.request('initialize', {
      processId: process.pid,
      rootUri: uri(root),
      workspaceFolders: [{ uri: uri(root), name: path.basename(root) }],
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
        textDocument: {
          publishDiagnostics: { versionSupport: true },
          completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
          hover: { contentFormat: ['markdown', 'plaintext'] },
        },
      },
    });
    this.notify('initialized', {});
    this.notify('workspace/didChangeConfiguration', { settings });
    return result;
  }

  open(file: string, text: string, version = 1): void {
    this.diagnostics.delete(uri(file));
    this.notify('textDocument/didOpen', { textDocument: { uri: uri(file), languageId: 'yaml', version, text } });
  }

  /**
   * The diagnostics the server publishes for a document it has validated.
   * The server may publish more than once (e.g. before a schema is loaded);
   * we wait until the published set stays the same for `settleMs`.
   */
  async diagnosticsFor(file: string, settleMs = 700): Promise<Diagnostic[]> {
    const key = uri(file);
    const deadline = Date.now() + this.timeoutMs;
    while (!this.diagnostics.has(key)) {
      if (Date.now() > deadline) throw new Error(`no diagnostics for ${file} within ${this.timeoutMs} ms\n${this.stderr.join('')}`);
      await this.nextDiagnostics(deadline - Date.now());
    }
    // Settled: nothing more published for this document for `settleMs` (or the deadline passed).
    for (;;) {
      const quiet = Date.now() - this.diagnostics.get(key)!.at;
      if (quiet >= settleMs || Date.now() >= deadline) return this.diagnostics.get(key)!.items;
      await this.nextDiagnostics(Math.min(settleMs - quiet, deadline - Date.now()));
    }
  }

  private nextDiagnostics(ms: number): Promise<boolean> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        resolve(true);
      };
      const timer = setTimeout(() => {
        this.diagWaiters = this.diagWaiters.filter((w) => w !== done);
        resolve(false);
      }, ms);
      this.diagWaiters.push(done);
    });
  }

  completion(file: string, line: number, character: number): Promise<any> {
    return this.request('textDocument/completion', { textDocument: { uri: uri(file) }, position: { line, character } });
  }

  hover(file: string, line: number, character: number): Promise<any> {
    return this.request('textDocument/hover', { textDocument: { uri: uri(file) }, position: { line, character } });
  }

  /** Shut down politely, then kill whatever is left. Never throws. */
  async close(): Promise<void> {
    if (!this.exited) {
      try {
        await Promise.race([this.request('shutdown', null), new Promise((r) => setTimeout(r, 2000))]);
        this.notify('exit', null);
      } catch {
        // the server is gone or stuck: killed below
      }
    }
    await new Promise<void>((resolve) => {
      if (this.exited) return resolve();
      const timer = setTimeout(() => {
        this.proc.kill('SIGKILL');
        resolve();
      }, 1000);
      this.proc.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
    });
    if (!this.exited) this.proc.kill('SIGKILL');
    for (const p of this.pending.values()) clearTimeout(p.timer);
    this.pending.clear();
  }
}
