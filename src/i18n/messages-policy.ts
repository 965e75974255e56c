import type { MessageText } from './types.js';

/** Messages of the policy commands (ids must not clash with core-messages.ts). */
export const POLICY_MESSAGES: Record<string, MessageText> = {
  // ── presets (lint.extends) ───────────────────────────────────────────
  'config-unknown-preset': {
    en: '`{{preset}}` is not an mplan rule preset.',
    ja: '`{{preset}}` という mplan のルールプリセットはありません。',
  },
  'config-unknown-preset.hint': {
    en: 'Use one of: {{presets}}.',
    ja: '次のいずれかを指定してください: {{presets}}',
  },

  // ── custom rules (lint.custom) ───────────────────────────────────────
  'policy-id-clash': {
    en: 'Rule id `{{rule}}` is already taken by a built-in rule or another rule of this plan.',
    ja: 'ルール id `{{rule}}` は、組み込みルールまたはこの計画の別のルールですでに使われています。',
  },
  'policy-id-clash.hint': {
    en: 'Give the rule an id of its own, for example with your team name in front (`acme-{{rule}}`). `mplan rules` lists the ids in use.',
    ja: 'チーム名を先頭に付けるなど（例: `acme-{{rule}}`）、重複しない id にしてください。使用中の id は `mplan rules` で確認できます。',
  },
  'policy-bad-pattern': {
    en: '`{{pattern}}` is not a valid regular expression ({{detail}}).',
    ja: '`{{pattern}}` は正しい正規表現ではありません（{{detail}}）。',
  },
  'policy-bad-pattern.hint': {
    en: 'Write the pattern in quotes, for example `pattern: "^MKT-[0-9]+$"`. Look-arounds (`(?=`, `(?!`) and back-references (`\\1`) are not supported: patterns are matched in time proportional to the text, so a plan can never hang lint.',
    ja: '引用符で囲んでください（例: `pattern: "^MKT-[0-9]+$"`）。先読み・後読み（`(?=`、`(?!`）と後方参照（`\\1`）は使えません（どんなパターンでも lint が止まらないよう、文字数に比例する時間で照合します）。',
  },
  'policy-unknown-field': {
    en: '{{kind|kind}} documents have no field `{{segment}}` (in `{{field}}`), so this condition can never be checked.',
    ja: '{{kind|kind}}には `{{segment}}` という項目がない（`{{field}}` 内）ため、この条件は確認できません。',
  },
  'policy-unknown-field.hint': {
    en: 'Fields here: {{known}}. Write nested fields with dots, for example `budget.amount`.',
    ja: 'ここで使える項目: {{known}}。入れ子の項目は `budget.amount` のようにドットでつなぎます。',
  },

  // ── plugins (lint.plugins) ───────────────────────────────────────────
  'plugin-not-found': {
    en: 'Plugin `{{plugin}}` was not found (looked for {{path}}).',
    ja: 'プラグイン `{{plugin}}` が見つかりません（探した場所: {{path}}）。',
  },
  'plugin-not-found.hint': {
    en: 'Paths are relative to the folder holding mplan.yaml; check the spelling and that the file is committed.',
    ja: 'パスは mplan.yaml のあるフォルダからの相対パスです。綴りと、ファイルがコミットされているかを確認してください。',
  },
  'plugin-package-not-found': {
    en: 'Plugin package `{{plugin}}` is not installed in this plan repo.',
    ja: 'プラグインのパッケージ `{{plugin}}` がこの計画リポジトリにインストールされていません。',
  },
  'plugin-package-not-found.hint': {
    en: 'Run `npm install --save-dev {{plugin}}` in the plan repo, or write a path such as `./rules/my-rules.js` for a local file.',
    ja: '計画リポジトリで `npm install --save-dev {{plugin}}` を実行してください。ローカルのファイルなら `./rules/my-rules.js` のようにパスで指定します。',
  },
  'plugin-typescript': {
    en: 'Plugin `{{plugin}}` is TypeScript, which this Node.js cannot load directly.',
    ja: 'プラグイン `{{plugin}}` は TypeScript のため、この Node.js では直接読み込めません。',
  },
  'plugin-typescript.hint': {
    en: 'Compile it to JavaScript (for example with `tsc`) and list the `.js` file in `lint.plugins`.',
    ja: '`tsc` などで JavaScript にコンパイルし、`lint.plugins` には `.js` ファイルを指定してください。',
  },
  'plugin-load-failed': {
    en: 'Plugin `{{plugin}}` could not be loaded: {{detail}}.',
    ja: 'プラグイン `{{plugin}}` を読み込めませんでした: {{detail}}。',
  },
  'plugin-load-failed.hint': {
    en: 'Fix the error in the plugin file (run `node {{plugin}}` to see it); plugins are ES modules (`export const rules = [...]`). The other rules still ran.',
    ja: 'プラグインのファイルのエラーを修正してください（`node {{plugin}}` で確認できます）。プラグインは ES モジュール（`export const rules = [...]`）です。他のルールは実行されています。',
  },
  'plugin-no-rules': {
    en: 'Plugin `{{plugin}}` exports no rules.',
    ja: 'プラグイン `{{plugin}}` はルールをエクスポートしていません。',
  },
  'plugin-no-rules.hint': {
    en: 'Export the list of rules: `export const rules = [myRule]` or `export default [myRule]`.',
    ja: 'ルールの一覧をエクスポートしてください: `export const rules = [myRule]` または `export default [myRule]`。',
  },
  'plugin-bad-rule': {
    en: 'Plugin `{{plugin}}` exports a rule mplan cannot use: {{detail}}.',
    ja: 'プラグイン `{{plugin}}` のルールは mplan で使えない形です: {{detail}}。',
  },
  'plugin-bad-rule.hint': {
    en: 'A rule is `{ meta: { id, severity, messages }, check(context) }`; see docs/plugins.md.',
    ja: 'ルールは `{ meta: { id, severity, messages }, check(context) }` の形です。docs/plugins.md を参照してください。',
  },
  'plugin-id-clash': {
    en: 'Plugin `{{plugin}}` defines rule `{{rule}}`, but that id is already taken by a built-in rule or another rule of this plan.',
    ja: 'プラグイン `{{plugin}}` のルール `{{rule}}` の id は、組み込みルールまたはこの計画の別のルールですでに使われています。',
  },
  'plugin-id-clash.hint': {
    en: 'Rename the rule in the plugin (for example with your team name in front); `mplan rules` lists the ids in use.',
    ja: 'プラグイン側でルール名を変更してください（例: チーム名を先頭に付ける）。使用中の id は `mplan rules` で確認できます。',
  },
  'plugin-rule-crashed': {
    en: 'Rule `{{rule}}` from plugin `{{plugin}}` failed on this plan ({{detail}}); the other rules still ran.',
    ja: 'プラグイン `{{plugin}}` のルール `{{rule}}` の実行中にエラーが起きました（{{detail}}）。他のルールは実行されています。',
  },
  'plugin-rule-crashed.hint': {
    en: 'This is a bug in the plugin: run `mplan lint --debug` to see the stack trace, and add a `mplan test-rules` case that reproduces it.',
    ja: 'プラグインの不具合です。`mplan lint --debug` でスタックトレースを確認し、再現する `mplan test-rules` のケースを追加してください。',
  },

  // ── mplan test-rules ─────────────────────────────────────────────────
  'test-rules-none': {
    en: 'No rule test cases found in {{dir}}.',
    ja: '{{dir}} にルールのテストケースが見つかりません。',
  },
  'test-rules-none.hint': {
    en: 'Lay them out as {{dir}}/<rule-id>/valid/<case>/ and {{dir}}/<rule-id>/invalid/<case>/, each case a small plan.',
    ja: '{{dir}}/<ルールid>/valid/<ケース名>/ と {{dir}}/<ルールid>/invalid/<ケース名>/ の形で、ケースごとに小さな計画を置いてください。',
  },
  'test-rules-unknown-rule': {
    en: '`{{rule}}` is not a rule of this plan (neither built-in, custom nor from a plugin).',
    ja: '`{{rule}}` はこの計画のルール（組み込み・カスタム・プラグイン）ではありません。',
  },
  'test-rules-invalid-fixture': {
    en: 'the case is not a valid plan',
    ja: 'このケースは正しい計画になっていません',
  },
  'test-rules-no-expectation': {
    en: 'an invalid case must say what it expects: an expected.yaml, or `# expect: {{rule}}` comments',
    ja: 'invalid のケースには期待する指摘を書いてください（expected.yaml または `# expect: {{rule}}` コメント）',
  },
  'test-rules-bad-expected': {
    en: 'expected.yaml must be a list of `{ rule, file, line, messageId? }`',
    ja: 'expected.yaml は `{ rule, file, line, messageId? }` のリストにしてください',
  },
  'test-rules-missing': {
    en: 'expected, not reported',
    ja: '期待した指摘が出ていません',
  },
  'test-rules-unexpected': {
    en: 'reported, not expected',
    ja: '期待していない指摘が出ました',
  },
  'test-rules-summary': {
    en: '{{cases}} cases: {{passed}} passed, {{failed}} failed',
    ja: '{{cases}} ケース: 成功 {{passed}}、失敗 {{failed}}',
  },
};
