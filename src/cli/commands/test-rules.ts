import { Option } from 'commander';
import type { Command } from 'commander';
import { MplanError } from '../../diagnostics/error.js';
import type { Diagnostic } from '../../diagnostics/types.js';
import type { Lang, MessageText } from '../../i18n/types.js';
import type { IO } from '../io.js';
import { NO_PLUGINS_HELP, pluginOptions } from '../plugins-help.js';

/** Help of `mplan test-rules`, in every language mplan speaks. */
const HELP = {
  description: {
    en: "test the plan's own rules (lint.custom and lint.plugins) against fixture plans, like ESLint's RuleTester",
    ja: '計画独自のルール（lint.custom と lint.plugins）を、テスト用の小さな計画で検証します（ESLint の RuleTester と同様）',
  },
  argDir: {
    en: 'the plan folder (its rules-tests/ folder is used), a tests folder, or one rule\'s folder (default: the current folder)',
    ja: '計画フォルダ（その中の rules-tests/ を使用）、テストフォルダ、または 1 つのルールのフォルダ（既定: 現在のフォルダ）',
  },
  optRule: { en: 'only test this rule (repeatable)', ja: 'このルールだけをテストします（繰り返し指定可）' },
  optLang: { en: 'language of messages: en or ja', ja: 'メッセージの言語: en または ja' },
  after: {
    en: [
      'Layout:',
      '  rules-tests/<rule-id>/valid/<case>/*.yaml     must give no finding of the rule',
      '  rules-tests/<rule-id>/invalid/<case>/*.yaml   must give exactly the expected findings',
      'An invalid case lists them in expected.yaml (- { rule, file, line, column?, messageId? })',
      'or marks the offending lines with `# expect: <rule-id>`. A case without an mplan.yaml',
      'gets a minimal Plan. Add `rules-tests/**` to lint.ignore in mplan.yaml.',
      '',
      'Examples:',
      '  $ mplan test-rules',
      '  $ mplan test-rules examples/policies --rule big-budget-needs-cfo',
      '',
      'Exit codes: 0 every case passed, 1 a case failed, 2 no cases found or usage error.',
    ].join('\n'),
    ja: [
      '配置:',
      '  rules-tests/<ルールid>/valid/<ケース>/*.yaml     そのルールの指摘が出ないこと',
      '  rules-tests/<ルールid>/invalid/<ケース>/*.yaml   期待どおりの指摘だけが出ること',
      'invalid のケースは期待する指摘を expected.yaml（- { rule, file, line, column?, messageId? }）に書くか、',
      '該当行に `# expect: <ルールid>` コメントを付けます。mplan.yaml のないケースには最小限の Plan を補います。',
      'mplan.yaml の lint.ignore に `rules-tests/**` を追加してください。',
      '',
      '例:',
      '  $ mplan test-rules',
      '  $ mplan test-rules examples/policies --rule big-budget-needs-cfo',
      '',
      '終了コード: 0 全ケース成功、1 失敗したケースあり、2 ケースが見つからない・使い方の誤り。',
    ].join('\n'),
  },
} satisfies Record<string, MessageText>;

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

export function registerTestRules(program: Command, io: IO, lang: Lang, setCode: (code: number) => void): void {
  program
    .command('test-rules')
    .description(HELP.description[lang])
    .argument('[dir]', HELP.argDir[lang], '.')
    .option('-r, --rule <id>', HELP.optRule[lang], collect)
    .addOption(new Option('--lang <lang>', HELP.optLang[lang]).choices(['en', 'ja']))
    .option('--no-plugins', NO_PLUGINS_HELP[lang])
    .addHelpText('after', `\n${HELP.after[lang]}`)
    .action(async (dir: string, opts: { rule?: string[]; lang?: string; plugins?: boolean }) => {
      const path = await import('node:path');
      const { testRules } = await import('../../app/test-rules.js');
      const { chooseLang, localize, text } = await import('../../i18n/index.js');
      const run = await testRules(path.resolve(io.cwd, dir), opts.rule ?? [], pluginOptions(opts));
      const l = chooseLang(opts.lang, run.locale, io.env);
      const shown = path.relative(io.cwd, run.testsDir).split(path.sep).join('/') || '.';
      if (!run.results.length && !run.configProblems.length) throw new MplanError('test-rules-none', { dir: shown });
      const { namesFromCwd } = await import('../output.js');
      const fromCwd = (root: string, file: string) => namesFromCwd(io.cwd, root)(file); // few lines: no need to keep the namer
      const line = (d: Diagnostic, root: string) => {
        const [m] = localize([d], l, run.rules);
        return `${fromCwd(root, d.file)}:${d.line}:${d.column}  ${m!.message}${d.rule !== 'rule-crashed' ? ` (${d.rule})` : ''}`;
      };
      for (const d of run.configProblems) io.stderr.write(`${line(d, run.root)}\n`);
      let failed = 0;
      for (const r of run.results) {
        if (!r.ok) failed++;
        io.stdout.write(`${r.ok ? '✓' : '✗'} ${r.rule} › ${r.group}/${r.name}\n`);
        const caseRoot = path.join(run.root, r.dir);
        for (const p of r.problems) {
          if (p.finding && p.messageId === 'finding') io.stdout.write(`    ${line(p.finding, caseRoot)}\n`);
          else if (p.finding) io.stdout.write(`    ${text(p.messageId, l)}: ${line(p.finding, caseRoot)}\n`);
          else if (p.expected) {
            const e = p.expected;
            const where = `${fromCwd(caseRoot, e.file)}:${e.line}${e.column !== undefined ? `:${e.column}` : ''}`;
            io.stdout.write(`    ${text(p.messageId, l)}: ${where}  ${r.rule}${e.messageId ? ` (${e.messageId})` : ''}\n`);
          } else {
            const extra = p.data?.suggestion ? ` — ${text('hint-did-you-mean', l, { suggestion: String(p.data.suggestion) })}` : '';
            io.stdout.write(`    ${text(p.messageId, l, p.data)}${extra}\n`);
          }
        }
      }
      const total = run.results.length;
      io.stdout.write(`\n${text('test-rules-summary', l, { cases: total, passed: total - failed, failed })}\n`);
      setCode(failed || run.configProblems.length ? 1 : 0);
    });
}
