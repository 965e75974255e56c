// The README's first command sets up and runs mplan on a bundled example:
// `npm ci && …`, with no second build hidden in it. Inside mplan's own
// repository `npx mplan` (and `npm exec -- mplan`) install the folder into
// npm's cache and build it again; the built CLI is `node bin/mplan.js`.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

function firstCommand(): string {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  return /```sh\n([^\n]+)\n```/.exec(readme)![1]!;
}

describe('README quick start', () => {
  it('is `npm ci && <a command that runs the build npm ci made>`', () => {
    const cmd = firstCommand();
    expect(cmd).toMatch(/^npm ci && /);
    const run = cmd.slice('npm ci && '.length);
    expect(run).not.toMatch(/\bnpx\b|\bnpm (exec|x)\b|\bnpm (install|i|link)\b/);
    expect(run).toMatch(/^node bin\/mplan\.js lint examples\/[a-z0-9-]+$/);
  });

  it('its command runs the linter on the example (after the build)', () => {
    const run = firstCommand().slice('npm ci && '.length).split(' ');
    const r = spawnSync(process.execPath, run.slice(1), { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', LANG: 'en_US.UTF-8' } });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Plan health');
  });
});
