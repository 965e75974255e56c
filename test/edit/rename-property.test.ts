/**
 * Property: renaming any entity or stage id to a fresh one changes what
 * `mplan lint` reports in nothing but that id. Run on a plan with findings
 * of every rule (test/fixtures/every-rule) and on an example, so the
 * findings that name an id, point next to one or count references are all
 * exercised.
 */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../src/app/pipeline.js';
import { runCli } from '../helpers/cli.js';

const ROOT = path.resolve(__dirname, '..', '..');
const ENV = { MPLAN_TODAY: '2026-01-15' };

interface Finding {
  file: string;
  line: number;
  column: number;
  rule: string;
  severity: string;
  message: string;
}

async function lint(dir: string): Promise<Finding[]> {
  const r = await runCli(['lint', '--format', 'json', '--lang', 'en'], { cwd: dir, env: ENV });
  return (JSON.parse(r.stdout).diagnostics as Finding[]).map(({ file, line, column, rule, severity, message }) => ({ file, line, column, rule, severity, message }));
}

/** `text` with the id `from` (as a whole id, not inside a longer one) written as `to`. */
function swapId(text: string, from: string, to: string): string {
  const escaped = from.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  return text.replace(new RegExp(`(?<![a-z0-9-])${escaped}(?![a-z0-9-])`, 'g'), to);
}

async function keysOf(dir: string): Promise<string[]> {
  const { model } = await checkPlan(dir);
  return [...model.entities.map((e) => e.id), ...model.stages.map((s) => s.key)];
}

describe.each(['test/fixtures/every-rule', 'examples/exhibition-b2b'])('rename on %s', (source) => {
  it('any id renamed to a fresh one: lint reports the same findings, but for the id', async () => {
    const original = path.join(ROOT, source);
    const keys = await keysOf(original);
    const before = await lint(original);
    // Fresh ids: a prefix no id of the plan has, so the new id names nothing else.
    const fresh = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,12}$/).map((s) => `zq${s}`);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...keys), fresh, async (key, id) => {
        const dir = mkdtempSync(path.join(tmpdir(), 'mplan-rename-prop-'));
        cpSync(original, dir, { recursive: true });
        const r = await runCli(['rename', key, id], { cwd: dir, env: ENV });
        expect(r.code, r.stderr).toBe(0);
        const newKey = key.includes('/') ? `${key.split('/')[0]}/${id}` : id;
        // Lines where an id changed length: columns after it move, nothing else may.
        const edited = new Set(r.stdout.split('\n').filter((l) => l.includes(' → ')).map((l) => l.split(':').slice(0, 2).join(':')));
        const journey = key.includes('/') ? undefined : key;
        const expectText = (s: string) => {
          let out = swapId(s, key, newKey);
          // A journey's id is also the first half of each of its stages' keys.
          if (journey) out = out.replace(new RegExp(`(?<![a-z0-9-])${journey}/`, 'g'), `${id}/`);
          return out;
        };
        const norm = (f: Finding) => ({ ...f, column: edited.has(`${f.file}:${f.line}`) ? 0 : f.column });
        const after = (await lint(dir)).map(norm);
        expect(after).toEqual(before.map((f) => norm({ ...f, message: expectText(f.message) })));
      }),
      { numRuns: 25, seed: 16 },
    );
  });
});
