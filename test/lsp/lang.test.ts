/** `mplan lsp --lang ja`: findings in Japanese for a plan whose locale is English, as `mplan lint --lang ja` words them. */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { Client, copyExample } from './client.js';

describe('mplan lsp --lang', () => {
  it('words findings in the language asked for, over the plan\'s locale', async () => {
    const dir = copyExample('exhibition-b2b');
    const file = path.join(dir, 'kpis', 'pipeline.yaml');
    const text = readFileSync(file, 'utf8').replace('owner: bdr-lead', 'owner: bdr-leed');
    const client = new Client(dir, {}, ['--lang', 'ja']);
    try {
      await client.initialize(dir);
      await client.open(file, text);
      await client.until(() => (client.diagnosticsOf(file)?.length ?? 0) > 0, 'the misspelt owner reported');
      writeFileSync(file, text);
      const lint = await runCli(['lint', '--format', 'json', '--lang', 'ja'], { cwd: dir, env: { MPLAN_TODAY: '2026-01-15' } });
      const expected = (JSON.parse(lint.stdout).diagnostics as Array<{ file: string; message: string; hint?: string }>).filter((d) => d.file === 'kpis/pipeline.yaml');
      expect(client.diagnosticsOf(file)!.map((d) => d.message)).toEqual(expected.map((d) => (d.hint ? `${d.message}\n${d.hint}` : d.message)));
      expect(String(client.diagnosticsOf(file)![0]!.message)).toMatch(/[\u3040-\u30ff]/);
    } finally {
      expect(await client.stop()).toBe(0);
    }
  });
});
