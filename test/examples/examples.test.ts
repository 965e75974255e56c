import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { exampleDir } from '../helpers/examples.js';
import { checkPlan } from '../../src/app/pipeline.js';

const EXAMPLES = ['exhibition-b2b', 'd2c-coffee-ja', 'policies'] as const;

describe('the bundled examples', () => {
  for (const name of EXAMPLES) {
    describe(name, () => {
      it('validate and lint with zero findings, under the recommended and the strict preset', async () => {
        for (const preset of ['mplan:recommended', 'mplan:strict'] as const) {
          const r = await checkPlan(exampleDir(name), { lint: true, preset });
          expect(r.diagnostics.map((d) => `${d.file}:${d.line} ${d.rule}`), preset).toEqual([]);
        }
        expect((await runCli(['validate', exampleDir(name)])).code).toBe(0);
      });

      it('are in canonical layout (mplan fmt --check)', async () => {
        const t = await runCli(['fmt', exampleDir(name), '--check']);
        expect(t.code, t.stdout).toBe(0);
      });

      if (name !== 'policies') {
        it('use every kind of document (they double as the format documentation)', async () => {
          const r = await checkPlan(exampleDir(name));
          const kinds = new Set(r.model.entities.map((e) => e.kind));
          expect([...kinds].sort()).toEqual(['Challenge', 'Goal', 'Initiative', 'Journey', 'KPI', 'Persona', 'Plan', 'RFP', 'Role', 'Tool']);
        });
      }
    });
  }
});
