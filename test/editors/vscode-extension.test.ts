import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp.js';

/**
 * editors/vscode: the VS Code extension compiles against the root install
 * (vscode-languageclient and @types/vscode are root devDependencies, so
 * `npm ci` at the root is the only install CI needs) and starts
 * `mplan lsp --stdio`.
 */

const root = fileURLToPath(new URL('../..', import.meta.url));
const ext = path.join(root, 'editors', 'vscode');
const require = createRequire(import.meta.url);
let out: string;

beforeAll(() => {
  out = tempDir('mplan-vscode-');
  // Compiled out of the tree: the repository keeps no build output.
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', ext, '--outDir', out], { stdio: 'pipe' });
}, 60_000);

describe('the VS Code extension', () => {
  it('compiles to the entry point its package.json names', () => {
    const pkg = JSON.parse(readFileSync(path.join(ext, 'package.json'), 'utf8')) as { main: string; activationEvents: string[] };
    expect(existsSync(path.join(out, path.relative('./out', pkg.main)))).toBe(true);
    expect(pkg.activationEvents).toContain('workspaceContains:**/mplan.yaml');
    const js = readFileSync(path.join(out, 'extension.js'), 'utf8');
    expect(js).toContain('vscode-languageclient/node');
    expect(js).toMatch(/exports\.activate = activate/);
    expect(js).toMatch(/exports\.deactivate = deactivate/);
  });

  it('builds against the vscode-languageclient and VS Code API versions it declares', () => {
    const pkg = JSON.parse(readFileSync(path.join(ext, 'package.json'), 'utf8'));
    const rootPkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
    expect(rootPkg.devDependencies['vscode-languageclient']).toBe(pkg.dependencies['vscode-languageclient']);
    expect(rootPkg.devDependencies['@types/vscode']).toBe(pkg.devDependencies['@types/vscode']);
    expect(pkg.engines.vscode).toBe(`^${pkg.devDependencies['@types/vscode']}`);
  });

  it('starts `mplan lsp --stdio`: the mplan.path setting’s mplan, else the plan’s own, else the PATH’s', () => {
    const { serverCommand } = require(path.join(out, 'server.js')) as typeof import('../../editors/vscode/src/server.js');
    const folder = tempDir('mplan-vscode-ws-');
    expect(serverCommand('', [folder], 'linux')).toEqual({ command: 'mplan', args: ['lsp', '--stdio'], shell: false });
    mkdirSync(path.join(folder, 'node_modules', '.bin'), { recursive: true });
    writeFileSync(path.join(folder, 'node_modules', '.bin', 'mplan'), '');
    expect(serverCommand(undefined, [folder], 'linux').command).toBe(path.join(folder, 'node_modules', '.bin', 'mplan'));
    expect(serverCommand(' /opt/mplan/bin/mplan ', [folder], 'linux').command).toBe('/opt/mplan/bin/mplan');
    // A `.cmd` runs through the shell on Windows.
    expect(serverCommand('', [], 'win32')).toEqual({ command: 'mplan.cmd', args: ['lsp', '--stdio'], shell: true });
  });
});
