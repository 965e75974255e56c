import { statSync } from 'node:fs';
import path from 'node:path';
import { MplanError } from '../diagnostics/error.js';
import { gitTopLevel } from '../load/root.js';
import type { Diagnostic, Severity } from '../diagnostics/types.js';
import { SEVERITY_RANK, summarize } from '../diagnostics/types.js';
import { chooseLang, localize } from '../i18n/index.js';
import type { Lang } from '../i18n/types.js';
import { FORMAT_NAMES, isFormat, loadFormatter } from '../formatters/index.js';
import type { FormatterContext } from '../formatters/types.js';
import type { CheckResult } from '../app/pipeline.js';
import type { HealthFigure } from '../health/index.js';
import { didYouMean } from '../util/suggest.js';
import { checkWriteTarget, writeFileSafe } from '../write/index.js';
import { useColor } from './io.js';
import type { IO } from './io.js';
import { docsUrl, errorDocsUrl } from '../i18n/docs-url.js';
import { VERSION } from '../util/version.js';

export { DOCS_BASE, docsUrl, errorDocsUrl } from '../i18n/docs-url.js';

export interface OutputOptions {
  format?: string[];
  output?: string;
  lang?: string;
  color?: boolean;
  failOn?: string;
  maxWarnings?: string;
  quiet?: boolean;
}

export interface FormatSpec {
  name: string;
  file?: string;
}

/** `--format github --format sarif=out.sarif -o x` → what to write where. */
export function parseFormats(formats: string[] | undefined, output: string | undefined): FormatSpec[] {
  const specs: FormatSpec[] = (formats?.length ? formats : ['stylish']).map((f) => {
    const eq = f.indexOf('=');
    return eq < 0 ? { name: f } : { name: f.slice(0, eq), file: f.slice(eq + 1) };
  });
  for (const s of specs) {
    if (!isFormat(s.name)) {
      throw new MplanError('usage-not-a-format', { name: s.name, suggestion: didYouMean(s.name, FORMAT_NAMES) ?? '', formats: FORMAT_NAMES.join(', ') });
    }
    if (s.file === '') throw new MplanError('usage-format-no-file', { name: s.name });
  }
  if (output) {
    const toStdout = specs.filter((s) => !s.file);
    if (toStdout.length !== 1) {
      throw new MplanError('usage-output-several');
    }
    toStdout[0]!.file = output;
  }
  return specs;
}

export function parseSeverity(v: string | undefined, option: string): Severity {
  const s = v ?? 'error';
  if (s === 'error' || s === 'warn' || s === 'info') return s;
  if (s === 'warning') return 'warn';
  throw new MplanError('usage-bad-severity', { option, value: s });
}

/**
 * Print (or write) the diagnostics in every requested format and return the
 * exit code: 1 when a finding is at or above --fail-on, or warnings exceed
 * --max-warnings; otherwise 0.
 */
