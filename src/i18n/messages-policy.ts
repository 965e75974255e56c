import type { MessageText } from './types.js';

/**
 * The plan's own rules (src/policy/): custom rules (lint.custom), plugins (lint.plugins)
 * and `mplan test-rules`.
 * Keys are stable message ids (an error code is also the `rule` of its finding); a hint
 * ends in `.hint`, a short title (SARIF) in `.title`.
 */
export const POLICY_MESSAGES: Record<string, MessageText> = {
  'policy-id-clash': {
    en: 'Rule id `{{rule}}` is already taken by a built-in rule or another rule of this plan.',
    ja: 'ルール id `{{rule}}` は、組み込みルールまたはこの計画の別のルールですでに使われています。',
  },
  'policy-id-clash.hint': {
    en: 'Give the rule an id of its own, for example with your team name in front (`acme-{{rule}}`). `mplan rules` lists the ids in use.',
    ja: 'チーム名を先頭に付けるなど（例: `acme-{{rule}}`）、重複しない id にしてください。使用中の id は `mplan rules` で確認できます。',
  },
  'policy-id-clash.title': {
    en: 'A custom rule with the id of another rule',
    ja: '他のルールと同じ id のカスタムルール',
  },
  'policy-bad-pattern': {
    en: '`{{pattern}}` is not a valid regular expression ({{detail}}).',
    ja: '`{{pattern}}` は正しい正規表現ではありません（{{detail}}）。',
  },
  'policy-bad-pattern.hint': {
    en: 'Write the pattern in quotes, for example `pattern: "^MKT-[0-9]+$"`. Look-arounds (`(?=`, `(?!`) and back-references (`\\1`) are not supported: patterns are matched in time proportional to the text, so a plan can never hang lint.',
    ja: '引用符で囲んでください（例: `pattern: "^MKT-[0-9]+$"`）。先読み・後読み（`(?=`、`(?!`）と後方参照（`\\1`）は使えません（どんなパターンでも lint が止まらないよう、文字数に比例する時間で照合します）。',
  },
  'policy-bad-pattern.title': {
    en: 'A custom rule with an invalid pattern',
    ja: 'パターンが正しくないカスタムルール',
  },
  'policy-unknown-field': {
    en: '{{kind|kind}} documents have no field `{{segment}}` (in `{{field}}`), so this condition can never be checked.',
    ja: '{{kind|kind}}には `{{segment}}` という項目がない（`{{field}}` 内）ため、この条件は確認できません。',
  },
  'policy-unknown-field.hint': {
    en: 'Fields here: {{known}}. Write nested fields with dots, for example `budget.amount`.',
    ja: 'ここで使える項目: {{known}}。入れ子の項目は `budget.amount` のようにドットでつなぎます。',
  },
  'policy-unknown-field.title': {
    en: 'A custom rule naming an unknown field',
    ja: '不明な項目を指定したカスタムルール',
  },
  'plugin-not-found': {
    en: 'Plugin `{{plugin}}` was not found (looked for {{path}}).',
    ja: 'プラグイン `{{plugin}}` が見つかりません（探した場所: {{path}}）。',
  },
  'plugin-not-found.hint': {
    en: 'Paths are relative to the folder holding mplan.yaml; check the spelling and that the file is committed.',
    ja: 'パスは mplan.yaml のあるフォルダからの相対パスです。綴りと、ファイルがコミットされているかを確認してください。',
  },
  'plugin-not-found.title': {
    en: 'A plugin file that does not exist',
    ja: '存在しないプラグインファイル',
  },
  'plugin-package-not-found': {
    en: 'Plugin package `{{plugin}}` is not installed in this plan repo.',
    ja: 'プラグインのパッケージ `{{plugin}}` がこの計画リポジトリにインストールされていません。',
  },
  'plugin-package-not-found.hint': {
    en: 'Run `npm install --save-dev {{plugin}}` in the plan repo, or write a path such as `./rules/my-rules.js` for a local file.',
    ja: '計画リポジトリで `npm install --save-dev {{plugin}}` を実行してください。ローカルのファイルなら `./rules/my-rules.js` のようにパスで指定します。',
  },
  'plugin-package-not-found.title': {
    en: 'A plugin package that is not installed',
    ja: 'インストールされていないプラグインパッケージ',
  },
  'plugin-typescript': {
    en: 'Plugin `{{plugin}}` is TypeScript, which this Node.js cannot load directly.',
    ja: 'プラグイン `{{plugin}}` は TypeScript のため、この Node.js では直接読み込めません。',
  },
  'plugin-typescript.hint': {
    en: 'Compile it to JavaScript (for example with `tsc`) and list the `.js` file in `lint.plugins`.',
    ja: '`tsc` などで JavaScript にコンパイルし、`lint.plugins` には `.js` ファイルを指定してください。',
  },
  'plugin-typescript.title': {
    en: 'A plugin written in TypeScript',
    ja: 'TypeScript で書かれたプラグイン',
  },
  'plugin-load-failed': {
    en: 'Plugin `{{plugin}}` could not be loaded: {{detail}}.',
    ja: 'プラグイン `{{plugin}}` を読み込めませんでした: {{detail}}。',
  },
  'plugin-load-failed.hint': {
    en: 'Fix the error in the plugin file (run `node {{plugin}}` to see it); plugins are ES modules (`export const rules = [...]`). The other rules still ran.',
    ja: 'プラグインのファイルのエラーを修正してください（`node {{plugin}}` で確認できます）。プラグインは ES モジュール（`export const rules = [...]`）です。他のルールは実行されています。',
  },
  'plugin-load-failed.title': {
    en: 'A plugin that failed to load',
    ja: '読み込みに失敗したプラグイン',
  },
  'plugin-no-rules': {
    en: 'Plugin `{{plugin}}` exports no rules.',
    ja: 'プラグイン `{{plugin}}` はルールをエクスポートしていません。',
  },
  'plugin-no-rules.hint': {
    en: 'Export the list of rules: `export const rules = [myRule]` or `export default [myRule]`.',
    ja: 'ルールの一覧をエクスポートしてください: `export const rules = [myRule]` または `export default [myRule]`。',
  },
  'plugin-no-rules.title': {
    en: 'A plugin with no rules',
    ja: 'ルールのないプラグイン',
  },
  // plugin-bad-rule: the message id says what is wrong with the rule (plugins.ts normalize).
  'plugin-bad-rule': {
    en: 'Plugin `{{plugin}}` exports a rule mplan cannot use.',
    ja: 'プラグイン `{{plugin}}` のルールは mplan で使えない形です。',
  },
  'plugin-bad-rule.not-object': {
    en: 'Plugin `{{plugin}}` exports a rule mplan cannot use: a rule must be an object with `meta` and `check`.',
    ja: 'プラグイン `{{plugin}}` のルールは mplan で使えない形です: ルールは `meta` と `check` を持つオブジェクトにしてください。',
  },
  'plugin-bad-rule.bad-id': {
    en: 'Plugin `{{plugin}}` exports a rule mplan cannot use: `meta.id` must be a kebab-case id (got {{got}}).',
    ja: 'プラグイン `{{plugin}}` のルールは mplan で使えない形です: `meta.id` はケバブケースの id にしてください（指定: {{got}}）。',
  },
  'plugin-bad-rule.no-check': {
    en: 'Plugin `{{plugin}}` exports a rule mplan cannot use: rule `{{rule}}` has no `check` function.',
    ja: 'プラグイン `{{plugin}}` のルールは mplan で使えない形です: ルール `{{rule}}` に `check` 関数がありません。',
  },
  'plugin-bad-rule.bad-severity': {
    en: 'Plugin `{{plugin}}` exports a rule mplan cannot use: rule `{{rule}}`: `meta.severity` must be error, warn or info.',
    ja: 'プラグイン `{{plugin}}` のルールは mplan で使えない形です: ルール `{{rule}}`: `meta.severity` は error、warn、info のいずれかにしてください。',
  },
  'plugin-bad-rule.no-messages': {
    en: 'Plugin `{{plugin}}` exports a rule mplan cannot use: rule `{{rule}}` has no `meta.messages`.',
    ja: 'プラグイン `{{plugin}}` のルールは mplan で使えない形です: ルール `{{rule}}` に `meta.messages` がありません。',
  },
  'plugin-bad-rule.bad-message-id': {
    en: 'Plugin `{{plugin}}` exports a rule mplan cannot use: rule `{{rule}}`: `{{message}}` cannot be a message id (use letters, digits, - and _).',
    ja: 'プラグイン `{{plugin}}` のルールは mplan で使えない形です: ルール `{{rule}}`: `{{message}}` はメッセージ id に使えません（英字・数字・- と _ を使ってください）。',
  },
  'plugin-bad-rule.message-no-text': {
    en: 'Plugin `{{plugin}}` exports a rule mplan cannot use: rule `{{rule}}`: message `{{message}}` needs `en` or `ja` text.',
    ja: 'プラグイン `{{plugin}}` のルールは mplan で使えない形です: ルール `{{rule}}`: メッセージ `{{message}}` に `en` または `ja` の文を書いてください。',
  },
  'plugin-bad-rule.hint': {
    en: 'A rule is `{ meta: { id, severity, messages }, check(context) }`; see docs/plugins.md.',
    ja: 'ルールは `{ meta: { id, severity, messages }, check(context) }` の形です。docs/plugins.md を参照してください。',
  },
  'plugin-bad-rule.title': {
    en: 'A plugin rule that is not valid',
    ja: '正しくないプラグインのルール',
  },
  'plugin-id-clash': {
    en: 'Plugin `{{plugin}}` defines rule `{{rule}}`, but that id is already taken by a built-in rule or another rule of this plan.',
    ja: 'プラグイン `{{plugin}}` のルール `{{rule}}` の id は、組み込みルールまたはこの計画の別のルールですでに使われています。',
  },
  'plugin-id-clash.hint': {
    en: 'Rename the rule in the plugin (for example with your team name in front); `mplan rules` lists the ids in use.',
    ja: 'プラグイン側でルール名を変更してください（例: チーム名を先頭に付ける）。使用中の id は `mplan rules` で確認できます。',
  },
  'plugin-id-clash.title': {
    en: 'A plugin rule with the id of another rule',
    ja: '他のルールと同じ id のプラグインのルール',
  },
  'plugin-rule-crashed': {
    en: 'Rule `{{rule}}` from plugin `{{plugin}}` failed on this plan ({{detail}}); the other rules still ran.',
    ja: 'プラグイン `{{plugin}}` のルール `{{rule}}` の実行中にエラーが起きました（{{detail}}）。他のルールは実行されています。',
  },
  'plugin-rule-crashed.hint': {
    en: 'This is a bug in the plugin: run `mplan lint --debug` to see the stack trace, and add a `mplan test-rules` case that reproduces it.',
    ja: 'プラグインの不具合です。`mplan lint --debug` でスタックトレースを確認し、再現する `mplan test-rules` のケースを追加してください。',
  },
  'plugin-rule-crashed.title': {
    en: 'A plugin rule that failed while checking',
    ja: 'チェック中に失敗したプラグインのルール',
  },
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
  'plugins-not-run': {
    en: '{{count|plural:plugin}} in lint.plugins did not run (--no-plugins), so what they would find is missing from this run.',
    ja: 'lint.plugins の {{count}} 個のプラグインは実行していません（--no-plugins）。その指摘はこの結果に含まれません。',
  },
  'plugins-not-run.hint': {
    en: 'Plugins are JavaScript from the plan repository and run with your permissions. Once you trust this repository, run without --no-plugins.',
    ja: 'プラグインは計画リポジトリにある JavaScript で、あなたの権限で実行されます。このリポジトリを信頼できる場合は --no-plugins を付けずに実行してください。',
  },
  'plugins-not-run.title': {
    en: 'Plugins not run (--no-plugins)',
    ja: '実行しなかったプラグイン（--no-plugins）',
  },
  'plugin-outside': {
    en: 'The plugin `{{plugin}}` is outside the plan repository, so it was not loaded.',
    ja: 'プラグイン `{{plugin}}` は計画リポジトリの外にあるため、読み込みませんでした。',
  },
  'plugin-outside.hint': {
    en: 'A plan may only run its own code: put the plugin file in the plan repository (a path such as `./plugins/our-rules.mjs`), or install it as an npm package and write its package name.',
    ja: '計画が実行できるのはリポジトリ内のコードだけです。プラグインのファイルを計画リポジトリに置く（`./plugins/our-rules.mjs` のようなパス）か、npm パッケージとしてインストールしてパッケージ名を書いてください。',
  },
  'plugin-outside.title': {
    en: 'A plugin outside the plan repository',
    ja: '計画リポジトリの外にあるプラグイン',
  },
  'plugin-load-timeout': {
    en: 'The plugin `{{plugin}}` did not finish loading within {{seconds}} seconds, so its rules were not run.',
    ja: 'プラグイン `{{plugin}}` の読み込みが {{seconds}} 秒以内に終わらなかったため、そのルールは実行していません。',
  },
  'plugin-load-timeout.hint': {
    en: 'Something at the top level of the plugin waits for ever (an `await` that never finishes, a network call). Load only the rules there; ask the plugin\'s author if it is not yours.',
    ja: 'プラグインの最上位で終わらない処理（完了しない `await`、ネットワーク呼び出しなど）を待っています。最上位ではルールを定義するだけにしてください。自作でない場合は作者に問い合わせてください。',
  },
  'plugin-load-timeout.title': {
    en: 'A plugin that took too long to load',
    ja: '読み込みに時間がかかりすぎたプラグイン',
  },
  // The description of a custom rule that gives none.
  'custom-rule-description': {
    en: 'Custom rule of this plan (checks each {{kind}}).',
    ja: 'この計画独自のルールです（{{kind}} ごとに確認）。',
  },
};
