import type { MessageText } from './types.js';

/** Messages of the untrusted-repository and no-hang checks (plugins, cache trust, file reading limits, output caps). */
export const UNTRUSTED_MESSAGES: Record<string, MessageText> = {
  'symlink-outside': {
    en: 'This link leads to a folder outside the plan folder ({{target}}), so it was not read.',
    ja: 'このリンクは計画フォルダの外のフォルダ（{{target}}）を指しているため、読み込みませんでした。',
  },
  'symlink-outside.hint': {
    en: 'Move or copy those files into the plan folder, or add the link to `lint.ignore` in mplan.yaml.',
    ja: 'ファイルを計画フォルダの中に移すかコピーするか、リンクを mplan.yaml の `lint.ignore` に追加してください。',
  },
  'render-template-unreadable': {
    en: 'This template cannot be used ({{reason|reason}}).',
    ja: 'このテンプレートは使えません（{{reason|reason}}）。',
  },
  'render-template-unreadable.hint': {
    en: 'A template must be an ordinary text file (.hbs) of at most 2 MB.',
    ja: 'テンプレートは 2 MB 以下の通常のテキストファイル（.hbs）にしてください。',
  },
  'render-template-outside': {
    en: 'This template is a link to a file outside the plan repository ({{target}}), so it was not used.',
    ja: 'このテンプレートは計画リポジトリの外のファイル（{{target}}）へのリンクのため、使いませんでした。',
  },
  'render-template-outside.hint': {
    en: 'Templates and partials are read only from the plan repository\'s templates/ folder: copy the file there instead of linking to it.',
    ja: 'テンプレートとパーシャルは計画リポジトリの templates/ フォルダからのみ読み込みます。リンクではなくファイルをコピーしてください。',
  },
  'plugins-not-run': {
    en: '{{count|plural:plugin}} in lint.plugins did not run (--no-plugins), so what they would find is missing from this run.',
    ja: 'lint.plugins の {{count}} 個のプラグインは実行していません（--no-plugins）。その指摘はこの結果に含まれません。',
  },
  'plugins-not-run.hint': {
    en: 'Plugins are JavaScript from the plan repository and run with your permissions. Once you trust this repository, run without --no-plugins.',
    ja: 'プラグインは計画リポジトリにある JavaScript で、あなたの権限で実行されます。このリポジトリを信頼できる場合は --no-plugins を付けずに実行してください。',
  },
  'plugin-outside': {
    en: 'The plugin `{{plugin}}` is outside the plan repository, so it was not loaded.',
    ja: 'プラグイン `{{plugin}}` は計画リポジトリの外にあるため、読み込みませんでした。',
  },
  'plugin-outside.hint': {
    en: 'A plan may only run its own code: put the plugin file in the plan repository (a path such as `./plugins/our-rules.mjs`), or install it as an npm package and write its package name.',
    ja: '計画が実行できるのはリポジトリ内のコードだけです。プラグインのファイルを計画リポジトリに置く（`./plugins/our-rules.mjs` のようなパス）か、npm パッケージとしてインストールしてパッケージ名を書いてください。',
  },
  'plugin-load-timeout': {
    en: 'The plugin `{{plugin}}` did not finish loading within {{seconds}} seconds, so its rules were not run.',
    ja: 'プラグイン `{{plugin}}` の読み込みが {{seconds}} 秒以内に終わらなかったため、そのルールは実行していません。',
  },
  'plugin-load-timeout.hint': {
    en: 'Something at the top level of the plugin waits for ever (an `await` that never finishes, a network call). Load only the rules there; ask the plugin\'s author if it is not yours.',
    ja: 'プラグインの最上位で終わらない処理（完了しない `await`、ネットワーク呼び出しなど）を待っています。最上位ではルールを定義するだけにしてください。自作でない場合は作者に問い合わせてください。',
  },
  'cache-tracked': {
    en: '{{file}} is committed to git, so mplan did not use it: a cache that comes with the repository could hide problems.',
    ja: '{{file}} が git にコミットされているため、使いませんでした（リポジトリに含まれるキャッシュは問題を隠すおそれがあります）。',
  },
  'cache-tracked.hint': {
    en: 'Remove it from git with `git rm --cached {{file}}` and add `{{file}}` to .gitignore; each person\'s --cache then builds its own.',
    ja: '`git rm --cached {{file}}` で git から外し、.gitignore に `{{file}}` を追加してください。--cache はそれぞれの環境で作り直されます。',
  },
  'render-output-too-large': {
    en: 'This template makes a document of more than {{max}} MB, so nothing was written.',
    ja: 'このテンプレートから作られる文書が {{max}} MB を超えるため、何も書き出しませんでした。',
  },
  'render-output-too-large.hint': {
    en: 'A loop probably repeats more than intended, for example an `{{#each}}` inside another `{{#each}}` over the same list. Check the loops of the template.',
    ja: 'ループが意図より多く繰り返されている可能性があります（同じ一覧に対する `{{#each}}` の中にさらに `{{#each}}` があるなど）。テンプレートのループを確認してください。',
  },
  'review-no-commits': {
    en: 'This repository has no commit yet, so there is no `{{rev}}` to compare with.',
    ja: 'このリポジトリにはまだコミットがないため、比較する `{{rev}}` がありません。',
  },
  'review-no-commits.hint': {
    en: 'Commit the plan first (`git add -A && git commit -m "First plan"`); later changes can then be compared with it.',
    ja: '先に計画をコミットしてください（`git add -A && git commit -m "最初の計画"`）。以降の変更はそのコミットと比較できます。',
  },
  'yaml-complex-key': {
    en: 'This key is a list or a map (written with `?`), not a field name, so it was left out.',
    ja: 'このキーはリストまたはマップ（`?` で記述）で、項目名ではないため、無視しました。',
  },
  'yaml-complex-key.hint': {
    en: 'Write the field name as plain text followed by a colon, for example `channels:`, and put the list on the lines below it.',
    ja: '項目名は `channels:` のように文字列とコロンで書き、リストはその下の行に書いてください。',
  },
  'usage-output-is-folder': {
    en: '`{{file}}` is a folder, not an output file.',
    ja: '`{{file}}` はフォルダです。出力先にはファイル名を指定してください。',
  },
  'usage-output-is-folder.hint': {
    en: 'Give a file name inside it, for example `{{example}}`.',
    ja: 'フォルダの中のファイル名を指定してください（例: `{{example}}`）。',
  },
};
