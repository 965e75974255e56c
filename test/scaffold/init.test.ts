import { existsSync, lstatSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

describe('mplan init', () => {
  for (const locale of ['en', 'ja'] as const) {
    it(`scaffolds a ${locale} plan that lints with no findings at all`, async () => {
      const dir = tempDir('mplan-init-');
      expect((await runCli(['init', 'plan', '--locale', locale], { cwd: dir })).code).toBe(0);
      const lint = await runCli(['lint', 'plan', '--format', 'json', '--preset', 'recommended'], { cwd: dir });
      expect(lint.code).toBe(0);
      const result = JSON.parse(lint.stdout);
      expect(result.diagnostics).toEqual([]);
      expect(result.summary.entities).toBeGreaterThanOrEqual(10);
      expect((await runCli(['fmt', 'plan', '--check'], { cwd: dir })).code).toBe(0);
      const kinds = new Set<string>();
      for (const f of ['mplan.yaml', 'goals/goal.yaml', 'kpis/kpis.yaml', 'rfps/rfp.yaml']) {
        const text = readFileSync(path.join(dir, 'plan', f), 'utf8');
        expect(text.startsWith('# yaml-language-server: $schema=')).toBe(true);
        for (const m of text.matchAll(/^kind: (\w+)/gm)) kinds.add(m[1]!);
      }
      expect([...kinds].sort()).toEqual(['Goal', 'KPI', 'Plan', 'RFP']);
      expect(JSON.parse(readFileSync(path.join(dir, 'plan/.vscode/settings.json'), 'utf8'))['yaml.schemas']).toEqual({
        './.mplan/schemas/mplan.schema.json': ['*.yaml', '**/*.yaml', '*.yml', '**/*.yml'],
      });
    });
  }

  it('refuses to overwrite anything and writes nothing when a file exists', async () => {
    const dir = tempDir('mplan-init-');
    writeFileSync(path.join(dir, 'mplan.yaml'), 'kind: Plan\n# mine\n');
    const t = await runCli(['init'], { cwd: dir });
    expect(t.code).toBe(2);
    expect(t.stderr).toContain('mplan.yaml');
    expect(readFileSync(path.join(dir, 'mplan.yaml'), 'utf8')).toBe('kind: Plan\n# mine\n');
    expect(existsSync(path.join(dir, 'goals'))).toBe(false);
  });

  it('checks first, then writes: a file where init needs a folder stops it before the first write, in words', async () => {
    for (const taken of ['goals', '.mplan', '.vscode']) {
      const dir = tempDir('mplan-init-');
      writeFileSync(path.join(dir, taken), 'my own notes\n');
      for (const lang of ['en', 'ja']) {
        const t = await runCli(['init', '--lang', lang], { cwd: dir });
        expect(t.code).toBe(2);
        expect(t.stderr).toContain(taken);
        expect(t.stderr).not.toMatch(/\bE[A-Z]{3,}\b/);
        expect(readdirSync(dir)).toEqual([taken]);
      }
    }
  });

  it('treats a link, even one to nothing, as a taken name and leaves it alone', async () => {
    const dir = tempDir('mplan-init-');
    symlinkSync('elsewhere.yaml', path.join(dir, 'mplan.yaml'));
    expect((await runCli(['init'], { cwd: dir })).code).toBe(2);
    expect(readdirSync(dir)).toEqual(['mplan.yaml']);
    expect(lstatSync(path.join(dir, 'mplan.yaml')).isSymbolicLink()).toBe(true);
  });
});

describe('mplan schema', () => {
  it('writes every schema for editors, with references that resolve to the files beside them', async () => {
    const dir = tempDir('mplan-schema-');
    expect((await runCli(['schema', '--out', 'out'], { cwd: dir })).code).toBe(0);
    const dispatcher = JSON.parse(readFileSync(path.join(dir, 'out/mplan.schema.json'), 'utf8'));
    expect(dispatcher.$id).toBeUndefined();
    const refs = JSON.stringify(dispatcher).match(/"\$ref":"([^"#]+)/g)!.map((r) => r.slice(8));
    expect(refs.length).toBeGreaterThanOrEqual(10);
    for (const r of refs) expect(existsSync(path.join(dir, 'out', r))).toBe(true);
  });
});

describe('the starter RFP', () => {
  for (const [locale, issuer] of [['en', '| **Issued by** | Example Inc., Marketing |'], ['ja', '株式会社サンプル']] as const) {
    it(`names the company that issues it (${locale}), not a dash`, async () => {
      const dir = tempDir('mplan-init-');
      expect((await runCli(['init', 'plan', '--locale', locale], { cwd: dir })).code).toBe(0);
      const rfp = await runCli(['render', 'rfp', 'website-rfp', 'plan'], { cwd: dir });
      expect(rfp.code).toBe(0);
      expect(rfp.stdout).toContain(issuer);
    });
  }
});

describe('what init says when done', () => {
  it('in the current folder: "this folder" and plain `mplan lint`, not "in ." (en and ja)', async () => {
    const en = await runCli(['init'], { cwd: tempDir('mplan-init-') });
    expect(en.stdout).toBe('Created a starter plan in this folder (24 files). Next: edit the files, then run `mplan lint`.\n');
    const ja = await runCli(['init', '--locale', 'ja'], { cwd: tempDir('mplan-init-') });
    expect(ja.stdout).toBe('このフォルダにひな形の計画を作成しました（24 ファイル）。ファイルを編集したら `mplan lint` を実行してください。\n');
    const named = await runCli(['init', 'my-plan'], { cwd: tempDir('mplan-init-') });
    expect(named.stdout).toContain('in my-plan (24 files)');
  });
});
