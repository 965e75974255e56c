// `mplan render`: reports, RFPs, journey and KPI one-pagers as Markdown; `--check` for templates.
import { Option } from 'commander';
import type { Command } from 'commander';
import { MplanError } from '../../diagnostics/error.js';
import type { Lang } from '../../i18n/types.js';
import type { IO } from '../io.js';
import { NO_PLUGINS_HELP } from '../plugins-help.js';

const HELP = {
  render: {
    en: 'render the plan as Markdown, HTML or PDF for people who never open YAML: the whole report, an RFP ready to send, a journey or the KPIs',
    ja: '計画を Markdown・HTML・PDF の文書として出力します（計画書全体、そのまま送れる提案依頼書（RFP）、カスタマージャーニー、KPI 一覧）',
  },
  argDocument: {
    en: 'what to render: report, rfp <rfp-id>, journey <journey-id> or kpis',
    ja: '出力する文書: report、rfp <RFP の id>、journey <ジャーニーの id>、kpis',
  },
  argRest: {
    en: 'the RFP or journey id (for rfp and journey), then the plan folder (default: the current folder)',
    ja: 'RFP またはジャーニーの id（rfp と journey の場合）、続けて計画フォルダ（既定: 現在のフォルダ）',
  },
  optOutput: { en: 'write the document to this file (atomically) instead of printing it', ja: '文書を端末ではなくこのファイルに書き出します（書きかけの状態は残しません）' },
  optLocale: { en: 'language of the document: en or ja (default: the plan\'s locale)', ja: '文書の言語: en または ja（既定: 計画の locale）' },
  optTemplate: { en: 'use this Handlebars template file instead of the document\'s own', ja: '文書の既定テンプレートの代わりに、この Handlebars テンプレートを使います' },
  optForce: { en: 'render even when the plan has errors that affect the document, marking the gaps with ⚠', ja: '文書に関わるエラーがあっても出力し、抜けを ⚠ で示します' },
  optDate: { en: 'date to print on the document, YYYY-MM-DD (no date otherwise, so output stays reproducible)', ja: '文書に載せる日付（YYYY-MM-DD）。指定しない場合は日付を入れません（出力が毎回同じになります）' },
  optCheck: {
    en: 'check the templates instead of rendering: syntax, every field against the data each template receives, partials and helpers',
    ja: '出力せずにテンプレートを確認します（構文、各テンプレートが受け取るデータにある項目か、パーシャルとヘルパー）',
  },
  optInternal: {
    en: 'RFP only: render the full version for review inside the company (plan and initiative budgets, tool costs, contract dates, every KPI of the goals), marked internal on every page',
    ja: 'RFP のみ: 社内確認用の完全版を出力します（計画・施策の予算、ツールの費用と契約終了日、目標のすべての KPI を含み、各ページに社外秘と表示）',
  },
  optFormat: {
    en: 'md (default), html (one self-contained file, diagrams drawn) or pdf (needs Chrome/Chromium); follows the extension of -o when not given',
    ja: 'md（既定）、html（図を描画した単一ファイル）、pdf（Chrome/Chromium が必要）。指定しない場合は -o の拡張子に従います',
  },
  optPaper: { en: 'paper size of a PDF: a4 (default) or letter', ja: 'PDF の用紙サイズ: a4（既定）または letter' },
  optLang: { en: 'language of messages: en or ja (default: the plan\'s locale, then LANG)', ja: 'メッセージの言語: en または ja（既定: 計画の locale、次に LANG）' },
  optDebug: { en: 'show stack traces for internal errors', ja: '内部エラーのスタックトレースを表示します' },
  examples: {
    en: 'Examples:\n  $ mplan render report -o plan.md\n  $ mplan render rfp rfp-digital-agency-2027 examples/exhibition-b2b -o rfp.md\n  $ mplan render journey expo-visitor --locale ja\n  $ mplan render kpis --date 2027-04-01\n  $ mplan render --check          # in CI: the built-in and the repo\'s templates/\n\nTemplates: the plan repo\'s templates/<locale>/<name>.hbs replaces the built-in of the same name (see docs/render.md).\nExit codes: 0 rendered (or templates fine), 1 errors in the plan or a template (located), 2 usage or internal error.',
    ja: '例:\n  $ mplan render report -o plan.md\n  $ mplan render rfp rfp-digital-agency-2027 examples/exhibition-b2b -o rfp.md\n  $ mplan render journey expo-visitor --locale ja\n  $ mplan render kpis --date 2027-04-01\n  $ mplan render --check          # CI で: 組み込みと計画リポジトリの templates/ を確認\n\nテンプレート: 計画リポジトリの templates/<ロケール>/<名前>.hbs が、同じ名前の組み込みテンプレートに代わって使われます（docs/render.md を参照）。\n終了コード: 0 出力成功（またはテンプレートに問題なし）、1 計画またはテンプレートにエラー（場所を表示）、2 使い方の誤りまたは内部エラー。',
  },
} satisfies Record<string, Record<Lang, string>>;

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
    .description(HELP.render[lang])
    .argument('[document]', HELP.argDocument[lang])
    .argument('[args...]', HELP.argRest[lang])
    .option('-o, --output <file>', HELP.optOutput[lang])
    .addOption(new Option('--locale <locale>', HELP.optLocale[lang]).choices(['en', 'ja']))
    .option('--template <file>', HELP.optTemplate[lang])
    .option('--force', HELP.optForce[lang])
    .option('--date <YYYY-MM-DD>', HELP.optDate[lang])
    .option('--check', HELP.optCheck[lang])
    .option('--internal', HELP.optInternal[lang])
    .addOption(new Option('--format <format>', HELP.optFormat[lang]).choices(['md', 'html', 'pdf']))
    .addOption(new Option('--paper <size>', HELP.optPaper[lang]).choices(['a4', 'letter']))
    .option('--no-plugins', NO_PLUGINS_HELP[lang])
    .addOption(new Option('--lang <lang>', HELP.optLang[lang]).choices(['en', 'ja']))
    .option('--debug', HELP.optDebug[lang])
    .addHelpText('after', `\n${HELP.examples[lang]}`)
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
          what: msgLang === 'ja' ? (doc === 'rfp' ? '提案依頼書' : 'カスタマージャーニー') : doc === 'rfp' ? 'RFP' : 'journey',
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
