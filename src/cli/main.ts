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
import { registerValidate } from './commands/validate.js';
import { h } from './help.js';
import type { HelpId } from './help.js';
import { preLang } from './lang.js';
import { processIO } from './io.js';
import type { IO } from './io.js';
import { VERSION } from '../util/version.js';

/**
 * commander's own words (defaults, choices, headings, argument errors), as it prints them in
 * English, and the help text (src/i18n/messages-help.ts) each becomes in Japanese; the names
 * are what each captured part fills in.
 */
type Words = Array<[RegExp, HelpId, ...string[]]>;
const HELP_WORDS: Words = [
  [/\(choices: ([^)]*?), default: ([^)]*)\)/g, 'help-commander-choices-default', 'choices', 'default'],
  [/\(choices: ([^)]*)\)/g, 'help-commander-choices', 'choices'],
  [/\(default: ([^)]*)\)/g, 'help-commander-default', 'default'],
  [/display help for command/g, 'help-commander-help-command'],
];
const HEADINGS: Words = [
  [/^Usage:/gm, 'help-commander-usage'],
  [/^Arguments:/gm, 'help-commander-arguments'],
  [/^Options:/gm, 'help-commander-options'],
  [/^Commands:/gm, 'help-commander-commands'],
];
const ERROR_WORDS: Words = [
  [/^error: unknown option '([^']*)'/m, 'help-commander-unknown-option', 'option'],
  [/^error: unknown command '([^']*)'/m, 'help-commander-unknown-command', 'command'],
  [/^error: missing required argument '([^']*)'/m, 'help-commander-missing-argument', 'argument'],
  [/^error: option '([^']*)' argument missing/m, 'help-commander-option-missing', 'option'],
  [/^error: option '([^']*)' argument '([^']*)' is invalid\. Allowed choices are (.*)\./m, 'help-commander-option-invalid', 'option', 'value', 'choices'],
  [/^error: too many arguments for '([^']*)'\. Expected (\d+) arguments? but got (\d+)\./m, 'help-commander-too-many-arguments-for', 'command', 'expected', 'got'],
  [/^error: too many arguments\. Expected (\d+) arguments? but got (\d+)\./m, 'help-commander-too-many-arguments', 'expected', 'got'],
  [/^\(Did you mean (?:one of )?(.*)\?\)$/m, 'help-commander-did-you-mean', 'suggestion'],
];
const translate = (text: string, words: Words): string =>
  words.reduce((t, [re, id, ...names]) => t.replace(re, (...m: string[]) => h(id, 'ja', Object.fromEntries(names.map((n, i) => [n, m[i + 1]!])))), text);
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
    .description(h('help-program', lang))
    .version(VERSION, '-v, --version', h('help-version', lang))
    .helpOption('-h, --help', h('help-help', lang))
    .helpCommand('help [command]', h('help-help', lang))
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
