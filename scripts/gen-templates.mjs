#!/usr/bin/env node
// Precompile mplan's built-in Handlebars templates (templates/<locale>/*.hbs
// and partials/*.hbs) into src/generated/templates.ts (committed, compiled by
// `npm run build` like the rest of src/).
//
//   node scripts/gen-templates.mjs          # write the file
//   node scripts/gen-templates.mjs --check  # exit 1 if it is stale
//
// Compiling the templates costs 40–80 ms on every `mplan render`, plus
// loading Handlebars' parser and compiler; the generated specs are what the
// same compiler (src/render/engine.ts: Markdown escaping, strict, known
// helpers only) produces at run time, so render needs only the Handlebars
// runtime. A repo's own templates are still compiled at run time.
// test/render/precompiled.test.ts checks the file is fresh.
//
// The generator is TypeScript (src/render/precompile.ts, sharing the
// compiler with engine.ts): it is bundled with esbuild into a temporary
// module under node_modules/.cache/ (where `handlebars` resolves), with the
// current precompiled.ts left out so a stale or broken one cannot matter.
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { writeOrCheck } from './generated-files.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'src/generated/templates.ts');

export async function generate() {
  const dir = path.join(ROOT, 'node_modules/.cache/mplan-gen-templates');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `gen-${process.pid}.mjs`);
  try {
    await esbuild.build({
      absWorkingDir: ROOT,
      entryPoints: ['src/render/precompile.ts'],
      outfile: file,
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      external: ['handlebars'],
      logLevel: 'warning',
      plugins: [
        {
          name: 'no-precompiled',
          setup(build) {
            build.onResolve({ filter: /\/generated\/templates\.js$/ }, (a) => ({ path: a.path, namespace: 'no-precompiled' }));
            build.onLoad({ filter: /.*/, namespace: 'no-precompiled' }, () => ({ contents: 'export const PRECOMPILED = [];', loader: 'js' }));
          },
        },
      ],
    });
    const mod = await import(pathToFileURL(file).href);
    return mod.generatePrecompiledModule();
  } finally {
    rmSync(file, { force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeOrCheck([{ file: OUT, name: path.relative(ROOT, OUT), text: await generate() }], 'npm run gen:templates');
}
