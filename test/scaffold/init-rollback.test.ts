/**
 * `mplan init` promises to write nothing when it cannot write everything:
 * a write that fails part-way (a full disk) takes back what it wrote.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

const disk = vi.hoisted(() => ({ writesLeft: Infinity }));
vi.mock('../../src/write/index.js', async (importOriginal) => {
  const write = await importOriginal<typeof import('../../src/write/index.js')>();
  const full = (...args: Parameters<typeof write.writeFileSafe>) => {
    if (disk.writesLeft-- <= 0) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    return write.writeFileSafe(...args);
  };
  return { ...write, writeFileSafe: full, writeFileAtomic: full };
});

describe('mplan init on a disk that fills up', () => {
  it('removes what it wrote, says why in words and exits 2', async () => {
    const dir = tempDir('mplan-init-');
    disk.writesLeft = 5;
    const t = await runCli(['init', 'plan'], { cwd: dir });
    disk.writesLeft = Infinity;
    expect(t.code).toBe(2);
    expect(t.stderr).toMatch(/disk is full/);
    expect(readdirSync(dir)).toEqual([]);
  });
});
