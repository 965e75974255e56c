// Schema findings name the document they are in; a Japanese reader gets its kind in Japanese.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { writePlan } from '../helpers/plan.js';

const goal = 'kind: Goal\nid: grow\nname: Grow\nownr: ceo\nbudget: { currency: JPY }\n';

async function messages(lang: 'en' | 'ja'): Promise<string[]> {
  const dir = writePlan({ 'goals/g.yaml': goal });
  const r = await runCli(['validate', '--format', 'json', '--lang', lang], { cwd: dir });
  return (JSON.parse(r.stdout) as { diagnostics: Array<{ rule: string; message: string }> }).diagnostics.filter((d) => d.rule.startsWith('schema-')).map((d) => d.message);
}

describe('the document a schema finding is in', () => {
  it('ja: the kind in Japanese, no English word in the sentence', async () => {
    const ja = await messages('ja');
    expect(ja).toContain('`ownr` は目標 (Goal) `grow` の項目ではありません。');
    expect(ja.join('\n')).not.toMatch(/は Goal|はGoal|^Goal /m);
  });

  it('en: as before', async () => {
    expect(await messages('en')).toContain('`ownr` is not a field of Goal `grow`.');
  });
});
