/**
 * src/render/engine.ts (markdownCompiler) subclasses Handlebars' private
 * JavaScriptCompiler: it overrides some of its methods and calls others that
 * no public API promises. A Handlebars release may rename or change them
 * without notice, so package.json pins the exact version engine.ts was
 * written against, and these tests fail, saying what to re-check, when the
 * installed Handlebars is another one or the hooks are gone.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEnvironment, precompileSource } from '../../src/render/engine.js';
import { REPO } from '../helpers/examples.js';

const RECHECK =
  'Re-check markdownCompiler in src/render/engine.ts against the new lib/handlebars/compiler/javascript-compiler.js ' +
  '(every method it overrides or calls, and the code it generates), run the render golden tests, ' +
  'then set the exact version in package.json and run `npm run gen:templates`.';

const require = createRequire(import.meta.url);
const installed = (JSON.parse(readFileSync(require.resolve('handlebars/package.json'), 'utf8')) as { version: string }).version;
const pinned = (JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies.handlebars;

type Proto = Record<string, unknown>;
const environment = createEnvironment('en') as unknown as { JavaScriptCompiler: { prototype: Proto } };
const ours = environment.JavaScriptCompiler.prototype;
const base = Object.getPrototypeOf(ours) as Proto;

/** The base-class methods engine.ts calls from its overrides. */
const CALLED = ['pushSource', 'appendToBuffer', 'aliasable', 'popStack', 'isInline', 'contextName', 'push', 'quotedString', 'objectLiteral'];

describe('the Handlebars version engine.ts was written against', () => {
  it('is pinned exactly in package.json', () => {
    expect(pinned, `package.json must pin handlebars to one exact version (no ^ or ~), because src/render/engine.ts subclasses its private compiler. ${RECHECK}`).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('is the one installed', () => {
    expect(installed, `handlebars ${installed} is installed but package.json pins ${pinned}. ${RECHECK}`).toBe(pinned);
  });

  it('still has every compiler method engine.ts overrides', () => {
    const overridden = Object.keys(ours).filter((name) => name !== 'constructor' && name !== 'compiler');
    expect(overridden.length).toBeGreaterThan(0);
    const missing = overridden.filter((name) => typeof base[name] !== 'function');
    expect(missing, `handlebars ${installed}'s JavaScriptCompiler no longer has ${missing.join(', ')}, which engine.ts overrides. ${RECHECK}`).toEqual([]);
  });

  it('still has every compiler method engine.ts calls', () => {
    const missing = CALLED.filter((name) => typeof base[name] !== 'function');
    expect(missing, `handlebars ${installed}'s JavaScriptCompiler no longer has ${missing.join(', ')}, which engine.ts calls. ${RECHECK}`).toEqual([]);
  });

  it('still compiles templates through those overrides', () => {
    // One template using each path the overrides rewrite: a value, a strict field, mplan's own
    // helper with and without a hash, {{#if}}, {{#unless}} and a block's program.
    const source = precompileSource('{{plan.name}} {{md plan.id}} {{join plan.tags sep=", "}} {{#if a}}x{{else}}y{{/if}}{{#unless b}}z{{/unless}}{{#each items}}{{this}}{{/each}}');
    const expected = ['__markdown.escape', '__markdown.strict', '__markdown.direct', '__markdown.noHash', '__markdown.if', '__markdown.program'];
    const absent = expected.filter((call) => !source.includes(call));
    expect(absent, `templates compiled with handlebars ${installed} no longer call ${absent.join(', ')}: an override in engine.ts is not used any more. ${RECHECK}`).toEqual([]);
  });
});
