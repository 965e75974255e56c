// A template a user writes (`--template FILE`, or the plan repo's templates/)
// is checked against the data of the document it is for, and fails located,
// naming the field that is not there.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writePlan } from '../helpers/plan.js';
import { runCli } from '../helpers/cli.js';

const TYPO = 'Budget: {{plan.budgt.amount}}\n';

describe('render --check --template FILE', () => {
  it('checks that file against the data of its document, located at its line', async () => {
    const dir = writePlan({ 't/mine.hbs': `# {{plan.name}}\n\n${TYPO}` });
    const r = await runCli(['render', '--check', '--template', 't/mine.hbs'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('t/mine.hbs:3:11');
    expect(r.stderr).toContain('`plan.budgt`');
    expect(r.stderr).toContain('(did you mean `plan.budget`?)');
    expect(r.stdout).toBe('');
  });

  it('takes the document and the folder after it (`render report --template FILE --check DIR`)', async () => {
    const dir = writePlan({ 'mine.hbs': TYPO, 'ok.hbs': '{{#each kpis}}{{name}}{{/each}}\n' });
    const bad = await runCli(['render', 'report', '--template', path.join(dir, 'mine.hbs'), '--check', dir], { cwd: '/' });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/mine\.hbs:1:\d+ .*`plan\.budgt`/);
    // `kpis` is in the data of the KPI list, not of an RFP.
    const kpis = await runCli(['render', 'kpis', dir, '--template', path.join(dir, 'ok.hbs'), '--check'], { cwd: '/' });
    expect(kpis.stderr).toBe('');
    expect(kpis.code).toBe(0);
    const rfp = await runCli(['render', 'rfp', dir, '--template', path.join(dir, 'ok.hbs'), '--check'], { cwd: '/' });
    expect(rfp.code).toBe(1);
    expect(rfp.stderr).toContain('`kpis`');
  });

  it('a missing template file is a usage error', async () => {
    const dir = writePlan({});
    const r = await runCli(['render', '--check', '--template', 'nope.hbs'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nope.hbs');
  });
});

describe('rendering with a template that asks for a field the data lacks', () => {
  it('names the first missing segment (`budgt`), not the last', async () => {
    const dir = writePlan({ 'mine.hbs': TYPO });
    const r = await runCli(['render', 'report', '--template', 'mine.hbs'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/mine\.hbs:1:\d+ .*`budgt`/);
    expect(r.stderr).not.toContain('`amount`');
  });

  it('fails on a field missing further down a path instead of crashing', async () => {
    const dir = writePlan({ 'mine.hbs': '{{plan.budgt.amount.value}}\n' });
    const r = await runCli(['render', 'report', '--template', 'mine.hbs'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('`budgt`');
  });

  for (const [name, source] of [
    ['{{#each missing}}', 'KPIs:\n{{#each missing}}- {{name}}\n{{/each}}\n'],
    ['{{#with missing}}', 'KPIs:\n{{#with missing}}{{name}}{{/with}}\n'],
    ['{{#if missing}}', 'KPIs:\n{{#if missing}}yes{{/if}}\n'],
    ['a helper argument', 'KPIs:\n{{join missing}}\n'],
  ] as const) {
    it(`${name} fails like {{missing}} does`, async () => {
      const dir = writePlan({});
      writeFileSync(path.join(dir, 'mine.hbs'), source);
      const r = await runCli(['render', 'kpis', '--template', 'mine.hbs'], { cwd: dir });
      expect(r.stdout).toBe('');
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/mine\.hbs:2:\d+ .*`missing`/);
    });
  }
});

describe('lint: an unknown field in a repo template', () => {
  it('says "did you mean" in words, in English and Japanese', async () => {
    const dir = writePlan({ 'templates/en/kpis.md.hbs': TYPO });
    const en = await runCli(['lint', '--preset', 'minimal'], { cwd: dir });
    expect(en.stdout).toContain('which is not in the data this template receives (did you mean `plan.budget`?).');
    const ja = await runCli(['lint', '--preset', 'minimal', '--lang', 'ja'], { cwd: dir });
    expect(ja.stdout).toContain('受け取るデータにありません（`plan.budget` のことですか？）。');
  });
});
