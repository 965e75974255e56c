import type { MessageText } from './types.js';

/**
 * Messages of editing with help: `mplan lsp` (the language server) and
 * `mplan rename`. Ids must not clash with core-messages.ts.
 */
export const LSP_MESSAGES: Record<string, MessageText> = {
  'rename-not-found': {
    en: 'Nothing in this plan has the id `{{id}}`.',
    ja: 'この計画に id が `{{id}}` のものはありません。',
  },
  'rename-not-found.hint': {
    en: 'Check the spelling. A journey stage is named with its journey: `journey-id/stage-id`.',
    ja: '綴りを確認してください。ジャーニーのステージはジャーニーの id と合わせて `journey-id/stage-id` の形で指定します。',
  },
  'rename-not-found-suggest': {
    en: 'Nothing in this plan has the id `{{id}}`. Did you mean `{{suggestion}}`?',
    ja: 'この計画に id が `{{id}}` のものはありません。`{{suggestion}}` のことですか？',
  },
  'rename-not-found-suggest.hint': {
    en: 'Run the command again with the id as it is written in the plan.',
    ja: '計画に書かれているとおりの id で、もう一度実行してください。',
  },
  'rename-bad-id': {
    en: '`{{id}}` cannot be an id: ids use lower-case letters (a-z), digits and hyphens, and start with a letter or digit.',
    ja: '`{{id}}` は id に使えません。id には半角の英小文字（a-z）・数字・ハイフンだけを使い、先頭は英小文字か数字にしてください。',
  },
  'rename-bad-id.hint': {
    en: 'For example `trade-show-leads`.',
    ja: '例: `trade-show-leads`',
  },
  'rename-clash': {
    en: '`{{id}}` is already used ({{file}}:{{line}}); two things in a plan cannot share an id, so nothing was renamed.',
    ja: '`{{id}}` はすでに使われています（{{file}}:{{line}}）。計画の中で同じ id は使えないため、何も変更しませんでした。',
  },
  'rename-clash.hint': {
    en: 'Choose another id, or rename the other one first.',
    ja: '別の id を選ぶか、先にもう一方の id を変更してください。',
  },
  'rename-unwritable': {
    en: '{{file}}:{{line}}: `{{value}}` is written in a form mplan cannot change without touching the text around it, so nothing was renamed.',
    ja: '{{file}}:{{line}}: `{{value}}` は周りの記述を変えずには書き換えられない形で書かれているため、何も変更しませんでした。',
  },
  'rename-unwritable.hint': {
    en: 'Write it on one line, as `{{value}}` or in quotes, then rename again.',
    ja: '`{{value}}` のように 1 行で（引用符で囲んでも構いません）書き直してから、もう一度実行してください。',
  },
  'rename-unchecked': {
    en: '`{{id}}` is also written in a part of a plan file with YAML errors that mplan cannot read, so nothing was renamed.',
    ja: '`{{id}}` は YAML の誤りがあって読み取れない箇所にも書かれているため、何も変更しませんでした。',
  },
  'rename-unchecked.hint': {
    en: 'Fix the YAML errors first (`mplan validate` shows where they are), then rename again.',
    ja: '先に YAML の誤りを直してください（場所は `mplan validate` で確認できます）。その後もう一度実行してください。',
  },
  'rename-summary': {
    en: 'Renamed `{{from}}` to `{{to}}`: {{count|plural:change}} in {{files|plural:file}}.',
    ja: '`{{from}}` を `{{to}}` に変更しました（{{files}} ファイル、{{count}} か所）。',
  },
  'rename-summary-dry': {
    en: 'Would rename `{{from}}` to `{{to}}`: {{count|plural:change}} in {{files|plural:file}}. Nothing was written (--dry-run).',
    ja: '`{{from}}` を `{{to}}` に変更する場合の変更点です（{{files}} ファイル、{{count}} か所）。--dry-run のため何も書き込んでいません。',
  },
  'rename-nothing': {
    en: '`{{from}}` already has that id: nothing to change.',
    ja: '`{{from}}` はすでにその id です。変更はありません。',
  },
  'lsp-not-an-id': {
    en: 'Only an id can be renamed: put the cursor on an `id:` value or on a reference to one.',
    ja: '名前を変更できるのは id だけです。`id:` の値か、id を参照している値にカーソルを置いてください。',
  },
  'lsp-unknown-option': {
    en: '`{{option}}` is not an option of mplan lsp; editors start it as `mplan lsp --stdio`.',
    ja: '`{{option}}` は mplan lsp のオプションではありません。エディタからは `mplan lsp --stdio` として起動します。',
  },
  'lsp-plan-failed': {
    en: 'mplan could not check the plan in {{root}}: {{detail}}',
    ja: '{{root}} の計画をチェックできませんでした: {{detail}}',
  },
  'lsp-request-failed': {
    en: 'mplan could not answer {{request}}: {{detail}}',
    ja: '{{request}} に応答できませんでした: {{detail}}',
  },
  'lsp-no-plan': {
    en: '{{file}} is not in a plan (there is no mplan.yaml in its folder or above it), so mplan does not check it.',
    ja: '{{file}} は計画に含まれていません（そのフォルダにも上位のフォルダにも mplan.yaml がありません）。そのため mplan はチェックしません。',
  },
  'lsp-checking': {
    en: 'mplan {{version}}: checking the plan in {{root}}.',
    ja: 'mplan {{version}}: {{root}} の計画をチェックしています。',
  },
  'lsp-referrers': {
    en: 'Referred to {{count|plural:time}}.',
    ja: '{{count}} か所から参照されています。',
  },
  'lsp-stage-of': {
    en: 'Stage of the journey `{{journey}}`',
    ja: 'ジャーニー `{{journey}}` のステージ',
  },
};
