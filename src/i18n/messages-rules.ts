import type { MessageText } from './types.js';

/**
 * Running the lint rules (src/rules/): the lint settings in mplan.yaml (rules, options,
 * presets) and a rule that crashed.
 * Keys are stable message ids (an error code is also the `rule` of its finding); a hint
 * ends in `.hint`, a short title (SARIF) in `.title`.
 */
export const RULES_MESSAGES: Record<string, MessageText> = {
  'config-unknown-rule': {
    en: '`{{rule}}` is not an mplan rule.',
    ja: '`{{rule}}` という mplan のルールはありません。',
  },
  'config-unknown-rule.hint': {
    en: 'Run `mplan rules` to see every rule id.',
    ja: '`mplan rules` でルールの一覧を確認できます。',
  },
  'config-unknown-rule.title': {
    en: 'An unknown rule in the lint settings',
    ja: 'lint 設定の中の不明なルール',
  },
  'config-bad-option': {
    en: 'Options for rule `{{rule}}` are not valid: {{detail}}.',
    ja: 'ルール `{{rule}}` のオプションが正しくありません: {{detail}}。',
  },
  'config-bad-option.title': {
    en: 'A rule option that is not valid',
    ja: '正しくないルールのオプション',
  },
  'rule-crashed': {
    en: 'Rule `{{rule}}` failed on this plan ({{detail}}); the other rules still ran.',
    ja: 'ルール `{{rule}}` の実行中にエラーが起きました（{{detail}}）。他のルールは実行されています。',
  },
  'rule-crashed.hint': {
    en: 'Please report this, with the plan file if you can; run with --debug to see the stack trace.',
    ja: '可能であれば計画ファイルを添えて報告してください。--debug を付けるとスタックトレースを表示します。',
  },
  'rule-crashed.title': {
    en: 'A rule that failed while checking',
    ja: 'チェック中に失敗したルール',
  },
  'config-unknown-preset': {
    en: '`{{preset}}` is not an mplan rule preset.',
    ja: '`{{preset}}` という mplan のルールプリセットはありません。',
  },
  'config-unknown-preset.hint': {
    en: 'Use one of: {{presets}}.',
    ja: '次のいずれかを指定してください: {{presets}}',
  },
  'config-unknown-preset.title': {
    en: 'An unknown preset in the lint settings',
    ja: 'lint 設定の中の不明なプリセット',
  },
  'config-unreadable': {
    en: 'The `lint:` settings could not be read because of the YAML error in this file, so no lint rule was run: mplan cannot tell which rules you turned off or changed.',
    ja: 'このファイルの YAML の誤りのため `lint:` の設定を読み取れませんでした。どのルールをオフにしたか・重大度を変えたかが分からないため、lint ルールは実行していません。',
  },
  'config-unreadable.hint': {
    en: 'Fix the YAML error first (check the indentation of `lint:` and of the lines above it): the next run reads your settings and runs the rules again.',
    ja: 'まず YAML の誤りを直してください（`lint:` とその上の行の字下げを確認してください）。次回の実行で設定を読み取り、ルールをあらためて実行します。',
  },
  'config-unreadable.title': {
    en: 'Lint settings that cannot be read',
    ja: '読み込めない lint 設定',
  },
};
