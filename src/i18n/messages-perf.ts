import type { MessageText } from './types.js';

/**
 * Messages of the speed-and-robustness work (hostile files found while
 * walking the plan, the lint cache). Ids must not clash with core-messages.ts.
 */
export const PERF_MESSAGES: Record<string, MessageText> = {
  'file-not-regular': {
    en: 'This is not an ordinary file (it is a pipe, socket or device), so mplan did not open it.',
    ja: 'これは通常のファイルではありません（パイプ、ソケット、デバイスのいずれかです）。mplan は開かずに読み飛ばしました。',
  },
  'file-not-regular.hint': {
    en: 'Plan files must be ordinary text files: remove it from the plan folder, or add it to `lint.ignore` in mplan.yaml.',
    ja: '計画ファイルは通常のテキストファイルである必要があります。計画フォルダから削除するか、mplan.yaml の `lint.ignore` に追加してください。',
  },
  'folder-named-yaml': {
    en: '`{{name}}` is a folder, not a file, although its name ends in `.yaml`; mplan read the plan files inside it.',
    ja: '`{{name}}` は名前が `.yaml` で終わっていますが、ファイルではなくフォルダです。中にある計画ファイルは読み込みました。',
  },
  'folder-named-yaml.hint': {
    en: 'Rename the folder without `.yaml` (for example `{{suggestion}}`) so nobody mistakes it for a plan file.',
    ja: '計画ファイルと紛らわしいため、`.yaml` を外した名前（例: `{{suggestion}}`）にフォルダ名を変更してください。',
  },
  'cache-unwritable': {
    en: 'mplan could not save its cache file `{{file}}` ({{reason|reason}}); the results are correct, the next run just will not be faster.',
    ja: 'キャッシュファイル `{{file}}` を保存できませんでした（{{reason|reason}}）。結果は正しいですが、次回の実行は速くなりません。',
  },
};
