import type { MessageText } from './types.js';

/**
 * The commands themselves (src/cli/): usage errors (exit code 2), internal errors,
 * `mplan explain`, and the headings of `mplan rules` (`rules-category-<category>`).
 * Keys are stable message ids (an error code is also the `rule` of its finding); a hint
 * ends in `.hint`, a short title (SARIF) in `.title`.
 */
export const CLI_MESSAGES: Record<string, MessageText> = {
  'usage-no-root': {
    en: 'No mplan.yaml found in {{dir}} or any folder above it.',
    ja: '{{dir}} とその上位のフォルダに mplan.yaml が見つかりません。',
  },
  'usage-no-root.hint': {
    en: 'Run mplan inside a plan folder (the one with mplan.yaml), pass its path, or create one with `mplan init`.',
    ja: '計画フォルダ（mplan.yaml のあるフォルダ）で実行するか、そのパスを指定してください。新しく作る場合は `mplan init` を使います。',
  },
  'usage-dir-missing': {
    en: 'The folder {{dir}} does not exist.',
    ja: 'フォルダ {{dir}} は存在しません。',
  },
  'usage-not-dir': {
    en: '{{dir}} is a file, not a folder.',
    ja: '{{dir}} はフォルダではなくファイルです。',
  },
  'usage-bad-option': {
    en: 'Invalid value for {{option}}: {{detail}}.',
    ja: '{{option}} の値が正しくありません: {{detail}}。',
  },
  'usage-unknown-rule': {
    en: '`{{rule}}` is not an mplan rule.',
    ja: '`{{rule}}` という mplan のルールはありません。',
  },
  'usage-write-failed': {
    en: 'Could not write {{file}}: {{reason|reason}}.',
    ja: '{{file}} に書き込めませんでした: {{reason|reason}}。',
  },
  'usage-init-exists': {
    en: 'mplan init writes nothing into {{dir}} because these files already exist: {{files}}.',
    ja: '次のファイルが既に存在するため、mplan init は {{dir}} に何も書き込みませんでした: {{files}}。',
  },
  'usage-init-exists.hint': {
    en: 'Choose an empty folder, e.g. `mplan init my-plan`; mplan never overwrites your files.',
    ja: '空のフォルダを指定してください（例: `mplan init my-plan`）。mplan が既存のファイルを上書きすることはありません。',
  },
  'internal-error': {
    en: 'mplan hit an internal error: {{detail}}. Run again with --debug to see where, and please report it.',
    ja: 'mplan の内部エラーが発生しました: {{detail}}。--debug を付けて再実行すると発生箇所が表示されます。ご報告ください。',
  },
  'usage-output-is-folder': {
    en: '`{{file}}` is a folder, not an output file.',
    ja: '`{{file}}` はフォルダです。出力先にはファイル名を指定してください。',
  },
  'usage-output-is-folder.hint': {
    en: 'Give a file name inside it, for example `{{example}}`.',
    ja: 'フォルダの中のファイル名を指定してください（例: `{{example}}`）。',
  },
  'usage-not-a-rule': {
    en: 'Invalid value for {{option}}: `{{rule}}` is not an mplan rule{{suggestion|guess}}.',
    ja: '{{option}} の値が正しくありません: `{{rule}}` という mplan のルールはありません{{suggestion|guess}}。',
  },
  'usage-not-a-rule.hint': {
    en: 'Run `mplan rules` to list every rule, with the plan\'s own.',
    ja: '`mplan rules` を実行すると、計画独自のルールを含めてすべてのルールを一覧できます。',
  },
  'usage-rule-setting': {
    en: 'Invalid value for --rule: `{{spec}}` is not a rule setting; write <rule-id>=off|info|warn|error, e.g. --rule kpi-no-baseline=off.',
    ja: '--rule の値が正しくありません: `{{spec}}` はルールの設定になっていません。<ルールid>=off|info|warn|error の形で書いてください（例: --rule kpi-no-baseline=off）。',
  },
  'usage-not-a-format': {
    en: 'Invalid value for --format: `{{name}}` is not a format{{suggestion|guess}}; use {{formats}}.',
    ja: '--format の値が正しくありません: `{{name}}` という出力形式はありません{{suggestion|guess}}。{{formats}} のいずれかを指定してください。',
  },
  'usage-format-no-file': {
    en: 'Invalid value for --format: give a file name after `{{name}}=`, e.g. --format {{name}}=mplan.{{name}}.',
    ja: '--format の値が正しくありません: `{{name}}=` の後にファイル名を書いてください（例: --format {{name}}=mplan.{{name}}）。',
  },
  'usage-output-several': {
    en: 'Invalid value for --output: with several formats, name each file as --format <name>=<file>.',
    ja: '--output の値が正しくありません: 複数の形式を出力するときは、--format <形式>=<ファイル名> でそれぞれのファイルを指定してください。',
  },
  'usage-bad-severity': {
    en: 'Invalid value for {{option}}: `{{value}}`; use error, warn or info.',
    ja: '{{option}} の値が正しくありません: `{{value}}` は使えません。error、warn、info のいずれかを指定してください。',
  },
  'usage-bad-count': {
    en: 'Invalid value for {{option}}: `{{value}}`; use a whole number, 0 or more.',
    ja: '{{option}} の値が正しくありません: `{{value}}` は使えません。0 以上の整数を指定してください。',
  },
  'usage-bad-date': {
    en: 'Invalid value for {{option}}: `{{value}}`; write the date as YYYY-MM-DD, e.g. 2027-04-01.',
    ja: '{{option}} の値が正しくありません: `{{value}}` は使えません。日付は YYYY-MM-DD の形で書いてください（例: 2027-04-01）。',
  },
  'usage-path-missing': {
    en: '{{path}} does not exist.',
    ja: '{{path}} は存在しません。',
  },
  'usage-paths-in-plans': {
    en: '{{first}} and {{other}} belong to different plans; lint one plan at a time.',
    ja: '{{first}} と {{other}} は別々の計画に属しています。計画ごとに実行してください。',
  },
  'usage-head-twice': {
    en: '`{{base}}` already names the head of the comparison; leave out `{{head}}`.',
    ja: '`{{base}}` で比較先がすでに指定されています。`{{head}}` は外してください。',
  },
  'usage-needs-option': {
    en: '{{option}} needs {{needs}}.',
    ja: '{{option}} には {{needs}} も指定してください。',
  },
  'usage-not-a-revision': {
    en: '`{{rev}}` is not a git revision (a branch, a tag or a commit, e.g. origin/main).',
    ja: '`{{rev}}` は git のリビジョン（ブランチ、タグ、コミット。例: origin/main）ではありません。',
  },
  'usage-too-many-args': {
    en: 'Too many arguments for `mplan {{command}}`: `{{args}}`.',
    ja: '`mplan {{command}}` の引数が多すぎます: `{{args}}`。',
  },
  'usage-too-many-args.hint': {
    en: 'Usage: mplan {{usage}} (see `mplan {{command}} --help`).',
    ja: '使い方: mplan {{usage}}（`mplan {{command}} --help` を参照）。',
  },
  'explain-unknown': {
    en: '`{{id}}` is neither an mplan rule nor a code mplan reports{{suggestion|guess}}.',
    ja: '`{{id}}` は mplan のルールでも、mplan が表示するコードでもありません{{suggestion|guess}}。',
  },
  'explain-unknown.hint': {
    en: 'Give the id shown at the end of a finding, e.g. `mplan explain kpi-no-stage`; `mplan rules` lists every rule.',
    ja: '指摘の末尾に表示される id を指定してください（例: `mplan explain kpi-no-stage`）。`mplan rules` ですべてのルールを一覧できます。',
  },
  'explain-fix': {
    en: 'How to fix: {{hint}}',
    ja: '直し方: {{hint}}',
  },
  'explain-more': {
    en: 'More: {{url}}',
    ja: '詳しくは: {{url}}',
  },
  'explain-placeholder': {
    en: 'Words in ‹ › are filled in from your plan.',
    ja: '‹ › の部分には計画の内容が入ります。',
  },
  'explain-custom': {
    en: 'A rule of this plan (lint.custom in mplan.yaml), not one of mplan\'s own.',
    ja: 'この計画独自のルールです（mplan.yaml の lint.custom）。mplan 組み込みのルールではありません。',
  },
  'explain-plugin': {
    en: 'A rule of a plugin this plan loads (lint.plugins in mplan.yaml), not one of mplan\'s own.',
    ja: 'この計画が読み込むプラグインのルールです（mplan.yaml の lint.plugins）。mplan 組み込みのルールではありません。',
  },
  'explain-severity': {
    en: 'Severity: {{severity}}.',
    ja: '重要度: {{severity}}',
  },
  'rules-category-goals': {
    en: 'Goals and challenges',
    ja: '目標と課題',
  },
  'rules-category-journeys': {
    en: 'Journeys and stages',
    ja: 'カスタマージャーニーとステージ',
  },
  'rules-category-kpis': {
    en: 'KPIs',
    ja: 'KPI',
  },
  'rules-category-initiatives': {
    en: 'Initiatives',
    ja: '施策',
  },
  'rules-category-team': {
    en: 'Team',
    ja: 'チーム',
  },
  'rules-category-tools': {
    en: 'Tools',
    ja: 'ツール',
  },
  'rules-category-rfps': {
    en: 'RFPs',
    ja: '提案依頼書（RFP）',
  },
  'rules-category-roadmap': {
    en: 'Roadmap',
    ja: 'ロードマップ',
  },
  'rules-category-custom': {
    en: 'Your custom rules',
    ja: '独自ルール',
  },
  'rules-category-plugin': {
    en: 'Plugin rules',
    ja: 'プラグインのルール',
  },
};
