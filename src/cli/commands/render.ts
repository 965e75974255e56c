// `mplan render`: reports, RFPs, journey and KPI one-pagers as Markdown; `--check` for templates.
import { Option } from 'commander';
import type { Command } from 'commander';
import { MplanError } from '../../diagnostics/error.js';
import type { Lang } from '../../i18n/types.js';
import type { IO } from '../io.js';
import { h } from '../help.js';

const DOCUMENTS = ['report', 'rfp', 'journey', 'kpis'] as const;

interface RenderOptions {
  output?: string;
  locale?: Lang;
  template?: string;
  force?: boolean;
  date?: string;
  check?: boolean;
  internal?: boolean;
  format?: 'md' | 'html' | 'pdf';
  paper?: 'a4' | 'letter';
  lang?: Lang;
  debug?: boolean;
  plugins?: boolean;
}

export function registerRender(program: Command, io: IO, lang: Lang, setCode: (code: number) => void): void {
  program
    .command('render')
    .description(h('help-render', lang))
    .argument('[document]', h('help-render-arg-document', lang))
    .argument('[args...]', h('help-render-arg-rest', lang))
    .option('-o, --output <file>', h('help-render-opt-output', lang))
    .addOption(new Option('--locale <locale>', h('help-render-opt-locale', lang)).choices(['en', 'ja']))
    .option('--template <file>', h('help-render-opt-template', lang))
    .option('--force', h('help-render-opt-force', lang))
    .option('--date <YYYY-MM-DD>', h('help-render-opt-date', lang))
    .option('--check', h('help-render-opt-check', lang))
    .option('--internal', h('help-render-opt-internal', lang))
    .addOption(new Option('--format <format>', h('help-render-opt-format', lang)).choices(['md', 'html', 'pdf']))
    .addOption(new Option('--paper <size>', h('help-render-opt-paper', lang)).choices(['a4', 'letter']))
    .option('--no-plugins', h('help-opt-no-plugins', lang))
    .addOption(new Option('--lang <lang>', h('help-opt-lang', lang)).choices(['en', 'ja']))
    .option('--debug', h('help-opt-debug', lang))
    .addHelpText('after', `\n${h('help-render-examples', lang)}`)
    .action(async (document: string | undefined, rest: string[], opts: RenderOptions) => {
      const path = await import('node:path');
      const { existsSync } = await import('node:fs');
      const { text, chooseLang } = await import('../../i18n/index.js');
      if (opts.check) {
        // `render --check [dir]`, or `render <document> [id] [dir] --check` (with --template: that file, for that document).
        const named = document !== undefined && (DOCUMENTS as readonly string[]).includes(document);
        const args = named || document === undefined ? rest : [document, ...rest];
        // An rfp or journey id may come first (it does not matter to the check): the folder is the last argument, when it is one.
        const withId = named && (document === 'rfp' || document === 'journey');
        const last = args[args.length - 1];
        const dirArg = withId && args.length === 1 && !existsSync(path.resolve(io.cwd, last!)) ? undefined : last;
        if (args.length > (withId ? 2 : 1)) {
          throw new MplanError('usage-too-many-args', { command: 'render', args: args.join(' '), usage: 'render [report|rfp|journey|kpis] [dir] --check [--template <file>]' });
        }
        const { checkTemplates, checkTemplateFile, formatTemplateDiagnostics } = await import('../../render/check.js');
        const dir = path.resolve(io.cwd, dirArg ?? '.');
        let out;
        if (opts.template) {
          const file = path.resolve(io.cwd, opts.template);
          if (!existsSync(file)) throw new MplanError('render-template-not-found', { file: opts.template });
          // The document it is for: the one named, else the one its file name says (`rfp.md.hbs`), else the report (what `render` renders by default).
          const byName = DOCUMENTS.find((d) => path.basename(file) === `${d}.md.hbs`);
          out = checkTemplateFile(file, named ? (document as (typeof DOCUMENTS)[number]) : (byName ?? 'report'), dir, opts.locale);
        } else {
          out = await checkTemplates(dir);
        }
        const msgLang = chooseLang(opts.lang, out.planLocale, io.env);
        const fromCwd = (f: string) => path.relative(io.cwd, f).split(path.sep).join('/') || f;
        if (out.diagnostics.length) {
          io.stderr.write(formatTemplateDiagnostics(out.diagnostics, msgLang, fromCwd));
          io.stderr.write(`${text('render-check-problems', msgLang, { count: out.diagnostics.length, templates: out.checked })}\n`);
          setCode(1);
        } else {
          io.stdout.write(`${text('render-check-ok', msgLang, { count: out.checked })}\n`);
          setCode(0);
        }
        return;
      }
      const doc = document ?? 'report';
      if (!(DOCUMENTS as readonly string[]).includes(doc)) {
        const { didYouMean } = await import('../../util/suggest.js');
        const s = didYouMean(doc, DOCUMENTS);
        throw new MplanError('render-unknown-document', { document: doc, suggestion: s ?? '' });
      }
      const needsId = doc === 'rfp' || doc === 'journey';
      // `render journey <dir>`: a lone folder is the plan, and the id is missing.
      const loneDir = needsId && rest.length === 1 && existsSync(path.resolve(io.cwd, rest[0]!)) && !/^[a-z0-9][a-z0-9-]*$/.test(rest[0]!);
      const id = needsId && !loneDir ? rest[0] : undefined;
      const dirArg = needsId && !loneDir ? rest[1] : rest[0];
      if (rest.length > (needsId ? 2 : 1)) throw new MplanError('usage-too-many-args', { command: 'render', args: rest.join(' '), usage: `render ${doc}${needsId ? ' <id>' : ''} [dir]` });
      const dir = path.resolve(io.cwd, dirArg ?? '.');
      const format = opts.format ?? (/\.html?$/i.test(opts.output ?? '') ? 'html' : /\.pdf$/i.test(opts.output ?? '') ? 'pdf' : 'md');
      if (format === 'pdf' && !opts.output) throw new MplanError('render-pdf-needs-output');
      if (opts.internal && doc !== 'rfp') throw new MplanError('render-internal-rfp-only', { document: doc });
      const template = opts.template ? path.resolve(io.cwd, opts.template) : undefined;
      if (template && !existsSync(template)) throw new MplanError('render-template-not-found', { file: opts.template! });
      const { renderDocument } = await import('../../app/render.js');
      const { TemplateError } = await import('../../render/engine.js');
      if (needsId && !id) {
        // Say which ids exist: this needs the plan.
        const { loadPlan } = await import('../../load/index.js');
        const { buildModel } = await import('../../model/build.js');
        const { model } = buildModel(loadPlan(dir));
        const known = model.ofKind(doc === 'rfp' ? 'RFP' : 'Journey').map((e) => e.id);
        const msgLang = chooseLang(opts.lang, model.plan?.data.locale, io.env);
        throw new MplanError('render-missing-id', {
          document: doc,
          what: text(`render-document-${doc}`, msgLang),
          known: known.join(', ') || '—',
        });
      }
      let outcome;
      try {
        outcome = await renderDocument({ dir, document: doc as (typeof DOCUMENTS)[number], id, locale: opts.locale, template, force: opts.force, date: opts.date, internal: opts.internal, plugins: opts.plugins !== false });
      } catch (err) {
        if (err instanceof TemplateError) {
          const { formatTemplateDiagnostics } = await import('../../render/check.js');
          // `lang`: --lang, else the plan's locale, else the environment; a template in another --locale is worded in that.
          io.stderr.write(formatTemplateDiagnostics([err.toDiagnostic()], opts.lang ? lang : (opts.locale ?? lang), (f) => path.relative(io.cwd, f).split(path.sep).join('/') || f));
          setCode(1);
          return;
        }
        throw err;
      }
      const msgLang = chooseLang(opts.lang, outcome.result.model.plan?.data.locale, io.env);
      if (!outcome.ok) {
        const { localize } = await import('../../i18n/index.js');
        const stylish = (await import('../../formatters/stylish.js')).default;
        const { summarize } = await import('../../diagnostics/types.js');
        const { useColor } = await import('../io.js');
        const { VERSION } = await import('../../util/version.js');
        const { docsUrl } = await import('../output.js');
        const root = outcome.result.loaded.root;
        io.stderr.write(
          stylish(localize(outcome.blocking, msgLang, outcome.result.rules), {
            lang: msgLang,
            root,
            cwd: io.cwd,
            fromCwd: (file) => path.relative(io.cwd, path.join(root, file)).split(path.sep).join('/') || file,
            rules: outcome.result.rules,
            docsUrl: (rule) => docsUrl(rule, msgLang),
            summary: summarize(outcome.blocking, outcome.result.loaded.files.length, outcome.result.model.entities.length),
            color: useColor(io.stderr, io.env),
            version: VERSION,
            command: 'render',
          }),
        );
        io.stderr.write(`mplan: ${text('render-refused', msgLang, { count: outcome.blocking.length })}\n  ${text('render-refused.hint', msgLang)}\n`);
        setCode(1);
        return;
      }
      let output: string | Uint8Array = outcome.output;
      if (format !== 'md') {
        const { publish } = await import('../../render/publish-cli.js');
        output = await publish(outcome.output, { format, paper: opts.paper ?? 'a4', locale: outcome.locale, internal: opts.internal === true, env: io.env, warn: (s) => io.stderr.write(`${s}\n`), msgLang });
      }
      if (opts.output) {
        const { writeFileSafe } = await import('../../write/index.js');
        writeFileSafe(path.resolve(io.cwd, opts.output), output, { name: opts.output });
        io.stderr.write(`${text('render-written', msgLang, { file: opts.output })}\n`);
      } else {
        io.stdout.write(output as string);
      }
      setCode(0);
    });
}
