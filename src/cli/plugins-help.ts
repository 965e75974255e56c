import type { Lang } from '../i18n/types.js';

/** `--no-plugins`, on every command that would run the plan's plugins (lint.plugins). */
export const NO_PLUGINS_HELP: Record<Lang, string> = {
  en: "do not run the plan's plugins (lint.plugins): they are JavaScript from the plan repository and run with your permissions, so use this on a repository you do not trust",
  ja: '計画のプラグイン（lint.plugins）を実行しません。プラグインは計画リポジトリにある JavaScript で、あなたの権限で実行されます。信頼できないリポジトリではこのオプションを使ってください',
};

/** The plugin options of a command: `--no-plugins` sets `plugins` to false. */
export function pluginOptions(opts: { plugins?: boolean }): { run: boolean } {
  return { run: opts.plugins !== false };
}
