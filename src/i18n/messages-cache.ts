import type { MessageText } from './types.js';

/**
 * The lint cache (src/cache/, `--cache`).
 * Keys are stable message ids (an error code is also the `rule` of its finding); a hint
 * ends in `.hint`, a short title (SARIF) in `.title`.
 */
export const CACHE_MESSAGES: Record<string, MessageText> = {
  'cache-unwritable': {
    en: 'mplan could not save its cache file `{{file}}` ({{reason|reason}}); the results are correct, the next run just will not be faster.',
    ja: 'キャッシュファイル `{{file}}` を保存できませんでした（{{reason|reason}}）。結果は正しいですが、次回の実行は速くなりません。',
  },
  'cache-unwritable.title': {
    en: 'A cache that cannot be written',
    ja: '書き込めないキャッシュ',
  },
  'cache-tracked': {
    en: '{{file}} is committed to git, so mplan did not use it: a cache that comes with the repository could hide problems.',
    ja: '{{file}} が git にコミットされているため、使いませんでした（リポジトリに含まれるキャッシュは問題を隠すおそれがあります）。',
  },
  'cache-tracked.hint': {
    en: 'Remove it from git with `git rm --cached {{file}}` and add `{{file}}` to .gitignore; each person\'s --cache then builds its own.',
    ja: '`git rm --cached {{file}}` で git から外し、.gitignore に `{{file}}` を追加してください。--cache はそれぞれの環境で作り直されます。',
  },
  'cache-tracked.title': {
    en: 'A cache file tracked by git',
    ja: 'git で管理されているキャッシュファイル',
  },
};
