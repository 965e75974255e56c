#!/usr/bin/env node
// Bundle the CLI (src/cli/main.ts) with esbuild into dist/cli-bundle/, for
// a fast cold start: Node resolves and compiles a handful of files instead of
// every ES module spread over src and node_modules.
//
// - ESM with code splitting: every `await import(...)` inside a command stays
//   a chunk that is loaded only when that command runs (lint never loads
//   handlebars, --help loads only the program and the commands' help).
// - Dependencies are bundled in, except those that must be loaded as they
//   are (see EXTERNAL below).
// - The library entry (src/index.ts, package `exports`) is NOT bundled: tsc
//   still emits dist/ with its .d.ts files for plugin authors. This script
//   runs after tsc (`npm run build`).
// - mplan's own files (schemas/, templates/, docs/, package.json) are found
//   at run time by src/util/package-root.ts, which walks up from the chunk's
//   location, so they work from here as from src/ and dist/.
//
// `node scripts/bundle.mjs --analyze` prints what each output file holds;
// `--no-minify` keeps one statement a line (for reading `--cpu-prof` output).
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// `--out NAME` builds into dist/NAME instead (to time two builds side by side).
const outAt = process.argv.indexOf('--out');
const OUT = path.join(ROOT, 'dist', outAt > 0 ? process.argv[outAt + 1] : 'cli-bundle');

/**
 * Left to Node's own loader, from node_modules at run time:
 * - handlebars: CommonJS with `require.extensions` hooks and optional
 *   source-map requires; it is only loaded by `render` (a lazy chunk), so
 *   bundling it would win nothing on the paths that matter.
 * - ajv (and the ajv-formats plugin, which requires it): only the run-time
 *   schema compile uses them (a fallback, and the tests); the lint path uses
 *   the precompiled validators. The one ajv runtime helper the precompiled
 *   code needs is loaded through its own createRequire.
 *   `ajv-formats/dist/formats.js` (plain format checks, no ajv) is bundled.
 * - puppeteer-core, markdown-it and mermaid: only `render --format html|pdf`
 *   loads them (lazily); mermaid is not even imported, its browser build
 *   (dist/mermaid.min.js) is read as a file and run inside Chromium.
 * - esbuild-only/dev packages never appear on the CLI path.
 */
const EXTERNAL = ['handlebars', 'ajv', 'ajv-draft-04', 'puppeteer-core', 'markdown-it'];

/**
 * CommonJS dependencies (commander, yaml, picomatch…) call `require` for
 * Node's built-in modules; an ESM chunk has no `require`, so each chunk gets
 * one made with createRequire. The names are ones esbuild never gives a
 * bundled symbol (it renames clashing top-level names, but not inside a banner).
 */
const BANNER = "import { createRequire as __mplanCreateRequire } from 'node:module';\nconst require = __mplanCreateRequire(import.meta.url);";

const analyze = process.argv.includes('--analyze');
const minify = !process.argv.includes('--no-minify'); // --no-minify: one statement a line, for reading profiles

// Built next to the old bundle, then swapped in with two renames, so a CLI
// started meanwhile (a test, an editor) never sees a half-written bundle.
const TMP = `${OUT}.tmp-${process.pid}`;
rmSync(TMP, { recursive: true, force: true });
const result = await esbuild
  .build({
    absWorkingDir: ROOT,
    entryPoints: { main: 'src/cli/main.ts', lsp: 'src/lsp/main.ts' },
    outdir: TMP,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: EXTERNAL,
    banner: { js: BANNER },
    chunkNames: 'chunk-[hash]',
    outExtension: { '.js': '.js' },
    minifySyntax: minify,
    minifyWhitespace: minify,
    // names stay readable: --debug stack traces and profiles must make sense
    minifyIdentifiers: false,
    legalComments: 'none',
    sourcemap: false,
    metafile: true,
    logLevel: 'warning',
  })
  .catch(() => {
    // esbuild has already printed the errors, with file:line
    rmSync(TMP, { recursive: true, force: true });
    process.exit(1);
  });
const OLD = `${OUT}.old-${process.pid}`;
if (existsSync(OUT)) renameSync(OUT, OLD);
renameSync(TMP, OUT);
rmSync(OLD, { recursive: true, force: true });
if (analyze) process.stdout.write(await esbuild.analyzeMetafile(result.metafile, { verbose: false }));
const outputs = Object.keys(result.metafile.outputs).filter((f) => f.endsWith('.js'));
process.stdout.write(`bundle: ${outputs.length} files in ${path.relative(ROOT, OUT)}/\n`);
