/**
 * The loader's memo (src/load/memo.ts): text given by a memo overrides the
 * file on disk — what the language server relies on for unsaved editor
 * buffers — and the findings in it are located in that text, never in the
 * file on disk.
 */
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLoaded } from '../../src/app/pipeline.js';
import { loadPlan } from '../../src/load/index.js';
import type { LoadMemo } from '../../src/load/memo.js';
import { writePlan, yaml } from '../helpers/plan.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const SAVED = yaml`
  kind: Role
  id: cmo
  name: Chief marketing officer
`;
// The unsaved buffer: two lines more above a misspelt field.
const BUFFER = yaml`
  # Being edited.
  kind: Role
  id: cmo

  nmae: Chief marketing officer
`;

describe('a memo that gives a file its text', () => {
  it('is read instead of the disk, and its findings point into that text', async () => {
    const dir = writePlan({ 'roles/cmo.yaml': SAVED });
    dirs.push(dir);
    const asked: string[] = [];
    const memo: LoadMemo = {
      text(rel) {
        asked.push(rel);
        return rel === 'roles/cmo.yaml' ? BUFFER : undefined;
      },
    };
    const loaded = loadPlan(dir, { memo });
    expect(asked).toEqual(['mplan.yaml', 'roles/cmo.yaml']);
    // The disk changes after the load: locating a finding must not read it.
    writeFileSync(path.join(dir, 'roles/cmo.yaml'), '\n\n\n\n\n\n\n\n' + SAVED);
    const { diagnostics } = await checkLoaded(loaded, {});
    const unknown = diagnostics.find((d) => d.messageId === 'schema-unknown-key');
    expect(unknown).toMatchObject({ file: 'roles/cmo.yaml', line: 5, column: 1, data: { key: 'nmae' } });
    expect(loaded.files.find((f) => f.path === 'roles/cmo.yaml')!.text).toBe(BUFFER);
  });

  it('leaves the files it does not answer for to the disk', async () => {
    const dir = writePlan({ 'roles/cmo.yaml': SAVED });
    dirs.push(dir);
    const withMemo = await checkLoaded(loadPlan(dir, { memo: { text: () => undefined } }), {});
    const without = await checkLoaded(loadPlan(dir), {});
    expect(withMemo.diagnostics.map((d) => [d.messageId, d.line])).toEqual([['schema-required', 2]]);
    expect(withMemo.diagnostics).toEqual(without.diagnostics);
  });
});
