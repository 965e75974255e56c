/**
 * An edit saved while `mplan fmt` works on a file is never lost (issue 14
 * item 5): the file is compared with what fmt read just before it is
 * replaced, and a file that changed is left alone and named.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { writePlan } from '../helpers/plan.js';

// Stands for an editor saving the file while fmt is formatting it (between fmt's read and its write).
const editor = vi.hoisted(() => ({ save: undefined as undefined | (() => void) }));
vi.mock('../../src/tidy/index.js', async (importOriginal) => {
  const fmt = await importOriginal<typeof import('../../src/tidy/index.js')>();
  return {
    ...fmt,
    formatYaml: (source: string) => {
      editor.save?.();
      return fmt.formatYaml(source);
    },
  };
});

describe('mplan fmt and an edit saved meanwhile', () => {
  it('keeps the edit, names the file (en and ja), exits 2 and still formats the other files', async () => {
    const UNFORMATTED = 'name: Visits\nid: kpi-visits\nkind: KPI\nunit: count\n';
    const EDITED = 'name: Visits from the new campaign\nid: kpi-visits\nkind: KPI\nunit: count\n';
    for (const [lang, words] of [['en', /changed by someone else/], ['ja', /別の編集で変更された/]] as const) {
      const dir = writePlan({ 'kpis/a.yaml': UNFORMATTED, 'kpis/b.yaml': UNFORMATTED.replace(/visits/g, 'calls') });
      const edited = path.join(dir, 'kpis/a.yaml');
      editor.save = () => {
        if (readFileSync(edited, 'utf8') === UNFORMATTED) writeFileSync(edited, EDITED);
      };
      const r = await runCli(['fmt', '--lang', lang], { cwd: dir });
      editor.save = undefined;
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('kpis/a.yaml');
      expect(r.stderr).toMatch(words);
      expect(readFileSync(edited, 'utf8')).toBe(EDITED);
      expect(readFileSync(path.join(dir, 'kpis/b.yaml'), 'utf8')).toBe('kind: KPI\nid: kpi-calls\nname: Visits\nunit: count\n');
    }
  });
});
