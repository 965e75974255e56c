import type { MessageText } from './types.js';

/**
 * `mplan init` (src/scaffold/): what it created and what to do next. Its refusals
 * (`usage-init-exists`, writing errors) are in messages-cli.ts and messages-write.ts.
 */
export const SCAFFOLD_MESSAGES: Record<string, MessageText> = {
  'init-created': {
    en: 'Created a starter plan in {{dir}} ({{count}} files). Next: edit the files, then run `mplan lint {{dir}}`.\n',
    ja: '{{dir}} にひな形の計画を作成しました（{{count}} ファイル）。ファイルを編集したら `mplan lint {{dir}}` を実行してください。\n',
  },
  'init-created-here': {
    en: 'Created a starter plan in this folder ({{count}} files). Next: edit the files, then run `mplan lint`.\n',
    ja: 'このフォルダにひな形の計画を作成しました（{{count}} ファイル）。ファイルを編集したら `mplan lint` を実行してください。\n',
  },
};
