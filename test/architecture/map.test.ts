import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const { LAYERS } = createRequire(import.meta.url)(path.join(ROOT, '.dependency-cruiser.cjs')) as { LAYERS: string[][] };
const ORDER = LAYERS.flat();
const folders = readdirSync(path.join(ROOT, 'src'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b));

describe('the map of src/ matches src/', () => {
  it('every folder has a layer', () => {
    expect(folders.filter((f) => !ORDER.includes(f))).toEqual([]);
  });

  it('every folder says what it owns in a README.md: a one-line summary, then a paragraph', () => {
    for (const f of folders) {
      const file = path.join(ROOT, 'src', f, 'README.md');
      expect(existsSync(file), `src/${f}/README.md`).toBe(true);
      const [title, summary, paragraph] = readFileSync(file, 'utf8').split('\n\n');
      expect(title).toBe(`# src/${f}/`);
      expect(summary, `src/${f}/README.md summary`).toMatch(/^\S.*\.$/);
      expect(paragraph?.trim().length, `src/${f}/README.md paragraph`).toBeGreaterThan(40);
    }
  });

  it("the README's map lists the folders of src/, lowest layer first", () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Developing mplan'));
    const listed = [...section.matchAll(/^src\/([a-z0-9-]+)\/\s/gm)].map((m) => m[1]);
    expect(listed).toEqual(folders);
  });

  it('docs/architecture.md is what scripts/gen-architecture.mjs makes of the code (npm run docs:architecture)', () => {
    expect(() =>
      execFileSync(process.execPath, [path.join(ROOT, 'scripts/gen-architecture.mjs'), '--check'], { cwd: ROOT, stdio: 'pipe' }),
    ).not.toThrow();
  }, 60000);
});
