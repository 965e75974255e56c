// The language of everything the CLI says before (or without) reading a plan:
// help, argument errors, usage errors.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { envLang } from '../i18n/index.js';
import type { Lang } from '../i18n/types.js';
import { planLocaleAt } from '../load/plan-locale.js';

/** Options whose value is the next argument (so it is not taken for a folder). */
const TAKES_VALUE = /^(?:-[for]|--(?:format|output|rule|lang|fail-on|max-warnings|preset|since|baseline|write-baseline|template|date|out|locale))$/;

/**
 * The language mplan speaks before it has read a plan, as it will once it has:
 * `--lang`; for `init`, the `--locale` of the plan it starts; else the
 * `locale:` of the plan the command works on (the first argument naming a
 * file or folder that exists, else the current folder); else the
 * environment (LC_ALL, LC_MESSAGES, LANG).
 */
export function preLang(argv: string[], cwd: string, env: NodeJS.ProcessEnv): Lang {
  let locale: Lang | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const eq = /^--(lang|locale)=(en|ja)$/.exec(a);
    const next = argv[i + 1];
    if (a === '--lang' && (next === 'ja' || next === 'en')) return next;
    if (eq?.[1] === 'lang') return eq[2] as Lang;
    if (a === '--locale' && (next === 'ja' || next === 'en')) locale ??= next;
    if (eq?.[1] === 'locale') locale ??= eq[2] as Lang;
  }
  if (argv[0] === 'init' && locale) return locale;
  let target: string | undefined;
  for (let i = 1; i < argv.length && target === undefined; i++) {
    const a = argv[i]!;
    if (a.startsWith('-')) {
      if (TAKES_VALUE.test(a)) i++;
      continue;
    }
    if (existsSync(path.resolve(cwd, a))) target = path.resolve(cwd, a);
  }
  return planLocaleAt(target ?? cwd) ?? (target ? planLocaleAt(cwd) : undefined) ?? envLang(env);
}
