import { Command, CommanderError, Help } from 'commander';
import { MplanError } from '../diagnostics/error.js';
import { envLang, text } from '../i18n/index.js';
import { errorDetail } from '../rules/engine.js';
import type { Lang } from '../i18n/types.js';
import { registerDiff } from './commands/diff.js';
import { registerExplain } from './commands/explain.js';
import { registerFmt } from './commands/fmt.js';
import { registerInit } from './commands/init.js';
import { registerRender } from './commands/render.js';
import { registerSchema } from './commands/schema.js';
import { registerTestRules } from './commands/test-rules.js';
import { registerLint } from './commands/lint.js';
import { registerRules } from './commands/rules.js';
import { registerRename } from './commands/rename.js';
import { registerLsp } from './commands/lsp.js';
import { registerValidate } from './commands/validate.js';
import { h } from './help.js';
import { preLang } from './lang.js';
import { processIO } from './io.js';
import type { IO } from './io.js';
import { VERSION } from '../util/version.js';

/** commander's own words (headings, defaults, choices), in Japanese. */
const HELP_WORDS: Array<[RegExp, string]> = [
  [/\(choices: ([^)]*?), default: ([^)]*)\)/g, '（選択肢: $1、既定: $2）'],
  [/\(choices: ([^)]*)\)/g, '（選択肢: $1）'],
  [/\(default: ([^)]*)\)/g, '（既定: $1）'],
  [/display help for command/g, 'コマンドのヘルプを表示します'],
];
const HEADINGS: Array<[RegExp, string]> = [
  [/^Usage:/gm, '使い方:'],
  [/^Arguments:/gm, '引数:'],
  [/^Options:/gm, 'オプション:'],
  [/^Commands:/gm, 'コマンド:'],
];
/** commander's own argument errors, in Japanese. */
const ERROR_WORDS: Array<[RegExp, string]> = [
  [/^error: unknown option '([^']*)'/m, 'エラー: `$1` というオプションはありません'],
  [/^error: unknown command '([^']*)'/m, 'エラー: `$1` というコマンドはありません'],
  [/^error: missing required argument '([^']*)'/m, 'エラー: 引数 <$1> を指定してください'],
  [/^error: option '([^']*)' argument missing/m, 'エラー: オプション $1 の値を指定してください'],
  [/^error: option '([^']*)' argument '([^']*)' is invalid\. Allowed choices are (.*)\./m, 'エラー: オプション $1 に `$2` は使えません。$3 のいずれかを指定してください。'],
  [/^error: too many arguments for '([^']*)'\. Expected (\d+) arguments? but got (\d+)\./m, 'エラー: `$1` の引数が多すぎます（$2 個まで、指定は $3 個）。'],
  [/^error: too many arguments\. Expected (\d+) arguments? but got (\d+)\./m, 'エラー: 引数が多すぎます（$1 個まで、指定は $2 個）。'],
  [/^\(Did you mean (?:one of )?(.*)\?\)$/m, '（$1 のことですか？）'],
];
const translate = (text: string, words: Array<[RegExp, string]>): string => words.reduce((t, [re, to]) => t.replace(re, to), text);
/** `[dir]` defaults to "." and every description says so in words: do not repeat it. */
const dropDotDefault = (text: string): string => text.replace(/ \(default: "\."\)/, '');

function helpConfig(lang: Lang): Partial<Help> {
  const ja = lang === 'ja';
  return {
    optionDescription(option) {
      const text = Help.prototype.optionDescription.call(this, option);
      return ja ? translate(text, HELP_WORDS) : text;
    },
    argumentDescription(argument) {
      const text = dropDotDefault(Help.prototype.argumentDescription.call(this, argument));
      return ja ? translate(text, HELP_WORDS) : text;
    },
    formatHelp(cmd, helper) {
      const text = Help.prototype.formatHelp.call(helper, cmd, helper);
      return ja ? translate(text, HEADINGS) : text;
    },
  };
}

export function buildProgram(io: IO, lang: Lang, setCode: (code: number) => void): Command {
  const program = new Command();
  program
    .name('mplan')
    .description(h('program', lang))
    .version(VERSION, '-v, --version', h('version', lang))
    .helpOption('-h, --help', h('help', lang))
    .helpCommand('help [command]', h('help', lang))
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureHelp(helpConfig(lang))
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(lang === 'ja' ? translate(s, ERROR_WORDS) : s),
    });
  registerValidate(program, io, lang, setCode);
  registerLint(program, io, lang, setCode);
  registerRules(program, io, lang, setCode);
  registerExplain(program, io, lang, setCode);
  registerRender(program, io, lang, setCode);
  registerDiff(program, io, lang, setCode);
  registerInit(program, io, lang, setCode);
  registerSchema(program, io, lang, setCode);
  registerFmt(program, io, lang, setCode);
  registerTestRules(program, io, lang, setCode);
  registerRename(program, io, lang, setCode);
  registerLsp(program, io, lang, setCode);
  return program;
}

/**
 * Run mplan with these arguments and return the exit code: 0 clean,
 * 1 findings, 2 usage or internal error. Never calls process.exit.
 */
export async function main(argv: string[], io: IO = processIO()): Promise<number> {
  const lang = preLang(argv, io.cwd, io.env);
  const debug = argv.includes('--debug');
  let code = 0;
  const program = buildProgram(io, lang, (c) => {
    code = c;
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return 0;
      return 2; // commander already printed what was wrong
    }
    if (err instanceof MplanError) {
      io.stderr.write(`mplan: ${text(err.code, lang, err.data)}\n`);
      const hint = text(`${err.code}.hint`, lang, err.data);
      if (hint !== `${err.code}.hint`) io.stderr.write(`  ${hint}\n`);
      return err.exitCode;
    }
    io.stderr.write(`mplan: ${text('internal-error', lang, { detail: errorDetail(err) })}\n`);
    if (debug && err instanceof Error && err.stack) io.stderr.write(`${err.stack}\n`);
    return 2;
  }
}
