import type { MessageText } from './types.js';

/** Messages of the polish branch. Ids must not clash with core-messages.ts. */
export const POLISH_MESSAGES: Record<string, MessageText> = {
  'yaml-indent-slip': {
    en: 'This line is indented by {{found|plural:space}}, but the lines it belongs with (like line {{line}}) are indented by {{expected|plural:space}}.',
    ja: 'この行の字下げはスペース {{found}} 個ですが、同じまとまりの行（{{line}} 行目など）は {{expected}} 個です。',
  },
  'yaml-indent-slip.hint': {
    en: 'Indent it by {{expected|plural:space}} so it lines up with line {{line}}: the items of one list, and the fields of one block, start at the same column.',
    ja: '{{line}} 行目とそろうように、スペース {{expected}} 個で字下げしてください。同じリストの項目や同じブロックの項目は、同じ位置から書き始めます。',
  },
  // Short titles of the error codes (SARIF's shortDescription): what the code is about, with no placeholders.
  'file-not-regular.title': {
    en: 'A plan path that is not a regular file',
    ja: '通常のファイルではない計画のパス',
  },
  'folder-named-yaml.title': {
    en: 'A folder named like a YAML file',
    ja: 'YAML ファイルのような名前のフォルダ',
  },
  'file-unreadable.title': {
    en: 'A plan file that cannot be read',
    ja: '読み込めない計画ファイル',
  },
  'file-binary.title': {
    en: 'A binary file among the plan files',
    ja: '計画ファイルの中のバイナリファイル',
  },
  'file-not-utf8.title': {
    en: 'A plan file not saved as UTF-8',
    ja: 'UTF-8 で保存されていない計画ファイル',
  },
  'file-too-large.title': {
    en: 'A plan file too large to read',
    ja: '大きすぎて読み込めない計画ファイル',
  },
  'line-too-long.title': {
    en: 'A line too long to read',
    ja: '長すぎて読み込めない行',
  },
  'file-empty.title': {
    en: 'An empty plan file',
    ja: '空の計画ファイル',
  },
  'symlink-loop.title': {
    en: 'A link that points back to itself',
    ja: '自分自身を指すリンク',
  },
  'symlink-outside.title': {
    en: 'A link that points outside the plan',
    ja: '計画の外を指すリンク',
  },
  'yaml-syntax.title': {
    en: 'A YAML syntax error',
    ja: 'YAML の書き方の誤り',
  },
  'yaml-unclosed-quote.title': {
    en: 'A quote that is never closed',
    ja: '閉じられていない引用符',
  },
  'yaml-missing-colon.title': {
    en: 'A line that is not `field: value`',
    ja: '`項目: 値` の形になっていない行',
  },
  'yaml-bad-indent.title': {
    en: 'Indentation that does not fit',
    ja: '合っていない字下げ',
  },
  'yaml-indent-slip.title': {
    en: 'A line indented to no block above it',
    ja: '上のどのブロックにも合わない字下げの行',
  },
  'yaml-reserved-char.title': {
    en: 'A value starting with a reserved character',
    ja: '予約文字で始まる値',
  },
  'yaml-colon-in-value.title': {
    en: 'A colon and space inside a value',
    ja: '値の中のコロンとスペース',
  },
  'yaml-duplicate-key.title': {
    en: 'The same field written twice',
    ja: '同じ項目の二重記述',
  },
  'yaml-tab.title': {
    en: 'A tab in the indentation',
    ja: '字下げの中のタブ',
  },
  'yaml-unknown-tag.title': {
    en: 'An unknown YAML tag',
    ja: '不明な YAML タグ',
  },
  'yaml-alias-bomb.title': {
    en: 'Too many YAML aliases',
    ja: '多すぎる YAML エイリアス',
  },
  'yaml-too-deep.title': {
    en: 'Nesting too deep to read',
    ja: '深すぎて読み込めない入れ子',
  },
  'yaml-complex-key.title': {
    en: 'A list or map used as a field name',
    ja: '項目名として使われたリストやマップ',
  },
  'yaml-fullwidth-indent.title': {
    en: 'A full-width space in the indentation',
    ja: '字下げの中の全角スペース',
  },
  'yaml-fullwidth-space-after-colon.title': {
    en: 'A full-width space after a colon',
    ja: 'コロンの後の全角スペース',
  },
  'yaml-fullwidth-colon.title': {
    en: 'A full-width colon after a field name',
    ja: '項目名の後の全角コロン',
  },
  'yaml-comma-split.title': {
    en: 'A comma that splits a value',
    ja: '値を分けてしまうカンマ',
  },
  'doc-not-map.title': {
    en: 'A document that is not a set of fields',
    ja: '項目の集まりになっていない文書',
  },
  'kind-missing.title': {
    en: 'A document without `kind:`',
    ja: '`kind:` のない文書',
  },
  'kind-unknown.title': {
    en: 'An unknown document kind',
    ja: '不明な文書の種類',
  },
  'id-missing.title': {
    en: 'A document without `id:`',
    ja: '`id:` のない文書',
  },
  'id-invalid.title': {
    en: 'An id mplan cannot use',
    ja: '使えない id',
  },
  'id-duplicate.title': {
    en: 'The same id used twice',
    ja: '二重に使われている id',
  },
  'stage-id-duplicate.title': {
    en: 'The same stage id twice in a journey',
    ja: 'ジャーニー内で重複するステージ id',
  },
  'plan-missing.title': {
    en: 'No Plan document',
    ja: '計画（Plan）文書がない',
  },
  'plan-duplicate.title': {
    en: 'More than one Plan document',
    ja: '複数の計画（Plan）文書',
  },
  'schema-unknown-key.title': {
    en: 'A field this document does not have',
    ja: 'この文書にない項目',
  },
  'schema-required.title': {
    en: 'A required field is missing',
    ja: '必須項目の不足',
  },
  'schema-enum.title': {
    en: 'A value not among the allowed ones',
    ja: '許可された値以外の値',
  },
  'schema-const.title': {
    en: 'A value that must be a fixed one',
    ja: '決まった値であるべき値',
  },
  'schema-type.title': {
    en: 'A value of the wrong type',
    ja: '型の違う値',
  },
  'schema-format-date.title': {
    en: 'A date not written as YYYY-MM-DD',
    ja: 'YYYY-MM-DD で書かれていない日付',
  },
  'schema-format-currency.title': {
    en: 'A currency code that is not valid',
    ja: '正しくない通貨コード',
  },
  'schema-format.title': {
    en: 'A value in the wrong format',
    ja: '形式の違う値',
  },
  'schema-pattern.title': {
    en: 'A value in the wrong form',
    ja: '形の違う値',
  },
  'schema-minimum.title': {
    en: 'A number below its minimum',
    ja: '最小値を下回る数値',
  },
  'schema-maximum.title': {
    en: 'A number above its maximum',
    ja: '最大値を上回る数値',
  },
  'schema-empty.title': {
    en: 'An empty field',
    ja: '空の項目',
  },
  'schema-min-items.title': {
    en: 'A list with too few items',
    ja: '項目の少なすぎるリスト',
  },
  'schema-other.title': {
    en: 'A value that is not valid',
    ja: '正しくない値',
  },
  'schema-fullwidth-digits.title': {
    en: 'Full-width digits where a number is expected',
    ja: '数値の位置にある全角数字',
  },
  'schema-date-no-such-day.title': {
    en: 'A date that is not a real calendar day',
    ja: '暦にない日付',
  },
  'schema-date-no-such-month.title': {
    en: 'A date with a month that does not exist',
    ja: '存在しない月の日付',
  },
  'ref-unresolved.title': {
    en: 'A reference to an id that does not exist',
    ja: '存在しない id への参照',
  },
  'ref-stage-unresolved.title': {
    en: 'A reference to a stage that does not exist',
    ja: '存在しないステージへの参照',
  },
  'ref-wrong-kind.title': {
    en: 'A reference to the wrong kind of document',
    ja: '種類の違う文書への参照',
  },
  'ref-unchecked.title': {
    en: 'References into a file that did not parse',
    ja: '読み込めなかったファイルへの参照',
  },
  'period-reversed.title': {
    en: 'A plan period that ends before it starts',
    ja: '終了が開始より前の計画期間',
  },
  'roadmap-phase-reversed.title': {
    en: 'A roadmap phase that ends before it starts',
    ja: '終了が開始より前のロードマップのフェーズ',
  },
  'config-unreadable.title': {
    en: 'Lint settings that cannot be read',
    ja: '読み込めない lint 設定',
  },
  'config-unknown-rule.title': {
    en: 'An unknown rule in the lint settings',
    ja: 'lint 設定の中の不明なルール',
  },
  'config-unknown-preset.title': {
    en: 'An unknown preset in the lint settings',
    ja: 'lint 設定の中の不明なプリセット',
  },
  'config-bad-option.title': {
    en: 'A rule option that is not valid',
    ja: '正しくないルールのオプション',
  },
  'suppression-unused.title': {
    en: 'A suppression comment that suppresses nothing',
    ja: '何も抑止していない抑止コメント',
  },
  'suppression-unknown-rule.title': {
    en: 'A suppression comment naming an unknown rule',
    ja: '不明なルールを指定した抑止コメント',
  },
  'suppression-no-reason.title': {
    en: 'A suppression comment without a reason',
    ja: '理由のない抑止コメント',
  },
  'suppression-bad-until.title': {
    en: 'A suppression comment with an invalid date',
    ja: '日付が正しくない抑止コメント',
  },
  'rule-crashed.title': {
    en: 'A rule that failed while checking',
    ja: 'チェック中に失敗したルール',
  },
  'policy-id-clash.title': {
    en: 'A custom rule with the id of another rule',
    ja: '他のルールと同じ id のカスタムルール',
  },
  'policy-bad-pattern.title': {
    en: 'A custom rule with an invalid pattern',
    ja: 'パターンが正しくないカスタムルール',
  },
  'policy-unknown-field.title': {
    en: 'A custom rule naming an unknown field',
    ja: '不明な項目を指定したカスタムルール',
  },
  'plugin-not-found.title': {
    en: 'A plugin file that does not exist',
    ja: '存在しないプラグインファイル',
  },
  'plugin-package-not-found.title': {
    en: 'A plugin package that is not installed',
    ja: 'インストールされていないプラグインパッケージ',
  },
  'plugin-typescript.title': {
    en: 'A plugin written in TypeScript',
    ja: 'TypeScript で書かれたプラグイン',
  },
  'plugin-load-failed.title': {
    en: 'A plugin that failed to load',
    ja: '読み込みに失敗したプラグイン',
  },
  'plugin-load-timeout.title': {
    en: 'A plugin that took too long to load',
    ja: '読み込みに時間がかかりすぎたプラグイン',
  },
  'plugin-no-rules.title': {
    en: 'A plugin with no rules',
    ja: 'ルールのないプラグイン',
  },
  'plugin-bad-rule.title': {
    en: 'A plugin rule that is not valid',
    ja: '正しくないプラグインのルール',
  },
  'plugin-id-clash.title': {
    en: 'A plugin rule with the id of another rule',
    ja: '他のルールと同じ id のプラグインのルール',
  },
  'plugin-rule-crashed.title': {
    en: 'A plugin rule that failed while checking',
    ja: 'チェック中に失敗したプラグインのルール',
  },
  'plugin-outside.title': {
    en: 'A plugin outside the plan repository',
    ja: '計画リポジトリの外にあるプラグイン',
  },
  'plugins-not-run.title': {
    en: 'Plugins not run (--no-plugins)',
    ja: '実行しなかったプラグイン（--no-plugins）',
  },
  'baseline-unreadable.title': {
    en: 'A baseline file that cannot be read',
    ja: '読み込めないベースラインファイル',
  },
  'baseline-invalid.title': {
    en: 'A baseline file that is not valid',
    ja: '正しくないベースラインファイル',
  },
  'baseline-written.title': {
    en: 'Baseline written',
    ja: 'ベースラインの書き出し',
  },
  'baseline-pruned.title': {
    en: 'Baseline entries removed',
    ja: 'ベースラインから削除した項目',
  },
  'baseline-options-clash.title': {
    en: 'Baseline options that cannot be combined',
    ja: '同時に使えないベースラインのオプション',
  },
  'baseline-stale.title': {
    en: 'A baseline entry that no longer matches a finding',
    ja: 'どの指摘にも当たらなくなったベースラインの項目',
  },
  'baseline-bad-until.title': {
    en: 'A baseline entry with an invalid date',
    ja: '日付が正しくないベースラインの項目',
  },
  'debt-expired.title': {
    en: 'Accepted debt past its date',
    ja: '期限を過ぎた受け入れ済みの課題',
  },
  'debt-expired-unowned.title': {
    en: 'Accepted debt past its date, with no owner',
    ja: '期限を過ぎ、担当者のいない受け入れ済みの課題',
  },
  'debt-owner-unknown.title': {
    en: 'Accepted debt with an unknown owner',
    ja: '不明な担当者の受け入れ済みの課題',
  },
  'cache-tracked.title': {
    en: 'A cache file tracked by git',
    ja: 'git で管理されているキャッシュファイル',
  },
  'cache-unwritable.title': {
    en: 'A cache that cannot be written',
    ja: '書き込めないキャッシュ',
  },
  'render-template-not-found.title': {
    en: 'A template file that does not exist',
    ja: '存在しないテンプレートファイル',
  },
  'render-template-syntax.title': {
    en: 'A template syntax error',
    ja: 'テンプレートの書き方の誤り',
  },
  'render-template-missing-field.title': {
    en: 'A template using a field the plan does not fill',
    ja: '計画に値のない項目を使うテンプレート',
  },
  'render-template-unknown-field.title': {
    en: 'A template using an unknown field',
    ja: '不明な項目を使うテンプレート',
  },
  'render-template-unknown-partial.title': {
    en: 'A template using an unknown partial',
    ja: '不明なパーシャルを使うテンプレート',
  },
  'render-template-unknown-helper.title': {
    en: 'A template using an unknown helper',
    ja: '不明なヘルパーを使うテンプレート',
  },
  'render-template-failed.title': {
    en: 'A template that failed while rendering',
    ja: '出力中に失敗したテンプレート',
  },
  'render-template-unreadable.title': {
    en: 'A template file that cannot be read',
    ja: '読み込めないテンプレートファイル',
  },
  'render-template-outside.title': {
    en: 'A template outside the templates folder',
    ja: 'templates フォルダの外にあるテンプレート',
  },
};