export async function emit(
  result: CheckResult,
  command: string,
  opts: OutputOptions,
  io: IO,
  health?: HealthFigure[],
  /** Only these files' findings are shown (`mplan lint FILE`): the summary counts them, not the whole plan. */
  only?: ReadonlySet<string>,
): Promise<number> {
  const specs = parseFormats(opts.format, opts.output);
  const failOn = parseSeverity(opts.failOn, '--fail-on');
  let maxWarnings: number | undefined;
  if (opts.maxWarnings !== undefined) {
    maxWarnings = Number(opts.maxWarnings);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) {
      throw new MplanError('usage-bad-count', { option: '--max-warnings', value: opts.maxWarnings });
    }
  }
  // `-o newdir/` made a file named `newdir`: a folder is no output file (checked before anything is written).
  for (const s of specs) {
    if (s.file && (/[\\/]$/.test(s.file) || isFolder(path.resolve(io.cwd, s.file)))) {
      throw new MplanError('usage-output-is-folder', { file: s.file, example: `${s.file.replace(/[\\/]+$/, '')}/lint.${OUTPUT_EXTENSION[s.name] ?? 'txt'}` });
    }
  }
  const lang = chooseLang(opts.lang, result.model.plan?.data.locale, io.env);
  let diagnostics: Diagnostic[] = result.diagnostics;
  if (opts.quiet) diagnostics = diagnostics.filter((d) => d.severity === 'error');
  const localized = localize(diagnostics, lang, result.rules);
  const root = result.loaded.root;
  const summary = only
    ? summarize(diagnostics, only.size, result.model.entities.filter((e) => only.has(e.file.path)).length)
    : summarize(diagnostics, result.loaded.files.length, result.model.entities.length);
  const fromCwd = namesFromCwd(io.cwd, root);
  const top = gitTopLevel(root);
  // Every output is written, or none: a refused file stops the run before the first one.
  for (const spec of specs) if (spec.file) checkWriteTarget(path.resolve(io.cwd, spec.file), { name: spec.file });
  for (const spec of specs) {
    const formatter = await loadFormatter(spec.name);
    const ctx: FormatterContext = {
      lang,
      root,
      cwd: io.cwd,
      fromCwd,
      fromRepo: top === undefined || top === io.cwd ? fromCwd : namesFromCwd(top, root),
      rules: result.rules,
      docsUrl: (id) => {
        const rule = result.rules.get(id);
        return rule?.meta.docs ?? (rule ? docsUrl(id, lang) : errorDocsUrl(id));
      },
      summary,
      health,
      color: spec.file ? false : useColor(io.stdout, io.env, opts.color),
      columns: spec.file || !io.stdout.isTTY ? undefined : io.stdout.columns,
      version: VERSION,
      command,
    };
    const out = formatter(localized, ctx);
    if (spec.file) writeFileSafe(path.resolve(io.cwd, spec.file), out, { name: spec.file });
    else io.stdout.write(out);
  }
  const failing = diagnostics.some((d) => SEVERITY_RANK[d.severity] >= SEVERITY_RANK[failOn]);
  const tooManyWarnings = maxWarnings !== undefined && summary.warn > maxWarnings;
  return failing || tooManyWarnings ? 1 : 0;
}

/** The usual file ending of each format's output, for the example in a refusal. */
const OUTPUT_EXTENSION: Readonly<Record<string, string>> = { sarif: 'sarif', json: 'json', gitlab: 'json', junit: 'xml', markdown: 'md' };

/** True when `abs` is an existing folder (a path through a file is not: writing there fails later, with its own message). */
function isFolder(abs: string): boolean {
  try {
    return statSync(abs, { throwIfNoEntry: false })?.isDirectory() ?? false;
  } catch {
    return false;
  }
}

/** A plan-relative path with no `.` or `..` segment, no backslash and no leading `/`. */
const PLAIN_REL = /^(?!\/)(?!(?:.*\/)?\.\.?(?:\/|$))[^\\]+$/;

/**
 * Plan-relative file names (`/`-separated) as seen from `cwd`, the way SARIF,
 * annotations and the terminal name them. Each name is worked out once: the
 * root's path from `cwd` is computed once and prefixed to plain names — what
 * `path.relative(cwd, path.join(root, file))` gives them, unless the root is an
 * ancestor of `cwd` (then a name may lead back into it): that case, and any
 * other name, goes the long way.
 */
export function namesFromCwd(cwd: string, root: string): (file: string) => string {
  const names = new Map<string, string>();
  const base = path.relative(cwd, root).split(path.sep).join('/');
  // Not when the root is an ancestor of the working folder (`..`, `../..`): a name may lead back into it.
  const prefixable = !path.isAbsolute(base) && !/^[A-Za-z]:/.test(base) && !/^\.\.(?:\/\.\.)*$/.test(base);
  return (file) => {
    let name = names.get(file);
    if (name === undefined) {
      name =
        prefixable && PLAIN_REL.test(file)
          ? base
            ? `${base}/${file}`
            : file
          : path.relative(cwd, path.join(root, file)).split(path.sep).join('/') || file;
      names.set(file, name);
    }
    return name;
  };
}
