/**
 * The built-in templates precompiled at build time (src/generated/templates.ts,
 * scripts/gen-templates.mjs) must be fresh, and must render exactly what
 * compiling the templates at run time renders.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATES, precompiledSpec, renderTemplates, templateSet } from '../../src/render/engine.js';
import { DOCUMENT_FILES } from '../../src/app/render.js';
import { PRECOMPILED } from '../../src/generated/templates.js';
import { builtinTemplateFiles, generatePrecompiledModule } from '../../src/render/precompile.js';
import { EXAMPLES, REPO } from '../helpers/examples.js';
import { everyDocument } from './helpers.js';

describe('precompiled built-in templates', () => {
  it('src/generated/templates.ts is fresh (run `npm run gen:templates` if this fails)', () => {
    expect(readFileSync(path.join(REPO, 'src/generated/templates.ts'), 'utf8') === generatePrecompiledModule()).toBe(true);
  });

  it('holds every built-in template, with its exact text', () => {
    const files = builtinTemplateFiles();
    expect(files.length).toBeGreaterThan(20);
    expect(PRECOMPILED.map((p) => p.file)).toEqual(files);
    for (const p of PRECOMPILED) {
      const source = readFileSync(path.join(BUILTIN_TEMPLATES, p.file), 'utf8');
      expect(p.source === source).toBe(true);
      const spec = precompiledSpec({ name: p.file, file: p.file, source, builtin: true });
      expect(PRECOMPILED.some((q) => q.spec === spec && q.source === source)).toBe(true);
    }
  });

  it('is not used for a template whose text differs by one character', () => {
    const p = PRECOMPILED[0]!;
    expect(precompiledSpec({ name: p.file, file: p.file, source: `${p.source} `, builtin: false })).toBeUndefined();
  });

  for (const [name, dir] of Object.entries(EXAMPLES)) {
    it(`renders every document of ${name} exactly as a run-time compile does, in both locales`, async () => {
      const docs = await everyDocument(dir, '2027-04-01');
      expect(docs.length).toBeGreaterThanOrEqual(8);
      for (const { locale, doc, data } of docs) {
        const set = templateSet(DOCUMENT_FILES[doc], locale);
        expect([set.main, ...set.partials.values()].every((t) => precompiledSpec(t) !== undefined)).toBe(true);
        const fast = renderTemplates(set, data, locale);
        const compiled = renderTemplates(set, data, locale, false);
        expect(fast.length).toBeGreaterThan(200);
        expect(fast === compiled).toBe(true);
      }
    });
  }
});
