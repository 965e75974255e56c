import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index.js';
// @ts-expect-error -- a plain .mjs script without type declarations
import { INDEX_FILES, renderRulesIndex } from '../../scripts/gen-rules-index.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

describe('docs/rules/README.md and docs/ja/rules/README.md', () => {
  for (const lang of ['en', 'ja'] as const) {
    it(`${lang}: the committed index is up to date (regenerate: npm run build && node scripts/gen-rules-index.mjs)`, () => {
      const file = path.join(repo, (INDEX_FILES as Record<string, string>)[lang]!);
      expect(existsSync(file)).toBe(true);
      expect(readFileSync(file, 'utf8')).toBe(renderRulesIndex(RULES, lang));
    });
  }

  it('lists every rule once, linked to its page, with its severity and category', () => {
    const md = renderRulesIndex(RULES, 'en') as string;
    const rows = md.split('\n').filter((l) => l.startsWith('| [`'));
    expect(rows).toHaveLength(RULES.length);
    const stage = rows.find((r) => r.startsWith('| [`kpi-no-stage`](kpi-no-stage.md) |'))!;
    expect(stage).toContain('| error | KPIs | ');
    for (const r of rows) expect(r.split(/(?<!\\)\|/).length).toBe(6);
    const ja = renderRulesIndex(RULES, 'ja') as string;
    expect(ja).toContain('| [`kpi-no-stage`](kpi-no-stage.md) | エラー | KPI | ');
  });
});
