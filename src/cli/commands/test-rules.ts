import { Option } from 'commander';
import type { Command } from 'commander';
import { MplanError } from '../../diagnostics/error.js';
import type { Diagnostic } from '../../diagnostics/types.js';
import type { Lang, MessageText } from '../../i18n/types.js';
import { h } from '../help.js';
import type { IO } from '../io.js';
import { pluginOptions } from '../plugins-help.js';

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

export function registerTestRules(program: Command, io: IO, lang: Lang, setCode: (code: number) => void): void {
  program
    .command('test-rules')
    .description(h('help-test-rules', lang))
    .argument('[dir]', h('help-test-rules-arg-dir', lang), '.')
    .option('-r, --rule <id>', h('help-test-rules-opt-rule', lang), collect)
    .addOption(new Option('--lang <lang>', h('help-test-rules-opt-lang', lang)).choices(['en', 'ja']))
    .option('--no-plugins', h('help-opt-no-plugins', lang))
    .addHelpText('after', `\n${h('help-test-rules-examples', lang)}`)
    .action(async (dir: string, opts: { rule?: string[]; lang?: string; plugins?: boolean }) => {
      const path = await import('node:path');
      const { runRuleTests } = await import('../../app/test-rules.js');
      const { chooseLang, localize, text } = await import('../../i18n/index.js');
      const run = await runRuleTests(path.resolve(io.cwd, dir), opts.rule ?? [], pluginOptions(opts));
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
