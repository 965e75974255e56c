import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';
import type { LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import { serverCommand } from './server';

/**
 * A thin client: everything (findings, definitions, completion, rename,
 * quick fixes) comes from `mplan lsp`, the same checks as `mplan lint`.
 */
let client: LanguageClient | undefined;

function createClient(): LanguageClient {
  const folders = (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.fsPath);
  const setting = vscode.workspace.getConfiguration('mplan').get<string>('path');
  const { command, args, shell } = serverCommand(setting, folders);
  const run = { command, args, options: { shell, cwd: folders[0] } };
  const serverOptions: ServerOptions = { run, debug: run };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'yaml' },
      { scheme: 'untitled', language: 'yaml' },
    ],
    // Files created, deleted or renamed outside the editor (a `git pull`) reach the server too.
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/*.{yaml,yml}') },
  };
  return new LanguageClient('mplan', 'mplan', serverOptions, clientOptions);
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  client = createClient();
  context.subscriptions.push(
    vscode.commands.registerCommand('mplan.restartServer', async () => {
      await client?.stop();
      client = createClient();
      await client.start();
    }),
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (!e.affectsConfiguration('mplan.path')) return;
      await vscode.commands.executeCommand('mplan.restartServer');
    }),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
