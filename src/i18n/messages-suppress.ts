import type { MessageText } from './types.js';

/**
 * Hiding findings on purpose (src/suppress/): inline suppressions, baseline files and
 * dated debt (`until`, `owner`).
 * Keys are stable message ids (an error code is also the `rule` of its finding); a hint
 * ends in `.hint`, a short title (SARIF) in `.title`.
 */
export const SUPPRESS_MESSAGES: Record<string, MessageText> = {
  'suppression-unused': {
    en: 'This `{{directive}}` comment for `{{rule}}` suppresses nothing.',
    ja: 'この `{{directive}}` コメント（`{{rule}}`）で抑止される指摘はありません。',
  },
  'suppression-unused.hint': {
    en: 'Remove the comment: the finding it was for is gone.',
    ja: '対象の指摘はもうないので、コメントを削除してください。',
  },
  'suppression-unused.title': {
    en: 'A suppression comment that suppresses nothing',
    ja: '何も抑止していない抑止コメント',
  },
  'suppression-unknown-rule': {
    en: '`{{rule}}` in this `{{directive}}` comment is not an mplan rule.',
    ja: 'この `{{directive}}` コメントの `{{rule}}` は mplan のルールではありません。',
  },
  'suppression-unknown-rule.title': {
    en: 'A suppression comment naming an unknown rule',
    ja: '不明なルールを指定した抑止コメント',
  },
  'suppression-no-reason': {
    en: 'This `{{directive}}` comment gives no reason.',
    ja: 'この `{{directive}}` コメントには理由が書かれていません。',
  },
  'suppression-no-reason.hint': {
    en: 'Say why after ` -- `, e.g. `# {{directive}} {{rule}} -- agreed with the CMO to decide in Q2`.',
    ja: '` -- ` の後に理由を書いてください（例: `# {{directive}} {{rule}} -- 第2四半期にCMOと決定予定`）。',
  },
  'suppression-no-reason.title': {
    en: 'A suppression comment without a reason',
    ja: '理由のない抑止コメント',
  },
  'baseline-unreadable': { en: 'Could not read the baseline file {{file}}: {{reason|reason}}.', ja: 'ベースラインファイル {{file}} を読み込めませんでした: {{reason|reason}}。' },
  'baseline-unreadable.hint': {
    en: 'Create it with `mplan lint --write-baseline {{file}}` and commit it.',
    ja: '`mplan lint --write-baseline {{file}}` で作成し、コミットしてください。',
  },
  'baseline-unreadable.title': {
    en: 'A baseline file that cannot be read',
    ja: '読み込めないベースラインファイル',
  },
  'baseline-invalid': { en: '{{file}} is not an mplan baseline: {{detail}}.', ja: '{{file}} は mplan のベースラインファイルではありません: {{detail}}。' },
  'baseline-invalid.hint': {
    en: 'Write it again with `mplan lint --write-baseline {{file}}` (entries keep their `until`, `owner` and `reason`).',
    ja: '`mplan lint --write-baseline {{file}}` で書き直してください（各項目の `until`・`owner`・`reason` は引き継がれます）。',
  },
  'baseline-invalid.title': {
    en: 'A baseline file that is not valid',
    ja: '正しくないベースラインファイル',
  },
  'baseline-written': { en: 'Wrote {{count}} findings to the baseline {{file}}.', ja: 'ベースライン {{file}} に指摘 {{count}} 件を書き込みました。' },
  'baseline-written.title': {
    en: 'Baseline written',
    ja: 'ベースラインの書き出し',
  },
  'baseline-pruned': { en: 'Removed {{count}} stale entries from the baseline {{file}}.', ja: 'ベースライン {{file}} から不要になった項目 {{count}} 件を削除しました。' },
  'baseline-pruned.title': {
    en: 'Baseline entries removed',
    ja: 'ベースラインから削除した項目',
  },
  'baseline-options-clash': {
    en: '{{a}} and {{b}} cannot be used together.',
    ja: '{{a}} と {{b}} は同時に指定できません。',
  },
  'baseline-options-clash.title': {
    en: 'Baseline options that cannot be combined',
    ja: '同時に使えないベースラインのオプション',
  },
  'baseline-stale': {
    en: 'This baseline entry ({{rule}} on {{entity}}) no longer matches any finding: the gap was fixed, or the finding changed.',
    ja: 'このベースライン項目（{{entity}} の {{rule}}）に当てはまる指摘はもうありません。抜け漏れが解消されたか、指摘の内容が変わりました。',
  },
  'baseline-stale.hint': {
    en: 'Remove it with `mplan lint --baseline {{file}} --prune-baseline`, so the baseline shrinks as gaps are fixed.',
    ja: '`mplan lint --baseline {{file}} --prune-baseline` で削除してください。抜け漏れが解消されるにつれてベースラインが小さくなります。',
  },
  'baseline-stale.title': {
    en: 'A baseline entry that no longer matches a finding',
    ja: 'どの指摘にも当たらなくなったベースラインの項目',
  },
  'baseline-bad-until': {
    en: '`until: {{value}}` in this baseline entry is not a date written YYYY-MM-DD, so the entry never expires.',
    ja: 'このベースライン項目の `until: {{value}}` は YYYY-MM-DD 形式の日付ではないため、期限切れになりません。',
  },
  'baseline-bad-until.hint': { en: 'Write the last day the debt is accepted, e.g. `until: 2027-06-30`.', ja: '負債を受け入れる最終日を書いてください（例: `until: 2027-06-30`）。' },
  'baseline-bad-until.title': {
    en: 'A baseline entry with an invalid date',
    ja: '日付が正しくないベースラインの項目',
  },
  'debt-expired': {
    en: 'Accepted as debt until {{until}}, owned by `{{owner}}`: that date has passed, so this finding counts again as an error.',
    ja: '{{until}} までの負債として受け入れていましたが（担当: `{{owner}}`）、期限を過ぎたためエラーとして扱います。',
  },
  'debt-expired.hint': {
    en: '`{{owner}}` owns this: fix the gap, or agree a new date and change `until:` at {{source}}.',
    ja: '担当は `{{owner}}` です。抜け漏れを解消するか、新しい期限を合意して {{source}} の `until:` を更新してください。',
  },
  'debt-expired.source': { en: 'accepted as debt until {{until}} here', ja: 'ここで {{until}} までの負債として受け入れています' },
  'debt-expired.title': {
    en: 'Accepted debt past its date',
    ja: '期限を過ぎた受け入れ済みの課題',
  },
  'debt-expired-unowned': {
    en: 'Accepted as debt until {{until}}: that date has passed, so this finding counts again as an error.',
    ja: '{{until}} までの負債として受け入れていましたが、期限を過ぎたためエラーとして扱います。',
  },
  'debt-expired-unowned.hint': {
    en: 'Fix the gap, or agree a new date and change `until:` at {{source}} (add `owner: <role-id>` so someone answers for it).',
    ja: '抜け漏れを解消するか、新しい期限を合意して {{source}} の `until:` を更新してください（責任を持つ役割を `owner: <役割id>` で書いてください）。',
  },
  'debt-expired-unowned.title': {
    en: 'Accepted debt past its date, with no owner',
    ja: '期限を過ぎ、担当者のいない受け入れ済みの課題',
  },
  'debt-owner-unknown': {
    en: 'The debt owner `{{owner}}` is not a role of this plan.',
    ja: '負債の担当 `{{owner}}` はこの計画の役割（Role）にありません。',
  },
  'debt-owner-unknown.hint': {
    en: 'Write the id of a Role document (e.g. `owner: cmo`), so the reminder reaches someone.',
    ja: 'Role ドキュメントの id を書いてください（例: `owner: cmo`）。期限切れの通知が担当者に届くようにするためです。',
  },
  'debt-owner-unknown.title': {
    en: 'Accepted debt with an unknown owner',
    ja: '不明な担当者の受け入れ済みの課題',
  },
  'suppression-bad-until': {
    en: '`until: {{value}}` in this suppression is not a date written YYYY-MM-DD, so it never expires.',
    ja: 'この抑制コメントの `until: {{value}}` は YYYY-MM-DD 形式の日付ではないため、期限切れになりません。',
  },
  'suppression-bad-until.hint': {
    en: 'Write the last day the debt is accepted: `-- reason (until: 2027-06-30, owner: cmo)`.',
    ja: '負債を受け入れる最終日を書いてください: `-- 理由 (until: 2027-06-30, owner: cmo)`',
  },
  'suppression-bad-until.title': {
    en: 'A suppression comment with an invalid date',
    ja: '日付が正しくない抑止コメント',
  },
};
